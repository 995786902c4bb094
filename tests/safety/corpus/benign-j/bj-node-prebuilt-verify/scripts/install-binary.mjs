import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sums = JSON.parse(readFileSync('checksums.json', 'utf8'));
const name = `tool-${process.platform}-${process.arch}`;
const url = `https://github.com/acme/tool/releases/download/v${version}/${name}`;

const res = await fetch(url);
if (!res.ok) throw new Error(`download failed: ${res.status}`);
const bytes = Buffer.from(await res.arrayBuffer());
const digest = createHash('sha256').update(bytes).digest('hex');
if (digest !== sums[name]) throw new Error(`checksum mismatch for ${name}`);
writeFileSync('bin/tool', bytes);
chmodSync('bin/tool', 0o755);
