import { createRequire } from 'node:module';
import { provideTokenCounter } from '../core/tokens.ts';

const require = createRequire(import.meta.url);

/** Loads gpt-tokenizer's o200k_base vocabulary the first time a token count is needed. */
export function installNodeTokenizer(): void {
  provideTokenCounter(() => (require('gpt-tokenizer/encoding/o200k_base') as { countTokens: (text: string) => number }).countTokens);
}
