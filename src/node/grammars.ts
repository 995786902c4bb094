import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initGrammars, provideGrammars } from '../core/analysis/grammars.ts';

export { refreshGrammars } from '../core/analysis/grammars.ts';

const require = createRequire(import.meta.url);

/** Lets the threat analysis parse code with the grammars shipped in @vscode/tree-sitter-wasm, and starts tree-sitter. */
export function installNodeGrammars(): Promise<void> {
  provideGrammars((language) => readFileSync(require.resolve(`@vscode/tree-sitter-wasm/wasm/tree-sitter-${language}.wasm`)));
  return initGrammars();
}
