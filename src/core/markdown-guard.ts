import type { Root } from 'mdast';

/**
 * Markdown parsers resolve emphasis delimiters and nested containers in time that grows with the
 * square of their number in one block, so a megabyte of `a_a_a_…` or `> > > …` takes minutes.
 * Before parsing, such blocks are defused without moving any offset: in a block with more than
 * MAX_DELIMITERS `*`/`_`, those characters, and container markers past MAX_NESTING on a line, are
 * swapped for a private-use character absent from the text. After parsing the swap is undone in
 * every string of the tree, so values still hold the original characters; only the emphasis and
 * nesting of those pathological blocks is lost, for the checks and the rendered page alike.
 */
export const MAX_DELIMITERS = 1000;
export const MAX_NESTING = 32;

export interface Defused {
  text: string;
  /** Stand-in character → the character it replaced; null when nothing was changed. */
  swap: Map<string, string> | null;
}

const DEFUSED = ['*', '_', '>'];

/** Private-use characters absent from the text, one per defused character (spaces if the text holds them all). */
function standIns(text: string): string[] {
  const seen = new Uint8Array(0xf900 - 0xe000);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xe000 && code < 0xf900) seen[code - 0xe000] = 1;
  }
  const free: string[] = [];
  for (let k = 0; k < seen.length && free.length < DEFUSED.length; k++) if (!seen[k]) free.push(String.fromCharCode(0xe000 + k));
  return free.length === DEFUSED.length ? free : DEFUSED.map(() => ' ');
}

const STAR = 42;
const UNDERSCORE = 95;
const QUOTE = 62;
const LINE_FEED = 10;

function codeUnitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  return units;
}

export function defuseMarkdown(text: string): Defused {
  // The text's UTF-16 code units, copied at the first character to defuse; a defused one is set to 0.
  let units: Uint16Array | null = null;
  let blockStart = 0;
  let delimiters = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : LINE_FEED;
    if (code !== LINE_FEED) {
      if (code === STAR || code === UNDERSCORE) delimiters++;
      continue;
    }
    // A line ends at i: defuse deep container markers at its start, and close the block at a blank line.
    let nesting = 0;
    let blank = true;
    for (let k = lineStart; k < i; k++) {
      const c = text.charCodeAt(k);
      if (c === QUOTE) {
        if (++nesting > MAX_NESTING) {
          units ??= codeUnitsOf(text);
          units[k] = 0;
        }
      } else if (c !== 32 && c !== 9 && c !== 13) {
        blank = false;
        break;
      }
    }
    if ((blank && nesting === 0) || i === text.length) {
      if (delimiters > MAX_DELIMITERS) {
        units ??= codeUnitsOf(text);
        for (let k = blockStart; k < i; k++) {
          const c = text.charCodeAt(k);
          if (c === STAR || c === UNDERSCORE) units[k] = 0;
        }
      }
      delimiters = 0;
      blockStart = i + 1;
    }
    lineStart = i + 1;
  }
  if (units === null) return { text, swap: null };
  const stands = standIns(text);
  const standFor = (code: number) => stands[DEFUSED.indexOf(String.fromCharCode(code))]!.charCodeAt(0);
  const replacement = { [STAR]: standFor(STAR), [UNDERSCORE]: standFor(UNDERSCORE), [QUOTE]: standFor(QUOTE) } as Record<number, number>;
  const used = new Set<number>();
  for (let k = 0; k < units.length; k++) {
    if (units[k] !== 0) continue;
    const code = text.charCodeAt(k);
    if (code === 0) continue;
    units[k] = replacement[code]!;
    used.add(code);
  }
  const swap = new Map<string, string>();
  for (const code of used) if (replacement[code] !== 32) swap.set(String.fromCharCode(replacement[code]!), String.fromCharCode(code));
  // Built from slices of code units (not decoded), so lone surrogates in the text stay as they were.
  const parts: string[] = [];
  // (apply takes the typed array as it is; spreading it would build an array of numbers first)
  for (let k = 0; k < units.length; k += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(k, k + 8192) as unknown as number[]));
  return { text: parts.join(''), swap };
}

/** Puts the original characters back into every string of a tree parsed from defused text. */
export function restoreMarkdown(tree: Root, swap: Defused['swap']): void {
  if (swap === null || swap.size === 0) return;
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') {
        let restored = value;
        for (const [stand, original] of swap) restored = restored.replaceAll(stand, original);
        node[key] = restored;
      } else if (key === 'children' && Array.isArray(value)) for (const child of value) stack.push(child);
    }
  }
}
