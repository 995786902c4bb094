import { latinLookAlike } from '../analysis/prose-normalize.ts';
import { aliasesOf } from '../aliases.ts';
import { nameProblems } from './name-format.ts';
import type { SkillRule } from './types.ts';

/** Why a name or alias is not plain ASCII (a-z, 0-9, -), naming the first other character and what it looks like. */
export function asciiNameProblem(value: string): string | null {
  const odd = [...value].find((char) => !/[a-z0-9-]/.test(char));
  if (odd === undefined) return null;
  const code = `U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const looksLike = latinLookAlike(odd);
  return `contains ${code}${looksLike ? `, which looks like "${looksLike}"` : ''}; use only a-z, 0-9 and hyphens so the name cannot pass for another`;
}

const rule: SkillRule = {
  id: 'name-ascii',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      '`name` and every alias in `metadata.aliases` are valid names made of ASCII lowercase letters, digits and hyphens, so no skill can pass for another with look-alike letters (the specification allows any Unicode letter).',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\nmetadata:\n  aliases: dockerfile containers\n---\n',
    fail: '---\nname: d\u043Ecker\ndescription: Builds container images. Use when writing a Dockerfile.\nmetadata:\n  aliases: ../admin\n---\n',
  },
  check({ skill, report }) {
    const field = skill.frontmatter?.fields.get('name');
    if (field && typeof field.value === 'string' && nameProblems(field.value).length === 0) {
      const problem = asciiNameProblem(field.value);
      if (problem) report(field.valueSpan, `\`name\` ${JSON.stringify(field.value)} ${problem}`);
    }
    for (const alias of aliasesOf(skill)) {
      const problem = nameProblems(alias.value)[0]?.replace(/`name`/g, 'alias') ?? asciiNameProblem(alias.value);
      if (problem) report(alias.span, `Alias ${JSON.stringify(alias.value)}: ${problem}`);
    }
  },
};
export default rule;
