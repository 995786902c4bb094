// Worker thread body (started through worker.ts): parses, lints and compiles the batches of skills the pool sends.
import { parentPort, workerData } from 'node:worker_threads';
import { parseMarkdown } from '../core/markdown.ts';
import { processSkill, type SkillJob, type SkillOutcome } from './process.ts';
import { installNodeGrammars } from './grammars.ts';
import { installNodeTokenizer } from './tokenizer.ts';
import type { WorkerSettings } from './workers.ts';

installNodeTokenizer();
await installNodeGrammars();
const { config, compile, markdown } = workerData as WorkerSettings;

parentPort!.on('message', ({ id, jobs }: { id: number; jobs: SkillJob[] }) => {
  const outcomes: SkillOutcome[] = jobs.map((job) => {
    const { parsed: _parsed, ...outcome } = processSkill(job, config, compile, markdown ? parseMarkdown : null);
    return outcome;
  });
  parentPort!.postMessage({ id, outcomes });
});
