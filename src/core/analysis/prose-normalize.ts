/**
 * A searchable view of Markdown prose: lower case, compatibility-decomposed with accents dropped
 * (NFKD then combining marks removed, which also folds what NFKC folds), HTML entities decoded,
 * Markdown emphasis and code markers stripped, invisible characters removed (text spelled in Unicode
 * tag characters read as the ASCII it spells), Cyrillic and Greek look-alike letters mapped to Latin,
 * whitespace collapsed. Every character of the view remembers
 * the span of the original text it came from, so matches on the view map back to exact offsets.
 *
 * Line structure survives as boundaries: a line break inside a paragraph becomes a space, a break
 * before a list item, heading, table row or after a heading or table row becomes "\n", and a blank
 * line becomes "\n\n". Fenced code blocks are left out (replaced by a paragraph break) unless asked.
 *
 * One pass over the text, plus one per line to classify it: linear in the input.
 */

export interface NormalizedText {
  /** The searchable text. */
  text: string;
  /** Original offset of the first code unit each view character came from. */
  starts: Int32Array;
  /** Original offset just past the last code unit each view character came from. */
  ends: Int32Array;
  /** 1 where the view character lies between double quotes paired on one line (code spans are commands, not quotations). */
  quoted: Uint8Array;
  /** View offsets [start, end) of heading lines, in order. */
  headings: Array<[number, number]>;
  /** Original offsets [start, end) of fenced code blocks (contents only), in order. */
  fences: Array<[number, number]>;
}

export interface NormalizeOptions {
  /** Analyse the contents of fenced code blocks as prose too (default: leave them out). */
  includeFencedCode?: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  shy: '\u00AD', zwj: '\u200D', zwnj: '\u200C', lrm: '\u200E', rlm: '\u200F', hellip: '...',
  mdash: '-', ndash: '-', lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', laquo: '"', raquo: '"',
  colon: ':', sol: '/', period: '.', comma: ',', lpar: '(', rpar: ')', lowbar: '_', ast: '*',
  grave: '`', tilde: '~', excl: '!', quest: '?', semi: ';', num: '#', dollar: '$', percent: '%',
  plus: '+', equals: '=', hyphen: '-', dash: '-', bsol: '\\', verbar: '|', vert: '|', commat: '@',
  lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']', lcub: '{', rcub: '}', apos2: "'", szlig: 'ss',
  aelig: 'ae', oelig: 'oe', oslash: 'o', eth: 'd', thorn: 'th', NewLine: '\n', Tab: '\t',
};
/** `&eacute;`, `&Uuml;`, `&ccedil;`…: the base letter is all the view keeps of them anyway. */
const ACCENTED_ENTITY = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring|caron|macr|breve|ogon|dot|dblac)$/;

/** Cyrillic and Greek letters that render like Latin ones (both cases), mapped to lower-case Latin. */
const CONFUSABLE_PAIRS =
  'аaвbеeёeкkмmнhоoрpсcтtуyхxѕsіiїiјjԁdһhӏlԛqԝwүyɡgАaВbЕeЁeКkМmНhОoРpСcТtХxУyЅsІiЈjԚqԜwҮyӀl' +
  'αaβbεeιiκkνvοoρpτtυuχxγyηnΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxıiɑaℓl';
const CONFUSABLES = new Map<number, string>();

/** The Latin letter a Cyrillic or Greek look-alike stands for, if any. */
export function latinLookAlike(char: string): string | undefined {
  return CONFUSABLES.get(char.charCodeAt(0));
}
for (let i = 0; i < CONFUSABLE_PAIRS.length; i += 2) CONFUSABLES.set(CONFUSABLE_PAIRS.charCodeAt(i), CONFUSABLE_PAIRS[i + 1]!);

const INVISIBLE = /^[\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u180E\u2800]$/u;
const SPACE = /^\s$/u;
const INLINE_TAGS = new Set(['b', 'i', 'em', 'strong', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'code', 'kbd', 'span', 'font', 'wbr', 'abbr', 'q', 'tt', 'var', 'samp', 'strike', 'big', 'a', 'cite', 'dfn', 'bdi', 'bdo', 'data', 'time']);

/** The view characters one original code point contributes ('' when it vanishes). */
const foldCache = new Map<number, string>();
function fold(codePoint: number): string {
  if (codePoint < 0x80) {
    return codePoint >= 0x41 && codePoint <= 0x5a ? String.fromCharCode(codePoint + 32) : String.fromCharCode(codePoint);
  }
  // Unicode tag characters spell ASCII out of sight (U+E0041 is an invisible "A"): the view reads what they spell.
  if (codePoint >= 0xe0020 && codePoint <= 0xe007e) return fold(codePoint - 0xe0000);
  const known = foldCache.get(codePoint);
  if (known !== undefined) return known;
  let out = '';
  const char = String.fromCodePoint(codePoint);
  if (SPACE.test(char)) out = ' ';
  else if (!INVISIBLE.test(char)) {
    const confusable = CONFUSABLES.get(codePoint);
    if (confusable) out = confusable;
    else {
      for (const part of char.normalize('NFKD')) {
        const mapped = CONFUSABLES.get(part.charCodeAt(0));
        if (mapped) {
          out += mapped;
          continue;
        }
        for (const lower of part.toLowerCase()) if (!INVISIBLE.test(lower)) out += lower;
      }
      out = out.replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―−]/g, '-');
    }
  }
  if (foldCache.size < 4096) foldCache.set(codePoint, out);
  return out;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 0x7f;
}

interface LineInfo {
  /** Offset where the line's content starts (after indentation, blockquote and list markers). */
  contentStart: number;
  kind: 'blank' | 'heading' | 'table' | 'item' | 'text';
}

/** Classifies the line starting at `start` (ends at `end`, exclusive of its line break). */
function lineInfo(text: string, start: number, end: number): LineInfo {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
  if (i >= end || text.slice(i, end).trim() === '') return { contentStart: end, kind: 'blank' };
  const char = text[i]!;
  if (char === '#') {
    let j = i;
    while (j < end && text[j] === '#') j++;
    if (j - i <= 6 && (j === end || text[j] === ' ' || text[j] === '\t')) return { contentStart: j, kind: 'heading' };
  }
  if (char === '|') return { contentStart: i, kind: 'table' };
  if ((char === '-' || char === '*' || char === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) return { contentStart: i + 2, kind: 'item' };
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > i && (text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) return { contentStart: j + 2, kind: 'item' };
  return { contentStart: i, kind: 'text' };
}

/** Info strings of fenced blocks that hold prose, read like the text around them. */
const PROSE_FENCES = new Set(['', 'markdown', 'md', 'text', 'txt', 'plain', 'plaintext', 'prompt']);

/** The fence a line opens (`` ``` `` or `~~~`, three or more), and whether its info string says it holds prose; or null. */
function fenceOpening(text: string, start: number, end: number): { char: string; length: number; prose: boolean } | null {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
  const char = text[i];
  if (char !== '`' && char !== '~') return null;
  let j = i;
  while (j < end && text[j] === char) j++;
  if (j - i < 3) return null;
  const info = text.slice(j, end).trim();
  if (char === '`' && info.includes('`')) return null;
  return { char, length: j - i, prose: PROSE_FENCES.has(info.split(/[\s{]/)[0]!.toLowerCase()) };
}

function closesFence(text: string, start: number, end: number, fence: { char: string; length: number }): boolean {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i++;
  let j = i;
  while (j < end && text[j] === fence.char) j++;
  return j - i >= fence.length && text.slice(j, end).trim() === '';
}

const QuoteMark = { Straight: 0, Open: 1, Close: 2 } as const;
type QuoteMark = (typeof QuoteMark)[keyof typeof QuoteMark];

interface QuoteMarks {
  at: number[];
  line: number[];
  mark: QuoteMark[];
}

class ViewBuilder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  /** Pending separator: '' none, ' ', '\n' or '\n\n', with the original offset it stands for. */
  pending = '';
  pendingAt = 0;
  /** Quote marks seen, as view offsets, to pair per line afterwards. */
  quoteMarks: QuoteMarks = { at: [], line: [], mark: [] };
  /** Line breaks pushed so far, so quote marks know their line without searching. */
  newlines = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    this.codes = codes;
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.ends = ends;
  }

  private push(char: string, start: number, end: number): void {
    this.pushCode(char.charCodeAt(0), start, end);
  }

  private pushCode(code: number, start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.codes[this.length] = code;
    if (code === 10) this.newlines++;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  separator(kind: ' ' | '\n' | '\n\n', at: number): void {
    if (this.length === 0) return;
    if (kind.length > this.pending.length || (kind === '\n' && this.pending === ' ')) {
      this.pending = kind;
      this.pendingAt = at;
    } else if (this.pending === '') {
      this.pending = kind;
      this.pendingAt = at;
    }
  }

  emit(out: string, start: number, end: number): void {
    for (let k = 0; k < out.length; k++) {
      const char = out[k]!;
      if (char === ' ' || char === '\n' || char === '\t' || char === '\r') {
        this.separator(char === '\n' ? '\n' : ' ', start);
        continue;
      }
      if (this.pending) {
        for (const separator of this.pending) this.push(separator, this.pendingAt, this.pendingAt + 1);
        this.pending = '';
      }
      this.push(char, start, end);
    }
  }

  /** Emits a lower-case ASCII letter, digit or harmless punctuation character as it is. */
  emitPlain(code: number, at: number): void {
    if (this.pending) {
      for (const separator of this.pending) this.push(separator, this.pendingAt, this.pendingAt + 1);
      this.pending = '';
    }
    this.pushCode(code, at, at + 1);
  }

  quote(mark: QuoteMark): void {
    const pendingBreaks = this.pending === '\n\n' ? 2 : this.pending === '\n' ? 1 : 0;
    this.quoteMarks.at.push(this.length + this.pending.length);
    this.quoteMarks.line.push(this.newlines + pendingBreaks);
    this.quoteMarks.mark.push(mark);
  }
}

/** Decodes the entity at `index` (which holds '&'): its text and length, or null. */
function entityAt(text: string, index: number): { value: string; length: number } | null {
  const end = Math.min(text.length, index + 34);
  let j = index + 1;
  if (text.charCodeAt(j) === 35) {
    j++;
    const hex = text.charCodeAt(j) === 120 || text.charCodeAt(j) === 88;
    if (hex) j++;
    const digitsStart = j;
    while (j < end && (hex ? isHexDigit(text.charCodeAt(j)) : isDigit(text.charCodeAt(j)))) j++;
    if (j === digitsStart || j - digitsStart > 8) return null;
    const code = parseInt(text.slice(digitsStart, j), hex ? 16 : 10);
    if (text.charCodeAt(j) === 59) j++;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { value: '', length: j - index };
    return { value: String.fromCodePoint(code), length: j - index };
  }
  const nameStart = j;
  while (j < end && isAsciiAlphanumeric(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 59 || j === nameStart) return null;
  const name = text.slice(nameStart, j);
  const named = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (named !== undefined) return { value: named, length: j + 1 - index };
  const accented = ACCENTED_ENTITY.exec(name);
  if (accented) return { value: accented[1]!, length: j + 1 - index };
  return null;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isHexDigit = (code: number) => isDigit(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
const isAsciiAlphanumeric = (code: number) => isDigit(code) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * Fixed phrases of the rules as the view folds them. The compiled CLI (bin/compiled-cli.js) records them when it is
 * built and hands them back on every start, sparing a view per phrase (about a thousand) when the rules load.
 */
const FOLDED_PHRASES = ((globalThis as Record<symbol, Map<string, string> | undefined>)[Symbol.for('skillpack.foldedPhrases')] ??= new Map());

/** A fixed phrase in the normalised form the view gives it (the text of its view). */
export function foldedPhrase(phrase: string): string {
  let folded = FOLDED_PHRASES.get(phrase);
  if (folded === undefined) {
    folded = normalizeProse(phrase).text;
    FOLDED_PHRASES.set(phrase, folded);
  }
  return folded;
}

/** The last views made, per setting: the rules that read a skill's prose (agent manipulation, prompt injection) share them. */
const recent = [new Map<string, NormalizedText>(), new Map<string, NormalizedText>()];
const RECENT_VIEWS = 8;

/** The text as the prose rules read it (see NormalizedText); the result is shared, so callers must not change it. */
export function normalizeProse(text: string, options: NormalizeOptions = {}): NormalizedText {
  const views = recent[options.includeFencedCode === true ? 1 : 0]!;
  const known = views.get(text);
  if (known) return known;
  const view = buildView(text, options);
  if (views.size >= RECENT_VIEWS) views.delete(views.keys().next().value!);
  views.set(text, view);
  return view;
}

function buildView(text: string, options: NormalizeOptions): NormalizedText {
  const view = new ViewBuilder(text.length + 16);
  const headings: Array<[number, number]> = [];
  const fences: Array<[number, number]> = [];
  let fence: { char: string; length: number } | null = null;
  /** An open fence whose contents are prose (Markdown, text, no language), read as part of the text. */
  let proseFence: { char: string; length: number } | null = null;
  let fenceStart = 0;
  let lineStart = 0;
  let previousKind: LineInfo['kind'] = 'blank';
  const frontmatterEnd = /^---\r?\n/.test(text) ? text.indexOf('\n---', 3) : -1;

  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;

    if (proseFence && closesFence(text, lineStart, contentEnd, proseFence)) {
      proseFence = null;
      view.separator('\n\n', lineStart);
    } else if (fence) {
      if (closesFence(text, lineStart, contentEnd, fence)) {
        fences.push([fenceStart, lineStart]);
        fence = null;
        if (!options.includeFencedCode) view.separator('\n\n', lineStart);
      } else if (options.includeFencedCode) {
        emitInline(text, lineStart, contentEnd, view);
        view.separator('\n', contentEnd);
      }
    } else {
      const opening = fenceOpening(text, lineStart, contentEnd);
      if (opening?.prose && !proseFence) {
        proseFence = opening;
        view.separator('\n', lineStart);
        previousKind = 'blank';
      } else if (opening) {
        fence = opening;
        fenceStart = lineEnd + 1;
        view.separator('\n\n', lineStart);
      } else {
        const info = lineInfo(text, lineStart, contentEnd);
        if (info.kind === 'blank') view.separator('\n\n', lineStart);
        else {
          const breaks = info.kind !== 'text' || previousKind === 'heading' || previousKind === 'table';
          view.separator(breaks ? '\n' : ' ', lineStart);
          if (info.kind === 'heading') {
            view.separator('\n', lineStart);
            const before = view.length + (view.pending ? view.pending.length : 0);
            emitInline(text, info.contentStart, contentEnd, view);
            headings.push([before, view.length]);
            view.separator('\n', contentEnd);
          } else {
            const value = frontmatterEnd > lineStart ? quotedFieldValue(text, info.contentStart, contentEnd) : null;
            if (value) {
              // A frontmatter value in YAML quotes is the author's own text, not a quotation: its quote marks are not emitted.
              emitInline(text, info.contentStart, value.start - 1, view);
              view.separator(' ', value.start - 1);
              emitInline(text, value.start, value.end, view);
              view.separator(' ', value.end);
            } else emitInline(text, info.contentStart, contentEnd, view);
          }
        }
        previousKind = info.kind;
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (fence) fences.push([fenceStart, text.length]);

  const viewText = new TextDecoder('utf-16le').decode(view.codes.subarray(0, view.length));
  return {
    text: viewText,
    starts: view.starts.subarray(0, view.length),
    ends: view.ends.subarray(0, view.length),
    quoted: pairQuotes(viewText, view.quoteMarks),
    headings,
    fences,
  };
}

/** The span inside the double quotes of a `key: "value"` line, or null. */
function quotedFieldValue(text: string, start: number, end: number): { start: number; end: number } | null {
  const field = /^[A-Za-z_][\w-]{0,60}:[ \t]{1,10}"/.exec(text.slice(start, Math.min(end, start + 80)));
  let last = end;
  while (last > start && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
  if (!field || text[last - 1] !== '"' || start + field[0].length >= last) return null;
  return { start: start + field[0].length, end: last - 1 };
}

/** ASCII characters that go to the view unchanged (upper case lowered): letters, digits, plain punctuation. */
const PLAIN = new Uint8Array(128);
for (let code = 33; code < 127; code++) PLAIN[code] = /[A-Za-z0-9.,;:!?()[\]{}\/@#$%+=|^'-]/.test(String.fromCharCode(code)) ? 1 : 0;
PLAIN[45] = 0;

/** Emits the characters of one line (from `start` to `end`) into the view. */
function emitInline(text: string, start: number, end: number, view: ViewBuilder): void {
  let i = start;
  let inTag = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (PLAIN[code] === 1) {
      view.emitPlain(code >= 65 && code <= 90 ? code + 32 : code, i);
      i++;
      continue;
    }
    if (code === 32) {
      view.separator(' ', i);
      i++;
      continue;
    }
    const char = text[i]!;
    if (char === '&') {
      const entity = entityAt(text, i);
      if (entity) {
        emitDecoded(entity.value, i, i + entity.length, view, text, inTag);
        i += entity.length;
        continue;
      }
    }
    if (char === '<') {
      if (text.startsWith('<!--', i)) {
        view.separator(' ', i);
        i += 4;
        continue;
      }
      const tag = /^<\/?([a-zA-Z][a-zA-Z0-9]{0,20})(\s*\/?>)?/.exec(text.slice(i, Math.min(end, i + 30)));
      if (tag) {
        const name = tag[1]!.toLowerCase();
        if (tag[2]) {
          if (!INLINE_TAGS.has(name)) view.separator(' ', i);
          i += tag[0].length;
        } else {
          view.separator(' ', i);
          inTag = true;
          i += tag[0].length;
        }
        continue;
      }
    }
    // The end of a comment, or an arrow of a diagram (`NO --> Report the issue`): what follows is another statement.
    if (char === '-' && text.startsWith('-->', i)) {
      view.separator('\n', i);
      i += 3;
      continue;
    }
    if (char === '>') {
      inTag = false;
      view.separator(' ', i);
      i++;
      continue;
    }
    if (char === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    emitDecoded(String.fromCodePoint(codePoint), i, i + width, view, text, inTag);
    i += width;
  }
}

/** Emits one source character (or an entity's decoded text) standing for text[start, end). */
function emitDecoded(value: string, start: number, end: number, view: ViewBuilder, text: string, inTag: boolean): void {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '*') continue;
    if (char === '~' && (text[start + 1] === '~' || text[start - 1] === '~')) continue;
    if (char === '`') {
      continue;
    }
    if (char === '_') {
      const before = text.charCodeAt(start - 1);
      const after = text.charCodeAt(end);
      if (isAlnum(before) && isAlnum(after)) view.emit('_', start, end);
      continue;
    }
    const folded = fold(code);
    if (folded === '"') {
      if (inTag) view.separator(' ', start);
      else view.quote(char === '“' || char === '«' || char === '„' ? QuoteMark.Open : char === '”' || char === '»' ? QuoteMark.Close : QuoteMark.Straight);
      continue;
    }
    if (inTag && (folded === '=' || folded === "'")) {
      view.separator(' ', start);
      continue;
    }
    view.emit(folded, start, end);
  }
}

/** Marks view characters between quote marks that pair up on the same line. */
function pairQuotes(text: string, marks: QuoteMarks): Uint8Array {
  const quoted = new Uint8Array(text.length);
  const fill = (from: number, to: number) => {
    for (let k = from; k < to && k < quoted.length; k++) quoted[k] = 1;
  };
  let openDouble = -1;
  let openCurly = -1;
  let line = -2;
  for (let k = 0; k < marks.at.length; k++) {
    const at = marks.at[k]!;
    const current = marks.line[k]!;
    const mark = marks.mark[k]!;
    if (current !== line) {
      openDouble = openCurly = -1;
      line = current;
    }
    if (mark === QuoteMark.Open) {
      openCurly = at;
    } else if (mark === QuoteMark.Close) {
      if (openCurly !== -1) fill(openCurly, at);
      else if (openDouble !== -1) fill(openDouble, at);
      openCurly = openDouble = -1;
    } else if (openDouble === -1 && openCurly === -1) {
      openDouble = at;
    } else {
      fill(openCurly !== -1 ? openCurly : openDouble, at);
      openCurly = openDouble = -1;
    }
  }
  return quoted;
}
