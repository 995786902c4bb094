import type { Span } from './diagnostics.ts';
import type { ParsedSkill } from './skill.ts';
import { LineIndex } from './text.ts';

/** One text of a skill that content rules scan: the SKILL.md itself or one of its text resources. */
export interface SkillText {
  /** Path shown in diagnostics. */
  file: string;
  /** Path relative to the skill folder (`SKILL.md` for the skill file). */
  path: string;
  text: string;
  lines: LineIndex;
  isSkillFile: boolean;
}

const cache = new WeakMap<ParsedSkill, SkillText[]>();

/** The display path of a file of the skill, next to its SKILL.md. */
export function resourceFile(skillFile: string, relativePath: string): string {
  const slash = skillFile.lastIndexOf('/');
  return `${slash === -1 ? '' : skillFile.slice(0, slash + 1)}${relativePath}`;
}

/** SKILL.md followed by the skill's decoded text resources (evals excluded), in path order. */
export function skillTexts(skill: ParsedSkill): SkillText[] {
  const known = cache.get(skill);
  if (known) return known;
  const texts: SkillText[] = [];
  if (skill.source.text !== null) {
    const path = skill.source.sourcePath.split('/').pop()!;
    texts.push({ file: skill.source.file, path, text: skill.source.text, lines: skill.lines, isSkillFile: true });
  }
  for (const path of Object.keys(skill.source.resourceTexts).sort()) {
    if (path.startsWith('evals/')) continue;
    const text = skill.source.resourceTexts[path]!;
    texts.push({ file: resourceFile(skill.source.file, path), path, text, lines: new LineIndex(text), isSkillFile: false });
  }
  cache.set(skill, texts);
  return texts;
}

/** Where `length` characters from `index` of a scanned text stand, as a span in that file. */
export function spanIn(text: SkillText, index: number, length: number): Span {
  return { start: text.lines.pointAt(index), end: text.lines.pointAt(index + length) };
}

/** Calls `found` for every match of a global regex, with its start offset. */
export function eachMatch(pattern: RegExp, text: string, found: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
}
