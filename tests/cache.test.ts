import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/pipeline.ts';
import { makeTree } from './helpers.ts';

const skill = (name: string, extra = '') => `---\nname: ${name}\ndescription: Does ${name}. Use when ${name} is needed.${extra}\n---\n# ${name}\n\nText.\n`;

describe('incremental cache', () => {
  it('answers unchanged skills from the cache with identical results, and re-checks changed ones', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/beta/SKILL.md': skill('beta', '\nauthor: x') });
    const cacheFile = join(root, 'cache.json');
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile, compile: true };
    const cold = await checkPaths(options);
    expect(cold.cacheHits).toBe(0);
    expect(existsSync(cacheFile)).toBe(true);
    const warm = await checkPaths(options);
    expect(warm.cacheHits).toBe(2);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    expect(warm.skills.map((s) => s.record)).toEqual(cold.skills.map((s) => s.record));

    writeFileSync(join(root, 'tree/beta/SKILL.md'), skill('beta'));
    const edited = await checkPaths(options);
    expect(edited.cacheHits).toBe(1);
    expect(edited.diagnostics).toEqual([]);
  });

  it('keys on the preset and on resource files', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': `${skill('alpha')}\n[ref](references/a.md)\n` });
    const cacheFile = join(root, 'cache.json');
    const first = await checkPaths({ cwd: root, paths: [join(root, 'tree')], cacheFile });
    expect(first.diagnostics.map((d) => d.rule)).toEqual(['relative-links']);
    const spec = await checkPaths({ cwd: root, paths: [join(root, 'tree')], cacheFile, preset: 'spec' });
    expect(spec.cacheHits).toBe(0);
    expect(spec.diagnostics).toEqual([]);
    writeFileSync(join(makeDir(root, 'tree/alpha/references'), 'a.md'), '# A\n');
    const fixed = await checkPaths({ cwd: root, paths: [join(root, 'tree')], cacheFile });
    expect(fixed.cacheHits).toBe(0);
    expect(fixed.diagnostics).toEqual([]);
  });

  it('is neither read nor written with cache: false', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': skill('alpha') });
    const cacheFile = join(root, 'cache.json');
    await checkPaths({ cwd: root, paths: [join(root, 'tree')], cacheFile, cache: false });
    expect(existsSync(cacheFile)).toBe(false);
  });
});

function makeDir(root: string, path: string): string {
  const dir = join(root, path);
  mkdirSync(dir, { recursive: true });
  return dir;
}
