// Messages and rule docs mark code with backticks (`name`). These helpers split such a string into
// text and code, for Astro to escape or for the browser to build from text nodes: the string may
// carry a skill's own text, so it never becomes markup.

export interface InlineSegment {
  text: string;
  code: boolean;
}

/**
 * Splits at code spans as Markdown reads them: a run of backticks opens one, the next run of the same
 * length closes it (so ```` ```bash ```` shows three backticks), one space on each side is trimmed, and a
 * run without a partner stays as text. Linear time: runs are matched through one cursor per length.
 */
export function splitInlineCode(text: string): InlineSegment[] {
  const runs: Array<{ start: number; length: number }> = [];
  for (let at = text.indexOf('`'); at !== -1; ) {
    let end = at;
    while (text[end] === '`') end++;
    runs.push({ start: at, length: end - at });
    at = text.indexOf('`', end);
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length) ?? [];
    list.push(index);
    byLength.set(run.length, list);
  });
  const cursors = new Map<number, number>();
  const segments: InlineSegment[] = [];
  let plainFrom = 0;
  for (let index = 0; index < runs.length; index++) {
    const open = runs[index]!;
    if (open.start < plainFrom) continue;
    const sameLength = byLength.get(open.length)!;
    let cursor = cursors.get(open.length) ?? 0;
    while (cursor < sameLength.length && sameLength[cursor]! <= index) cursor++;
    cursors.set(open.length, cursor);
    if (cursor === sameLength.length) continue;
    const close = runs[sameLength[cursor]!]!;
    if (open.start > plainFrom) segments.push({ text: text.slice(plainFrom, open.start), code: false });
    let code = text.slice(open.start + open.length, close.start);
    if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    segments.push({ text: code, code: true });
    plainFrom = close.start + close.length;
    index = sameLength[cursor]!;
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom), code: false });
  return segments;
}

/** The segments as DOM nodes: text nodes and <code> elements filled through textContent. */
export function inlineCodeNodes(text: string, doc: Document = document): Node[] {
  return splitInlineCode(text).map((segment) => {
    if (!segment.code) return doc.createTextNode(segment.text);
    const code = doc.createElement('code');
    code.textContent = segment.text;
    return code;
  });
}
