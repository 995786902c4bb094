import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { defuseMarkdown, restoreMarkdown } from './markdown-guard.ts';
import { shiftPositions } from './positions.ts';

/**
 * Parses a skill body into mdast (GFM on, frontmatter off: it was already removed) and shifts every
 * position so that lines and offsets refer to the original file, not to the body alone.
 */
export function parseMarkdown(body: string, firstLine: number, firstOffset: number): Root {
  const defused = defuseMarkdown(body);
  const tree = markdownToMdast(defused.text, { features: { gfm: true, frontmatter: false, smartPunctuation: false } }) as unknown as Root;
  restoreMarkdown(tree, defused.swap);
  if (firstLine !== 1 || firstOffset !== 0) shiftPositions(tree, firstLine - 1, firstOffset);
  return tree;
}
