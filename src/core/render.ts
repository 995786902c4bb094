import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { extractHeadings, type HeadingInfo } from './headings.ts';
import { flattenBeyond, MAX_RENDER_DEPTH, treeDepth } from './mdast.ts';

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

export interface RenderResult {
  html: string;
  headings: HeadingInfo[];
}

/** Renders a skill body's mdast to sanitized HTML, with heading ids that match the compiled record. */
export function renderBody(tree: Root): RenderResult {
  const headings = extractHeadings(tree);
  if (treeDepth(tree) > MAX_RENDER_DEPTH) flattenBeyond(tree, MAX_RENDER_DEPTH);
  const hast = toHast(tree, { allowDangerousHtml: false }) as HastRoot;
  const clean = sanitize(hast, SANITIZE_SCHEMA) as HastRoot;
  assignHeadingIds(clean, headings);
  return { html: toHtml(clean), headings };
}

function assignHeadingIds(root: HastRoot, headings: readonly HeadingInfo[]): void {
  let index = 0;
  const stack: Array<RootContent | ElementContent> = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    const element = node as Element;
    if (/^h[1-6]$/.test(element.tagName)) {
      const heading = headings[index++];
      if (heading) element.properties = { ...element.properties, id: heading.id };
      continue;
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
}
