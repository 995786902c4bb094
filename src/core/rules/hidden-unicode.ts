import { skillTexts, spanIn } from '../texts.ts';
import type { SkillRule } from './types.ts';

/** What a suspicious code point is; consecutive code points of one group are reported together. */
type Group = 'tag' | 'selector' | 'bidi' | 'invisible';

const BIDI_CONTROLS = new Set([0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);
const INVISIBLE = new Set([
  0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2028, 0x2029,
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0x3164, 0xfeff, 0xffa0, 0xfff9, 0xfffa, 0xfffb,
]);

function groupOf(code: number): Group | null {
  if (code < 0xad) return null;
  if (code >= 0xe0000 && code <= 0xe007f) return 'tag';
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef)) return 'selector';
  if (BIDI_CONTROLS.has(code)) return 'bidi';
  if (INVISIBLE.has(code) || (code >= 0x1d173 && code <= 0x1d17a)) return 'invisible';
  return null;
}

/** Subdivision flags recommended for general interchange: England, Scotland, Wales (🏴 + tag letters + cancel tag). */
const REAL_FLAG_TAGS = new Set(['gbeng', 'gbsct', 'gbwls']);
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}/u;
const EMOJI_BASE = /\p{Emoji}/u;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])[\p{L}\p{M}]/u;
const HAN = /\p{Script=Han}/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Messages show at most this much of a run; a hostile file could hold megabytes of it. */
const SHOWN = 200;

export function codePointName(codes: readonly number[]): string {
  const names = codes.slice(0, 8).map((code) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  return codes.length > 8 ? `${names.join(' ')} …` : names.join(' ');
}

function printable(text: string): string {
  return text.slice(0, SHOWN).replace(/[^\x20-\x7e]/g, '?') + (text.length > SHOWN ? '…' : '');
}

/** The ASCII text hidden in Unicode tag characters (each is ASCII shifted to U+E0000). */
export function decodeTags(codes: readonly number[]): string {
  return printable(String.fromCharCode(...codes.slice(0, SHOWN + 1).map((code) => code - 0xe0000)));
}

/** The bytes hidden in variation selectors (U+FE00–FE0F carry 0–15, U+E0100–E01EF carry 16–255), read as UTF-8. */
export function decodeSelectors(codes: readonly number[]): string {
  const bytes = Uint8Array.from(codes.slice(0, SHOWN * 4), (code) => (code <= 0xfe0f ? code - 0xfe00 : code - 0xe0100 + 16));
  return printable(new TextDecoder('utf-8').decode(bytes));
}

const char = (code: number | undefined) => (code === undefined ? '' : String.fromCodePoint(code));

/** Whether a single variation selector is an ordinary part of the character before it. */
function selectorFits(selector: number, before: number | undefined): boolean {
  if (before === undefined) return false;
  const base = char(before);
  if (selector === 0xfe0e || selector === 0xfe0f) return EMOJI_BASE.test(base);
  if (selector >= 0xe0100) return HAN.test(base);
  // U+FE00–FE0D: standardized variants of CJK, mathematical and a few other symbols, never of ASCII.
  return before > 0x7f && !EMOJI.test(base);
}

function isRealFlag(codes: readonly number[], before: number | undefined): boolean {
  if (before !== BLACK_FLAG || codes[codes.length - 1] !== CANCEL_TAG || codes.length < 3 || codes.length > 7) return false;
  return REAL_FLAG_TAGS.has(String.fromCharCode(...codes.slice(0, -1).map((code) => code - 0xe0000)));
}

const rule: SkillRule = {
  id: 'hidden-unicode',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'No invisible or deceptive Unicode: tag characters and runs of variation selectors (hidden text) and bidirectional controls are errors; zero-width, formatting and other invisible characters are warnings, and errors inside `name` or `description`.',
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
      const source = text.text;
      const options = { file: text.file };
      let previous: number | undefined;
      for (let i = 0; i < source.length; ) {
        const code = source.codePointAt(i)!;
        const group = groupOf(code);
        if (group === null) {
          previous = code;
          i += code > 0xffff ? 2 : 1;
          continue;
        }
        // Gather the run of this group (a bidi control stands alone).
        const start = i;
        const codes: number[] = [];
        do {
          const next = source.codePointAt(i)!;
          if (groupOf(next) !== group || (group === 'bidi' && codes.length === 1)) break;
          codes.push(next);
          i += next > 0xffff ? 2 : 1;
        } while (i < source.length);
        const before = previous;
        const after = source.codePointAt(i);
        previous = codes[codes.length - 1];
        const span = spanIn(text, start, i - start);
        const count = `${codes.length} invisible character${codes.length === 1 ? '' : 's'}`;

        if (group === 'tag') {
          if (isRealFlag(codes, before)) continue;
          report(span, `Hidden text in Unicode tag characters: "${decodeTags(codes)}"; delete them (${count})`, options);
          continue;
        }
        if (group === 'bidi') {
          report(span, `Bidirectional control character ${codePointName(codes)} can make text display differently from what it says; delete it`, options);
          continue;
        }
        if (group === 'selector') {
          if (codes.length === 1 && selectorFits(code, before)) continue;
          if (codes.length > 1) {
            report(span, `Hidden data in variation selectors: "${decodeSelectors(codes)}"; delete them (${count})`, options);
            continue;
          }
        }
        if (codes.length === 1 && start === 0 && code === 0xfeff) continue;
        if (codes.length === 1 && (code === 0x200c || code === 0x200d)) {
          const last = char(before);
          const next = char(after);
          const emojiBefore = EMOJI.test(last) || before === 0xfe0f;
          if ((emojiBefore && EMOJI.test(next)) || NON_LATIN_LETTER.test(last) || NON_LATIN_LETTER.test(next)) continue;
        }
        if (codes.length === 1 && BIDI_MARKS.has(code) && (RIGHT_TO_LEFT.test(char(before)) || RIGHT_TO_LEFT.test(char(after)))) continue;
        const field = text.isSkillFile ? inField(span.start.line, span.start.column) : null;
        report(
          span,
          `Invisible character${codes.length > 1 ? 's' : ''} ${codePointName(codes)}${field ? ` inside \`${field}\`` : ''}; delete ${codes.length > 1 ? 'them' : 'it'}`,
          { ...options, severity: field ? 'error' : 'warning' },
        );
      }
    }
  },
};
export default rule;
