import { rm } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const project = process.cwd();
const targets = ['node_modules/.vite', 'node_modules/.cache', '.cache', '.parcel-cache'];

for (const rel of targets) {
  const abs = resolve(project, rel);
  if (!abs.startsWith(project + sep)) {
    console.error(`skipping ${rel}: outside the project`);
    continue;
  }
  await rm(abs, { recursive: true, force: true });
  console.log(`cleared ${rel}`);
}
