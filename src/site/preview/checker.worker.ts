// Runs the compiler's core on one skill at a time, off the page's main thread (a large skill takes
// a few hundred milliseconds to parse, lint, render and highlight).
import './worker-dom.ts';
import type { Category } from '../../core/config.ts';
import type { PreviewInput } from '../../core/preview.ts';
import { checkSkill } from './check.ts';
import { fetchMissing, grammarsIncomplete, mayHoldCode, startGrammars } from './grammars.ts';
import type { CheckFailure, CheckRequest, CheckResponse, WarmRequest, WorkerReady } from './protocol.ts';

self.postMessage({ ready: self.location.href } satisfies WorkerReady);

/**
 * The first check pays for creating the highlighter and for converting each grammar rule's regular
 * expression the first time it is used, which makes it several times slower than the next ones. The
 * page asks for this warm-up while the editor is still empty, with the catalog's most used fences.
 */
const WARM_UP = ['bash', 'python', 'yaml', 'ts', 'sql', 'js', 'json'].map((lang) => `\`\`\`${lang}\nx\n\`\`\``).join('\n\n');

/**
 * Checks a skill as `skillpack check` does, code analysis included: when the skill has code, the
 * tree-sitter runtime is started first, and the check is repeated while it asks for grammars that had
 * not been fetched yet (at most once per language).
 */
async function answer(id: number, input: PreviewInput, categories: Record<string, Category>): Promise<CheckResponse> {
  if (mayHoldCode(input)) await startGrammars();
  let response = checkSkill(id, input, categories);
  while (await fetchMissing()) response = checkSkill(id, input, categories);
  if (mayHoldCode(input) && (await grammarsIncomplete())) response.codeUnanalysed = true;
  return response;
}

/** Checks run one after another: a check waiting for a grammar holds the next one back. */
let queue = Promise.resolve();

self.addEventListener('message', (event: MessageEvent<CheckRequest | WarmRequest>) => {
  if ('warm' in event.data) {
    checkSkill(0, { text: `---\nname: warm-up\ndescription: Warms up.\n---\n${WARM_UP}\n` }, {});
    return;
  }
  const { id, input, categories } = event.data;
  queue = queue.then(async () => {
    try {
      self.postMessage(await answer(id, input, categories));
    } catch (error) {
      // A crash of the core is a bug to report, not a verdict on the skill: the page says so.
      self.postMessage({ id, failure: error instanceof Error ? error.message : String(error) } satisfies CheckFailure);
    }
  });
});
