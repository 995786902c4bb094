import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { defuseMarkdown, restoreMarkdown } from './markdown-guard.ts';
import { shiftPositions } from './positions.ts';

/**
 * The same contract as markdown.ts, in pure JavaScript (micromark, the reference mdast parser), for
 * browsers where the native parser is not available. Both produce the same rendered HTML and headings
 * for every catalog skill (checked by tests/portable.test.ts).
 */
export function parseMarkdownPortable(body: string, firstLine: number, firstOffset: number): Root {
  const defused = defuseMarkdown(body);
  const tree = fromMarkdown(defused.text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  restoreMarkdown(tree, defused.swap);
  if (firstLine !== 1 || firstOffset !== 0) shiftPositions(tree, firstLine - 1, firstOffset);
  return tree;
}
