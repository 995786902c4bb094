/**
 * A linear-time scanner for the raw HTML in Markdown and for HTML-like files: comments, and tags
 * with their attributes. Every step moves forward, so no input makes it slower than one pass. It is
 * lenient like a browser: an unterminated comment, tag or quoted value runs to the end of the text.
 */

export interface HtmlAttribute {
  name: string;
  value: string | null;
  /** Offset of the attribute name. */
  index: number;
}

export type HtmlToken =
  | { type: 'comment'; index: number; end: number; text: string }
  | { type: 'tag'; index: number; name: string; closing: boolean; attributes: HtmlAttribute[] };

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

export function scanHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      const end = close === -1 ? html.length : close + 3;
      tokens.push({ type: 'comment', index: open, end, text: html.slice(open, end) });
      i = end;
      continue;
    }
    let j = open + 1;
    while (j < html.length && isSpace(html.charCodeAt(j))) j++;
    const closing = html[j] === '/';
    if (closing) j++;
    if (!isLetter(html.charCodeAt(j))) {
      i = open + 1;
      continue;
    }
    const nameStart = j;
    while (j < html.length && !isSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/' && html[j] !== '<') j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const attributes: HtmlAttribute[] = [];
    while (j < html.length && html[j] !== '>' && html[j] !== '<') {
      const code = html.charCodeAt(j);
      if (isSpace(code) || html[j] === '/') {
        j++;
        continue;
      }
      const attributeStart = j;
      while (j < html.length && !isSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/' && html[j] !== '=' && html[j] !== '<') j++;
      if (j === attributeStart) j++;
      const attributeName = html.slice(attributeStart, j).toLowerCase();
      let k = j;
      while (k < html.length && isSpace(html.charCodeAt(k))) k++;
      let value: string | null = null;
      if (html[k] === '=') {
        k++;
        while (k < html.length && isSpace(html.charCodeAt(k))) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const closeQuote = html.indexOf(quote, k + 1);
          const valueEnd = closeQuote === -1 ? html.length : closeQuote;
          value = html.slice(k + 1, valueEnd);
          k = closeQuote === -1 ? html.length : closeQuote + 1;
        } else {
          const valueStart = k;
          while (k < html.length && !isSpace(html.charCodeAt(k)) && html[k] !== '>') k++;
          value = html.slice(valueStart, k);
        }
        j = k;
      }
      attributes.push({ name: attributeName, value, index: attributeStart });
    }
    tokens.push({ type: 'tag', index: open, name, closing, attributes });
    i = html[j] === '>' ? j + 1 : j;
  }
  return tokens;
}
