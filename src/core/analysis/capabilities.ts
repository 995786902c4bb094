// What a skill's code is able to do, by kind: reach the network, run other programs, write files
// outside the folder it works in, read credential stores, act as root. Read from the same parse as
// the threat analysis (tree-sitter, normalised statements), so a disguised `c''url` counts as curl.
// Each use keeps the program that carries it out, so a declaration such as `Bash(git:*)` can be
// matched against it.
import type { Span } from '../diagnostics.ts';
import type { ParsedSkill } from '../skill.ts';
import { skillTexts, spanIn, type SkillText } from '../texts.ts';
import { grammarsReady, parseCode, type CodeLanguage } from './grammars.ts';
import { buildProgram, type Call, type Program } from './program.ts';
import { MAX_ANALYSED_CHARS } from './index.ts';
import { codeUnits, type CodeUnit } from './units.ts';
import { CODE_NETWORK, CREDENTIAL_STORE, JS_PROCESS_CALL, NETWORK_CLIENT, SHELL_NETWORK } from './vocabulary.ts';

/** The runner of a block that is a script's content: whichever script file a declaration names. */
export const SAVED_SCRIPT = '#!';

export const CAPABILITIES = ['network', 'shell', 'file-write', 'credentials', 'privilege'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface CapabilityUse {
  capability: Capability;
  /** Path shown in diagnostics, and path inside the skill folder. */
  file: string;
  path: string;
  span: Span;
  /** The command or call that shows it, as normalised (`curl`, `requests.post`, `sudo`). */
  evidence: string;
  /**
   * The programs the user approves when this use runs: the command itself in shell code, else the
   * interpreter of the code and, for a script file, its path.
   */
  runners: string[];
  /** For network use: every address it names is on this machine (`localhost`, `127.0.0.1`). */
  local?: boolean;
  /** For network use: a version-control command, talking to the repository's own remote. */
  repository?: boolean;
  /**
   * Whether the code is run as written: a script, a shell block, a Python block of SKILL.md. Other
   * blocks are mostly examples of application code (a component that calls `fetch`, a function to
   * refactor).
   */
  runnable: boolean;
}

const INTERPRETERS: Record<CodeLanguage, string[]> = {
  bash: ['bash', 'sh', 'zsh'],
  python: ['python', 'python3', 'py', 'uv', 'uvx', 'poetry', 'pipenv'],
  javascript: ['node', 'npx', 'npm', 'deno', 'bun', 'pnpm', 'yarn'],
  typescript: ['node', 'npx', 'npm', 'deno', 'bun', 'pnpm', 'yarn', 'tsx', 'ts-node'],
  powershell: ['pwsh', 'powershell'],
};

/** Commands that run the command given in their arguments (`sudo curl …`). */
const WRAPPERS = new Set(['sudo', 'doas', 'env', 'nohup', 'time', 'exec', 'nice', 'timeout', 'stdbuf', 'xargs']);
const PRIVILEGED = new Set(['sudo', 'doas', 'pkexec', 'su', 'runas']);
/** Options of the wrappers that take a value (`sudo -u root`, `timeout 5`). */
const OPTION_WITH_VALUE = /^-(?:u|g|C|D|h|p|r|t|U|n|s|k)$/;
/** Package installs need root on most systems; a setup step, not the skill's own behaviour. */
const PACKAGE_MANAGERS = new Set(['apt', 'apt-get', 'aptitude', 'dnf', 'yum', 'zypper', 'pacman', 'apk', 'snap', 'brew', 'port', 'pip', 'pip3', 'npm', 'gem', 'dpkg', 'rpm', 'installer', 'softwareupdate', 'flatpak', 'emerge']);
/** Commands that handle a file without reading what is in it (`[ -f ~/.netrc ]`, `ln -s …/.env .env`). */
const NOT_READING = new Set(['ln', 'chmod', 'chown', 'chgrp', 'mkdir', 'touch', 'rm', 'rmdir', 'ls', 'test', '[', '[[', 'stat', 'mv', 'echo', 'printf', 'export', 'cd', 'unset', 'shred']);
const VERSION_CONTROL = new Set(['git', 'hg', 'svn']);
/** Calls named like a DNS lookup that are path or promise methods unless made on the `dns` module. */
const NOT_DNS = /\.resolve\w*$/;
/** Shell commands that only read or print: running them is not what a declaration has to grant. */
const READ_ONLY = new Set(['echo', 'printf', 'cd', 'pwd', 'ls', 'cat', 'head', 'tail', 'less', 'more', 'grep', 'rg', 'find', 'wc', 'sort', 'uniq', 'diff', 'tree', 'file', 'stat', 'which', 'type', 'command', 'true', 'false', 'test', '[', 'export', 'set', 'unset', 'read', 'source', '.', 'exit', 'return', 'local', 'shift', 'date', 'whoami', 'uname', 'env', 'printenv']);
/** Paths outside the working folder and the skill's own: the root, the home folder, a parent. */
const OUTSIDE_PATH = /^(?:\/(?!tmp\/|tmp$|var\/tmp\/|dev\/)|~|\$\{?HOME\b|\$env:(?:USERPROFILE|HOME|APPDATA|LOCALAPPDATA)\b|%(?:USERPROFILE|APPDATA|LOCALAPPDATA)%|[A-Za-z]:[\\/]|\.\.[\\/]|\{\$\{os\.homedir\(\)\}\}|os\.path\.expanduser|Path\.home\(\))/i;
const LOCAL_HOST = /^(?:[a-z]+:\/\/)?(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?:[:/]|$)/i;
const ADDRESS = /^(?:[a-z]+:\/\/|(?:localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?(?:\/|$))/i;
const PYTHON_SPAWN = /^(?:os\.system|os\.popen|os\.exec\w*|os\.spawn\w*|subprocess\.\w+|commands\.getoutput|pty\.spawn|asyncio\.create_subprocess_\w+)$/;
const OTHER_SPAWN = /^(?:execa|shell\.exec|Bun\.spawn|Deno\.run|Deno\.Command|new Deno\.Command)$/;
const WRITE_CALL = /(?:^|\.)(?:writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|copyFile|copyFileSync|rename|renameSync|write_text|write_bytes|copy|copy2|copyfile|move|WriteAllText|WriteAllBytes|set-content|out-file|add-content|copy-item|move-item|new-item)$/i;

const cache = new WeakMap<ParsedSkill, CapabilityUse[]>();

/** The command a wrapper runs (`sudo -u root apt-get …` → `apt-get`), with its arguments and the wrappers around it. */
function unwrap(call: Call): { name: string; args: string[]; via: string[] } {
  let name = call.name;
  let args = call.args;
  const via: string[] = [];
  for (let depth = 0; depth < 4 && WRAPPERS.has(name); depth++) {
    let i = 0;
    while (i < args.length && (args[i]!.startsWith('-') || /^[A-Za-z_]\w*=/.test(args[i]!) || (name === 'timeout' && /^\d/.test(args[i]!)))) {
      if (OPTION_WITH_VALUE.test(args[i]!) && name !== 'env') i++;
      i++;
    }
    if (i >= args.length) break;
    via.push(name.toLowerCase());
    name = args[i]!.replace(/^.*\//, '');
    args = args.slice(i + 1);
  }
  return { name, args, via };
}

function isLocal(args: readonly string[]): boolean {
  const addresses = args.filter((arg) => ADDRESS.test(arg));
  return addresses.length > 0 && addresses.every((arg) => LOCAL_HOST.test(arg));
}

/** Files a call writes to, from redirections, `tee`, copies and file APIs. */
function writtenPaths(call: Call, name: string, args: readonly string[], language: CodeLanguage): string[] {
  const paths = call.args.filter((arg) => arg.startsWith('>')).map((arg) => arg.replace(/^>+\|?/, ''));
  if (language === 'bash' || language === 'powershell') {
    const operands = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>') && !arg.startsWith('<'));
    if (name === 'tee') paths.push(...operands);
    else if ((name === 'cp' || name === 'mv' || name === 'install' || name === 'ln' || name === 'rsync') && operands.length >= 2) paths.push(operands.at(-1)!);
    else if (name === 'dd') paths.push(...args.filter((arg) => arg.startsWith('of=')).map((arg) => arg.slice(3)));
    else if (WRITE_CALL.test(name)) paths.push(...args.filter((arg, i) => i > 0 && /^-(?:path|literalpath|destination)$/i.test(args[i - 1]!)), ...operands.slice(0, 1));
  } else if (WRITE_CALL.test(call.name)) {
    paths.push(call.args[/(?:copy|move|rename)/i.test(call.name) ? 1 : 0] ?? '');
  } else if (call.name === 'open' && /^[wax]/.test(call.args[1] ?? '')) {
    paths.push(call.args[0]!);
  }
  return paths.filter((path) => path !== '');
}

type LocatedUse = Omit<CapabilityUse, 'file' | 'path' | 'span' | 'runnable'> & { start: number; end: number };

/** The capabilities one parsed program shows, with offsets in its unit's text. */
function programUses(program: Program, runners: string[]): LocatedUse[] {
  const uses: LocatedUse[] = [];
  const shellCode = program.language === 'bash' || program.language === 'powershell';
  const scripts = runners.filter((runner) => runner === SAVED_SCRIPT || /[./]/.test(runner));
  const add = (capability: Capability, call: Call | { start: number; end: number }, evidence: string, by: string[], local?: boolean) =>
    uses.push({ capability, start: call.start, end: call.end, evidence, runners: by, ...(local ? { local } : {}) });
  for (const statement of program.statements) {
    const first = uses.length;
    if (!shellCode && CREDENTIAL_STORE.test(statement.text)) add('credentials', statement.calls[0] ?? statement, CREDENTIAL_STORE.exec(statement.text)![0].trim(), runners);
    for (const call of statement.calls) {
      const { name, args, via } = shellCode ? unwrap(call) : { name: call.name, args: call.args, via: [] };
      const lower = name.toLowerCase();
      // `Bash(sudo:*)` approves whatever runs under sudo, `Bash(scripts/setup.sh)` whatever that script runs.
      const by = shellCode ? [lower, ...via, ...scripts] : runners;
      if (shellCode) {
        if (PRIVILEGED.has(call.name.toLowerCase()) && !PACKAGE_MANAGERS.has(lower)) add('privilege', call, call.name, [call.name.toLowerCase()]);
        if (lower === 'start-process' && args.some((arg) => /^runas$/i.test(arg))) add('privilege', call, 'Start-Process -Verb RunAs', by);
        const store = NOT_READING.has(lower) ? undefined : call.args.find((arg) => CREDENTIAL_STORE.test(arg));
        if (store !== undefined) add('credentials', call, `${name} ${store.replace(/^</, '')}`, by);
        if (SHELL_NETWORK.has(lower) && !(lower === 'git' && !['clone', 'fetch', 'pull', 'push', 'ls-remote'].includes(args[0] ?? '')) && !(lower === 'openssl' && args[0] !== 's_client')) {
          add('network', call, name, by, isLocal(args));
          if (VERSION_CONTROL.has(lower)) uses.at(-1)!.repository = true;
        } else if (!READ_ONLY.has(lower) && !PRIVILEGED.has(lower) && !PACKAGE_MANAGERS.has(lower) && /^[a-z][\w.+-]*$/i.test(name)) add('shell', call, name, by);
      } else {
        if (CODE_NETWORK.test(call.name) && !/^(?:os\.environ|dict|self|this)\./.test(call.name) && !(NOT_DNS.test(call.name) && !call.name.startsWith('dns'))) add('network', call, call.name, runners, isLocal(call.args));
        if (PYTHON_SPAWN.test(call.name) || JS_PROCESS_CALL.test(call.name) || OTHER_SPAWN.test(call.name)) add('shell', call, call.name, runners);
      }
      for (const path of writtenPaths(call, lower, args, program.language)) {
        if (OUTSIDE_PATH.test(path.replace(/^["']/, ''))) add('file-write', call, `${shellCode ? name : call.name} → ${path.slice(0, 80)}`, by);
      }
    }
    // A client made in this statement (`socket.socket()`, `new WebSocket(…)`) when no call of it was counted already.
    if (!shellCode && NETWORK_CLIENT.test(statement.text) && !uses.slice(first).some((use) => use.capability === 'network')) {
      add('network', statement, NETWORK_CLIENT.exec(statement.text)![0], runners, isLocal(statement.calls.flatMap((call) => call.args)));
    }
  }
  return uses;
}

/** Maps offsets in a unit's text to offsets in its original file (a binary search over the unit's line starts). */
function originalOffsets(unit: CodeUnit): (index: number) => number {
  const starts = [0];
  for (let next = unit.text.indexOf('\n'); next !== -1; next = unit.text.indexOf('\n', next + 1)) starts.push(next + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return unit.lineOffsets[Math.min(low, unit.lineOffsets.length - 1)]! + (index - starts[low]!);
  };
}

function unitUses(text: SkillText, unit: CodeUnit): CapabilityUse[] {
  // Commands inside configurations (CI steps, package scripts) run elsewhere, not when the skill is used.
  if (unit.language === 'config' || unit.origin === 'embedded' || unit.text.length > MAX_ANALYSED_CHARS) return [];
  const tree = parseCode(unit.language, unit.text);
  if (!tree) return [];
  let program: Program;
  try {
    program = buildProgram(unit.language, tree.rootNode);
  } finally {
    tree.delete();
  }
  // A block that starts with `#!` is the content of a script to save; running that script runs it.
  const runners = [...INTERPRETERS[unit.language], ...(unit.origin === 'file' ? [text.path, text.path.split('/').pop()!] : unit.text.startsWith('#!') ? [SAVED_SCRIPT] : [])];
  const runnable = unit.origin === 'file' || unit.language === 'bash' || unit.language === 'powershell' || (unit.language === 'python' && text.isSkillFile);
  const originalOffset = originalOffsets(unit);
  return programUses(program, runners).map(({ start, end, ...use }) => {
    const from = originalOffset(start);
    const lineEnd = unit.text.indexOf('\n', start);
    const to = originalOffset(Math.max(start + 1, Math.min(end, lineEnd === -1 ? end : lineEnd)));
    return { ...use, runnable, file: text.file, path: text.path, span: spanIn(text, from, Math.max(1, to - from)) };
  });
}

/**
 * Every capability use in a skill's code (fenced blocks and scripts; trigger evals are data), in file
 * order; empty where no grammars are loaded. Cached per parsed skill.
 */
export function skillCapabilities(skill: ParsedSkill): CapabilityUse[] {
  const known = cache.get(skill);
  if (known) return known;
  const uses: CapabilityUse[] = [];
  if (grammarsReady()) {
    for (const text of skillTexts(skill)) {
      if (text.path.startsWith('evals/')) continue;
      for (const unit of codeUnits(text, skill.bodyOffset)) uses.push(...unitUses(text, unit));
    }
  }
  cache.set(skill, uses);
  return uses;
}
