import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { initGrammars, provideGrammars } from '../core/analysis/grammars.ts';

export { refreshGrammars } from '../core/analysis/grammars.ts';

const require = createRequire(import.meta.url);

/**
 * The grammars' parse tables are a few huge WebAssembly functions that V8 optimises once they run
 * hot, which takes seconds and hundreds of MiB per thread (and a process waits for it before
 * exiting), far more than the faster code saves on skills. So WebAssembly stays on the baseline
 * compiler: tier-up is allowed only for a function index no module has, and the budget that triggers
 * it is as large as it goes, so baseline code rarely stops to ask. The flags are read when modules are
 * compiled and run, so setting them before the runtime starts is enough; they hold for the whole
 * process and its worker threads.
 */
function keepWebAssemblyOnBaselineCompiler(): void {
  setFlagsFromString('--wasm-tier-up-filter=1073741823');
  setFlagsFromString('--wasm-tiering-budget=2147483647');
}

/** Lets the threat analysis parse code with the grammars shipped in @vscode/tree-sitter-wasm, and starts tree-sitter. */
export function installNodeGrammars(): Promise<void> {
  keepWebAssemblyOnBaselineCompiler();
  provideGrammars((language) => readFileSync(require.resolve(`@vscode/tree-sitter-wasm/wasm/tree-sitter-${language}.wasm`)));
  return initGrammars();
}
