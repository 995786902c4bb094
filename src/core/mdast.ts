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
