// Worker thread: processes a share of the skills of a large cold run (see workers.ts).
import { parentPort } from 'node:worker_threads';
import type { LintConfig } from '../core/config.ts';
import { parseMarkdown } from '../core/markdown.ts';
import { processSkill, type SkillJob, type SkillOutcome } from './process.ts';
import { installNodeTokenizer } from './tokenizer.ts';

installNodeTokenizer();

parentPort!.on('message', (message: { jobs: SkillJob[]; config: LintConfig; compile: boolean; markdown: boolean }) => {
  const outcomes: SkillOutcome[] = message.jobs.map((job) => {
    const { parsed: _parsed, ...outcome } = processSkill(job, message.config, message.compile, message.markdown ? parseMarkdown : null);
    return outcome;
  });
  parentPort!.postMessage(outcomes);
});
