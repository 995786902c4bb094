// What each command accepts, its help text and its usage errors. Loaded on every run (help, version and
// argument errors are answered from here), so it imports nothing: even node:util costs tens of
// milliseconds to load, and only checking arguments needs it.

interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  /** What the value looks like, shown after the flag (string options only). */
  value?: string;
  /** The only values accepted, when there are a few. */
  choices?: readonly string[];
  help: string;
}

interface CommandSpec {
  name: string;
  /** Its arguments as shown in usage lines, e.g. `[PATH…]`. */
  args: string;
  /** Whether it takes arguments besides options; for those it needs, what is missing without them. */
  positionals: 'none' | 'optional' | { missing: string };
  summary: string;
  options: OptionSpec[];
}

const noCache: OptionSpec = { name: 'no-cache', type: 'boolean', help: 'Ignore and do not write the incremental cache' };
const agent: OptionSpec = { name: 'agent', type: 'string', choices: ['claude-code', 'codex', 'cursor', 'copilot', 'coworker'], help: 'Whose skills folder (default: claude-code)' };
const global: OptionSpec = { name: 'global', type: 'boolean', help: 'The folder in your home instead of the project’s' };
const bundle = (help: string): OptionSpec => ({ name: 'bundle', type: 'string', value: 'FILE', help });

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    args: '[PATH…]',
    positionals: 'optional',
    summary: 'Validate skills (a tree, a skill folder or a SKILL.md; default: the catalog)',
    options: [
      { name: 'format', type: 'string', choices: ['pretty', 'json', 'github', 'sarif'], help: 'Output format (default: pretty); json and sarif carry each skill’s verdict' },
      { name: 'explain', type: 'boolean', help: 'After the findings, one line per skill: safe, suspicious or malicious, and why' },
      { name: 'preset', type: 'string', choices: ['spec', 'default', 'catalog'], help: 'Rule set (default: catalog inside the catalog, else default)' },
      { name: 'profile', type: 'string', choices: ['spec', 'claude-code', 'codex', 'coworker'], help: 'Also accept and check this client’s frontmatter fields (default: spec)' },
      noCache,
    ],
  },
  {
    name: 'build',
    args: '',
    positionals: 'none',
    summary: 'Check the catalog, then write the bundle',
    options: [
      { name: 'source', type: 'string', value: 'DIR', help: 'Skills to compile (default: the catalog)' },
      { name: 'out', type: 'string', value: 'DIR', help: 'Output folder (default: dist/bundle)' },
      noCache,
    ],
  },
  { name: 'new', args: 'CATEGORY/NAME', positionals: { missing: 'CATEGORY/NAME, the category and name of the new skill' }, summary: 'Scaffold a catalog skill (SKILL.md and its trigger queries in evals/) to fill in', options: [] },
  {
    name: 'preview',
    args: 'PATH',
    positionals: { missing: 'PATH, the skill or folder of skills to serve' },
    summary: 'Serve a skill (or a folder of skills) with the site’s layout and check findings',
    options: [{ name: 'port', type: 'string', value: 'N', help: 'Port to listen on (default: 4321)' }],
  },
  {
    name: 'search',
    args: 'QUERY',
    positionals: { missing: 'QUERY, the task to rank skills for' },
    summary: 'Rank the skills of a bundle for a task',
    options: [
      bundle('Bundle to search (default: the project’s catalog, compiled on demand)'),
      { name: 'limit', type: 'string', value: 'N', help: 'Most results (default: 10)' },
      { name: 'category', type: 'string', value: 'ID', help: 'Only skills of this category' },
      { name: 'format', type: 'string', choices: ['pretty', 'json'], help: 'json prints [{"name","score"}], best first' },
    ],
  },
  {
    name: 'mcp',
    args: '',
    positionals: 'none',
    summary: 'Serve the skills over MCP on stdin/stdout (skills extension, search_skills and get_skill tools)',
    options: [bundle('Bundle to serve, with the files `build` wrote beside it (default: the project’s catalog)')],
  },
  {
    name: 'prompt',
    args: '',
    positionals: 'none',
    summary: 'Print the <available_skills> block for an agent’s system prompt',
    options: [
      bundle('Bundle to list (default: the project’s catalog)'),
      { name: 'budget', type: 'string', value: 'TOKENS', help: 'List only skills whose names and descriptions fit this many tokens' },
      { name: 'task', type: 'string', value: 'TEXT', help: 'With --budget: pick the skills most relevant to this task (default: categories take turns)' },
    ],
  },
  {
    name: 'install',
    args: 'NAME…',
    positionals: { missing: 'NAME…, the skills to install' },
    summary: 'Copy skills into an agent’s skills folder and record them in skills-lock.json',
    options: [
      { name: 'from', type: 'string', value: 'URL|PATH', help: 'A site’s URL, a local site build, or a bundle (default: dist)' },
      agent,
      global,
      { name: 'force', type: 'boolean', help: 'Install even what the safety check finds malicious (recorded in the lock)' },
    ],
  },
  { name: 'verify', args: '[NAME…]', positionals: 'optional', summary: 'Compare installed skills with skills-lock.json; exit 1 on any drift', options: [agent, global] },
  {
    name: 'update',
    args: '[NAME…]',
    positionals: 'optional',
    summary: 'Reinstall skills whose source offers a new version',
    options: [agent, global, { name: 'force', type: 'boolean', help: 'Reinstall even what the safety check finds malicious' }],
  },
  { name: 'remove', args: 'NAME…', positionals: { missing: 'NAME…, the skills to remove' }, summary: 'Delete installed skills and their lock entries', options: [agent, global] },
];

const HELP_OPTION = { flag: '-h, --help', help: 'Show this help' };

export const commandNames = (): string[] => COMMANDS.map((command) => command.name);

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}

const valueOf = (option: OptionSpec) => option.choices?.join('|') ?? option.value;
const flagOf = (option: OptionSpec) => `--${option.name}${option.type === 'string' ? ` ${valueOf(option)}` : ''}`;

/** The usage error for a value that is not one of the choices, naming them and the nearest. */
export function choiceError(flag: string, value: string, choices: readonly string[]): UsageError {
  return new UsageError(`${flag} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, not "${value}"`, closest(value, choices));
}

/** Rows of two columns, the first padded to the widest. */
function columns(rows: ReadonlyArray<readonly [string, string]>, indent: string): string[] {
  const width = Math.max(...rows.map(([left]) => [...left].length));
  return rows.map(([left, right]) => `${indent}${left}${' '.repeat(width - [...left].length)}  ${right}`.trimEnd());
}

/** The one line that shows how a command is called. */
export function usageLine(name: string): string {
  const spec = commandSpec(name);
  if (!spec) return 'Usage: skillpack <command> [options]';
  return `Usage: skillpack ${spec.name}${spec.options.length > 0 ? ' [options]' : ''}${spec.args ? ` ${spec.args}` : ''}`;
}

/** `skillpack <command> --help`. */
export function commandHelp(name: string): string {
  const spec = commandSpec(name)!;
  const rows = [...spec.options.map((option) => [flagOf(option), option.help] as const), [HELP_OPTION.flag, HELP_OPTION.help] as const];
  return `${usageLine(name)}\n\n${spec.summary}\n\nOptions:\n${columns(rows, '  ').join('\n')}\n`;
}

/** `skillpack --help`: the commands; each command's own help lists its options. */
export function generalHelp(): string {
  const commands = columns(COMMANDS.map((spec) => [`${spec.name}${spec.args ? ` ${spec.args}` : ''}`, spec.summary] as const), '  ');
  const options = columns([[HELP_OPTION.flag, 'Show this help'], ['-v, --version', 'Print the version']], '  ');
  return `Usage: skillpack <command> [options]\n\nCommands:\n${commands.join('\n')}\n\nOptions:\n${options.join('\n')}\n\nRun \`skillpack <command> --help\` for a command's options.\n`;
}

/** A mistake in how a command was called: reported in one line, with a suggestion and the usage line, exit code 2. */
export class UsageError extends Error {
  /** What the user probably meant (`--format`, `check`), when something close exists. */
  readonly suggestion: string | undefined;
  constructor(message: string, suggestion?: string) {
    super(message);
    this.suggestion = suggestion;
  }
}
/** A request refused for safety: reported on one line, without the usage text, with exit code 2. */
export class RefusalError extends Error {}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `fromat` is one edit from
 * `format`. Inputs are short (a flag or command typed by hand; longer ones are not compared).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate the user most likely meant, if one is close enough (or the only one it begins). */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  if (typed.length === 0 || typed.length > 64) return undefined;
  const word = typed.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  if (best) return best.candidate;
  const extended = candidates.filter((candidate) => word.length >= 3 && candidate.startsWith(word));
  return extended.length === 1 ? extended[0] : undefined;
}

/** Whether the arguments ask for help (before any `--`, which ends the options). */
export function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * Checks a command's arguments against its options before the command runs, so that every mistake is
 * named in one line (the first one found), with the closest option when one is near.
 */
export async function checkArguments(name: string, args: string[]): Promise<void> {
  const { parseArgs } = await import('node:util');
  const spec = commandSpec(name)!;
  const options = Object.fromEntries(spec.options.map((option) => [option.name, { type: option.type }]));
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const known = [...spec.options.map((option) => option.name), 'help'];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (spec.positionals === 'none') throw new UsageError(`unexpected argument "${token.value}" (${name} takes only options)`);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = spec.options.find((candidate) => candidate.name === token.name);
    if (!option || token.rawName !== `--${option.name}`) {
      const near = token.rawName.startsWith('--') ? closest(token.name, known) : undefined;
      throw new UsageError(`unknown option ${token.rawName}`, near && `--${near}`);
    }
    if (option.type === 'boolean' && token.inlineValue) throw new UsageError(`${token.rawName} takes no value`);
    if (option.type === 'string') {
      if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value (${valueOf(option)})`);
      if (!token.inlineValue && token.value.startsWith('-')) throw new UsageError(`${token.rawName} needs a value (${valueOf(option)}), not the option ${token.value}`);
      if (option.choices && !option.choices.includes(token.value)) throw choiceError(token.rawName, token.value, option.choices);
    }
  }
  if (typeof spec.positionals === 'object' && !tokens.some((token) => token.kind === 'positional')) throw new UsageError(`missing ${spec.positionals.missing}`);
}

/** The lines a usage error prints on stderr (the message is shown as given: the caller escapes it). */
export function formatUsageError(command: string | null, message: string, suggestion: string | undefined): string {
  const prefix = command ? `skillpack ${command}` : 'skillpack';
  const help = command ? `skillpack ${command} --help` : 'skillpack --help';
  const lines = [`${prefix}: ${message}`];
  if (suggestion) lines.push(`Did you mean ${suggestion}?`);
  lines.push(`${usageLine(command ?? '')}  (${help} for more)`);
  return `${lines.join('\n')}\n`;
}
