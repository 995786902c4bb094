import type { ParsedSkill } from './skill.ts';
import { countTokens } from './tokens.ts';

const tokenCounts = new WeakMap<ParsedSkill, number>();

export function bodyLineCount(body: string): number {
  if (body === '') return 0;
  let lines = 1;
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lines++;
  return body.endsWith('\n') ? lines - 1 : lines;
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu);
  return words ? words.length : 0;
}

/** Tokens in the body, counted with the BPE tokenizer once per parsed skill. */
export function bodyTokenCount(skill: ParsedSkill): number {
  const known = tokenCounts.get(skill);
  if (known !== undefined) return known;
  const count = countTokens(skill.body);
  tokenCounts.set(skill, count);
  return count;
}
