// The functions of Perl, Lua, Kotlin and Swift code, found by a scanner (no grammar of these languages
// ships): strings and comments are blanked first, then function heads are matched and their bodies closed
// by brace or `end` counting. Each step is one pass over the text, so hostile input costs linear time.
import type { FunctionOutline } from './outline.ts';

export type ScannedLanguage = 'perl' | 'lua' | 'kotlin' | 'swift';

const MAX_FUNCTIONS = 500;

/** The text with the inside of strings and comments replaced by blanks (newlines kept), offsets unchanged. */
export function blankStringsAndComments(language: ScannedLanguage, text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to && i < out.length; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  const cStyle = language === 'kotlin' || language === 'swift';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    // Comments.
    if ((cStyle && char === '/' && next === '/') || (language === 'perl' && char === '#' && text[i - 1] !== '$') || (language === 'lua' && char === '-' && next === '-' && !text.startsWith('--[[', i))) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (cStyle && char === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (language === 'lua' && (text.startsWith('--[[', i) || text.startsWith('[[', i))) {
      const open = text.startsWith('--[[', i) ? 4 : 2;
      const end = text.indexOf(']]', i + open);
      const stop = end === -1 ? text.length : end + 2;
      blank(i + (open === 2 ? 2 : 0), open === 2 ? Math.max(i + 2, stop - 2) : stop);
      i = stop;
      continue;
    }
    // Multi-line strings of Kotlin and Swift.
    if (cStyle && text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3);
      const stop = end === -1 ? text.length : end + 3;
      blank(i + 3, Math.max(i + 3, stop - 3));
      i = stop;
      continue;
    }
    if (char === '"' || (char === "'" && !cStyle)) {
      let j = i + 1;
      while (j < text.length && text[j] !== char && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      blank(i + 1, Math.min(j, text.length));
      i = j + 1;
      continue;
    }
    i++;
  }
  return out.join('');
}

/** For each opening bracket of one kind, the index of the bracket that closes it (one pass with a stack). */
function bracketPairs(masked: string, open: string, close: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    const char = masked[i];
    if (char === open) stack.push(i);
    else if (char === close && stack.length > 0) pairs.set(stack.pop()!, i);
  }
  return pairs;
}

/** For each Lua block opener (`function`, `if`, `do`, `repeat`), the index of the `end` or `until` that closes it. */
function luaBlocks(masked: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (const match of masked.matchAll(/\b(?:function|if|do|repeat|end|until)\b/g)) {
    if (match[0] === 'end' || match[0] === 'until') {
      if (stack.length > 0) pairs.set(stack.pop()!, match.index);
    } else stack.push(match.index);
  }
  return pairs;
}

/** Names of a parameter list: the last word before each `:` (Kotlin `name: T`, Swift `label name: T`), or each `$name` (Perl), or each word (Lua). */
function parameterNames(list: string, language: ScannedLanguage): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  const pieces: string[] = [];
  for (let i = 0; i <= list.length; i++) {
    const char = list[i];
    if (char === '(' || char === '<' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === '>' || char === ']' || char === '}') depth--;
    else if ((char === ',' && depth === 0) || i === list.length) {
      pieces.push(list.slice(start, i));
      start = i + 1;
    }
  }
  for (const piece of pieces.slice(0, 20)) {
    const head = language === 'kotlin' || language === 'swift' ? piece.split(':')[0]! : piece;
    const words = head.match(/[A-Za-z_]\w*/g) ?? [];
    const name = language === 'perl' ? /\$([A-Za-z_]\w*)/.exec(head)?.[1] : words.filter((word) => !/^(?:vararg|noinline|crossinline|inout|val|var|_)$/.test(word)).at(-1);
    if (name) names.push(name);
  }
  return names;
}

/** A statement's range: from `at` to the end of its line or its `;`. */
function statementAt(text: string, at: number, end: number): { start: number; end: number } {
  let stop = at;
  while (stop < end && text[stop] !== '\n' && text[stop] !== ';') stop++;
  return { start: at, end: stop };
}

/** The `return` statements of a body, and for Perl its last statement too (a sub hands back its last value). */
function resultsOf(masked: string, language: ScannedLanguage, returns: readonly number[], bodyStart: number, end: number): FunctionOutline['results'] {
  const results: FunctionOutline['results'] = [];
  // The first `return` in the body, by binary search over all of them.
  let low = 0;
  let high = returns.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (returns[middle]! < bodyStart) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < returns.length && returns[i]! < end && results.length < 50; i++) results.push(statementAt(masked, returns[i]!, end));
  if (language === 'perl') {
    const tailStart = Math.max(bodyStart, end - 2000);
    const body = masked.slice(tailStart, end).trimEnd();
    if (body.trim().length > 0) results.push({ start: tailStart + body.lastIndexOf('\n') + 1, end: tailStart + body.length });
  }
  return results;
}

/** Perl takes its parameters in the body: `my ($a, $b) = @_;`, `my $x = shift;`. */
function perlParameters(masked: string, bodyStart: number, end: number): string[] {
  const head = masked.slice(bodyStart, Math.min(end, bodyStart + 400));
  const list = /\bmy\s*\(([^()]{1,200})\)\s*=\s*@_/.exec(head);
  if (list) return parameterNames(list[1]!, 'perl');
  return Array.from(head.matchAll(/\bmy\s+\$([A-Za-z_]\w*)\s*=\s*shift\b/g), (match) => match[1]!).slice(0, 10);
}

const HEADS: Record<ScannedLanguage, RegExp> = {
  perl: /\bsub\s+([A-Za-z_]\w*)\s*(?:\(([^(){}]{0,200})\)\s*)?\{/g,
  lua: /\b(?:local\s+)?function\s+(?:[A-Za-z_]\w*[.:]){0,3}([A-Za-z_]\w*)\s*\(([^()]{0,300})\)|\b(?:local\s+)?(?:[A-Za-z_]\w*\.){0,3}([A-Za-z_]\w*)\s*=\s*function\s*\(([^()]{0,300})\)/g,
  kotlin: /\bfun\s+(?:<[^<>\n]{0,100}>\s*)?(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)\s*\(/g,
  swift: /\bfunc\s+([A-Za-z_]\w*)\s*(?:<[^<>\n]{0,100}>\s*)?\(/g,
};

/** The named functions of Perl, Lua, Kotlin or Swift code. */
export function scanFunctions(language: ScannedLanguage, text: string): FunctionOutline[] {
  const masked = blankStringsAndComments(language, text);
  const outlines: FunctionOutline[] = [];
  const braces = language === 'lua' ? new Map<number, number>() : bracketPairs(masked, '{', '}');
  const parens = language === 'kotlin' || language === 'swift' ? bracketPairs(masked, '(', ')') : new Map<number, number>();
  const blocks = language === 'lua' ? luaBlocks(masked) : new Map<number, number>();
  const returns = Array.from(masked.matchAll(/\breturn\b/g), (match) => match.index);
  const heads = HEADS[language];
  heads.lastIndex = 0;
  for (let head = heads.exec(masked); head && outlines.length < MAX_FUNCTIONS; head = heads.exec(masked)) {
    const afterHead = head.index + head[0].length;
    if (language === 'perl') {
      const end = braces.get(afterHead - 1);
      if (end === undefined) continue;
      const params = head[2] !== undefined ? parameterNames(head[2], 'perl') : perlParameters(masked, afterHead, end);
      outlines.push({ name: head[1]!, params, bodyStart: afterHead, end, results: resultsOf(masked, language, returns, afterHead, end) });
      continue;
    }
    if (language === 'lua') {
      const end = blocks.get(head.index + head[0].indexOf('function'));
      if (end === undefined) continue;
      outlines.push({ name: (head[1] ?? head[3])!, params: parameterNames((head[2] ?? head[4])!, 'lua'), bodyStart: afterHead, end, results: resultsOf(masked, language, returns, afterHead, end) });
      continue;
    }
    // Kotlin and Swift: the parameter list, then the signature's rest up to the body's brace.
    const listEnd = parens.get(afterHead - 1);
    if (listEnd === undefined) continue;
    const rest = masked.slice(listEnd + 1, listEnd + 300);
    const brace = /^[^{}=]{0,299}\{/.exec(rest);
    // Kotlin's expression body (`fun token(): String = System.getenv("T")`): the rest of the line is what it hands back.
    const expression = brace || language !== 'kotlin' ? null : /^[^{}=\n]{0,299}=(?!=)/.exec(rest);
    if (expression) {
      const bodyStart = listEnd + 1 + expression[0].length;
      const lineEnd = masked.indexOf('\n', bodyStart);
      const end = lineEnd === -1 ? masked.length : lineEnd;
      outlines.push({ name: head[1]!, params: parameterNames(text.slice(afterHead, Math.min(listEnd, afterHead + 2000)), language), bodyStart, end, results: [{ start: bodyStart, end }] });
      continue;
    }
    if (!brace) continue;
    const bodyStart = listEnd + 1 + brace[0].length;
    const end = braces.get(bodyStart - 1);
    if (end === undefined) continue;
    outlines.push({ name: head[1]!, params: parameterNames(text.slice(afterHead, Math.min(listEnd, afterHead + 2000)), language), bodyStart, end, results: resultsOf(masked, language, returns, bodyStart, end) });
  }
  return outlines;
}
