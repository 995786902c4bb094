import type { Root } from 'mdast';

/**
 * Markdown parsers resolve emphasis delimiters, nested containers and character references in time
 * that grows with the square of their number in one block, so a megabyte of `a_a_a_…`, `> - > - …` or
 * `&amp;&amp;…` takes minutes. Before parsing, such blocks are defused without moving any offset: in a
 * block with more than MAX_DELIMITERS `*`/`_`, those characters; in a block with more than
 * MAX_REFERENCES `&`, those; and container markers (`>`, list bullets, the `.`/`)` of list numbers)
 * past MAX_NESTING on a line are swapped for a private-use character absent from the text. After
 * parsing the swap is undone in every string of the tree, so values still hold the original
 * characters; only the emphasis, nesting and references of those pathological blocks are lost
 * (`&amp;` stays as written), for the checks and the rendered page alike.
 */
export const MAX_DELIMITERS = 1000;
export const MAX_NESTING = 32;
export const MAX_REFERENCES = 256;

export interface Defused {
  text: string;
  /** Stand-in character → the character it replaced; null when nothing was changed. */
  swap: Map<string, string> | null;
}

const PRIVATE_USE_START = 0xe000;
const PRIVATE_USE_END = 0xf900;

const DEFUSED = ['*', '_', '>', '-', '+', '.', ')', '&'];

/** Private-use characters absent from the text, one per defused character (spaces if the text holds them all). */
function standIns(text: string): string[] {
  const seen = new Uint8Array(PRIVATE_USE_END - PRIVATE_USE_START);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= PRIVATE_USE_START && code < PRIVATE_USE_END) seen[code - PRIVATE_USE_START] = 1;
  }
  const free: string[] = [];
  for (let k = 0; k < seen.length && free.length < DEFUSED.length; k++) if (!seen[k]) free.push(String.fromCharCode(PRIVATE_USE_START + k));
  return free.length === DEFUSED.length ? free : DEFUSED.map(() => ' ');
}

const STAR = 42;
const UNDERSCORE = 95;
const AMPERSAND = 38;
const QUOTE = 62;
const LINE_FEED = 10;

function codeUnitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) units[k] = text.charCodeAt(k);
  return units;
}

const isBlank = (code: number) => code === 32 || code === 9 || code === 13;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The offset of the character that makes a container marker start at `at` (`>`, a bullet, or the
 * `.`/`)` after a list number), and the offset after the marker; null when none starts there.
 */
function containerMarker(text: string, at: number, lineEnd: number): [number, number] | null {
  const code = text.charCodeAt(at);
  if (code === QUOTE) return [at, at + 1];
  const followedByBlank = (next: number) => next === lineEnd || isBlank(text.charCodeAt(next));
  if ((code === 45 || code === 43 || code === STAR) && followedByBlank(at + 1)) return [at, at + 1];
  let digits = at;
  while (digits < lineEnd && digits - at < 9 && isDigit(text.charCodeAt(digits))) digits++;
  const delimiter = text.charCodeAt(digits);
  if (digits > at && (delimiter === 46 || delimiter === 41) && followedByBlank(digits + 1)) return [digits, digits + 1];
  return null;
}

export function defuseMarkdown(text: string): Defused {
  // The text's UTF-16 code units, copied at the first character to defuse; a defused one is set to 0.
  let units: Uint16Array | null = null;
  let blockStart = 0;
  let delimiters = 0;
  let references = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : LINE_FEED;
    if (code !== LINE_FEED) {
      if (code === STAR || code === UNDERSCORE) delimiters++;
      else if (code === AMPERSAND) references++;
      continue;
    }
    // A line ends at i: defuse deep container markers at its start, and close the block at a blank line.
    let nesting = 0;
    let blank = true;
    let k = lineStart;
    while (k < i) {
      if (isBlank(text.charCodeAt(k))) {
        k++;
        continue;
      }
      const marker = containerMarker(text, k, i);
      if (marker === null) {
        blank = false;
        break;
      }
      if (++nesting > MAX_NESTING) {
        units ??= codeUnitsOf(text);
        units[marker[0]] = 0;
      }
      k = marker[1];
    }
    if ((blank && nesting === 0) || i === text.length) {
      if (delimiters > MAX_DELIMITERS || references > MAX_REFERENCES) {
        units ??= codeUnitsOf(text);
        for (let at = blockStart; at < i; at++) {
          const c = text.charCodeAt(at);
          if (((c === STAR || c === UNDERSCORE) && delimiters > MAX_DELIMITERS) || (c === AMPERSAND && references > MAX_REFERENCES)) units[at] = 0;
        }
      }
      delimiters = 0;
      references = 0;
      blockStart = i + 1;
    }
    lineStart = i + 1;
  }
  if (units === null) return { text, swap: null };
  const stands = standIns(text);
  // Indexed by the code of a defused character (all ASCII): its stand-in, and whether it was used.
  const replacement = new Uint16Array(128);
  DEFUSED.forEach((character, index) => (replacement[character.charCodeAt(0)] = stands[index]!.charCodeAt(0)));
  const used = new Uint8Array(128);
  for (let at = 0; at < units.length; at++) {
    if (units[at] !== 0) continue;
    const code = text.charCodeAt(at);
    if (code === 0) continue;
    units[at] = replacement[code]!;
    used[code] = 1;
  }
  const swap = new Map<string, string>();
  for (const character of DEFUSED) {
    const code = character.charCodeAt(0);
    if (used[code] && replacement[code] !== 32) swap.set(String.fromCharCode(replacement[code]!), character);
  }
  return { text: stringOf(units), swap };
}

/** Puts the original characters back into every string of a tree parsed from defused text. */
export function restoreMarkdown(tree: Root, swap: Defused['swap']): void {
  if (swap === null || swap.size === 0) return;
  const originals = new Map<number, number>();
  for (const [stand, original] of swap) originals.set(stand.charCodeAt(0), original.charCodeAt(0));
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') node[key] = restoreString(value, originals);
      else if (key === 'children' && Array.isArray(value)) for (const child of value) stack.push(child);
    }
  }
}

/** One pass over the string's code units, which a megabyte of stand-ins needs (a replace per stand-in builds a string per hit). */
function restoreString(value: string, originals: Map<number, number>): string {
  let units: Uint16Array | null = null;
  for (let k = 0; k < value.length; k++) {
    const code = value.charCodeAt(k);
    if (code < PRIVATE_USE_START || code >= PRIVATE_USE_END) continue;
    const original = originals.get(code);
    if (original === undefined) continue;
    units ??= codeUnitsOf(value);
    units[k] = original;
  }
  return units === null ? value : stringOf(units);
}

/** Built from slices of code units (not decoded), so lone surrogates stay as they were. */
function stringOf(units: Uint16Array): string {
  const parts: string[] = [];
  // (apply takes the typed array as it is; spreading it would build an array of numbers first)
  for (let k = 0; k < units.length; k += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(k, k + 8192) as unknown as number[]));
  return parts.join('');
}
