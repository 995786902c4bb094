// How an agent runtime uses the Skillpack bundle: load and verify it, pick the skills for a task
// within a token budget, and build the prompt section. Run: node examples/agent-skills.ts "your task"
// (after `npm install` and `npm start`, which writes dist/bundle/skills.json).
import { loadBundle } from 'skillpack/runtime';

const task = process.argv.slice(2).join(' ') || 'Our FastAPI service returns 422 for a valid-looking JSON body';
const bundle = await loadBundle(new URL('../dist/bundle/skills.json', import.meta.url));

// 1. The system prompt lists every skill by name and description (cheap: metadata tokens only).
const listing = bundle.toPrompt({ tokenBudget: 20_000 });

// 2. For this task, load the bodies of the best-matching skills that fit in 8,000 tokens.
const { skills, tokens } = bundle.select(task, { tokenBudget: 8_000 });

console.log(listing);
console.log(`\nTask: ${task}`);
console.log(`Loading ${skills.map((skill) => skill.name).join(', ') || 'no skill'} (${tokens} tokens)`);
for (const skill of skills) console.log(`\n<skill name="${skill.name}">\n${skill.body}\n</skill>`);
