import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The real path of `path` even when its last parts do not exist yet: the deepest existing ancestor is
 * resolved (symlinks followed) and the missing rest appended, so two spellings of one place compare equal.
 */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** True when `candidate` is `root` or lies below it (plain path comparison: resolve symlinks first). */
export function isWithin(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\') && !isAbsolute(rel));
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `relative()` with `/` separators, without path normalization for paths known to lie under `root`. */
export function relativePosix(root: string, path: string): string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return toPosix(path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path));
}
