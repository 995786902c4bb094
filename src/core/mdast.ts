import type { Nodes, Root } from 'mdast';

/**
 * Calls `visitor` for every node whose type is listed, in document order. Iterative, so a hostile
 * document with thousands of nested blocks cannot exhaust the call stack.
 */
export function visitNodes(tree: Root, types: readonly string[], visitor: (node: Nodes, ancestors: readonly Nodes[]) => void): void {
  const wanted = new Set(types);
  const ancestors: Nodes[] = [];
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    ancestors.length = depth;
    if (wanted.has(node.type)) visitor(node, ancestors);
    if ('children' in node && node.children.length > 0) {
      ancestors.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, depth: depth + 1 });
    }
  }
}

/** The plain text of a node: text and inline code values, concatenated. */
export function plainText(node: Nodes): string {
  let text = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text' || current.type === 'inlineCode') text += current.value;
    else if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
  }
  return text;
}

/** Nesting levels beyond this are flattened to text before rendering (tree utilities recurse per level). */
export const MAX_RENDER_DEPTH = 64;

/** The deepest nesting level of the tree (the root is level 0). */
export function treeDepth(tree: Root): number {
  let deepest = 0;
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of node.children) stack.push({ node: child as Nodes, depth: depth + 1 });
  }
  return deepest;
}

/** A copy-free clamp: children of nodes at `maxDepth` are replaced by one text node holding their plain text. */
export function flattenBeyond(tree: Root, maxDepth: number): void {
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!('children' in node)) continue;
    if (depth >= maxDepth) {
      const text = plainText(node);
      (node as { children: Nodes[] }).children = [{ type: 'text', value: text }];
      continue;
    }
    for (const child of node.children) stack.push({ node: child as Nodes, depth: depth + 1 });
  }
}
