// Runs the compiler's core on one skill at a time, off the page's main thread (a large skill takes
// a few hundred milliseconds to parse, lint, render and highlight).
import './worker-dom.ts';
import { checkSkill } from './check.ts';
import type { CheckFailure, CheckRequest, WarmRequest, WorkerReady } from './protocol.ts';

self.postMessage({ ready: self.location.href } satisfies WorkerReady);

/**
 * The first check pays for creating the highlighter and for converting each grammar rule's regular
 * expression the first time it is used, which makes it several times slower than the next ones. The
 * page asks for this warm-up while the editor is still empty, with the catalog's most used fences.
 */
const WARM_UP = ['bash', 'python', 'yaml', 'ts', 'sql', 'js', 'json'].map((lang) => `\`\`\`${lang}\nx\n\`\`\``).join('\n\n');

self.addEventListener('message', (event: MessageEvent<CheckRequest | WarmRequest>) => {
  if ('warm' in event.data) {
    checkSkill(0, { text: `---\nname: warm-up\ndescription: Warms up.\n---\n${WARM_UP}\n` }, {});
    return;
  }
  const { id, input, categories } = event.data;
  try {
    self.postMessage(checkSkill(id, input, categories));
  } catch (error) {
    // A crash of the core is a bug to report, not a verdict on the skill: the page says so.
    self.postMessage({ id, failure: error instanceof Error ? error.message : String(error) } satisfies CheckFailure);
  }
});
