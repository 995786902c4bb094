// llms.txt: the catalog in Markdown for language models, every skill linked to its SKILL.md.
import type { APIRoute } from 'astro';
import { allCategories } from '../site/content.ts';
import { absolute } from '../site/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const categories = (await allCategories()).filter((category) => category.skills.length > 0);
  const count = categories.reduce((sum, category) => sum + category.skills.length, 0);
  const lines = [
    '# Skillpack',
    '',
    `> A catalog of ${count} agent skills (Agent Skills format: SKILL.md with YAML frontmatter), each checked and compiled into one JSON bundle.`,
    '',
    `- [Discovery index](${absolute('.well-known/agent-skills/index.json', site)}): every skill with its URL and sha256`,
    `- [Bundle](${absolute('bundle/skills.json', site)}): all skills with bodies; [index.json](${absolute('bundle/index.json', site)}) without`,
    `- [Authoring guide](${absolute('contribute/', site)})`,
  ];
  for (const category of categories) {
    lines.push('', `## ${category.title}`, '');
    for (const skill of category.skills) lines.push(`- [${skill.name}](${absolute(`.well-known/agent-skills/${skill.name}/SKILL.md`, site)}): ${skill.description.replace(/\s+/g, ' ')}`);
  }
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
