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

describe('WorkerPool', () => {
  it('recycles workers and still returns every outcome in order', async () => {
    const { WorkerPool } = await import('../src/node/workers.ts');
    const { DEFAULT_LINT_CONFIG } = await import('../src/core/config.ts');
    const { sourceOf } = await import('./helpers.ts');
    const { skillMarkdown } = await import('../scripts/corpus.ts');
    const pool = new WorkerPool(2, { config: DEFAULT_LINT_CONFIG, compile: false, markdown: true }, { recycleAfter: 10 });
    const batches = Array.from({ length: 12 }, (_, b) =>
      Array.from({ length: 5 }, (_, i) => ({ source: sourceOf(skillMarkdown(`skill-${b}-${i}`, b * 5 + i), { name: i === 0 ? 'wrong-name' : `skill-${b}-${i}` }), skillFile: { size: 1, sha256: 'a'.repeat(64) } })),
    );
    const pending = [];
    for (const jobs of batches) pending.push((await pool.submit(jobs)).done);
    const results = await Promise.all(pending);
    await pool.close();
    expect(pool.started).toBeGreaterThanOrEqual(6);
    results.forEach((outcomes, b) => {
      expect(outcomes).toHaveLength(5);
      expect(outcomes.map((o) => o.diagnostics.some((d) => d.rule === 'name-matches-folder'))).toEqual([true, false, false, false, false]);
      expect(outcomes[0]!.summary.name?.value).toBe(`skill-${b}-0`);
    });
  });
});
