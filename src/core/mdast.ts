import type { Nodes, Root } from 'mdast';

interface TreeIndex {
  /** Every node in document order. */
  all: Nodes[];
  byType: Map<string, Nodes[]>;
  depth: number;
}

const indexes = new WeakMap<Root, TreeIndex>();

/**
 * One iterative walk per tree, shared by every rule: nodes in document order, grouped by type, and
 * the nesting depth. Iterative, so a hostile document with thousands of nested blocks cannot exhaust
 * the call stack.
 */
function indexOf(tree: Root): TreeIndex {
  let index = indexes.get(tree);
  if (index) return index;
  const all: Nodes[] = [];
  const byType = new Map<string, Nodes[]>();
  let deepest = 0;
  const nodes: Nodes[] = [tree];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    all.push(node);
    let group = byType.get(node.type);
    if (!group) byType.set(node.type, (group = []));
    group.push(node);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        nodes.push(node.children[i] as Nodes);
        depths.push(depth + 1);
      }
    }
  }
  index = { all, byType, depth: deepest };
  indexes.set(tree, index);
  return index;
}

/** Calls `visitor` for every node whose type is listed, in document order. */
export function visitNodes(tree: Root, types: readonly string[], visitor: (node: Nodes) => void): void {
  const index = indexOf(tree);
  if (types.length === 1) {
    for (const node of index.byType.get(types[0]!) ?? []) visitor(node);
    return;
  }
  const wanted = new Set(types);
  for (const node of index.all) if (wanted.has(node.type)) visitor(node);
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
  return indexOf(tree).depth;
}

/** A copy-free clamp: children of nodes at `maxDepth` are replaced by one text node holding their plain text. */
export function flattenBeyond(tree: Root, maxDepth: number): void {
  indexes.delete(tree);
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
