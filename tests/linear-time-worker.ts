// Worker thread for tests/linear-time.test.ts: checks one hostile skill and reports the CPU time this
// thread spent on it (not wall time, which a loaded machine stretches), so the test can stop a check that
// runs away instead of waiting for it.
import { parentPort } from 'node:worker_threads';
import { lintSkill, lintTree, summarize } from '../src/core/lint.ts';
import { parseMarkdown } from '../src/core/markdown.ts';
import { parseSkill } from '../src/core/skill.ts';
import { installNodeGrammars } from '../src/node/grammars.ts';
import { installNodeTokenizer } from '../src/node/tokenizer.ts';
import { CATALOG_CONFIG, sourceOf } from './helpers.ts';

installNodeTokenizer();
await installNodeGrammars();

export interface StressCase {
  text: string;
  resourceTexts: Record<string, string>;
}

parentPort!.on('message', ({ text, resourceTexts }: StressCase) => {
  const started = process.threadCpuUsage();
  const skill = parseSkill(sourceOf(text, { resourceTexts, files: Object.keys(resourceTexts) }), parseMarkdown);
  const { diagnostics } = lintSkill(skill, CATALOG_CONFIG);
  lintTree([summarize(skill)], CATALOG_CONFIG);
  const used = process.threadCpuUsage(started);
  parentPort!.postMessage({ ms: (used.user + used.system) / 1000, diagnostics: diagnostics.length });
});
