import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayUtc } from '../core/config.ts';
import { nameProblems } from '../core/rules/name-format.ts';
import { formatTriggerFiles, TRAIN_QUERIES_PATH, VALIDATION_QUERIES_PATH } from '../core/evals.ts';
import { PLACEHOLDER_MARKER } from '../core/rules/scaffold-placeholders.ts';

const TODO = PLACEHOLDER_MARKER;

export function skillTemplate(name: string, categoryTitle: string): string {
  const title = name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return `---
name: ${name}
description: "${TODO} Say what the skill does in one sentence, in the third person. Use when the user asks to … (list the tasks and the words people type for them). Not for … ; use \`other-skill\`."
license: MIT
metadata:
  kind: procedure
  tags: ${name.split('-').join(' ')}
  verified: "${todayUtc()}"
  tested-with: "${TODO} the tools and versions you checked this against, e.g. node 24"
---

# ${title}

${TODO}: one to three sentences on what this skill helps an agent do in ${categoryTitle.toLowerCase()}, and the outcome.
Set \`metadata.kind\` to what the reader does with it (procedure, reference, debugging, patterns, review): the
first section takes that shape (steps, a quick-reference table, a decision tree, a decision table, a rubric).

## Steps

1. ${TODO}: the first action, and how to tell it worked.
2. ${TODO}: the next action, and how to tell it worked.

## Example

\`\`\`text
${TODO}: a worked example that runs as written (name the language after the fence).
\`\`\`

## Pitfalls

- ${TODO}: a mistake people make, its symptom, and the fix.
`;
}

/** Placeholder trigger queries in the Agent Skills format, split 60/40 like real ones. */
export function triggerTemplates(): { train: string; validation: string } {
  const query = (kind: string, n: number, shouldTrigger: boolean) => ({ query: `${TODO} ${kind} ${n}`, should_trigger: shouldTrigger });
  const positives = [1, 2, 3, 4, 5].map((n) => query('a realistic request this skill is the right one for', n, true));
  const nearMisses = [1, 2, 3].map((n) => query('a near miss that belongs to a neighbouring skill', n, false));
  const [train, validation] = [0, 1].map((part) =>
    [...positives, ...nearMisses].filter((_, index) => (index % 5 === 1 || index % 5 === 3 ? 1 : 0) === part),
  );
  return formatTriggerFiles({ train: train!, validation: validation! });
}

export type ScaffoldResult = { ok: true; files: string[] } | { ok: false; reason: string };

/** Creates `<catalog>/<category>/<name>/SKILL.md` and its trigger queries, refusing bad or taken names. */
export function scaffoldSkill(catalogRoot: string, target: string, categories: Record<string, { title: string }> | null): ScaffoldResult {
  const parts = target.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: `expected <category>/<name>, got "${target}"` };
  const [category, name] = parts as [string, string];
  const problems = nameProblems(name);
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  if (name !== name.normalize('NFKC') || !/^[a-z0-9-]+$/.test(name)) return { ok: false, reason: 'catalog skill names use lowercase ASCII letters, digits and hyphens' };
  if (categories && !Object.hasOwn(categories, category)) {
    return { ok: false, reason: `category "${category}" is not listed in the categories file; known: ${Object.keys(categories).sort().join(', ')}` };
  }
  const dir = join(catalogRoot, category, name);
  if (existsSync(dir)) return { ok: false, reason: `${category}/${name} already exists` };
  for (const other of existsSync(catalogRoot) ? listSkillNames(catalogRoot) : []) {
    if (other.name === name) return { ok: false, reason: `a skill named "${name}" already exists in ${other.category}/` };
  }
  mkdirSync(join(dir, 'evals'), { recursive: true });
  const skillFile = join(dir, 'SKILL.md');
  const trainFile = join(dir, TRAIN_QUERIES_PATH);
  const validationFile = join(dir, VALIDATION_QUERIES_PATH);
  const triggers = triggerTemplates();
  writeFileSync(skillFile, skillTemplate(name, categories?.[category]?.title ?? category));
  writeFileSync(trainFile, triggers.train);
  writeFileSync(validationFile, triggers.validation);
  return { ok: true, files: [skillFile, trainFile, validationFile] };
}

function listSkillNames(catalogRoot: string): Array<{ category: string; name: string }> {
  const found: Array<{ category: string; name: string }> = [];
  for (const category of readdirSync(catalogRoot, { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    for (const entry of readdirSync(join(catalogRoot, category.name), { withFileTypes: true })) {
      if (entry.isDirectory()) found.push({ category: category.name, name: entry.name });
      else if (entry.name.endsWith('.md')) found.push({ category: category.name, name: entry.name.slice(0, -3) });
    }
  }
  return found;
}
