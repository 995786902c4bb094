/** Resolves a relative URL against an absolute one and returns path, query and fragment (no origin). */
export function resolvePath(url: string, against: string): string {
  const resolved = new URL(url, against);
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
