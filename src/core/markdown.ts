import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/**
 * Parses a skill body into mdast (GFM on, frontmatter off: it was already removed) and shifts every
 * position so that lines and offsets refer to the original file, not to the body alone.
 */
export function parseMarkdown(body: string, firstLine: number, firstOffset: number): Root {
  const tree = markdownToMdast(body, { features: { gfm: true, frontmatter: false, smartPunctuation: false } }) as unknown as Root;
  if (firstLine !== 1 || firstOffset !== 0) shiftPositions(tree, firstLine - 1, firstOffset);
  return tree;
}

interface Positioned {
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: Positioned[];
}

function shiftPositions(node: Positioned, lineDelta: number, offsetDelta: number): void {
  const stack: Positioned[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const position = current.position;
    if (position) {
      position.start.line += lineDelta;
      position.end.line += lineDelta;
      if (position.start.offset !== undefined) position.start.offset += offsetDelta;
      if (position.end.offset !== undefined) position.end.offset += offsetDelta;
    }
    if (current.children) for (const child of current.children) stack.push(child);
  }
}
