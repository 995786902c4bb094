import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { extractHeadings, headingAnchor, type HeadingInfo } from './headings.ts';
import { canHighlight, highlightCode } from './highlight.ts';
import { flattenBeyond, MAX_RENDER_DEPTH, treeDepth } from './mdast.ts';
import { isRelativeUrl } from './urls.ts';

/**
 * The allow-list every rendered skill passes through: GitHub's sanitizer schema, minus anything that
 * could run code or submit data. Raw HTML in the Markdown never reaches it (it is dropped when the
 * tree is built), so this is the second of two fences.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['script', 'style', 'iframe', 'object', 'embed', 'form'].includes(tag)),
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-[\w+#.-]+$/]],
    input: [
      ['type', 'checkbox'],
      ['checked', true],
      ['disabled', true],
    ],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
};

export interface RenderOptions {
  /**
   * Rewrites relative link and image URLs (`references/api.md`), which are relative to the skill's
   * folder, for wherever the rendered HTML is shown. Absolute URLs and `#fragments` are left alone.
   */
  resolveRelativeUrl?: (url: string) => string;
}

export interface RenderResult {
  html: string;
  headings: HeadingInfo[];
}

/** Renders a skill body's mdast to sanitized HTML, with heading ids that match the compiled record (under a prefix) and highlighted code. */
export function renderBody(tree: Root, options: RenderOptions = {}): RenderResult {
  const headings = extractHeadings(tree);
  if (treeDepth(tree) > MAX_RENDER_DEPTH) flattenBeyond(tree, MAX_RENDER_DEPTH);
  const hast = toHast(tree, { allowDangerousHtml: false }) as HastRoot;
  const clean = sanitize(hast, SANITIZE_SCHEMA) as HastRoot;
  assignIdsAndFocus(clean, headings);
  highlightCodeBlocks(clean);
  if (options.resolveRelativeUrl) resolveRelativeUrls(clean, options.resolveRelativeUrl);
  return { html: toHtml(clean), headings };
}

/** A link to `#heading` in the body follows the heading to its prefixed id; other fragments stay as written. */
function pointAtHeading(link: Element, ids: ReadonlySet<string>): void {
  const href = link.properties.href;
  if (typeof href !== 'string' || !href.startsWith('#')) return;
  let fragment: string;
  try {
    fragment = decodeURIComponent(href.slice(1));
  } catch {
    return;
  }
  if (ids.has(fragment)) link.properties = { ...link.properties, href: `#${headingAnchor(fragment)}` };
}

function assignIdsAndFocus(root: HastRoot, headings: readonly HeadingInfo[]): void {
  const ids = new Set(headings.map((heading) => heading.id));
  let index = 0;
  const stack: Array<RootContent | ElementContent> = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    const element = node as Element;
    if (/^h[1-6]$/.test(element.tagName)) {
      const heading = headings[index++];
      if (heading) element.properties = { ...element.properties, id: headingAnchor(heading.id) };
      continue;
    }
    if (element.tagName === 'a') pointAtHeading(element, ids);
    // Wide tables scroll sideways; being focusable lets keyboard users scroll them too.
    if (element.tagName === 'table') element.properties = { ...element.properties, tabIndex: 0 };
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
}

/** Replaces each fenced block in a known language (`pre > code.language-x`) with Shiki's highlighted version. */
function highlightCodeBlocks(root: HastRoot): void {
  const stack: Array<{ node: Element; parent: HastRoot | Element; index: number }> = [];
  const pushChildren = (parent: HastRoot | Element) => {
    parent.children.forEach((child, index) => {
      if (child.type === 'element') stack.push({ node: child, parent, index });
    });
  };
  pushChildren(root);
  while (stack.length > 0) {
    const { node, parent, index } = stack.pop()!;
    if (node.tagName !== 'pre') {
      pushChildren(node);
      continue;
    }
    const code = node.children[0];
    if (node.children.length !== 1 || code?.type !== 'element' || code.tagName !== 'code') continue;
    const className = (code.properties.className as string[] | undefined)?.[0] ?? '';
    const language = className.startsWith('language-') ? className.slice('language-'.length) : '';
    if (!language || !canHighlight(language)) continue;
    const text = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    parent.children[index] = highlightCode(text, language);
  }
}

function resolveRelativeUrls(root: HastRoot, resolve: (url: string) => string): void {
  const stack: Array<RootContent | ElementContent> = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : null;
    const url = attribute ? node.properties[attribute] : undefined;
    if (attribute && typeof url === 'string' && isRelativeUrl(url)) node.properties[attribute] = resolve(url);
    stack.push(...node.children);
  }
}
