import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';

/** The BPE vocabulary used for every token figure (an estimate: each model family tokenizes differently). */
export const TOKENIZER = 'o200k_base';

export function countTokens(text: string): number {
  return text.length === 0 ? 0 : countO200k(text);
}
