// The threat analysis's code grammars in the browser. Tree-sitter's runtime and each language's
// grammar are WebAssembly files the site build emits beside the scripts, under content-hashed names,
// so a deployment never mixes them up and the preview's service worker can keep them. The checker
// worker fetches nothing until a skill has code: then the runtime, and each grammar the first time the
// analysis asks for its language (the analysis is synchronous, so a check that met a language not yet
// here is run again once it has arrived).
import runtimeUrl from 'web-tree-sitter/web-tree-sitter.wasm?url';
import bashUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-bash.wasm?url';
import javascriptUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-javascript.wasm?url';
import powershellUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-powershell.wasm?url';
import pythonUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm?url';
import typescriptUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm?url';
import goUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm?url';
import rustUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-rust.wasm?url';
import rubyUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-ruby.wasm?url';
import phpUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-php.wasm?url';
import javaUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm?url';
import csharpUrl from '@vscode/tree-sitter-wasm/wasm/tree-sitter-c-sharp.wasm?url';
import { initGrammars, provideGrammars, type GrammarId } from '../../core/analysis/grammars.ts';
import type { PreviewInput } from '../../core/preview.ts';

const GRAMMAR_URLS: Record<GrammarId, string> = {
  bash: bashUrl,
  python: pythonUrl,
  javascript: javascriptUrl,
  typescript: typescriptUrl,
  powershell: powershellUrl,
  go: goUrl,
  rust: rustUrl,
  ruby: rubyUrl,
  php: phpUrl,
  java: javaUrl,
  'c-sharp': csharpUrl,
};

const loaded = new Map<GrammarId, Uint8Array>();
/** Languages the analysis asked for since the last `fetchMissing`. */
const missing = new Set<GrammarId>();
/** Languages whose file could not be fetched (offline before it was ever cached). */
const failed = new Set<GrammarId>();
let runtime: Promise<boolean> | null = null;

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Whether a skill may carry code the analysis reads: a fence in its text, or any other file (a script
 * or a configuration). Only such skills make the worker fetch the runtime.
 */
export function mayHoldCode(input: PreviewInput): boolean {
  return /(?:^|\n)[ \t]*(?:```|~~~)/.test(input.text) || (input.files ?? []).some((file) => file.text !== undefined && !file.path.startsWith('evals/'));
}

/** Starts tree-sitter once, from the emitted runtime file; resolves false when it cannot be fetched. */
export function startGrammars(): Promise<boolean> {
  runtime ??= (async () => {
    try {
      const wasmBinary = await download(runtimeUrl);
      provideGrammars((language) => {
        const bytes = loaded.get(language);
        if (!bytes && !failed.has(language)) missing.add(language);
        return bytes ?? null;
      }, { wasmBinary });
      await initGrammars();
      return true;
    } catch {
      return false;
    }
  })();
  return runtime;
}

/** Fetches the grammars the analysis asked for and did not have; returns false when there were none. */
export async function fetchMissing(): Promise<boolean> {
  if (missing.size === 0) return false;
  const wanted = [...missing];
  missing.clear();
  await Promise.all(
    wanted.map(async (language) => {
      try {
        loaded.set(language, await download(GRAMMAR_URLS[language]));
      } catch {
        failed.add(language);
      }
    }),
  );
  return true;
}

/** Whether some code could not be analysed because a file of the analysis did not load. */
export async function grammarsIncomplete(): Promise<boolean> {
  return failed.size > 0 || (runtime !== null && !(await runtime));
}
