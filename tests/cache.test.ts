import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheFile } from '../src/node/cache.ts';
import { asciiJson, decodeEntry, encodeEntry, moveEntry, StringTable } from '../src/node/cache-format.ts';
import { checkPaths } from '../src/node/pipeline.ts';
import { makeTree, readCacheFile } from './helpers.ts';

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

  it('keeps the findings that compare skills while the tree is unchanged, and drops them when a skill changes', async () => {
    const root = makeTree({ 'tree/docker/SKILL.md': skill('docker'), 'tree/dokcer/SKILL.md': skill('dokcer'), 'tree/helm/SKILL.md': skill('helm') });
    const cacheFile = join(root, 'cache.json');
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile };
    const similar = (result: Awaited<ReturnType<typeof checkPaths>>) => result.diagnostics.filter((d) => d.rule === 'similar-names').map((d) => `${d.file} ${d.line}:${d.column}`);
    const cold = await checkPaths(options);
    expect(similar(cold)).toEqual(['tree/docker/SKILL.md 2:7', 'tree/dokcer/SKILL.md 2:7']);
    const stored = readCacheFile(cacheFile) as { tree?: { diagnostics: unknown[] } };
    expect(stored.tree?.diagnostics).toHaveLength(2);
    const warm = await checkPaths(options);
    expect(warm.cacheHits).toBe(3);
    expect(warm.diagnostics).toEqual(cold.diagnostics);

    rmSync(join(root, 'tree/dokcer'), { recursive: true });
    writeFileSync(join(makeDir(root, 'tree/podman'), 'SKILL.md'), skill('podman'));
    const renamed = await checkPaths(options);
    expect(renamed.cacheHits).toBe(2);
    expect(similar(renamed)).toEqual([]);
    rmSync(join(root, 'tree/helm'), { recursive: true });
    writeFileSync(join(makeDir(root, 'tree/podmen'), 'SKILL.md'), skill('podmen'));
    expect(similar(await checkPaths(options))).toEqual(['tree/podman/SKILL.md 2:7', 'tree/podmen/SKILL.md 2:7']);
  });

  it('stores findings once per distinct string, as ASCII, and reads back what it stored', async () => {
    const root = makeTree({ 'tree/café/SKILL.md': skill('café'), 'tree/naïve/SKILL.md': `${skill('naïve')}\n[ref](references/missing.md)\n` });
    const cacheFile = join(root, 'cache.json');
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile };
    const cold = await checkPaths(options);
    expect(cold.diagnostics.length).toBeGreaterThan(2);
    const bytes = readFileSync(cacheFile);
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    const stored = readCacheFile(cacheFile) as { strings: string[] };
    expect(new Set(stored.strings).size).toBe(stored.strings.length);
    expect(stored.strings.some((text) => text.includes('café'))).toBe(true);
    const warm = await checkPaths(options);
    expect(warm.cacheHits).toBe(2);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it('treats a stored finding that does not fit the string table as a miss', () => {
    const table = new StringTable();
    const summary = { file: 'a/SKILL.md', name: null };
    const entry = { diagnostics: [{ file: 'a/SKILL.md', line: 2, column: 1, rule: 'r', severity: 'error' as const, message: 'm' }, { file: 'a/x.md', line: null, column: null, rule: 'r', severity: 'warning' as const, message: 'é' }], acknowledged: [], summary };
    const stored = encodeEntry(entry, table);
    expect(decodeEntry(stored, table.strings)).toEqual(entry);
    expect(JSON.parse(asciiJson(stored))).toEqual(stored);
    expect(decodeEntry({ ...stored, diagnostics: [[-1, 1, 1, null, null, 99, 1, 0]] }, table.strings)).toBeUndefined();
    expect(decodeEntry({ ...stored, diagnostics: [[-1, 1, 1]] as never }, table.strings)).toBeUndefined();
    expect(decodeEntry({ ...stored, summary: { file: 3 } as never }, table.strings)).toBeUndefined();
  });

  it('moves a stored entry into another string table without changing what it decodes to', () => {
    const first = new StringTable();
    first.id('unused before');
    const summary = { file: 'a/SKILL.md', name: null };
    const entry = { diagnostics: [{ file: 'a/x.md', line: 3, column: 2, endLine: 3, endColumn: 9, rule: 'r', severity: 'error' as const, message: 'm' }, { file: 'a/SKILL.md', line: null, column: null, rule: 's', severity: 'warning' as const, message: 'é' }], acknowledged: [], summary };
    const stored = encodeEntry(entry, first);
    const second = new StringTable();
    second.id('m');
    const moved = moveEntry(stored, first.strings, second)!;
    expect(second.strings).not.toContain('unused before');
    expect(decodeEntry(moved, second.strings)).toEqual(entry);
    expect(moveEntry({ ...stored, diagnostics: [[-1, 1, 1, null, null, 99, 1, 0]] }, first.strings, second)).toBeUndefined();
    expect(moveEntry({ ...stored, summary: { file: 3 } as never }, first.strings, second)).toBeUndefined();
  });

  it('keeps the findings of skills answered from the cache when another skill changes and the file is written again', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': `${skill('alpha')}\n[gone](references/gone.md)\n`, 'tree/beta/SKILL.md': skill('beta') });
    const cacheFile = join(root, 'cache.json');
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile };
    const cold = await checkPaths(options);
    expect(cold.diagnostics.map((d) => d.rule)).toEqual(['relative-links']);
    writeFileSync(join(root, 'tree/beta/SKILL.md'), skill('beta', '\nlicense: MIT'));
    expect((await checkPaths(options)).cacheHits).toBe(1);
    const warm = await checkPaths(options);
    expect(warm.cacheHits).toBe(2);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it('is neither read nor written with cache: false', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': skill('alpha') });
    const cacheFile = join(root, 'cache.json');
    await checkPaths({ cwd: root, paths: [join(root, 'tree')], cacheFile, cache: false });
    expect(existsSync(cacheFile)).toBe(false);
  });
});

describe('cache authentication', () => {
  const broken = '---\nname: other\ndescription: Does alpha. Use when alpha is needed.\n---\n# Alpha\n';

  it('ignores and rewrites a cache file whose entries were edited, and keeps its key private', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': broken });
    const cacheFile = join(root, 'cache/skills.json');
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile };
    expect((await checkPaths(options)).diagnostics.map((d) => d.rule)).toEqual(['name-matches-folder']);
    expect(statSync(join(root, 'cache/cache.key')).mode & 0o777).toBe(0o600);
    expect((await checkPaths(options)).cacheHits).toBe(1);

    const text = readFileSync(cacheFile, 'utf8');
    const tampered = text.replace(/"diagnostics":\[.*?\],"acknowledged"/, '"diagnostics":[],"acknowledged"');
    expect(tampered).not.toBe(text);
    writeFileSync(cacheFile, tampered);
    const rechecked = await checkPaths(options);
    expect(rechecked.cacheHits).toBe(0);
    expect(rechecked.diagnostics.map((d) => d.rule)).toEqual(['name-matches-folder']);
    expect((await checkPaths(options)).cacheHits).toBe(1);
  });

  it('ignores a cache file signed with another key, and one with no signature', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': broken });
    const cacheFile = join(root, 'cache/skills.json');
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile };
    await checkPaths(options);
    rmSync(join(root, 'cache/cache.key'));
    expect((await checkPaths(options)).cacheHits).toBe(0);
    const text = readFileSync(cacheFile, 'utf8');
    writeFileSync(cacheFile, text.slice(text.indexOf('\n') + 1));
    expect((await checkPaths(options)).cacheHits).toBe(0);
  });

  it('does not use a key file others can read', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': broken, 'cache/cache.key': 'ab'.repeat(32) });
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache/skills.json') };
    await checkPaths(options);
    expect(existsSync(options.cacheFile)).toBe(false);
  });
});

describe('cache location', () => {
  const tool = resolve(import.meta.dirname, '..');

  it('is the tool\'s own node_modules/.cache, whatever the current folder', () => {
    const root = makeTree({ 'node_modules/.keep': '', 'skills/alpha/SKILL.md': '' });
    const file = defaultCacheFile(root, [join(root, 'skills')])!;
    expect(dirname(file)).toBe(join(tool, 'node_modules/.cache/skillpack'));
    expect(defaultCacheFile(makeTree({}))).not.toBe(file);
  });

  it('moves to $XDG_CACHE_HOME when the tool lies inside a checked path', () => {
    const xdg = makeTree({});
    expect(dirname(defaultCacheFile(tool, [tool], { XDG_CACHE_HOME: xdg })!)).toBe(join(xdg, 'skillpack'));
    expect(dirname(defaultCacheFile(tool, [join(tool, 'skills')], { XDG_CACHE_HOME: xdg })!)).toBe(join(tool, 'node_modules/.cache/skillpack'));
  });
});

function makeDir(root: string, path: string): string {
  const dir = join(root, path);
  mkdirSync(dir, { recursive: true });
  return dir;
}
