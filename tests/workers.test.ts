import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/pipeline.ts';
import { POOL_WORTH_CHARS, WORKER_THRESHOLD, workersPay } from '../src/node/workers.ts';
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

  it('start for a run of few skills holding much text, with the same results as one thread', async () => {
    const root = makeTree({});
    const count = 24;
    generateCorpus(join(root, 'skills'), count);
    const page = `${'A paragraph of reference text about the task at hand, long enough to weigh. '.repeat(40)}\n\n`;
    for (let i = 0; i < count; i++) writeFileSync(join(root, 'skills', `category-${i % 20}`, `synthetic-skill-${i}`, 'references', 'long.md'), page.repeat(Math.ceil((2 * POOL_WORTH_CHARS) / count / page.length)));
    const options = { cwd: root, paths: [join(root, 'skills')], compile: true, cache: false };
    process.env.SKILLPACK_THREADS = '1';
    const single = await checkPaths(options);
    process.env.SKILLPACK_THREADS = '2';
    const parallel = await checkPaths(options);
    expect(single.workers).toBe(0);
    expect(parallel.workers).toBe(2);
    expect(parallel.diagnostics).toEqual(single.diagnostics);
    expect(parallel.skills.map((s) => s.record)).toEqual(single.skills.map((s) => s.record));
  });

  it('stay unstarted for a run of few small skills', async () => {
    const root = makeTree({});
    generateCorpus(join(root, 'skills'), 24);
    process.env.SKILLPACK_THREADS = '2';
    const result = await checkPaths({ cwd: root, paths: [join(root, 'skills')], cache: false });
    expect(result.workers).toBe(0);
  });
});

describe('workersPay', () => {
  it('judges the text left from the characters checked per skill seen', () => {
    expect(workersPay(150, 1, POOL_WORTH_CHARS / 100)).toBe(true);
    expect(workersPay(150, 1, POOL_WORTH_CHARS / 200)).toBe(false);
    // Skills the cache answered count as seen with no text: one changed skill of a warm tree starts nothing.
    expect(workersPay(150, 100, POOL_WORTH_CHARS / 100)).toBe(false);
    expect(workersPay(150, 150, POOL_WORTH_CHARS * 10)).toBe(false);
    expect(workersPay(150, 0, 0)).toBe(false);
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
