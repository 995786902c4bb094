import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without type declarations
import { compiledMain, keepMarkedInUse, sourceStateKey } from '../bin/compiled-cli.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/skillpack.js');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('compiled CLI', () => {
  it('names a new state of the sources when a file changes, and only then', () => {
    const root = mkdtempSync(join(tmpdir(), 'skillpack-state-'));
    temps.push(root);
    mkdirSync(join(root, 'src/core'), { recursive: true });
    writeFileSync(join(root, 'src/core/a.ts'), 'export const a = 1;\n');
    utimesSync(join(root, 'src/core/a.ts'), 1_000_000, 1_000_000);
    const before = sourceStateKey(root);
    expect(sourceStateKey(root)).toBe(before);
    writeFileSync(join(root, 'src/core/a.ts'), 'export const a = 2;\n');
    utimesSync(join(root, 'src/core/a.ts'), 1_000_001, 1_000_001);
    expect(sourceStateKey(root)).not.toBe(before);
    writeFileSync(join(root, 'src/core/b.ts'), '');
    expect(sourceStateKey(root)).not.toBe(before);
  });

  it('gives exactly the answers of the sources', () => {
    const args = ['check', 'tests/safety/corpus/malicious-b', '--format', 'json', '--no-cache'];
    const compiled = run(args, { SKILLPACK_DEBUG: '1' });
    const sources = run(args, { SKILLPACK_FROM_SOURCES: '1' });
    expect(compiled.stderr).not.toContain('running from sources');
    expect(compiled.status).toBe(sources.status);
    expect(JSON.parse(compiled.stdout).errors).toBeGreaterThan(10);
    expect(compiled.stdout).toBe(sources.stdout);
    const bundle = join(ROOT, 'node_modules/.cache/skillpack', `cli-${sourceStateKey(ROOT)}`);
    expect(existsSync(join(bundle, 'manifest.json'))).toBe(true);
    expect(existsSync(join(bundle, 'worker.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(bundle, 'package.json'), 'utf8'))).toEqual({ type: 'module' });
  });

  it('marks the bundle it runs as in use, so a build of newer sources by another run does not remove it meanwhile', async () => {
    expect(await compiledMain(ROOT)).not.toBeNull();
    const bundle = join(ROOT, 'node_modules/.cache/skillpack', `cli-${sourceStateKey(ROOT)}`);
    const hourAgo = (Date.now() - 3_600_000) / 1000;
    utimesSync(bundle, hourAgo, hourAgo);
    expect(await compiledMain(ROOT)).not.toBeNull();
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps marking a bundle in use while a run lasts, not only when it starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillpack-inuse-'));
    temps.push(dir);
    const timer = keepMarkedInUse(dir, 20);
    expect(timer).not.toBeNull();
    try {
      const hourAgo = (Date.now() - 3_600_000) / 1000;
      utimesSync(dir, hourAgo, hourAgo);
      await new Promise((done) => setTimeout(done, 200));
      expect(statSync(dir).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    } finally {
      clearInterval(timer!);
    }
  });

  it('falls back to the sources, leaving nothing behind, when the bundle cannot be built', async () => {
    const root = mkdtempSync(join(tmpdir(), 'skillpack-nobuild-'));
    temps.push(root);
    expect(await compiledMain(root)).toBeNull();
    const cache = join(root, 'node_modules/.cache/skillpack');
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });
});
