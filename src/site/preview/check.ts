// The checker worker's work, kept free of worker APIs so it can be tested in Node: the core's own
// previewSkill(), with the token counts deferred to the tokenizer worker.
import { DEFAULT_LINT_CONFIG, todayUtc, type Category } from '../../core/config.ts';
import { splitFrontmatter } from '../../core/frontmatter.ts';
import { previewSkill, type PreviewInput } from '../../core/preview.ts';
import { parseTags } from '../../core/rules/metadata-tags.ts';
import { LineIndex } from '../../core/text.ts';
import { provideTokenCounter } from '../../core/tokens.ts';
import type { CheckResponse, PreviewHeader } from './protocol.ts';

/**
 * The texts the core asks to count during one run. The installed counter answers with a ticket
 * (position + 1) instead of a count, so `result.tokens` comes back holding tickets that name the
 * texts to count; an empty text is never handed to the counter and stays 0.
 */
let asked: string[] = [];
provideTokenCounter(() => (text) => asked.push(text));

const ticketText = (ticket: number) => (ticket === 0 ? '' : asked[ticket - 1]!);

/** The header of the skill page: name and description as the compiled record holds them. */
export function readHeader(text: string): PreviewHeader | null {
  const source = text.replace(/^\uFEFF/, '');
  const data = splitFrontmatter(source, new LineIndex(source)).frontmatter?.data;
  if (!data || typeof data.name !== 'string' || typeof data.description !== 'string') return null;
  const metadata = (typeof data.metadata === 'object' && data.metadata !== null ? data.metadata : {}) as Record<string, unknown>;
  return {
    name: data.name.normalize('NFKC'),
    description: data.description,
    license: typeof data.license === 'string' ? data.license : null,
    tags: typeof metadata.tags === 'string' ? parseTags(metadata.tags) : [],
  };
}

export function checkSkill(id: number, input: PreviewInput, categories: Record<string, Category>): CheckResponse {
  const started = performance.now();
  asked = [];
  const result = previewSkill(input, { ...DEFAULT_LINT_CONFIG, preset: 'catalog', categories, today: todayUtc() }, true);
  const tokenTexts = result.tokens ? { body: ticketText(result.tokens.body), metadata: ticketText(result.tokens.metadata) } : null;
  result.tokens = null;
  asked = [];
  return { id, result, header: readHeader(input.text), tokenTexts, elapsed: performance.now() - started };
}
