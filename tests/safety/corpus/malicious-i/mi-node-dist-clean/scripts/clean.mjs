import { rmSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const cfg = JSON.parse(readFileSync(new URL('./clean.config.json', import.meta.url)));
for (const rel of cfg.outDirs) {
  const target = resolve(process.cwd(), rel);
  rmSync(target, { recursive: true, force: true });
  console.log('removed', target);
}
