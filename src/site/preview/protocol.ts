// Messages between the preview page and its two workers (the checker and the tokenizer).
import type { Category } from '../../core/config.ts';
import type { PreviewInput, PreviewResult } from '../../core/preview.ts';

/** What the page shows above the rendered body, read from the frontmatter as the compiler reads it. */
export interface PreviewHeader {
  name: string;
  description: string;
  license: string | null;
  tags: string[];
}

/** Sent while the editor is empty: compile the common languages' grammars before the first paste. */
export interface WarmRequest {
  warm: true;
}

export interface CheckRequest {
  id: number;
  input: PreviewInput;
  categories: Record<string, Category>;
}

/**
 * A checked skill. `tokenTexts` holds the texts the core asked to count, in the order it asked:
 * the page counts them with the tokenizer worker and puts the numbers into `result.tokens`.
 */
export interface CheckResponse {
  id: number;
  result: PreviewResult;
  header: PreviewHeader | null;
  tokenTexts: { body: string; metadata: string } | null;
  /** Milliseconds the core took. */
  elapsed: number;
  /** Code was in the skill but a grammar file did not load (offline before it was cached): code findings may be missing. */
  codeUnanalysed?: boolean;
}

/** The core threw: a bug in the checker, not a problem of the skill. */
export interface CheckFailure {
  id: number;
  failure: string;
}

export interface CountRequest {
  id: number;
  texts: string[];
}

export interface CountResponse {
  id: number;
  counts: number[];
}

/** First message of each worker: its own script URL, so the page can save it for offline use. */
export interface WorkerReady {
  ready: string;
}
