// Worker thread body (started through worker.ts): parses, lints and compiles the batches of skills the pool sends.
import { parentPort, workerData } from 'node:worker_threads';
import { parseMarkdown } from '../core/markdown.ts';
import { processSkill, type SkillJob, type SkillOutcome } from './process.ts';
import { installNodeGrammars, refreshGrammars } from './grammars.ts';
import { installNodeTokenizer } from './tokenizer.ts';
import { settleNativeMemory, type WorkerSettings } from './workers.ts';

installNodeTokenizer();
await installNodeGrammars();
const { config, compile, markdown } = workerData as WorkerSettings;

async function processBatch(id: number, jobs: SkillJob[]): Promise<void> {
  const outcomes: SkillOutcome[] = [];
  for (const job of jobs) {
    await settleNativeMemory();
    await refreshGrammars();
    const { parsed: _parsed, ...outcome } = processSkill(job, config, compile, markdown ? parseMarkdown : null);
    outcomes.push(outcome);
  }
  parentPort!.postMessage({ id, outcomes });
}

// Batches run one after another: a restart of the grammars between skills must not interleave.
let queue = Promise.resolve();
parentPort!.on('message', ({ id, jobs }: { id: number; jobs: SkillJob[] }) => {
  queue = queue.then(() => processBatch(id, jobs));
});
