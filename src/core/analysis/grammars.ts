// The parsers of the languages the threat analysis reads. Tree-sitter runs as WebAssembly so the same
// code works in Node and in the browser preview; where the grammar files come from is the host's
// business (see `provideGrammars`). Parsing itself is synchronous once `initGrammars` has resolved.
import { Language, Parser, type Tree } from 'web-tree-sitter';
import { longestPipeline, MAX_PIPELINE_STAGES } from './shell-pipelines.ts';

export type CodeLanguage = 'bash' | 'python' | 'javascript' | 'typescript' | 'powershell';

export const CODE_LANGUAGES: readonly CodeLanguage[] = ['bash', 'python', 'javascript', 'typescript', 'powershell'];

/** Languages read line by line whose functions the analysis outlines with a parser (see `outline.ts`). */
export type OutlineLanguage = 'go' | 'rust' | 'ruby' | 'php' | 'java' | 'c-sharp';

/** Every grammar the analysis may load, by the name of its `tree-sitter-<name>.wasm` file. */
export type GrammarId = CodeLanguage | OutlineLanguage;

/**
 * Returns the compiled grammar of a language: the bytes of its `tree-sitter-<language>.wasm`, or null
 * while the host does not hold them (a browser fetches them on demand); null is asked again next time.
 */
export type GrammarSource = (language: GrammarId) => Uint8Array | null;

interface GrammarHost {
  source: GrammarSource;
  /** Options for the tree-sitter runtime (e.g. where its own .wasm file is). */
  runtime?: Parameters<typeof Parser.init>[0];
}

let host: GrammarHost | null = null;
let ready: Promise<void> | null = null;
let started = false;
/** One parser per language: switching a parser's language leaks memory in the WebAssembly heap. */
const parsers = new Map<GrammarId, Parser>();
const languages = new Map<GrammarId, Language | null>();
/** Compiled grammars, kept across restarts of the runtime so a restart only instantiates them. */
const modules = new Map<GrammarId, WebAssembly.Module | null>();

/**
 * The runtime's WebAssembly heap never shrinks, and parsing leaves some of it behind, so a long run
 * restarts the runtime after parsing this much text (a restart takes a few milliseconds).
 */
export const RESTART_AFTER_CHARS = 4 * 1024 * 1024;
let parsedChars = 0;

/** Tells the analysis where grammar files come from; call before `initGrammars`. */
export function provideGrammars(source: GrammarSource, runtime?: GrammarHost['runtime']): void {
  host = { source, runtime };
  modules.clear();
  languages.clear();
}

/** Starts the tree-sitter runtime once; languages are then loaded on first use. */
export function initGrammars(): Promise<void> {
  if (!host) return Promise.resolve();
  ready ??= Parser.init(host.runtime).then(() => {
    started = true;
  });
  return ready;
}

/** Whether code can be parsed: a host provided grammars and the runtime has started. */
export function grammarsReady(): boolean {
  return started;
}

/**
 * Starts a fresh runtime once the current one has parsed RESTART_AFTER_CHARS, dropping the old heap;
 * call between skills (parsing itself is synchronous, starting is not).
 */
export async function refreshGrammars(): Promise<void> {
  if (!started || parsedChars < RESTART_AFTER_CHARS) return;
  // Deleted explicitly: a finalizer running after the restart would free memory of the new heap.
  for (const parser of parsers.values()) parser.delete();
  parsers.clear();
  languages.clear();
  started = false;
  parsedChars = 0;
  ready = Parser.init(host!.runtime).then(() => {
    started = true;
  });
  await ready;
}

/** The compiled grammar, or undefined while the host has not got its bytes yet (the browser fetches them on demand). */
function compiled(id: GrammarId): WebAssembly.Module | null | undefined {
  if (modules.has(id)) return modules.get(id)!;
  const bytes = host!.source(id);
  if (!bytes) return undefined;
  let module: WebAssembly.Module | null = null;
  try {
    module = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  } catch {
    module = null;
  }
  modules.set(id, module);
  return module;
}

function language(id: GrammarId): Language | null {
  if (languages.has(id)) return languages.get(id)!;
  const module = compiled(id);
  if (module === undefined) return null;
  let loaded: Language | null = null;
  try {
    loaded = module && Language.loadSync(module);
  } catch {
    loaded = null;
  }
  languages.set(id, loaded);
  return loaded;
}

/**
 * What parsing may cost. `steps` counts tree-sitter's progress reports, one per fixed number of parser
 * operations: the same count on every machine and under any load, so whether ordinary code is read does
 * not depend on how busy the machine is. `ms` (on `parseClock`) is kept only for hostile input: tree-sitter's error
 * recovery is quadratic on some of it (16 KB of `>` takes seconds in the shell grammar) and its progress
 * reports do not count that work. Ordinary code stops at its steps long before the clock.
 */
export interface ParseAllowance {
  steps: number;
  ms: number;
}

/** The CPU time of this thread in Node.js (`process.threadCpuUsage`), where the host provides it. */
const threadCpuUsage = (globalThis as { process?: { threadCpuUsage?: () => { user: number; system: number } } }).process?.threadCpuUsage;

/**
 * Milliseconds on the clock that parse allowances are charged to: the CPU time of the running thread where the
 * host can tell it, else wall time (browsers). Other processes and threads on a busy machine do not advance it,
 * so a skill that parses within its allowance on an idle machine does so under load too.
 */
export const parseClock: () => number = threadCpuUsage
  ? () => {
      const { user, system } = threadCpuUsage.call((globalThis as { process?: unknown }).process);
      return (user + system) / 1000;
    }
  : () => performance.now();

/** One parse's allowance: the steps of a few hundred kilobytes of dense code, far above any real script. */
export function parseAllowance(): ParseAllowance {
  return { steps: 8_000, ms: 2000 };
}

/**
 * Parses `text` as `id`, or returns null when no parser is available or the parse used up `allowance`;
 * the steps it took are taken from `allowance.steps`. Shell pipelines too long for any clock to bound are
 * refused before parsing (see `shell-pipelines.ts`).
 */
export function parseCode(id: GrammarId, text: string, allowance: ParseAllowance = parseAllowance()): Tree | null {
  if (!started) return null;
  if (id === 'bash' && text.includes('|') && longestPipeline(text) > MAX_PIPELINE_STAGES) return null;
  const grammar = language(id);
  if (!grammar) return null;
  let parser = parsers.get(id);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(grammar);
    parsers.set(id, parser);
  }
  parsedChars += text.length;
  const deadline = parseClock() + allowance.ms;
  try {
    const tree = parser.parse(text, null, { progressCallback: () => --allowance.steps < 0 || parseClock() > deadline });
    // A cancelled parse is kept to be resumed by the next call, which would then read the old text: start afresh.
    if (!tree) parser.reset();
    return tree;
  } catch {
    parser.reset();
    return null;
  }
}
