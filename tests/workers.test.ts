import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/pipeline.ts';
import { WORKER_THRESHOLD } from '../src/node/workers.ts';
import { generateCorpus } from '../scripts/corpus.ts';
import { makeTree } from './helpers.ts';

describe('worker threads', () => {
  afterEach(() => {
    delete process.env.SKILLPACK_THREADS;
  });

  it('give exactly the same diagnostics and records as one thread', async () => {
    const root = makeTree({ 'skills/category-0/broken/SKILL.md': '---\nname: broken\nextra: 1\n---\n[x](nope.md)\n' });
    generateCorpus(join(root, 'skills'), WORKER_THRESHOLD + 20);
    const options = { cwd: root, paths: [join(root, 'skills')], compile: true, cache: false };
    process.env.SKILLPACK_THREADS = '1';
    const single = await checkPaths(options);
    process.env.SKILLPACK_THREADS = '2';
    const parallel = await checkPaths(options);
    expect(parallel.diagnostics).toEqual(single.diagnostics);
    expect(parallel.diagnostics.map((d) => d.rule)).toEqual(['description-format', 'known-fields', 'relative-links']);
    expect(parallel.skills.map((s) => s.record)).toEqual(single.skills.map((s) => s.record));
  });
});
