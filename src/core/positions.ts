interface Positioned {
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: Positioned[];
}

/** Moves every position of a tree parsed from a slice of a file so that it refers to the whole file. */
export function shiftPositions(node: Positioned, lineDelta: number, offsetDelta: number): void {
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
