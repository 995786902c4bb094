import { spawn, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import type { Code } from 'mdast';
import { parseMarkdown } from '../core/markdown.ts';
import { visitNodes } from '../core/mdast.ts';
import type { ConfigSource } from './config-validators.ts';

/**
 * What a skill's examples promise, made testable: fenced blocks whose info string is `<lang> run` are run
 * in a throw-away copy of the skill folder, every program in `scripts/` must answer `--help`, and config
 * blocks (`json`, `yaml`, `dockerfile`, `sql`) and config files in `assets/` and `scripts/` are validated
 * (`config-validators.ts`) unless marked `partial`.
 */

export type Interpreter = 'bash' | 'sh' | 'python3' | 'node';

/** A `<lang> run` block. `interpreter` is null for a language that cannot be run (the test then fails). */
export interface RunnableExample {
  /** `file:line` of the opening fence, the file relative to the display root. */
  id: string;
  skillDir: string;
  language: string;
  interpreter: Interpreter | null;
  code: string;
}

/** A config block not marked `partial`, or a config file in a skill's `assets/` or `scripts/`. */
export interface ConfigBlock extends ConfigSource {
  /** `file:line` of the opening fence, or the file's path. */
  id: string;
}

/** A program shipped in a skill's `scripts/` folder. `interpreter` is null when its kind is not supported. */
export interface SkillScript {
  id: string;
  skillDir: string;
  /** Path inside the skill folder, `/`-separated. */
  path: string;
  interpreter: Interpreter | null;
}

export interface CatalogExamples {
  examples: RunnableExample[];
  configs: ConfigBlock[];
  scripts: SkillScript[];
}

const RUN_LANGUAGES: Record<string, Interpreter> = {
  bash: 'bash', sh: 'bash', shell: 'bash',
  python: 'python3', python3: 'python3', py: 'python3',
  js: 'node', javascript: 'node', mjs: 'node',
};
const SCRIPT_EXTENSIONS: Record<string, Interpreter> = { '.py': 'python3', '.sh': 'bash', '.bash': 'bash', '.mjs': 'node' };
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
const CONFIG_LANGUAGES: Record<string, ConfigSource['language']> = {
  json: 'json', yaml: 'yaml', yml: 'yaml', dockerfile: 'dockerfile', containerfile: 'dockerfile', sql: 'sql',
};

/** Every runnable example, config block and script of the skills under `skillsRoot`; ids are relative to `displayRoot`. */
export function findExamples(skillsRoot: string, displayRoot: string): CatalogExamples {
  const found: CatalogExamples = { examples: [], configs: [], scripts: [] };
  for (const skillDir of skillFolders(skillsRoot)) {
    const markdown = ['SKILL.md', ...filesUnder(skillDir, 'references').filter((path) => path.endsWith('.md'))];
    const examplesBefore = found.examples.length;
    for (const path of markdown) collectBlocks(join(skillDir, path), skillDir, displayRoot, found);
    const samples = checkedSamples(found.examples.slice(examplesBefore));
    for (const path of [...filesUnder(skillDir, 'assets'), ...filesUnder(skillDir, 'scripts')]) {
      const language = configFileLanguage(path);
      if (!language) continue;
      const file = join(skillDir, path);
      const shown = displayPath(displayRoot, file);
      found.configs.push({ id: shown, file: shown, firstLine: 1, language, code: readFileSync(file, 'utf8'), strict: !samples(path) });
    }
    for (const path of filesUnder(skillDir, 'scripts', false)) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (name.startsWith('_')) continue; // a module the other scripts import, not a program
      found.scripts.push({ id: displayPath(displayRoot, join(skillDir, path)), skillDir, path, interpreter: scriptInterpreter(join(skillDir, path)) });
    }
  }
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { numeric: true });
  found.examples.sort(byId);
  found.configs.sort(byId);
  found.scripts.sort(byId);
  return found;
}

function* skillFolders(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === 'SKILL.md')) {
    yield dir;
    return;
  }
  for (const entry of entries) if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) yield* skillFolders(join(dir, entry.name));
}

/** Regular files below `skillDir/sub` (links are never followed), as `/`-separated paths inside the skill. */
function filesUnder(skillDir: string, sub: string, recursive = true): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    let entries;
    try {
      entries = readdirSync(join(skillDir, path), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = `${path}/${entry.name}`;
      if (entry.isFile()) out.push(child);
      else if (entry.isDirectory() && recursive) walk(child);
    }
  };
  walk(sub);
  return out.sort();
}

function collectBlocks(file: string, skillDir: string, displayRoot: string, found: CatalogExamples): void {
  const text = blankFrontmatter(readFileSync(file, 'utf8'));
  const shown = displayPath(displayRoot, file);
  visitNodes(parseMarkdown(text, 1, 0), ['code'], (node) => {
    const code = node as Code;
    const line = code.position?.start.line ?? 0;
    const language = (code.lang ?? '').toLowerCase();
    const flags = (code.meta ?? '').split(/\s+/);
    const id = `${shown}:${line}`;
    const configLanguage = CONFIG_LANGUAGES[language];
    if (flags.includes('run')) {
      found.examples.push({ id, skillDir, language, interpreter: RUN_LANGUAGES[language] ?? null, code: code.value });
    } else if (!flags.includes('partial') && configLanguage) {
      const dialect = flags.find((flag) => flag.startsWith('dialect='))?.slice('dialect='.length);
      found.configs.push({ id, file: shown, firstLine: line + 1, language: configLanguage, ...(configLanguage === 'sql' && dialect !== undefined ? { dialect } : {}), code: code.value, strict: true });
    }
  });
}

/** The text with its frontmatter lines emptied, so that line numbers still refer to the file. */
function blankFrontmatter(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return text;
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (end < 0) return text;
  return lines.map((line, index) => (index <= end ? '' : line)).join('\n');
}

function configFileLanguage(path: string): ConfigSource['language'] | null {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  if (name === 'dockerfile' || name === 'containerfile' || extension === 'dockerfile' || name.startsWith('dockerfile.')) return 'dockerfile';
  return CONFIG_LANGUAGES[extension] ?? null;
}

/**
 * Whether an asset is a sample of mistakes: a run block passes it (or a folder holding it) to a checker
 * that is expected to find problems (`… || test $? -eq 1`).
 */
function checkedSamples(examples: RunnableExample[]): (path: string) => boolean {
  const checks = examples.map((example) => example.code).filter((code) => code.includes('test $? -eq 1'));
  return (path) => {
    const parts = path.split('/');
    for (let length = parts.length; length > 1; length--) {
      const prefix = parts.slice(0, length).join('/');
      for (const code of checks) {
        for (let index = code.indexOf(prefix); index >= 0; index = code.indexOf(prefix, index + 1)) {
          if (!/[A-Za-z0-9._-]/.test(code[index + prefix.length] ?? '') && !/[A-Za-z0-9_-]/.test(code[index - 1] ?? ' ')) return true;
        }
      }
    }
    return false;
  };
}

function scriptInterpreter(file: string): Interpreter | null {
  const extension = file.slice(file.lastIndexOf('.'));
  const byExtension = SCRIPT_EXTENSIONS[extension];
  let firstLine = '';
  try {
    firstLine = readFileSync(file, 'utf8').split('\n', 1)[0]!;
  } catch {
    return null;
  }
  const shebang = firstLine.startsWith('#!') ? firstLine.slice(2).trim().split(/\s+/) : [];
  const program = (shebang[0]?.endsWith('/env') ? shebang[1] : shebang[0])?.split('/').pop() ?? '';
  if (byExtension === 'bash' && program === 'sh') return 'sh';
  if (byExtension) return byExtension;
  if (program === 'sh' || program === 'bash') return program;
  if (program === 'python3' || program === 'python') return 'python3';
  if (program === 'node') return 'node';
  return null;
}

function displayPath(root: string, file: string): string {
  return relative(root, file).split('\\').join('/');
}

/** How a sandboxed program is kept off the network. */
export type NetworkMode = 'unshare' | 'proxy';

const UNREACHABLE_PROXY = 'http://127.0.0.1:9';

/** `unshare --net` in a new user namespace when this machine allows it, else proxies that lead nowhere. */
export function detectNetworkMode(): NetworkMode {
  const probe = spawnSync('unshare', ['--net', '--map-root-user', 'true'], { stdio: 'ignore', timeout: 5_000 });
  return probe.status === 0 ? 'unshare' : 'proxy';
}

export interface SandboxRun {
  skillDir: string;
  interpreter: Interpreter;
  /** Code to run (written to a file beside the copy), or arguments to the interpreter (a script of the skill). */
  code?: string;
  args?: string[];
  network: NetworkMode;
  timeoutMs?: number;
  /** Extra variables, for tests of the sandbox itself. */
  env?: Record<string, string>;
}

export interface SandboxResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

const OUTPUT_LIMIT = 256 * 1024;
const CODE_EXTENSIONS: Record<Interpreter, string> = { bash: '.sh', sh: '.sh', python3: '.py', node: '.mjs' };

/**
 * Runs code or a script in a fresh copy of the skill folder: that copy is the working directory and HOME,
 * the environment holds only PATH, HOME and LANG, the network is cut off, and the whole process group is
 * killed at the timeout or when the program exits (nothing it started outlives it).
 */
export async function runInSandbox(run: SandboxRun): Promise<SandboxResult> {
  const root = mkdtempSync(join(tmpdir(), 'skillpack-example-'));
  try {
    const work = join(root, 'skill');
    // Only folders and regular files: a link could lead out of the skill, a FIFO would block the copy.
    cpSync(run.skillDir, work, { recursive: true, filter: (source) => { const entry = lstatSync(source); return entry.isDirectory() || entry.isFile(); } });
    const args = [...(run.args ?? [])];
    if (run.code !== undefined) {
      const file = join(root, `example${CODE_EXTENSIONS[run.interpreter]}`);
      writeFileSync(file, run.code);
      args.unshift(file);
    }
    const command = run.interpreter === 'bash' ? ['bash', '-euo', 'pipefail', ...args] : [run.interpreter === 'node' ? process.execPath : run.interpreter, ...args];
    const argv = run.network === 'unshare' ? ['unshare', '--net', '--map-root-user', ...command] : command;
    const env: Record<string, string> = { PATH: sandboxPath(), HOME: work, LANG: 'C.UTF-8', ...run.env };
    if (run.network === 'proxy') {
      for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY']) env[name] = env[name.toLowerCase()] = UNREACHABLE_PROXY;
      env.NO_PROXY = env.no_proxy = '';
    }
    return await spawnBounded(argv, work, env, run.timeoutMs ?? 10_000);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

let pathCache: string | undefined;

/**
 * The caller's PATH with this Node first, so `node` in an example is the project's Node, and the folder of
 * the interpreter `python3` resolves to next: version-manager shims (pyenv) cost a shell start per call.
 */
function sandboxPath(): string {
  if (pathCache !== undefined) return pathCache;
  const parts = (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(delimiter).filter((part) => part && !part.includes('node_modules'));
  const python = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', timeout: 10_000 });
  const pythonDir = python.status === 0 && python.stdout.trim().startsWith('/') ? [dirname(python.stdout.trim())] : [];
  pathCache = [...new Set([dirname(process.execPath), ...pythonDir, ...parts])].join(delimiter);
  return pathCache;
}

function spawnBounded(argv: string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<SandboxResult> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const output = { stdout: '', stderr: '' };
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (output[stream].length < OUTPUT_LIMIT) output[stream] += chunk.toString('utf8').slice(0, OUTPUT_LIMIT - output[stream].length);
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    let timedOut = false;
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    let exit: { code: number | null; signal: NodeJS.Signals | null } = { code: null, signal: null };
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      killGroup();
    });
    const settle = () => {
      clearTimeout(timer);
      resolve({ exitCode: exit.code, signal: exit.signal, timedOut, ...output });
    };
    child.on('error', (error) => {
      output.stderr += `could not start ${argv[0]}: ${error.message}`;
      settle();
    });
    child.on('close', settle);
  });
}
