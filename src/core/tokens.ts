/** The BPE vocabulary used for every token figure (an estimate: each model family tokenizes differently). */
export const TOKENIZER = 'o200k_base';

type Counter = (text: string) => number;

let counter: Counter | null = null;
let loadCounter: (() => Counter) | null = null;

/**
 * Installs the tokenizer. It is injected rather than imported because loading the vocabulary takes
 * a noticeable fraction of a second: the CLI defers it until a count is actually needed, and the
 * browser loads it asynchronously.
 */
export function provideTokenCounter(load: () => Counter): void {
  loadCounter = load;
  counter = null;
}

export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  if (counter === null) {
    if (loadCounter === null) throw new Error('No tokenizer installed; call provideTokenCounter() first');
    counter = loadCounter();
  }
  return counter(text);
}
