import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintConfig } from '../core/config.ts';
import type { SkillJob, SkillOutcome } from './process.ts';

/** Below this many skills to parse, starting workers (each loads the parser and tokenizer) costs more than it saves; frontmatter-only runs never use them. */
export const WORKER_THRESHOLD = 300;

/** Threads to use: SKILLPACK_THREADS when set, else the machine's parallelism, at most 8. */
export function threadCount(): number {
  const requested = Number(process.env.SKILLPACK_THREADS);
  if (Number.isInteger(requested) && requested >= 1) return requested;
  return Math.min(availableParallelism(), 8);
}

/** Splits the jobs into one contiguous share per worker and returns the outcomes in job order. */
export async function processInWorkers(jobs: readonly SkillJob[], config: LintConfig, compile: boolean, markdown: boolean, threads: number): Promise<SkillOutcome[]> {
  const share = Math.ceil(jobs.length / threads);
  const parts: Promise<SkillOutcome[]>[] = [];
  for (let start = 0; start < jobs.length; start += share) {
    const slice = jobs.slice(start, start + share);
    parts.push(
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./worker.ts', import.meta.url));
        worker.once('message', (outcomes: SkillOutcome[]) => {
          resolve(outcomes);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
        });
        worker.postMessage({ jobs: slice, config, compile, markdown });
      }),
    );
  }
  return (await Promise.all(parts)).flat();
}
