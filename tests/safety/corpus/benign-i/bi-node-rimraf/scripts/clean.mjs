import { rmSync } from 'node:fs';
import { resolve, relative, isAbsolute } from 'node:path';

const root = process.cwd();
for (const dir of ['dist', 'build', '.next', 'coverage']) {
  const target = resolve(root, dir);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing ${target}`);
  rmSync(target, { recursive: true, force: true });
  console.log('removed', rel);
}
