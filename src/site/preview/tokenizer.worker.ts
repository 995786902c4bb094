// Counts tokens with the o200k_base vocabulary (about 2.4 MB of JavaScript, hence its own worker,
// started only after the first diagnostics are on screen).
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import type { CountRequest, WorkerReady } from './protocol.ts';

/** Special-token markers (`<|endoftext|>`) in a skill are text an agent reads, counted as such. */
const AS_TEXT = { disallowedSpecial: new Set<string>() };

self.postMessage({ ready: self.location.href } satisfies WorkerReady);
self.addEventListener('message', (event: MessageEvent<CountRequest>) => {
  const { id, texts } = event.data;
  self.postMessage({ id, counts: texts.map((text) => (text.length === 0 ? 0 : countTokens(text, AS_TEXT))) });
});
