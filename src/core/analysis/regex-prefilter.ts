/**
 * What a regular expression needs of a text before it can match there, read from its source: words or
 * fixed strings one of which every match contains, how long a match can be, and how far past its end it
 * may look. A search for a long list of phrases then runs only around those needles (`searchAround`)
 * instead of being tried at every offset of the text.
 *
 * "Word" means what the prose view's word index means: a maximal run of a–z, 0–9 and _. The reading
 * is conservative: any construct it does not follow (back-references, case-insensitive flags, inline
 * modifiers) gives no prefilter, and the caller then searches the whole text as before.
 */

/** Text every match of a pattern may contain: a whole word of the text, or any substring. */
export interface Needle {
  text: string;
  /** A run of word characters with no word character on either side in any match. */
  whole: boolean;
  /** The most characters a match can hold before this needle, and after it (Infinity when unbounded). */
  before: number;
  after: number;
}

export interface Prefilter {
  /** Every match of the pattern contains at least one of these. */
  needles: Needle[];
  /** The most characters (UTF-16 units) a match can span, or Infinity. */
  maxLength: number;
  /** The most characters past a match's end its lookaheads can read, or Infinity. */
  lookahead: number;
  /** Whether the pattern tests the end of the text (`$`), which a search cut short would misread. */
  testsEnd: boolean;
}

/** Matches as start and end offsets, leftmost first, never overlapping. */
export interface Hits {
  starts: number[];
  ends: number[];
}

const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

type Atom =
  | { kind: 'char'; literal: string | null; wordChars: number; width: number }
  /** Fixed characters in a row, each matched once: most of a phrase pattern. */
  | { kind: 'text'; text: string }
  | { kind: 'group'; body: Alternation }
  | { kind: 'look'; behind: boolean; negative: boolean; body: Alternation }
  | { kind: 'assert'; which: '^' | '$' | 'b' | 'B' };

interface Item {
  atom: Atom;
  min: number;
  max: number;
}

type Sequence = Item[];
type Alternation = Sequence[];

class Unsupported extends Error {}

/** Patterns longer or more deeply nested than any phrase list are not read (their search stays whole). */
const MAX_SOURCE = 64 * 1024;
const MAX_DEPTH = 64;
/** Items looked past on each side of a word before giving up on a boundary (bounds the reading to linear time). */
const MAX_LOOK_PAST = 32;

/** How many word characters each character set seen so far holds (patterns share many sets). */
const classWordChars = new Map<string, number>();

const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** The character an escape the parser accepts stands for: a control, a hex or Unicode form, or punctuation itself. */
function escapedCharacter(text: string): string {
  const letter = text[1]!;
  if (text.length === 2) return CONTROL_ESCAPES[letter] ?? letter;
  if (text[2] === '{') return String.fromCodePoint(Number.parseInt(text.slice(3, -1), 16));
  return String.fromCharCode(Number.parseInt(text.slice(2), 16));
}

/** Half of a pair of surrogates: under u a quantifier after the pair repeats both halves. */
function isSurrogate(char: string): boolean {
  return (char.charCodeAt(0) & 0xf800) === 0xd800;
}

/** Parses the subset of regex syntax the analysis follows; throws Unsupported on anything else. */
class Parser {
  private at = 0;
  private depth = 0;
  private readonly source: string;
  private readonly flags: string;

  constructor(source: string, flags: string) {
    this.source = source;
    this.flags = flags;
  }

  parse(): Alternation {
    const body = this.alternation();
    if (this.at !== this.source.length) throw new Unsupported();
    return body;
  }

  private alternation(): Alternation {
    const branches: Alternation = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Sequence {
    const items: Sequence = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const [min, max] = atom.kind === 'char' || atom.kind === 'group' ? this.quantifier() : [1, 1];
      const previous = items.at(-1);
      const literal = atom.kind === 'char' && min === 1 && max === 1 ? atom.literal : null;
      if (literal !== null && previous?.atom.kind === 'text') previous.atom.text += literal;
      else items.push({ atom: literal !== null ? { kind: 'text', text: literal } : atom, min, max });
    }
    return items;
  }

  private quantifier(): [number, number] {
    const source = this.source;
    let bounds: [number, number] = [1, 1];
    const char = source[this.at];
    if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (char === '?') bounds = [0, 1];
    else if (char === '{') {
      const braces = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(source.slice(this.at, this.at + 16));
      if (!braces) return bounds;
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      this.at += braces[0].length;
      if (source[this.at] === '?') this.at++;
      return [min, max];
    } else return bounds;
    this.at++;
    if (source[this.at] === '?') this.at++;
    return bounds;
  }

  private atom(): Atom {
    const source = this.source;
    const char = source[this.at]!;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '^' || char === '$') {
      this.at++;
      return { kind: 'assert', which: char };
    }
    if (char === '.') {
      this.at++;
      return this.classAtom('.');
    }
    if (char === '\\') return this.escape();
    if (char === '*' || char === '+' || char === '?' || char === ')') throw new Unsupported();
    if (this.unicode && isSurrogate(char)) throw new Unsupported();
    this.at++;
    return { kind: 'char', literal: char, wordChars: WORD_CHARS.includes(char) ? 1 : 0, width: 1 };
  }

  private group(): Atom {
    const source = this.source;
    if (++this.depth > MAX_DEPTH) throw new Unsupported();
    let look: { behind: boolean; negative: boolean } | null = null;
    if (source.startsWith('(?:', this.at)) this.at += 3;
    else if (source.startsWith('(?=', this.at) || source.startsWith('(?!', this.at)) {
      look = { behind: false, negative: source[this.at + 2] === '!' };
      this.at += 3;
    } else if (source.startsWith('(?<=', this.at) || source.startsWith('(?<!', this.at)) {
      look = { behind: true, negative: source[this.at + 3] === '!' };
      this.at += 4;
    } else if (source.startsWith('(?<', this.at)) {
      const close = source.indexOf('>', this.at);
      if (close === -1) throw new Unsupported();
      this.at = close + 1;
    } else if (source[this.at + 1] === '?') throw new Unsupported();
    else this.at++;
    const body = this.alternation();
    if (source[this.at] !== ')') throw new Unsupported();
    this.at++;
    this.depth--;
    return look ? { kind: 'look', ...look, body } : { kind: 'group', body };
  }

  private characterClass(): Atom {
    const source = this.source;
    const start = this.at;
    let i = start + 1;
    if (source[i] === '^') i++;
    if (source[i] === ']') i++;
    while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    if (i >= source.length) throw new Unsupported();
    this.at = i + 1;
    return this.classAtom(source.slice(start, i + 1));
  }

  private escape(): Atom {
    const source = this.source;
    const next = source[this.at + 1];
    if (next === undefined) throw new Unsupported();
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { kind: 'assert', which: next };
    }
    if (/[1-9k]/.test(next)) throw new Unsupported();
    if ((next === 'p' || next === 'P') && this.unicode) {
      const close = source.indexOf('}', this.at);
      if (close === -1) throw new Unsupported();
      const text = source.slice(this.at, close + 1);
      this.at = close + 1;
      return this.classAtom(text);
    }
    // Only escapes whose meaning is certain: classes, controls, hex and Unicode forms, and punctuation
    // standing for itself. Legacy forms (`\q` for q, `\c1`, octal `\01`, `\u{2}` without u) are left alone.
    const sized = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|0(?![0-9])|[dDwWsSnrtfv]|[^A-Za-z0-9])/.exec(source.slice(this.at, this.at + 12));
    const braced = this.unicode ? /^\\u\{[0-9a-fA-F]{1,6}\}/.exec(source.slice(this.at, this.at + 12)) : null;
    const text = braced?.[0] ?? sized?.[0];
    if (text === undefined) throw new Unsupported();
    this.at += text.length;
    if (/^\\[dDwWsS]$/.test(text)) return this.classAtom(text);
    const literal = escapedCharacter(text);
    if ((this.unicode && isSurrogate(literal)) || (literal.length > 1 && source[this.at] !== undefined && '*+?{'.includes(source[this.at]!))) throw new Unsupported();
    return { kind: 'char', literal, wordChars: literal.length === 1 && WORD_CHARS.includes(literal) ? 1 : 0, width: literal.length };
  }

  private get unicode(): boolean {
    return this.flags.includes('u') || this.flags.includes('v');
  }

  /** A set of characters: which word characters it holds, found by asking the engine itself. */
  private classAtom(text: string): Atom {
    const key = `${this.unicode ? 'u' : ''}${text}`;
    let wordChars = classWordChars.get(key);
    if (wordChars === undefined) {
      const test = new RegExp(`^(?:${text})$`, this.unicode ? 'u' : '');
      wordChars = 0;
      for (const word of WORD_CHARS) if (test.test(word)) wordChars++;
      classWordChars.set(key, wordChars);
    }
    // Under the u flag a class may match a character outside the BMP: two UTF-16 units.
    return { kind: 'char', literal: null, wordChars, width: this.unicode ? 2 : 1 };
  }
}

interface Facts {
  minLength: number;
  maxLength: number;
  /** Whether a non-empty match can start (end) with a word character. */
  startsWord: boolean;
  endsWord: boolean;
  lookahead: number;
  testsEnd: boolean;
}

const factsCache = new WeakMap<object, Facts>();

function itemFacts(item: Item): Facts {
  const known = factsCache.get(item);
  if (known) return known;
  const atom = factsOf(item.atom);
  const facts = {
    minLength: atom.minLength * item.min,
    maxLength: item.max === 0 ? 0 : atom.maxLength === 0 ? 0 : atom.maxLength * item.max,
    startsWord: atom.startsWord,
    endsWord: atom.endsWord,
    lookahead: atom.lookahead,
    testsEnd: atom.testsEnd,
  };
  factsCache.set(item, facts);
  return facts;
}

function factsOf(atom: Atom): Facts {
  const known = factsCache.get(atom);
  if (known) return known;
  let facts: Facts;
  if (atom.kind === 'char') {
    const word = atom.wordChars > 0;
    facts = { minLength: 1, maxLength: atom.width, startsWord: word, endsWord: word, lookahead: 0, testsEnd: false };
  } else if (atom.kind === 'text') {
    facts = { minLength: atom.text.length, maxLength: atom.text.length, startsWord: WORD_CHARS.includes(atom.text[0]!), endsWord: WORD_CHARS.includes(atom.text.at(-1)!), lookahead: 0, testsEnd: false };
  } else if (atom.kind === 'assert') {
    facts = { minLength: 0, maxLength: 0, startsWord: false, endsWord: false, lookahead: 0, testsEnd: atom.which === '$' };
  } else if (atom.kind === 'look') {
    // A lookahead reads past where it stands by its own span and by what lookaheads at its end read.
    const body = alternationFacts(atom.body);
    facts = { minLength: 0, maxLength: 0, startsWord: false, endsWord: false, lookahead: atom.behind ? body.lookahead : body.maxLength + body.lookahead, testsEnd: body.testsEnd };
  } else {
    facts = alternationFacts(atom.body);
  }
  factsCache.set(atom, facts);
  return facts;
}

function alternationFacts(body: Alternation): Facts {
  const all = body.map(sequenceFacts);
  return {
    minLength: Math.min(...all.map((facts) => facts.minLength)),
    maxLength: Math.max(...all.map((facts) => facts.maxLength)),
    startsWord: all.some((facts) => facts.startsWord),
    endsWord: all.some((facts) => facts.endsWord),
    lookahead: Math.max(...all.map((facts) => facts.lookahead)),
    testsEnd: all.some((facts) => facts.testsEnd),
  };
}

function sequenceFacts(sequence: Sequence): Facts {
  const items = sequence.map(itemFacts);
  let startsWord = false;
  for (const facts of items) {
    if (facts.maxLength === 0) continue;
    startsWord ||= facts.startsWord;
    if (facts.minLength > 0) break;
  }
  let endsWord = false;
  for (let i = items.length - 1; i >= 0; i--) {
    const facts = items[i]!;
    if (facts.maxLength === 0) continue;
    endsWord ||= facts.endsWord;
    if (facts.minLength > 0) break;
  }
  return {
    minLength: items.reduce((sum, facts) => sum + facts.minLength, 0),
    maxLength: items.reduce((sum, facts) => sum + facts.maxLength, 0),
    startsWord,
    endsWord,
    lookahead: Math.max(0, ...items.map((facts) => facts.lookahead)),
    testsEnd: items.some((facts) => facts.testsEnd),
  };
}

/** Whether a lookaround body is one character drawn from a set holding every word character. */
function isWordCharacterTest(body: Alternation): boolean {
  if (body.length !== 1 || body[0]!.length !== 1) return false;
  const item = body[0]![0]!;
  return item.min === 1 && item.max === 1 && item.atom.kind === 'char' && item.atom.wordChars === WORD_CHARS.length;
}

/**
 * Whether the character on one side of item `index` of a sequence is sure not to be a word character,
 * looking past zero-width items and optional ones that cannot put a word character there; `outside`
 * answers for the sequence's own edge.
 */
function noWordBeside(sequence: Sequence, index: number, side: 'before' | 'after', outside: boolean): boolean {
  const step = side === 'before' ? -1 : 1;
  for (let i = index + step, looked = 0; i >= 0 && i < sequence.length; i += step) {
    if (++looked > MAX_LOOK_PAST) return false;
    const item = sequence[i]!;
    const atom = item.atom;
    if (atom.kind === 'look') {
      if (atom.behind === (side === 'before') && atom.negative && isWordCharacterTest(atom.body)) return true;
      continue;
    }
    // \b beside a word character, ^ before one and $ after one: the other side is no word character.
    if (atom.kind === 'assert') {
      if (atom.which === 'b' || atom.which === (side === 'before' ? '^' : '$')) return true;
      continue;
    }
    const facts = itemFacts(item);
    if (facts.maxLength === 0) continue;
    if (side === 'before' ? facts.endsWord : facts.startsWord) return false;
    if (facts.minLength > 0) return true;
  }
  return outside;
}

/**
 * Lower for needle sets likelier to be absent from a text: whole words before substrings, rare before common, fewer
 * and longer first. A substring of one or two characters (a space, an underscore) stands almost everywhere: it counts
 * as many longer ones, or a pattern holding one would search every text whole.
 */
function rank(needles: Needle[]): number {
  const substrings = needles.reduce((sum, needle) => sum + (needle.whole ? 0 : needle.text.trim().length < 3 ? 8 : 1), 0);
  const common = needles.filter((needle) => COMMON_WORDS.has(needle.text)).length;
  const shortest = Math.min(...needles.map((needle) => needle.text.length));
  return substrings * 1000 + common * 300 + needles.length * 10 - Math.min(shortest, 9);
}

/** Words so frequent in prose that windows around them would cover most of a text. */
const COMMON_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'and', 'or', 'is', 'are', 'be', 'it', 'this', 'that', 'these', 'do', 'you', 'your', 'all', 'any', 'no', 'not', 'if', 'when', 'then', 'de', 'la', 'le', 'el', 'en', 'der', 'die', 'das']);

function sequenceNeedles(sequence: Sequence, outsideBefore: boolean, outsideAfter: boolean): Needle[] | null {
  let best: Needle[] | null = null;
  let bestRank = Infinity;
  const consider = (candidate: Needle[] | null) => {
    if (!candidate || candidate.length === 0) return;
    const candidateRank = rank(candidate);
    if (candidateRank < bestRank) {
      best = candidate;
      bestRank = candidateRank;
    }
  };
  // The most characters the items before (after) each item can match.
  const spans = sequence.map((item) => itemFacts(item).maxLength);
  const spanBefore: number[] = [];
  const spanAfter: number[] = new Array(sequence.length);
  for (let i = 0, sum = 0; i < sequence.length; sum += spans[i]!, i++) spanBefore.push(sum);
  for (let i = sequence.length - 1, sum = 0; i >= 0; sum += spans[i]!, i--) spanAfter[i] = sum;
  for (let i = 0; i < sequence.length; i++) {
    const item = sequence[i]!;
    const atom = item.atom;
    if (atom.kind === 'text') {
      // Fixed characters: the whole run is a substring of every match; a word inside it with no word
      // character possible on either side is a whole word of the text.
      const text = atom.text;
      consider([{ text, whole: false, before: spanBefore[i]!, after: spanAfter[i]! }]);
      for (let k = 0; k < text.length; k++) {
        if (!WORD_CHARS.includes(text[k]!)) continue;
        let last = k;
        while (last + 1 < text.length && WORD_CHARS.includes(text[last + 1]!)) last++;
        const before = k > 0 || noWordBeside(sequence, i, 'before', outsideBefore);
        const after = last < text.length - 1 || noWordBeside(sequence, i, 'after', outsideAfter);
        if (before && after) consider([{ text: text.slice(k, last + 1), whole: true, before: spanBefore[i]! + k, after: text.length - 1 - last + spanAfter[i]! }]);
        k = last;
      }
      continue;
    }
    if (atom.kind === 'group' && item.min >= 1) {
      const facts = factsOf(atom);
      const once = item.max === 1;
      const inner = alternationNeedles(atom.body, noWordBeside(sequence, i, 'before', outsideBefore) && (once || !facts.endsWord), noWordBeside(sequence, i, 'after', outsideAfter) && (once || !facts.startsWord));
      // A needle of the group's first repetition: the later repetitions come after it.
      const repeats = once || facts.maxLength === 0 ? 0 : (item.max - 1) * facts.maxLength;
      consider(inner && inner.map((needle) => ({ text: needle.text, whole: needle.whole, before: spanBefore[i]! + needle.before, after: needle.after + repeats + spanAfter[i]! })));
    }
  }
  return best;
}

function alternationNeedles(body: Alternation, before: boolean, after: boolean): Needle[] | null {
  const found = new Map<string, Needle>();
  for (const branch of body) {
    const needles = sequenceNeedles(branch, before, after);
    if (!needles) return null;
    for (const needle of needles) {
      const key = `${needle.whole ? 'w' : 's'}${needle.text}`;
      const known = found.get(key);
      found.set(key, known ? { ...needle, before: Math.max(known.before, needle.before), after: Math.max(known.after, needle.after) } : needle);
    }
  }
  return [...found.values()];
}

/** The prefilter of a pattern, or null when the analysis cannot promise one. */
export function prefilterOf(pattern: RegExp): Prefilter | null {
  if (/[ivy]/.test(pattern.flags) || pattern.source.length > MAX_SOURCE) return null;
  let body: Alternation;
  try {
    body = new Parser(pattern.source, pattern.flags).parse();
  } catch (error) {
    if (error instanceof Unsupported || error instanceof SyntaxError || error instanceof RangeError) return null;
    throw error;
  }
  const needles = alternationNeedles(body, false, false);
  if (!needles || needles.length === 0) return null;
  const facts = alternationFacts(body);
  return { needles, maxLength: facts.maxLength, lookahead: facts.lookahead, testsEnd: facts.testsEnd };
}

/** A character `\\b` counts as part of a word (a–z, A–Z, 0–9, _): a cut never falls between two of them. */
export function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * Every match of a global pattern in a text, found only near its prefilter's words. Each match contains
 * one of them with at most the needle's `before` characters ahead of it and `after` past it, so the text is
 * searched in windows that far around each occurrence, cut after what a lookahead may read and never inside a
 * word: the same matches, leftmost first, as a search of the whole text. `wordStarts` gives the offsets where
 * a word stands whole, `substringStarts` those of a substring needle (at least `limit` of them when there are
 * that many, or all).
 */
export function searchAround(
  pattern: RegExp,
  text: string,
  filter: Prefilter,
  wordStarts: (word: string) => number[] | undefined,
  substringStarts: (needle: string, limit: number) => number[] = (needle, limit) => indexOfStarts(text, needle, limit),
): Hits {
  const found: Hits = { starts: [], ends: [] };
  const bounded = !filter.testsEnd && Number.isFinite(filter.maxLength) && Number.isFinite(filter.lookahead);
  // Past this many occurrences the windows would cover the text (or, unbounded, any one does): it is searched whole instead.
  const dense = bounded ? Math.ceil(text.length / Math.max(1, filter.maxLength)) : 0;
  const occurrences: Array<[number[], Needle]> = [];
  let count = 0;
  for (const needle of filter.needles) {
    const starts = needle.whole ? wordStarts(needle.text) : substringStarts(needle.text, dense - count + 1);
    if (!starts || starts.length === 0) continue;
    occurrences.push([starts, needle]);
    count += starts.length;
    if (count > dense) break;
  }
  if (occurrences.length === 0) return found;
  if (count > dense) {
    collectMatches(pattern, text, 0, text.length, found);
    return found;
  }
  // The windows' starts and ends, each sorted on its own: a window group ends at the k-th end exactly where the next
  // start lies past it, and the k-th end is then the group's furthest, so no pairs need be made and sorted together.
  const froms = new Int32Array(count);
  const tos = new Int32Array(count);
  let n = 0;
  for (const [starts, { text: needle, before, after }] of occurrences) {
    for (const at of starts) {
      froms[n] = Math.max(0, at - before);
      tos[n++] = Math.min(text.length, at + needle.length + after);
    }
  }
  if (occurrences.length > 1) {
    froms.sort();
    tos.sort();
  }
  let w = 0;
  while (w < count) {
    const from = froms[w]!;
    while (w + 1 < count && froms[w + 1]! <= tos[w]!) w++;
    const to = tos[w++]!;
    let cut = Math.min(text.length, to + filter.lookahead);
    while (cut < text.length && isWordCode(text.charCodeAt(cut))) cut++;
    collectMatches(pattern, cut === text.length ? text : text.slice(0, cut), from, to, found);
  }
  return found;
}

/** Adds the matches of a global pattern in `text` that start in [from, until), leftmost first. */
export function collectMatches(pattern: RegExp, text: string, from: number, until: number, found: Hits): void {
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null && match.index < until; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.starts.push(match.index);
    found.ends.push(match.index + match[0].length);
  }
}

/** The offsets where `needle` occurs, overlapping occurrences included, at most `limit` of them. */
function indexOfStarts(text: string, needle: string, limit: number): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && starts.length < limit; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/** A multi-needle automaton over UTF-16 code units: a deterministic Aho–Corasick machine. */
interface Automaton {
  /** The needles it finds, by id. */
  count: number;
  /** Column of each code unit in the transition table: 0 for one no needle holds. */
  columns: Uint16Array;
  /** Next state for each state and column. States are numbered by row start (number times the table's width), those where a needle ends first. */
  next: Int32Array;
  start: number;
  width: number;
  /** Below this state a needle ends. */
  outputLimit: number;
  /** Ids of the needles ending at each state where one does (its own and those of its failure links), by state number. */
  outputs: number[][];
}

/**
 * The substring needles of many patterns, found in one pass over a text: reading the text once per needle
 * (several hundred of them) cost more than all the rest of the prose analysis. The set grows as patterns'
 * prefilters are read; a needle not yet in its automaton is looked for on its own, and the automaton is rebuilt
 * once the needles added since are a quarter of those it holds or looking for them has read about what a build costs.
 */
export class NeedleSet {
  private readonly ids = new Map<string, number>();
  private readonly needles: string[] = [];
  /** Per needle, the fewest characters a match of a bounded pattern holding it may span, or Infinity. */
  private readonly spans: number[] = [];
  private automaton: Automaton | null = null;
  /** Characters read looking for needles the automaton does not hold yet, since it was built. */
  private readAlone = 0;

  /** Adds a prefilter's substring needles. */
  add(filter: Prefilter): void {
    const span = !filter.testsEnd && Number.isFinite(filter.maxLength) && Number.isFinite(filter.lookahead) ? Math.max(1, filter.maxLength) : Infinity;
    for (const needle of filter.needles) {
      if (needle.whole || needle.text === '') continue;
      const id = this.ids.get(needle.text);
      if (id !== undefined) {
        this.spans[id] = Math.min(this.spans[id]!, span);
        continue;
      }
      this.ids.set(needle.text, this.needles.length);
      this.needles.push(needle.text);
      this.spans.push(span);
    }
  }

  /**
   * Where the needles occur in `text`, as a lookup for `searchAround`. A needle occurring more often than any
   * pattern holding it could search around is recorded only that far: past it the pattern searches the whole text.
   */
  find(text: string): (needle: string, limit: number) => number[] {
    const automaton = this.current();
    const starts: number[][] = [];
    const caps: number[] = [];
    for (let id = 0; id < automaton.count; id++) {
      starts.push([]);
      caps.push(Number.isFinite(this.spans[id]!) ? Math.ceil(text.length / this.spans[id]!) + 1 : 1);
    }
    const full = new Uint8Array(automaton.count);
    const { columns, next, outputLimit, outputs, width } = automaton;
    const needles = this.needles;
    let state = automaton.start;
    for (let i = 0; i < text.length; i++) {
      state = next[state + columns[text.charCodeAt(i)]!]!;
      if (state >= outputLimit) continue;
      for (const id of outputs[state / width]!) {
        const found = starts[id]!;
        if (found.length === caps[id]!) full[id] = 1;
        else found.push(i - needles[id]!.length + 1);
      }
    }
    return (needle, limit) => {
      const id = this.ids.get(needle);
      if (id !== undefined && id >= automaton.count) this.readAlone += text.length;
      if (id === undefined || id >= automaton.count || (full[id] === 1 && starts[id]!.length < limit)) return indexOfStarts(text, needle, limit);
      return starts[id]!;
    };
  }

  private current(): Automaton {
    const built = this.automaton?.count ?? -1;
    const added = this.needles.length - built;
    if (this.automaton === null || (added > 0 && (added >= built / 4 || this.readAlone >= REBUILD_AFTER_CHARS))) {
      this.automaton = buildAutomaton(this.needles);
      this.readAlone = 0;
    }
    return this.automaton;
  }
}

/**
 * Which of a fixed list of needles a text holds, all found in one pass: a gate in front of many small patterns, each
 * run only when a needle every match of it contains is there.
 */
export class NeedlePresence {
  private readonly automaton: Automaton;

  constructor(needles: readonly string[]) {
    this.automaton = buildAutomaton(needles);
  }

  /** Sets `found[id]` to 1 for each needle `text` holds and to 0 for the others. */
  scan(text: string, found: Uint8Array): void {
    found.fill(0);
    const { columns, next, outputLimit, outputs, width } = this.automaton;
    let state = this.automaton.start;
    for (let i = 0; i < text.length; i++) {
      state = next[state + columns[text.charCodeAt(i)]!]!;
      if (state < outputLimit) for (const id of outputs[state / width]!) found[id] = 1;
    }
  }
}

/** About the characters a search for single needles reads in the time a build of the automaton takes. */
const REBUILD_AFTER_CHARS = 4 * 1024 * 1024;

function buildAutomaton(needles: readonly string[]): Automaton {
  const columns = new Uint16Array(65536);
  let width = 1;
  let states = 1;
  for (const needle of needles) {
    states += needle.length;
    for (let k = 0; k < needle.length; k++) {
      const code = needle.charCodeAt(k);
      if (columns[code] === 0) columns[code] = width++;
    }
  }
  // The trie, with -1 for a missing edge; then, breadth first, each missing edge takes its failure state's.
  const next = new Int32Array(states * width).fill(-1);
  const ending: Array<number[] | null> = new Array(states).fill(null);
  let used = 1;
  for (const [id, needle] of needles.entries()) {
    let state = 0;
    for (let k = 0; k < needle.length; k++) {
      const cell = state * width + columns[needle.charCodeAt(k)]!;
      if (next[cell] === -1) next[cell] = used++;
      state = next[cell]!;
    }
    (ending[state] ??= []).push(id);
  }
  const failure = new Int32Array(used);
  const queue: number[] = [];
  for (let column = 0; column < width; column++) {
    const child = next[column]!;
    if (child === -1) next[column] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const fallback = failure[state]!;
    const inherited = ending[fallback];
    if (inherited) ending[state] = [...(ending[state] ?? []), ...inherited];
    for (let column = 0; column < width; column++) {
      const cell = state * width + column;
      const child = next[cell]!;
      if (child === -1) next[cell] = next[fallback * width + column]!;
      else {
        failure[child] = next[fallback * width + column]!;
        queue.push(child);
      }
    }
  }
  // Renumbered so that states where a needle ends come first, and premultiplied: a step of the scan is one addition and one read.
  const order = new Int32Array(used);
  const outputs: number[][] = [];
  for (let state = 0; state < used; state++) if (ending[state]) order[state] = outputs.push(ending[state]!) - 1;
  let free = outputs.length;
  for (let state = 0; state < used; state++) if (!ending[state]) order[state] = free++;
  const table = new Int32Array(used * width);
  for (let state = 0; state < used; state++) {
    const row = order[state]! * width;
    for (let column = 0; column < width; column++) table[row + column] = order[next[state * width + column]!]! * width;
  }
  return { count: needles.length, columns, next: table, start: order[0]! * width, width, outputLimit: outputs.length * width, outputs };
}
