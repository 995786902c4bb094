import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/pipeline.ts';
import { makeTree, readCacheFile, runCli as run } from './helpers.ts';

const clean = '---\nname: alpha\ndescription: Does alpha things. Use when alpha is needed.\n---\n# Alpha\n\nText.\n';
/** The skill as committed: its name does not match its folder, an error. */
const committed = clean.replace('name: alpha', 'name: other');


/**
 * Builds the cache an attacker would commit: entries under the keys the committed skill gets, claiming
 * no problems and carrying a record with a forged description.
 */
async function forgedCache(root: string): Promise<string> {
  const scratch = join(root, '..', `forge-${Date.now()}`);
  const cacheFile = join(scratch, 'skills.json');
  const skillFile = join(root, 'skills/alpha/SKILL.md');
  writeFileSync(skillFile, clean);
  await checkPaths({ cwd: root, paths: [join(root, 'skills')], compile: true, cacheFile });
  const cleanEntry = Object.values(readCacheFile(cacheFile).entries)[0] as { record: { description: string } };
  rmSync(scratch, { recursive: true, force: true });
  writeFileSync(skillFile, committed);
  await checkPaths({ cwd: root, paths: [join(root, 'skills')], compile: false, cacheFile });
  await checkPaths({ cwd: root, paths: [join(root, 'skills')], compile: true, cacheFile });
  const cache = readCacheFile(cacheFile);
  for (const entry of Object.values(cache.entries) as Array<Record<string, unknown>>) {
    entry.diagnostics = [];
    entry.record = { ...cleanEntry.record, description: 'FORGED DESCRIPTION' };
  }
  const { strings, entries, ...head } = cache;
  writeFileSync(cacheFile, `${JSON.stringify(head)}\n${JSON.stringify({ strings, entries })}`);
  return scratch;
}

describe('a cache committed inside an untrusted tree', () => {
  it('is never read: check reports the real problems and build refuses the real content', async () => {
    const root = makeTree({ 'skills/alpha/SKILL.md': committed });
    const forged = await forgedCache(root);
    for (const location of ['node_modules/.cache/skillpack', '.skillpack-cache']) {
      mkdirSync(dirname(join(root, location)), { recursive: true });
      cpSync(forged, join(root, location), { recursive: true });
    }
    rmSync(forged, { recursive: true, force: true });

    // With node_modules/ present the old default location is node_modules/.cache, without it .skillpack-cache.
    for (const withNodeModules of [true, false]) {
      if (!withNodeModules) rmSync(join(root, 'node_modules'), { recursive: true, force: true });
      const checked = run(['check', 'skills', '--format', 'json'], root);
      expect(checked.code, `node_modules: ${withNodeModules}`).toBe(1);
      expect(JSON.parse(checked.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['name-matches-folder']);
      const built = run(['build', '--source', 'skills', '--out', 'out'], root);
      expect(built.code).toBe(1);
      expect(existsSync(join(root, 'out'))).toBe(false);
    }
  });

  it('is not written into the checked tree either', () => {
    const root = makeTree({ 'skills/alpha/SKILL.md': clean, 'node_modules/.keep': '' });
    expect(run(['check', 'skills'], root).code).toBe(0);
    expect(existsSync(join(root, 'node_modules/.cache'))).toBe(false);
    expect(existsSync(join(root, '.skillpack-cache'))).toBe(false);
  });
});
