import type { ParsedSkill } from './skill.ts';
import { countTokens } from './tokens.ts';

const tokenCounts = new WeakMap<ParsedSkill, number>();
const encoder = new TextEncoder();

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

/** UTF-8 length: an upper bound on the token count, since a byte-level BPE token spans at least one byte. */
export function utf8Length(text: string): number {
  return text.length === 0 ? 0 : encoder.encode(text).length;
}

/** Tokens in the body, counted with the BPE tokenizer once per parsed skill. */
export function bodyTokenCount(skill: ParsedSkill): number {
  const known = tokenCounts.get(skill);
  if (known !== undefined) return known;
  const count = countTokens(skill.body);
  tokenCounts.set(skill, count);
  return count;
}
