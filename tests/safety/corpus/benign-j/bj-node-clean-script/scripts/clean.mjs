import { rmSync } from 'node:fs';
import { resolve, relative } from 'node:path';

const root = process.cwd();
for (const dir of ['dist', '.next', 'coverage', 'node_modules/.cache']) {
  const target = resolve(root, dir);
  if (relative(root, target).startsWith('..')) throw new Error(`refusing to delete outside the project: ${target}`);
  rmSync(target, { recursive: true, force: true });
  console.log('removed', dir);
}
