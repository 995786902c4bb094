import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { plainText, visitNodes } from './mdast.ts';

export interface HeadingInfo {
  depth: number;
  text: string;
  id: string;
}

/**
 * Skill content never names an element of the page around it: a rendered heading's id is prefixed,
 * as GitHub does, so a heading called "Main" or "Copy skill" cannot take over an id the page's own
 * markup or scripts look up. The bundle records the plain id.
 */
const ANCHOR_PREFIX = 'user-content-';

/** The HTML id a heading of a rendered body carries, for tables of contents and links to it. */
export function headingAnchor(id: string): string {
  return `${ANCHOR_PREFIX}${id}`;
}

/** Headings in document order with the ids the rendered page gives them (GitHub-style, de-duplicated). */
export function extractHeadings(tree: Root): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  visitNodes(tree, ['heading'], (node) => {
    const heading = node as Heading;
    const text = plainText(heading).replace(/\s+/g, ' ').trim();
    headings.push({ depth: heading.depth, text, id: slugger.slug(text) || 'section' });
  });
  return headings;
}

/** The first top-level paragraph as plain text, whitespace collapsed; empty when there is none. */
export function extractSummary(tree: Root, maxLength = 400): string {
  const paragraph = tree.children.find((child): child is Paragraph => child.type === 'paragraph');
  if (!paragraph) return '';
  const text = plainText(paragraph as Nodes).replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
