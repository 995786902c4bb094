import type { SkillRule } from './types.ts';

/** Phrases that tell an agent when to load a skill ("Use when…", "…whenever…", "Use it for…"). */
const WHEN_TO_USE = /\bwhen(ever)?\b|\buse (it |this |this skill )?(for|to|if|before|after|during)\b|\bif (the user|you)\b/i;

const rule: SkillRule = {
  id: 'description-trigger',
  scope: 'skill',
  severity: 'warning',
  preset: 'catalog',
  docs: {
    summary: 'The description says when to use the skill (e.g. "Use when…"), since it is all an agent reads before loading it.',
    pass: '---\nname: docker\ndescription: Builds small, secure container images. Use when writing or reviewing a Dockerfile.\n---\n',
    fail: '---\nname: docker\ndescription: Builds small, secure container images.\n---\n',
  },
  check({ skill, report }) {
    const field = skill.frontmatter?.fields.get('description');
    if (!field || typeof field.value !== 'string' || field.value.trim() === '') return;
    if (WHEN_TO_USE.test(field.value)) return;
    report(field.valueSpan, 'Description does not say when to use the skill; add a sentence such as "Use when …" with the words a user would type');
  },
};
export default rule;
