import { eachMatch, skillTexts, spanIn } from '../texts.ts';
import type { SkillRule } from './types.ts';

const SUSPECT = /[\u{E0000}-\u{E007F}]+|[\u202A-\u202E\u2066-\u2069]|[\u200B-\u200D\u2060\uFEFF\u180E\u3164\uFFA0\u2028\u2029\u{E0100}-\u{E01EF}]+/gu;
const TAG = /^[\u{E0000}-\u{E007F}]+$/u;
const FLAG_TAGS = /^[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,6}\u{E007F}$/u;
const BIDI = /^[\u202A-\u202E\u2066-\u2069]$/u;
const JOINERS = /^[\u200C\u200D]$/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])[\p{L}\p{M}]/u;

export function codePointName(text: string): string {
  return [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** The ASCII text hidden in Unicode tag characters (each is ASCII shifted to U+E0000). */
export function decodeTags(run: string): string {
  return [...run].map((char) => String.fromCodePoint(char.codePointAt(0)! - 0xe0000)).join('').replace(/[^\x20-\x7e]/g, '?');
}

function charBefore(text: string, index: number): string {
  const code = text.codePointAt(Math.max(0, index - 2));
  if (index >= 2 && code !== undefined && code > 0xffff) return String.fromCodePoint(code);
  return text[index - 1] ?? '';
}

const rule: SkillRule = {
  id: 'hidden-unicode',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'No invisible or deceptive Unicode: tag characters (hidden text) and bidirectional controls are errors; zero-width and other invisible characters are warnings, and errors inside `name` or `description`.',
    pass: '---\nname: greetings\ndescription: Writes greetings in many scripts (こんにちは, مرحبا). Use when localizing.\n---\nSay «hello» 👋\n',
    fail: '---\nname: greetings\ndescription: Writes greetings.\u200B Use when localizing.\n---\nSay hello\u202E dlrow\n',
  },
  check({ skill, report }) {
    const fields = skill.frontmatter?.fields;
    const inField = (line: number, column: number): string | null => {
      for (const key of ['name', 'description']) {
        const span = fields?.get(key)?.valueSpan;
        if (!span?.end) continue;
        const after = line > span.start.line || (line === span.start.line && column >= span.start.column);
        const before = line < span.end.line || (line === span.end.line && column < span.end.column);
        if (after && before) return key;
      }
      return null;
    };

    for (const text of skillTexts(skill)) {
      eachMatch(SUSPECT, text.text, (match) => {
        const run = match[0];
        const index = match.index;
        const span = spanIn(text, index, run.length);
        const options = { file: text.file };
        if (TAG.test(run)) {
          const previous = charBefore(text.text, index);
          if (previous === '\u{1F3F4}' && FLAG_TAGS.test(run)) return;
          report(span, `Hidden text in Unicode tag characters: "${decodeTags(run)}"; delete them (${[...run].length} invisible characters)`, options);
          return;
        }
        if (BIDI.test(run)) {
          report(span, `Bidirectional control character ${codePointName(run)} can make text display differently from what it says; delete it`, options);
          return;
        }
        if (run === '\uFEFF' && index === 0) return;
        if (JOINERS.test(run)) {
          const previous = charBefore(text.text, index);
          const next = String.fromCodePoint(text.text.codePointAt(index + run.length) ?? 0x20);
          if ((EMOJI.test(previous) && EMOJI.test(next)) || NON_LATIN_LETTER.test(previous) || NON_LATIN_LETTER.test(next)) return;
        }
        const field = text.isSkillFile ? inField(span.start.line, span.start.column) : null;
        report(
          span,
          `Invisible character${[...run].length > 1 ? 's' : ''} ${codePointName(run)}${field ? ` inside \`${field}\`` : ''}; delete ${[...run].length > 1 ? 'them' : 'it'}`,
          { ...options, severity: field ? 'error' : 'warning' },
        );
      });
    }
  },
};
export default rule;
