import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const dir = mkdtempSync(join(tmpdir(), 'cli-e2e-'));
try {
  writeFileSync(join(dir, 'input.txt'), 'hello\n');
  const out = execFileSync('node', ['bin/cli.js', join(dir, 'input.txt')]).toString();
  if (!out.includes('hello')) throw new Error('unexpected output');
  console.log('ok');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
