// Finds the code in a skill that an agent (or a user following it) may run: fenced code blocks in its
// Markdown files and its script files. Each piece becomes a unit in one language, with a map from its
// lines back to where they stand in the original file, so findings point at the original text.
import type { SkillText } from '../texts.ts';
import type { CodeLanguage } from './grammars.ts';
import type { FunctionDialect } from './outline.ts';
import { outlineLanguage } from './outline.ts';

/** `config`: a configuration file or fence (unit files, YAML, JSON, HTML, plists), read line by line. */
export type UnitLanguage = CodeLanguage | 'config';

export interface CodeUnit {
  /** The file the code comes from. */
  source: SkillText;
  language: UnitLanguage;
  /** The code as the parser reads it (fence indentation and shell prompts removed). */
  text: string;
  /** For each line of `text`, the offset in the original file of that line's first character in `text`. */
  lineOffsets: number[];
  /** Where the code sits: a fenced block of a Markdown file, a whole script file, or a command inside a configuration. */
  origin: 'fence' | 'file' | 'embedded';
  /** For a configuration: it makes its commands run by themselves (a unit, a launch agent, an install hook…). */
  persistent?: boolean;
  /** For code read line by line: the language whose parser outlines its functions. */
  dialect?: FunctionDialect;
}

const CONFIG_FENCES = new Set('php ruby rb perl pl lua go golang rust rs java kotlin csharp cs c cpp swift r scala sbt groovy gradle jenkinsfile elixir vb vbs vbscript applescript osascript awk ini systemd service timer conf cfg toml yaml yml json jsonc json5 html htm xhtml xml plist vue svelte properties crontab cron nginx apache hcl tf sql psql plpgsql gitconfig nix cmake julia jl dart haskell hs ocaml ml nim crystal cr starlark bzl bazel star tiltfile puppet pp vba bas clojure clj fsharp fs erlang erl tcl zig objectivec objc objective-c matlab octave nu nushell'.split(' '));
const CONFIG_EXTENSIONS = /\.(?:php|rb|rake|gemspec|ru|pl|pm|lua|go|rs|java|kts?|cs|csx|c|cc|cpp|h|swift|r|scala|sbt|groovy|gvy|gradle|jenkinsfile|ex|exs|vbs|vba|applescript|scpt|awk|ini|service|timer|socket|conf|cfg|toml|ya?ml|jsonc?|json5|html?|xhtml|xml|plist|vue|svelte|properties|crontab|cron|desktop|hcl|tf|sql|nix|cmake|jl|dart|hs|ml|nim|cr|pp|vba|bas|clj|fsx?|erl|tcl|zig|nu)$/i;

/**
 * Settings files of package managers, downloaders and git, also as a skill ships them to be copied into place: without
 * their dot (`assets/npmrc`), with a prefix or a template suffix (`dot-gitconfig`, `.npmrc.example`).
 */
const TOOL_SETTINGS_FILE = /(?:^|[/.])(?:_|dot[-_])?(?:npmrc|yarnrc|curlrc|wgetrc|gitconfig)(?:\.(?:example|sample|template|tmpl|dist|txt))?$/i;

const FENCE_LANGUAGES: Record<string, CodeLanguage> = {};
for (const [language, names] of Object.entries({
  bash: 'sh bash shell zsh ksh dash fish console shell-session shellsession terminal shellscript bat zshrc bashrc',
  python: 'python py python3 py3 ipython pycon python-repl',
  javascript: 'javascript js node nodejs mjs cjs jsx',
  typescript: 'typescript ts tsx mts cts deno',
  powershell: 'powershell ps1 pwsh ps posh psm1',
}) as Array<[CodeLanguage, string]>) {
  for (const name of names.split(' ')) FENCE_LANGUAGES[name] = language;
}

const EXTENSIONS: Record<string, CodeLanguage> = {
  sh: 'bash', bash: 'bash', zsh: 'bash', ksh: 'bash', command: 'bash',
  // An oh-my-zsh theme is sourced by every new shell, like a start-up file.
  'zsh-theme': 'bash',
  py: 'python', pyw: 'python',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescript',
  ps1: 'powershell', psm1: 'powershell', psd1: 'powershell',
};

const MARKDOWN = /\.(?:md|markdown|mdx|txt)$/i;
/** A build tool's program (Maven's `<executable>`, Ant's `<exec executable="…">`): its argument elements make one command line with it. */
export const BUILD_TOOL_PROGRAM = /<executable>\s*([^<\s]{1,200})\s*<\/executable>|<exec\b[^>]{0,400}\bexecutable\s*=\s*"([^"]{1,200})"/;

/** Files a shell reads by name: direnv's `.envrc` and the shells' start-up files, with or without their dot. */
const SHELL_FILE_NAME = /^\.?(?:envrc|bashrc|bash_aliases|bash_profile|bash_login|zshrc|zprofile|zshenv|zlogin|kshrc)$/;

/** Git's hook names: a hook file the skill ships runs in a shell whether or not it starts with `#!`. */
const GIT_HOOK_NAME = /^(?:pre-commit|prepare-commit-msg|commit-msg|post-commit|pre-rebase|post-checkout|post-merge|pre-push|pre-receive|update|post-receive|post-update|pre-auto-gc|post-rewrite|pre-applypatch|applypatch-msg|post-applypatch|reference-transaction|push-to-checkout|fsmonitor-watchman)$/;

/** The language of a script file, from its extension or its `#!` line. */
export function scriptLanguage(path: string, text: string): CodeLanguage | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const byExtension = EXTENSIONS[name.slice(dot + 1).toLowerCase()];
    if (byExtension) return byExtension;
  }
  if (SHELL_FILE_NAME.test(name)) return 'bash';
  // A hook without a `#!` line runs in a shell all the same.
  if (!text.startsWith('#!')) return dot === -1 && (GIT_HOOK_NAME.test(name) || /(?:^|\/)\.husky\/[^/_][^/]*$/.test(path)) ? 'bash' : null;
  const shebang = text.slice(0, Math.min(text.length, 200)).split('\n', 1)[0]!;
  if (/\b(?:ba|z|k|da)?sh\b/.test(shebang)) return 'bash';
  if (/\bpython[0-9.]*\b/.test(shebang)) return 'python';
  if (/\b(?:node|deno|bun)\b/.test(shebang)) return shebang.includes('ts-node') || shebang.includes('deno') ? 'typescript' : 'javascript';
  if (/\bpwsh\b|\bpowershell\b/i.test(shebang)) return 'powershell';
  return null;
}

/**
 * Placeholders of documentation (`s3://<bucket>`, `<name>`, `<user>-<app>@host`) written where a value goes: read as the word
 * they stand for (brackets become `_`, so columns stay), not as the redirections the shell would make of them.
 */
export function withoutPlaceholders(code: string): string {
  return code.includes('<') ? code.replace(/<([A-Za-z][\w-]{0,40})>(?=[\s/:.,;'"|)@-]|$)/gm, '_$1_') : code;
}

/**
 * zsh closes a group on `}` after a command (`{ print x; < $f }`), where bash needs a `;` first: the
 * separator is written over the space before the `}`, so columns stay.
 */
function zshGroupsClosed(code: string): string {
  return code.includes(' }') ? code.replace(/([^\s;&{|])[ \t]\}(?=[ \t]*(?:[|;&)>]|$))/gm, '$1;}') : code;
}

/** A fence without a language: guessed from the first line of code, or null for plain text. */
function guessLanguage(code: string): CodeLanguage | null {
  const first = /^[ \t]*(\S[^\n]*)/m.exec(code)?.[1] ?? '';
  if (/^(?:\$|PS [^>\n]{0,80}>|PS>)[ \t]/.test(first)) return first.startsWith('$') ? 'bash' : 'powershell';
  if (/^(?:Invoke-|Get-|Set-|New-|Add-|Start-|\$env:|iex\b|iwr\b|\[(?:System\.)?(?:Convert|Text|Net)\b)/i.test(first)) return 'powershell';
  if (/^(?:import|from)\s+[\w.]+|^def\s+\w+\(|^print\(/.test(first)) return 'python';
  if (/^(?:const|let|var|await|require\(|import\s*\{|fetch\(|module\.exports)\b/.test(first)) return 'javascript';
  if (/^(?:sudo|curl|wget|apt(?:-get)?|brew|npm|npx|pip3?|git|echo|export|cd|chmod|chown|cat|bash|sh|rm|mkdir|docker|kubectl|python3?\s+-c|nc|crontab|ssh|scp|tee|dd|systemctl)\b/.test(first)) return 'bash';
  // Other command-line programs, followed by their arguments (a word alone, such as "go" or "env", may be prose).
  if (/^(?:pipx|uvx?|printf|zsh|podman|helm|ncat|socat|rsync|launchctl|env|printenv|redis-cli|psql|mysql|mongosh|aws|gcloud|gsutil|az|gh|terraform|tofu|find|tar|unzip|openssl|base64|xargs|nohup|setsid|dig|nslookup|iptables|ufw|deno|bun|yarn|pnpm|cargo|go)[ \t]+\S/.test(first)) return 'bash';
  return null;
}

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 || newline >= to ? to : newline;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** Builds a unit from some lines of a file, dropping `indent` columns of leading blanks and shell prompts. */
function unitFrom(source: SkillText, lines: Line[], language: CodeLanguage, indent: number, origin: CodeUnit['origin']): CodeUnit {
  const parts: string[] = [];
  const lineOffsets: number[] = [];
  const isConsole = origin === 'fence' && language !== 'python' && lines.filter((line) => /^[ \t]*(?:\$|PS[^>\n]{0,80}>)[ \t]/.test(source.text.slice(line.start, Math.min(line.end, line.start + 90)))).length * 2 >= lines.length && lines.length > 0;
  const isRepl = origin === 'fence' && language === 'python' && lines.some((line) => source.text.startsWith('>>> ', line.start + Math.min(indent, line.end - line.start)));
  for (const line of lines) {
    let start = line.start;
    let dropped = 0;
    while (dropped < indent && start < line.end && (source.text[start] === ' ' || source.text[start] === '\t')) {
      start++;
      dropped++;
    }
    let content = source.text.slice(start, line.end).replace(/\r$/, '');
    if (isConsole) {
      const prompt = /^(?:\$|PS[^>\n]{0,80}>)[ \t]/.exec(content);
      if (prompt) {
        start += prompt[0].length;
        content = content.slice(prompt[0].length);
      }
    } else if (isRepl && (content.startsWith('>>> ') || content.startsWith('... '))) {
      start += 4;
      content = content.slice(4);
    }
    // zsh expansion flags (`${(j:/:)parts}` joins an array) are no shell syntax bash knows: the value is still the variable's.
    parts.push(language !== 'bash' ? content : withoutPlaceholders(content.includes('${(') ? content.replace(/\$\{\([^()\s}]{1,40}\)/g, '${') : content));
    lineOffsets.push(start);
  }
  return { source, language, text: parts.join('\n'), lineOffsets, origin };
}

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^\s`{]*)/;

const BACKTICK = 96;
const TILDE = 126;
const isBlankCode = (code: number) => code === 32 || code === 9 || code === 13;

/** A list item's opening line: a bullet or a number, at most three blanks in. */
function isListItem(text: string, line: Line): boolean {
  return /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(text.slice(line.start, Math.min(line.end, line.start + 16)));
}

/** A line of an indented code block: four blanks or a tab before its first character. */
function isIndentedCode(text: string, line: Line, first: number): boolean {
  return first < line.end && (text.charCodeAt(line.start) === 9 || first - line.start >= 4) && !/^[ \t]*(?:`{3,}|~{3,})/.test(text.slice(line.start, Math.min(line.end, line.start + 40)));
}

function firstNonBlank(text: string, start: number, end: number): number {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  return start;
}

/** Whether a line, blanks aside, is only fence characters and begins with at least the opening marker. */
function closesFence(text: string, line: Line, marker: string): boolean {
  const start = firstNonBlank(text, line.start, line.end);
  let end = line.end;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  if (end - start < marker.length) return false;
  const markerCode = marker.charCodeAt(0);
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (k < start + marker.length ? code !== markerCode : code !== BACKTICK && code !== TILDE) return false;
  }
  return true;
}

/** Fenced code blocks of a Markdown text (CommonMark fences, any nesting depth flattened). */
function fencedUnits(source: SkillText, from: number): CodeUnit[] {
  const units: CodeUnit[] = [];
  const lines = linesOf(source.text, from, source.text.length);
  const text = source.text;
  // Whether the text is inside a list (an item, or lines indented under one), where indented lines continue the item.
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = firstNonBlank(text, line.start, line.end);
    if (first === line.end) continue;
    if (isListItem(text, line)) inList = true;
    else if (first - line.start < 4) inList &&= first > line.start;
    // An indented code block (four blanks or a tab, after a blank line, outside a list): shown to the reader as code.
    if (!inList && isIndentedCode(text, line, first) && (i === 0 || firstNonBlank(text, lines[i - 1]!.start, lines[i - 1]!.end) === lines[i - 1]!.end)) {
      let end = i;
      while (end + 1 < lines.length && (isIndentedCode(text, lines[end + 1]!, firstNonBlank(text, lines[end + 1]!.start, lines[end + 1]!.end)) || firstNonBlank(text, lines[end + 1]!.start, lines[end + 1]!.end) === lines[end + 1]!.end)) end++;
      while (end > i && firstNonBlank(text, lines[end]!.start, lines[end]!.end) === lines[end]!.end) end--;
      const block = lines.slice(i, end + 1);
      i = end;
      const language = guessLanguage(text.slice(block[0]!.start, block[block.length - 1]!.end));
      if (language) units.push(unitFrom(source, block, language, 4, 'fence'));
      continue;
    }
    if (text.charCodeAt(first) !== BACKTICK && text.charCodeAt(first) !== TILDE) continue;
    const open = FENCE_OPEN.exec(text.slice(line.start, line.end).replace(/\r$/, ''));
    if (!open) continue;
    const indent = open[1]!.length;
    const marker = open[2]!;
    const info = open[3]!.toLowerCase().replace(/^\{?\.?/, '');
    let close = i + 1;
    while (close < lines.length && !closesFence(text, lines[close]!, marker)) close++;
    const body = lines.slice(i + 1, close);
    i = close;
    if (body.length === 0) continue;
    const code = source.text.slice(body[0]!.start, body[body.length - 1]!.end);
    if (CONFIG_FENCES.has(info)) {
      const read = VISUAL_BASIC.has(info) ? { ...source, text: text.slice(0, body[0]!.start) + withBackslashQuotes(text.slice(body[0]!.start, body[body.length - 1]!.end)) + text.slice(body[body.length - 1]!.end) } : source;
      units.push(...configUnits(read, body, info === 'crontab' || info === 'cron', outlineLanguage(info) ?? undefined));
      continue;
    }
    const language = info === '' || info === 'text' || info === 'plaintext' || info === 'txt' ? guessLanguage(code) : FENCE_LANGUAGES[info] ?? dockerOrMake(info);
    if (!language) continue;
    if (BATCH_FENCES.has(info)) units.push(batchUnit(source, body));
    else if (info === 'dockerfile' || info === 'docker' || info === 'containerfile' || info === 'earthfile' || info === 'earthly') units.push(dockerfileUnit(source, body));
    else if (info === 'procfile') units.push(...procfileUnits(source, body));
    else if (info === 'reg') units.push(...registryUnits(source, body));
    else if (info === 'makefile' || info === 'make' || info === 'mk') units.push(makefileUnit(source, body));
    else if (info === 'just' || info === 'justfile') units.push(justfileUnit(source, body));
    else if (language === 'python') units.push(...pythonWithShellEscapes(source, body, indent));
    else {
      const unit = unitFrom(source, body, language, indent, 'fence');
      if (info === 'zsh') unit.text = zshGroupsClosed(unit.text);
      units.push(unit);
    }
  }
  return units;
}

function dockerOrMake(info: string): CodeLanguage | null {
  return BATCH_FENCES.has(info) || info === 'dockerfile' || info === 'docker' || info === 'containerfile' || info === 'makefile' || info === 'make' || info === 'just' || info === 'justfile' || info === 'earthfile' || info === 'earthly' || info === 'procfile' || info === 'mk' || info === 'reg' ? 'bash' : null;
}

/**
 * A Dockerfile's `RUN` commands as one shell script (continuation lines kept). `ADD URL DEST` downloads
 * at build time: it reads as the download it is (`curl -fsSLo DEST URL`), so a later `RUN DEST` runs a download
 * (unless `--checksum=` pins what it fetches).
 */
function dockerfileUnit(source: SkillText, lines: Line[]): CodeUnit {
  const parts: string[] = [];
  const lineOffsets: number[] = [];
  let inRun = false;
  for (const line of lines) {
    const content = source.text.slice(line.start, line.end).replace(/\r$/, '');
    const run = /^[ \t]*RUN[ \t]+/i.exec(content);
    const added = /^[ \t]*ADD[ \t]+(?:--[\w-]+=\S+[ \t]+)*(https?:\/\/\S+)[ \t]+(\S+)[ \t]*$/i.exec(content);
    // The command a container starts with: the shell form as it is, the exec form (`["sh", "-c", "…"]`) as the command line it makes.
    const started = run ? null : /^[ \t]*(?:CMD|ENTRYPOINT|HEALTHCHECK(?:[ \t]+--[\w-]+=\S+){0,6}[ \t]+CMD)[ \t]+/i.exec(content);
    if (started) {
      const form = content.slice(started[0].length);
      const listed = form.startsWith('[') ? argumentListUnit(source, line.start + started[0].length, form) : null;
      parts.push(listed ? listed.text : form);
      lineOffsets.push(listed ? listed.lineOffsets[0]! : line.start + started[0].length);
      inRun = !listed && /\\$/.test(content);
      continue;
    }
    // `ENV` sets the environment of every later `RUN` and of the container itself: it reads as the `export` it is.
    const environment = run ? null : /^[ \t]*ENV[ \t]+(?=[A-Za-z_])/i.exec(content);
    if (run) {
      parts.push(content.slice(run[0].length));
      lineOffsets.push(line.start + run[0].length);
      inRun = /\\$/.test(content);
    } else if (environment) {
      const rest = content.slice(environment[0].length);
      // The old form, `ENV NAME value with spaces`, sets one variable to the rest of the line.
      const old = /^([A-Za-z_]\w{0,100})[ \t]+(.*)$/.exec(rest);
      parts.push(`export ${old ? `${old[1]!}="${old[2]!.replace(/["\\`]/g, '\\$&')}"` : rest}`);
      lineOffsets.push(line.start + environment[0].length);
      inRun = !old && /\\$/.test(content);
    } else if (inRun) {
      parts.push(content);
      lineOffsets.push(line.start);
      inRun = /\\$/.test(content);
    } else if (added && !/--checksum=/.test(content)) {
      const [, url, destination] = added as unknown as [string, string, string];
      const file = destination.endsWith('/') ? destination + (url.split(/[?#]/, 1)[0]!.split('/').pop() ?? '') : destination;
      parts.push(`curl -fsSLo ${file} ${url}`);
      lineOffsets.push(line.start + content.search(/\S/));
    }
  }
  return { source, language: 'bash', text: parts.join('\n'), lineOffsets, origin: 'fence' };
}

/** The text of an XML value: its five predefined entities replaced. */
function xmlText(value: string): string {
  return value.replace(/&(quot|apos|lt|gt|amp);/g, (_, entity: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[entity]!);
}

/**
 * An MSBuild project (`.csproj`, `.targets`, `.props`) as the shell script its build runs: each property
 * (`<Name>value</Name>`) becomes an assignment, each `<Exec Command="…">` its command, and `$(Name…)`
 * a use of the property, so a secret put into a property can be followed to the command that sends it.
 */
function msbuildUnit(source: SkillText, lines: Line[]): CodeUnit {
  const parts: string[] = [];
  const lineOffsets: number[] = [];
  const properties = (value: string) => xmlText(value).replace(/\$\(\[/g, '([').replace(/\$\(([A-Za-z_]\w{0,100})(?:\.[^()\n]{0,100}(?:\([^()\n]{0,100}\))?)?\)/g, '${$1}');
  for (const line of lines) {
    const content = source.text.slice(line.start, line.end).replace(/\r$/, '');
    const property = /^[ \t]*<([A-Za-z_][\w.-]{0,100})(?:\s[^>]{0,400})?>([^<]{1,4000})<\/\1>/.exec(content);
    const exec = /<Exec\b[^>]{0,400}?\bCommand\s*=\s*"([^"]{1,4000})"/.exec(content);
    let out = '';
    if (exec) out = properties(exec[1]!);
    else if (property) out = `${property[1]!.replace(/[.-]/g, '_')}="${properties(property[2]!).replace(/["\\`]/g, '\\$&')}"`;
    parts.push(out);
    lineOffsets.push(line.start + (exec ? exec.index : content.search(/\S|$/)));
  }
  return { source, language: 'bash', text: parts.join('\n'), lineOffsets, origin: 'file' };
}

const BATCH_FENCES = new Set(['bat', 'cmd', 'batch', 'dos', 'doscon']);

/**
 * A Windows batch script as the shell script it amounts to: `%NAME%` becomes `${NAME}`, backslashes in
 * paths become slashes, `start ["title"] [/b …] PROGRAM` and `call PROGRAM` run PROGRAM, `@` and
 * `rem` / `::` comment lines are dropped. Each line keeps its place in the file.
 */
function batchUnit(source: SkillText, lines: Line[]): CodeUnit {
  const parts: string[] = [];
  const lineOffsets: number[] = [];
  for (const line of lines) {
    const content = source.text.slice(line.start, line.end).replace(/\r$/, '');
    const lead = /^[ \t]*@?/.exec(content)![0].length;
    let command = content.slice(lead);
    if (/^(?:rem\b|::)/i.test(command)) command = '';
    command = command.replace(/%([A-Za-z_][\w]{0,100})%/g, '${$1}').replace(/\\/g, '/');
    const started = /^start\b[ \t]*(?:"[^"\n]{0,200}"[ \t]*)?(?:\/[A-Za-z]+[ \t]+){0,6}|^call\b[ \t]*/i.exec(command);
    if (started) command = ' '.repeat(started[0].length) + command.slice(started[0].length);
    parts.push(command);
    lineOffsets.push(line.start + lead);
  }
  return { source, language: 'bash', text: parts.join('\n'), lineOffsets, origin: 'fence' };
}

/**
 * A Makefile as the shell script its recipes make up: recipe lines (tab-indented, `@`/`-` dropped)
 * become commands, variable definitions become shell assignments, `$(NAME)` becomes `${NAME}`,
 * `$(shell …)` a command substitution and `$$` a plain `$`. Rule headers become blank lines; in the
 * recipe under one, make's automatic variables read as what they stand for (`$@` the first target,
 * `$<` the first prerequisite, `$^` all of them, `$(@D)`/`$(dir …)` the folder, `$(@F)`/`$(notdir …)`
 * the file name), so a download to `$@` is the file a rule depending on that target runs. `include FILE`
 * reads FILE's assignments in, as `. FILE` does.
 */
function makefileUnit(source: SkillText, lines: Line[]): CodeUnit {
  const parts: string[] = [];
  const lineOffsets: number[] = [];
  const name = (raw: string) => raw.replace(/[.-]/g, '_');
  let recipeContinues = false;
  let rule: MakeRule = { targets: [], prerequisites: [] };
  // Without a SHELL of its own, make runs recipes with /bin/sh.
  const shell = lines.some((line) => /^[ \t]*SHELL[ \t]*[:?!]?=/.test(source.text.slice(line.start, line.end))) ? null : '/bin/sh';
  for (const line of lines) {
    const content = source.text.slice(line.start, line.end).replace(/\r$/, '');
    const variable = /^(?:(?:export|override)[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*(?::{1,3}=|\?=|\+=|!=|=)[ \t]*(.*)$/.exec(content);
    const included = variable ? null : /^-?(?:s?include)[ \t]+((?:[^\s#$]|\$[({][A-Za-z_][\w.-]{0,60}[)}]){1,200})[ \t]*(?:#.*)?$/.exec(content);
    const header = variable || included || content.startsWith('\t') || recipeContinues ? null : MAKE_RULE.exec(content);
    if (header) rule = { targets: header[1]!.trim().split(/[ \t]+/), prerequisites: header[2]!.split('|', 1)[0]!.trim().split(/[ \t]+/).filter(Boolean) };
    let out = '';
    // Only a recipe line's start takes the `@`, `+` and `-` prefixes; a continued line (`\t  --plugin=…`) loses just its tab.
    if (content.startsWith('\t') || recipeContinues) out = automaticVariablesRead(content.replace(recipeContinues ? /^\t/ : /^\t?[ \t]*[@+-]*/, (prefix) => ' '.repeat(prefix.length)), rule);
    else if (variable) out = `${name(variable[1]!)}="${variable[2]!.replace(/["\\]/g, '\\$&')}"`;
    else if (included) out = `. ${included[1]!}`;
    recipeContinues = out !== '' && !variable && !included && /\\$/.test(content);
    if (shell) out = out.replace(/\$[({]SHELL[)}]/g, shell);
    // make's `$(if cond,then,else)` is a function call: spelled so the shell parser does not take it for its own `if` and
    // give up on the line, which would lose a value such as the home folder its `else` falls back to.
    out = out.replace(/\$\(if([ \t])/g, '$(make_if$1').replace(/\$\(shell[ \t]+/g, '$(').replace(/\$[({]([A-Za-z_][\w.-]*)[)}]/g, (_, variableName: string) => `\${${name(variableName)}}`).replace(/\$\$/g, '$');
    parts.push(out);
    lineOffsets.push(line.start);
  }
  return { source, language: 'bash', text: parts.join('\n'), lineOffsets, origin: 'fence' };
}

/**
 * A justfile as the shell script its recipes make: each indented recipe line is a command (its `@` and `-` prefixes
 * blanked), `name := value` an assignment, and `{{name}}` the variable it interpolates.
 */
function justfileUnit(source: SkillText, lines: Line[]): CodeUnit {
  const parts: string[] = [];
  const lineOffsets: number[] = [];
  for (const line of lines) {
    const content = source.text.slice(line.start, line.end).replace(/\r$/, '');
    const assignment = /^(?:export[ \t]+)?([A-Za-z_][\w-]{0,100})[ \t]*:=[ \t]*(.*)$/.exec(content);
    let out = '';
    if (/^[ \t]/.test(content)) out = content.replace(/^[ \t]+[@-]{0,2}/, (prefix) => ' '.repeat(prefix.length));
    else if (assignment) out = `${assignment[1]!.replace(/-/g, '_')}=${assignment[2]!}`;
    parts.push(out.includes('{{') ? out.replace(/\{\{[ \t]{0,10}([A-Za-z_][\w-]{0,100})[ \t]{0,10}\}\}/g, (_, name: string) => `\${${name.replace(/-/g, '_')}}`) : out);
    lineOffsets.push(line.start);
  }
  return { source, language: 'bash', text: parts.join('\n'), lineOffsets, origin: 'fence' };
}

/** A Procfile: each `name: command` line is a process the platform starts. */
function procfileUnits(source: SkillText, lines: Line[]): CodeUnit[] {
  const units: CodeUnit[] = [];
  for (const line of lines) {
    const process = /^[ \t]*[\w-]{1,60}[ \t]*:[ \t]*(?=\S)/.exec(source.text.slice(line.start, line.end));
    if (process && !process[0].trimStart().startsWith('#')) units.push(unitFrom(source, [{ start: line.start + process[0].length, end: line.end }], 'bash', 0, 'embedded'));
  }
  return units;
}

/**
 * A notebook cell's shell escapes: `!command` lines, `%sx`/`%system` line magics, and the package managers' magics
 * (`%pip install …`, `%conda install …`), which run that manager with the line's words: only the `%` is left out.
 */
const SHELL_ESCAPE = /^[ \t]*(?:!|%(?:sx|system)[ \t]+|%(?=(?:pip3?|conda|mamba|micromamba|uv)[ \t]))(?=\S)/;
/** A cell magic that runs the whole cell in a shell (`%%bash`, `%%sh`, `%%script bash`). */
const SHELL_CELL = /^[ \t]*%%(?:bash|sh|script[ \t]+(?:ba|z)?sh)\b/;
/** Any other IPython magic line, which no Python parser reads. */
const MAGIC_LINE = /^[ \t]*%/;

/**
 * Python as a notebook or IPython session writes it: shell escapes and shell cells become a shell unit of their own,
 * and magic lines are left out of the Python the parser reads.
 */
function pythonWithShellEscapes(source: SkillText, lines: Line[], indent: number): CodeUnit[] {
  const head = lines.findIndex((line) => line.end > line.start && source.text.slice(line.start, line.end).trim() !== '');
  if (head !== -1 && SHELL_CELL.test(source.text.slice(lines[head]!.start, lines[head]!.end))) return [unitFrom(source, lines.slice(head + 1), 'bash', indent, 'fence')];
  const python: Line[] = [];
  const shell: Line[] = [];
  for (const line of lines) {
    const content = source.text.slice(line.start, line.end);
    const escape = SHELL_ESCAPE.exec(content);
    if (escape) shell.push({ start: line.start + escape[0].length, end: line.end });
    else if (!MAGIC_LINE.test(content)) python.push(line);
  }
  if (shell.length === 0 && python.length === lines.length) return [unitFrom(source, lines, 'python', indent, 'fence')];
  return [unitFrom(source, python, 'python', indent, 'fence'), ...(shell.length > 0 ? [unitFrom(source, shell, 'bash', 0, 'embedded')] : [])];
}

/** Cells of a notebook read at most; a notebook is JSON, and only its code cells are code. */
const MAX_NOTEBOOK_CELLS = 2000;

/**
 * The code cells of a Jupyter notebook as the kernel runs them: one Python program of every cell in order (cells share
 * their names), each line placed where its JSON string stands in the file (a line whose string cannot be found there
 * is placed at the last known place); a shell cell (`%%bash`) is a shell unit of its own. Notebooks of other kernels
 * are left out.
 */
function notebookUnits(source: SkillText): CodeUnit[] {
  let notebook: unknown;
  try {
    notebook = JSON.parse(source.text);
  } catch {
    return [];
  }
  if (!notebook || typeof notebook !== 'object') return [];
  const { cells, metadata } = notebook as { cells?: unknown; metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } } };
  const kernel = metadata?.kernelspec?.language ?? metadata?.language_info?.name;
  if (!Array.isArray(cells)) return [];
  if (typeof kernel === 'string' && !/^(?:python|ipython\d?)$/i.test(kernel)) return otherKernelUnits(source, cells, kernel);
  const units: CodeUnit[] = [];
  const program: string[] = [];
  const programOffsets: number[] = [];
  let cursor = 0;
  for (const cell of cells.slice(0, MAX_NOTEBOOK_CELLS)) {
    if (!cell || typeof cell !== 'object' || (cell as { cell_type?: unknown }).cell_type !== 'code') continue;
    const raw = (cell as { source?: unknown }).source;
    const pieces = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((piece): piece is string => typeof piece === 'string') : [];
    const texts: string[] = [];
    const offsets: number[] = [];
    for (const piece of pieces) {
      const escaped = JSON.stringify(piece);
      const found = source.text.indexOf(escaped, cursor);
      if (found !== -1) cursor = found + escaped.length;
      const parts = piece.split('\n');
      let escapedAt = 1;
      for (const [index, part] of parts.entries()) {
        if (index > 0) {
          const newline = escaped.indexOf('\\n', escapedAt);
          escapedAt = newline === -1 ? escapedAt : newline + 2;
          if (part === '' && index === parts.length - 1) continue;
        }
        texts.push(part);
        offsets.push(found === -1 ? cursor : found + escapedAt);
      }
    }
    if (texts.length === 0) continue;
    const head = texts.findIndex((line) => line.trim() !== '');
    if (head !== -1 && SHELL_CELL.test(texts[head]!)) units.push({ source, language: 'bash', text: texts.slice(head + 1).join('\n'), lineOffsets: offsets.slice(head + 1), origin: 'file' });
    else {
      program.push(...texts);
      programOffsets.push(...offsets);
    }
  }
  if (program.length === 0) return units;
  const cellSource = { ...source, text: program.join('\n') } as SkillText;
  const lines = linesOf(cellSource.text, 0, cellSource.text.length);
  for (const unit of pythonWithShellEscapes(cellSource, lines, 0)) {
    // Offsets in the joined cells are moved to the file: each line to where its string stands.
    units.push({ ...unit, source, origin: 'file', lineOffsets: unit.lineOffsets.map((offset) => {
      const index = lineContaining(lines, offset);
      return programOffsets[index]! + (offset - lines[index]!.start);
    }) });
  }
  return units;
}

/** The languages of notebook kernels other than Python whose cells are read, as the code they are. */
const KERNEL_LANGUAGES: Record<string, CodeLanguage> = { bash: 'bash', sh: 'bash', zsh: 'bash', shell: 'bash', powershell: 'powershell', pwsh: 'powershell', javascript: 'javascript', typescript: 'typescript' };

/**
 * Each code cell of a notebook whose kernel runs a shell, PowerShell or JavaScript, as a unit of that language placed
 * where its first string stands; the cells of another kernel (R, Julia, Scala) are read as a file of that language is,
 * line by line, so a command it hands to a shell (`system("…")`) is still read.
 */
function otherKernelUnits(source: SkillText, cells: unknown[], kernel: string): CodeUnit[] {
  const language = KERNEL_LANGUAGES[kernel.toLowerCase()];
  const units: CodeUnit[] = [];
  let cursor = 0;
  for (const cell of cells.slice(0, MAX_NOTEBOOK_CELLS)) {
    if (!cell || typeof cell !== 'object' || (cell as { cell_type?: unknown }).cell_type !== 'code') continue;
    const raw = (cell as { source?: unknown }).source;
    const text = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.filter((piece): piece is string => typeof piece === 'string').join('') : '';
    if (text.trim() === '') continue;
    const found = source.text.indexOf(JSON.stringify(text.split('\n')[0]!).slice(0, -1), cursor);
    if (found !== -1) cursor = found + 1;
    if (language !== undefined) {
      units.push({ source, language, text, lineOffsets: text.split('\n').map(() => cursor), origin: 'file' });
      continue;
    }
    // Each line is placed where its own string stands in the file; from a line that cannot be found on, at the cell's first string.
    const lines = linesOf(text, 0, text.length);
    let lineCursor = cursor;
    const places = lines.map((line) => {
      const at = lineCursor === -1 ? -1 : source.text.indexOf(JSON.stringify(text.slice(line.start, line.end)).slice(1, -1), lineCursor);
      lineCursor = at;
      return at === -1 ? cursor : at;
    });
    for (const unit of configUnits({ ...source, text } as SkillText, lines, false, outlineLanguage(kernel) ?? undefined)) {
      units.push({ ...unit, source, lineOffsets: unit.lineOffsets.map((offset) => {
        const index = lineContaining(lines, offset);
        return places[index]! + offset - lines[index]!.start;
      }) });
    }
  }
  return units;
}

/** The index of the line holding an offset (lines in order; the last line for an offset past the end). */
function lineContaining(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Registry keys whose values Windows runs by itself: start-up entries, the logon shell, a debugger put before a program. */
const AUTORUN_KEY = /\\(?:Run|RunOnce|RunServices|RunServicesOnce|Winlogon|Image File Execution Options\\[^\]\n]{1,200})\]\s*$/i;

/** A .reg file's values under the keys Windows runs: each value is a command line that starts again and again. */
function registryUnits(source: SkillText, lines: Line[]): CodeUnit[] {
  const units: CodeUnit[] = [];
  let autorun = false;
  let debugged = '';
  for (const line of lines) {
    const content = source.text.slice(line.start, line.end).replace(/\r$/, '');
    if (content.startsWith('[')) {
      autorun = AUTORUN_KEY.test(content);
      debugged = /\\Image File Execution Options\\[^\]\n]{1,200}\]/i.test(content) ? content.slice(1, content.lastIndexOf(']')) : '';
      continue;
    }
    const value = autorun ? /^(?:"([^"\n]{0,200})"|@)\s*=\s*"((?:[^"\\\n]|\\.){1,4000})"/.exec(content) : null;
    if (!value) continue;
    const command = value[2]!.replace(/\\(["\\])/g, '$1').replace(/\\/g, '/');
    // A debugger is read with the program it is put in front of, as `reg add` would set it.
    const text = debugged && /^debugger$/i.test(value[1] ?? '') ? `reg add "${debugged}" /v Debugger /d "${command}"` : command;
    units.push({ source, language: 'bash', text, lineOffsets: [line.start + value[0].length - value[2]!.length - 1], origin: 'embedded', persistent: true });
  }
  return units;
}

interface MakeRule {
  targets: string[];
  prerequisites: string[];
}

/** A rule's header, `targets: prerequisites` (`::` too), not an assignment; capturing both sides. */
const MAKE_RULE = /^([^\s:=#][^:=#]{0,400}?)[ \t]*::?(?!=)[ \t]*([^;#=]{0,2000})/;

/** A recipe line with make's automatic variables replaced by the rule's targets and prerequisites they stand for. */
function automaticVariablesRead(recipe: string, rule: MakeRule): string {
  const target = rule.targets[0] ?? '';
  const first = rule.prerequisites[0] ?? '';
  const all = rule.prerequisites.join(' ');
  return recipe
    .replace(/\$\$|\$([@<^+?])|\$\(([@<^])([DF])\)/g, (whole: string, single?: string, owner?: string, part?: string) => {
      if (whole === '$$') return whole;
      const value = (single ?? owner) === '@' ? target : (single ?? owner) === '<' ? first : all;
      return part === undefined ? value : part === 'D' ? `$(dir ${value})` : `$(notdir ${value})`;
    })
    .replace(/\$\((dir|notdir)[ \t]+/g, (_, fn: string) => (fn === 'dir' ? '$(dirname ' : '$(basename '));
}

/** Units already cut from a text: the analysis, its program-input test and the capability rule all read them. */
const unitsOfText = new WeakMap<SkillText, { bodyOffset: number; sourcedByShell: boolean; units: readonly CodeUnit[] }>();

/** Every code unit of one text of a skill: its fenced blocks if it is Markdown, or itself if it is a script. */
/**
 * The code units of a text. A file the skill has a shell source (`source ~/.zsh/x.theme`, `. ~/.aliases.inc`) is a
 * shell script whatever its name says, when nothing else reads it.
 */
export function codeUnits(source: SkillText, bodyOffset: number, sourcedByShell = false): readonly CodeUnit[] {
  const known = unitsOfText.get(source);
  if (known?.bodyOffset === bodyOffset && known.sourcedByShell === sourcedByShell) return known.units;
  let units = cutUnits(source, bodyOffset);
  if (units.length === 0 && sourcedByShell && !MARKDOWN.test(source.path)) units = [shellFileUnit(source, /zsh/i.test(source.path.slice(source.path.lastIndexOf('/') + 1)))];
  unitsOfText.set(source, { bodyOffset, sourcedByShell, units });
  return units;
}

/** A shell script file as one unit; zsh's (by its name, its `#!` line, or `zsh` said by the caller) with its groups closed the bash way. */
function shellFileUnit(source: SkillText, zsh = false): CodeUnit {
  const unit = unitFrom(source, linesOf(source.text, 0, source.text.length), 'bash', 0, 'file');
  if (zsh || /\.zsh$/i.test(source.path) || /^#![^\n]{0,100}\bzsh\b/.test(source.text)) unit.text = zshGroupsClosed(unit.text);
  return unit;
}

/**
 * A Makefile by its name: `Makefile`, `GNUmakefile`, one with a suffix naming its part (`Makefile.docker`,
 * `Makefile.ci`), or `*.mk`; a suffix that is another format's extension (`Makefile.toml` of cargo-make) is not one.
 */
const MAKEFILE_PATH = /(?:^|\/)(?:GNUmakefile|[Mm]akefile)(?:\.(?!(?:toml|json|ya?ml|py|js|ts|sh|ps1|rb|txt|md)$)[\w-]{1,40})?$|\.mk$/;

function cutUnits(source: SkillText, bodyOffset: number): CodeUnit[] {
  if (/(?:^|\/)CMakeLists\.txt$/.test(source.path)) return configUnits(source, linesOf(source.text, 0, source.text.length), false);
  if (source.isSkillFile || MARKDOWN.test(source.path)) return fencedUnits(source, source.isSkillFile ? bodyOffset : 0);
  if (MAKEFILE_PATH.test(source.path)) return [makefileUnit(source, linesOf(source.text, 0, source.text.length))];
  if (/(?:^|\/)(?:Dockerfile|Containerfile|Earthfile)(?:\.[\w-]+)?$|\.(?:Dockerfile|Containerfile)$/i.test(source.path)) return [dockerfileUnit(source, linesOf(source.text, 0, source.text.length))];
  if (/\.(?:bat|cmd)$/i.test(source.path)) return [batchUnit(source, linesOf(source.text, 0, source.text.length))];
  if (/(?:^|\/)\.?[Jj]ustfile$|\.just$/.test(source.path)) return [justfileUnit(source, linesOf(source.text, 0, source.text.length))];
  if (/(?:^|\/)Procfile(?:\.[\w-]+)?$/.test(source.path)) return procfileUnits(source, linesOf(source.text, 0, source.text.length));
  if (/\.ipynb$/i.test(source.path)) return notebookUnits(source);
  if (/\.reg$/i.test(source.path)) return registryUnits(source, linesOf(source.text, 0, source.text.length));
  if (/(?:^|\/)(?:BUILD(?:\.bazel)?|WORKSPACE(?:\.bazel)?|MODULE\.bazel|Tiltfile)$|\.(?:bzl|star)$/.test(source.path)) return configUnits(source, linesOf(source.text, 0, source.text.length), false);
  if (/\.(?:csproj|vbproj|fsproj|proj|props|targets)$/i.test(source.path)) return [msbuildUnit(source, linesOf(source.text, 0, source.text.length))];
  if (CONFIG_EXTENSIONS.test(source.path) || /(?:^|\/)(?:crontab|Rakefile|Gemfile|Jenkinsfile|Vagrantfile)$/.test(source.path) || TOOL_SETTINGS_FILE.test(source.path)) {
    const extension = /\.(\w+)$/.exec(source.path)?.[1] ?? '';
    if (VISUAL_BASIC.has(extension.toLowerCase())) source = { ...source, text: withBackslashQuotes(source.text) };
    return configUnits(source, linesOf(source.text, 0, source.text.length), /cron/.test(source.path), outlineLanguage(extension) ?? (/(?:^|\/)(?:Rakefile|Gemfile|Vagrantfile)$/.test(source.path) ? 'ruby' : undefined));
  }
  // A program named without an extension (a git helper, a tool on PATH) whose `#!` line names a language read line by line.
  const interpreter = /^#![^\n]{0,100}?\b(perl|ruby|php|lua)\b/.exec(source.text.slice(0, 200))?.[1];
  if (interpreter && !/\.[^./]+$/.test(source.path.slice(source.path.lastIndexOf('/') + 1))) return configUnits(source, linesOf(source.text, 0, source.text.length), false, outlineLanguage(interpreter) ?? undefined);
  const language = scriptLanguage(source.path, source.text);
  if (!language) return [];
  if (language === 'bash') return [shellFileUnit(source)];
  return [unitFrom(source, linesOf(source.text, 0, source.text.length), language, 0, 'file')];
}

/**
 * A configuration kept in a string of code (a unit file in a here-document, a launch agent in a Python
 * string, crontab lines): its units, with offsets in the string. Null when the string is no such thing.
 */
export function embeddedConfigUnits(text: string): CodeUnit[] | null {
  const isCrontab = /^[ \t]*(?:@(?:reboot|hourly|daily|weekly|monthly|yearly)|(?:[\d*/,-]+[ \t]+){5})[^\s#]/m.test(text);
  if (!isCrontab && !/^\[(?:Unit|Service|Timer|Desktop Entry)\]|<plist\b|<key>\s*ProgramArguments/m.test(text)) return null;
  const source = { file: '', path: '', text, lines: null, isSkillFile: false, kind: 'plain' } as unknown as SkillText;
  return configUnits(source, linesOf(text, 0, text.length), isCrontab);
}

/** Visual Basic dialects (VBScript, VBA macros), whose strings write a quote as two. */
const VISUAL_BASIC = new Set(['vb', 'vbs', 'vbscript', 'vba', 'bas']);

/**
 * Visual Basic text with each doubled quote inside a string written `\"` (two characters for two, so offsets stay), as the
 * readers of other languages' strings expect; an empty string `""` is left as it is.
 */
function withBackslashQuotes(code: string): string {
  let out = '';
  let inString = false;
  let copied = 0;
  for (let i = 0; i < code.length; i++) {
    const char = code.charCodeAt(i);
    if (char === 10) inString = false;
    else if (char === 34) {
      if (inString && code.charCodeAt(i + 1) === 34) {
        out += `${code.slice(copied, i)}\\"`;
        copied = i + 2;
        i++;
      } else inString = !inString;
    }
  }
  return copied === 0 ? code : out + code.slice(copied);
}

/** A Jenkins pipeline's or Rake's shell step at the start of a line or after a brace (`steps { sh '…' }`), up to its opening quote. */
const SHELL_STEP = /^(\s*|[^\n]{0,200}?[{;]\s{0,10})(sh|powershell|pwsh)\s{0,10}(?:\(\s{0,10}(?:script\s{0,10}:\s{0,10})?)?('''|"""|'|")/;
const SINGLE_QUOTED_BODY = /^((?:[^'\\]|\\.){1,4000})'/;
const DOUBLE_QUOTED_BODY = /^((?:[^"\\]|\\.){1,4000})"/;

/** The table header of a Python task runner's tasks or scripts in pyproject.toml. */
const TASK_TABLE = /^\s*\[tool\.[\w.-]{1,100}\.(?:tasks|scripts)\]\s*$/;
/** The opening of a JSON object of named commands. */
const SCRIPTS_OBJECT = /"(?:scripts|tasks)"\s*:\s*\{/;
/** Ruby's `inline:` script argument: a quoted string (capturing its text), or the name a heredoc ends at. */
const INLINE_SCRIPT = /\binline:\s{0,10}(?:"((?:[^"\\\n]|\\.){1,4000})"|'((?:[^'\\\n]|\\.){1,4000})'|<<[-~]?["']?([A-Za-z_]\w{0,40})["']?\s*$)/;
/** A line opening a Nix string that a shell runs: a hook or phase of a derivation, or a script written with writeShellScript. */
const NIX_SCRIPT = /^\s*(?:(?:shellHook|[a-z][A-Za-z]{0,40}Phase|(?:pre|post)[A-Z][A-Za-z]{0,40}|script|text)\s*=\s*|[^'\n]{0,200}\bwrite(?:Shell)?Script(?:Bin)?\s+"[^"\n]{0,200}"\s*)''\s*$/;
/** CMake's COMMAND keyword, and where its words end: the closing parenthesis or the next keyword. */
const CMAKE_COMMAND = /\bCOMMAND\s+/;
const CMAKE_COMMAND_END = /\)\s*$|\s(?=(?:WORKING_DIRECTORY|OUTPUT_VARIABLE|RESULT_VARIABLE|ERROR_VARIABLE|OUTPUT_FILE|INPUT_FILE|COMMAND|DEPENDS|COMMENT|VERBATIM|OUTPUT|BYPRODUCTS|TIMEOUT|USES_TERMINAL|COMMAND_ECHO|ECHO_OUTPUT_VARIABLE|COMMAND_ERROR_IS_FATAL)\b)/;

const PERSISTENT_CONFIG = /\[Service\]|"terminal\.integrated\.(?:profiles|shellArgs|automationProfile)\.|\[Timer\]|\bRunAtLoad\b|\bKeepAlive\b|\bStartInterval\b|\bStartCalendarInterval\b|"runOn"\s*:\s*"folderOpen"|"(?:pre|post)?install"\s*:|"prepare"\s*:|\brestart:\s*(?:always|unless-stopped)|\bkind:\s*(?:DaemonSet|CronJob)\b|@reboot\b|\[Desktop Entry\]|X-GNOME-Autostart|\bschedule:\s*$|- cron:/m;
const COMMAND_KEY = /^(?:run|command|commands|script|scripts|entrypoint|cmd|shell|args|before_script|after_script|exec|preinstall|postinstall|install|prepare|prepublish|prepublishOnly|postpublish|start|program|Exec|ExecStart|ExecStartPre|ExecStartPost|ExecStop|ExecReload|postCreateCommand|postStartCommand|postAttachCommand|onCreateCommand|updateContentCommand|initializeCommand|runcmd|bootcmd|entry|cmds|inline|bash|pwsh|powershell|raw|before_install|after_success|after_failure|before_deploy|after_deploy|build_script|test_script|deploy_script|on_finish|on_success|on_failure)$/;
/** A key named for the command it holds (`buildCommand`, `release_command`, `pre_cmd`), on a hosting or build service. */
const NAMED_COMMAND_KEY = /[a-z](?:Command|_command|_cmd)$/;
/** A `key:` line opening a nested mapping (not a list item, not a command). */
const NESTED_KEY = /^\s*[A-Za-z_][\w.-]{0,100}\s*:(?:\s|$)/;
/** The shell a CI step names (`shell: pwsh`), looked for among the lines around its `run:` key. */
function stepShell(around: readonly string[]): 'powershell' | null {
  return around.some((line) => /^\s*(?:-\s+)?shell:\s*["']?(?:pwsh|powershell)\b/.test(line)) ? 'powershell' : null;
}
/** Keys whose commands a PowerShell runs (an Azure Pipelines `- pwsh:` step). */
const POWERSHELL_KEY = /^(?:pwsh|powershell)$/;
const COMMAND_START = /^(?:sudo\s+)?(?:curl|wget|bash|sh|zsh|node|python3?|deno|bun|npx|npm|pip3?|powershell|pwsh|iex|nc|ncat|socat|chmod|crontab|rm|echo|eval|exec|\.\/|\/)/;

/** The first `name: value` line of a configuration for each name, with where its value starts. */
function valuesByName(source: SkillText, lines: Line[]): Map<string, { text: string; offset: number }> {
  const values = new Map<string, { text: string; offset: number }>();
  for (const line of lines) {
    const content = source.text.slice(line.start, Math.min(line.end, line.start + 1100));
    const definition = /^[ \t]*([A-Za-z_]\w{0,100})[ \t]*:[ \t]*(\S[^\n]{0,1000})$/.exec(content);
    if (definition && !values.has(definition[1]!)) values.set(definition[1]!, { text: definition[2]!, offset: line.start + content.search(/\S/) });
  }
  return values;
}

/**
 * A command of a templated configuration (Ansible, Helm) with its `{{ name }}` variables as shell variables,
 * each defined first from the configuration's `name: value` line (kept at that line's place).
 */
function withTemplateVariables(unit: CodeUnit, values: Map<string, { text: string; offset: number }>): CodeUnit {
  const names = [...new Set(Array.from(unit.text.matchAll(/\{\{\s*([A-Za-z_]\w{0,100})\s*\}\}/g), (match) => match[1]!))].slice(0, 20);
  const text: string[] = [];
  const lineOffsets: number[] = [];
  for (const name of names) {
    const value = values.get(name);
    if (!value) continue;
    text.push(`${name}="${value.text.replace(/^["']|["']\s*$/g, '').replace(/["\\$`]/g, '\\$&')}"`);
    lineOffsets.push(value.offset);
  }
  if (text.length === 0) return unit;
  return { ...unit, text: [...text, unit.text.replace(/\{\{\s*([A-Za-z_]\w{0,100})\s*\}\}/g, '${$1}')].join('\n'), lineOffsets: [...lineOffsets, ...unit.lineOffsets] };
}

/** Volumes of a container that are the host's root or home folder (`- /:/host`, `- ~:/home/dev`), as container path and host folder. */
function hostMounts(text: string): Array<{ container: string; host: string }> {
  if (!text.includes(':/')) return [];
  const mounts: Array<{ container: string; host: string }> = [];
  for (const match of text.matchAll(/^[ \t]*-[ \t]*["']?(\/|~\/?|\$\{?HOME\}?\/?)[ \t]*:[ \t]*(\/[\w.-]{1,100}(?:\/[\w.-]{1,100}){0,5})(?::[a-zA-Z,]{1,20})?["']?[ \t]*$/gm)) {
    mounts.push({ container: match[2]!, host: match[1] === '/' ? '/' : '~/' });
    if (mounts.length >= 10) break;
  }
  return mounts;
}

/** A container's command with paths under a mounted host folder written as the host's own (`/host/*` → `/*`), padded so columns stay. */
function onHost(code: string, mounts: Array<{ container: string; host: string }>): string {
  let result = code;
  for (const { container, host } of mounts) result = result.split(`${container}/`).join(`${' '.repeat(container.length + 1 - host.length)}${host}`);
  return result;
}

/** The strings of a list of words (`["nsenter", "-t", "1"]`), with where each starts. */
const LISTED_WORD = /"((?:[^"\\\n]|\\.){0,4000})"|'([^'\n]{0,4000})'/g;
const SHELL_FLAG = /^(?:-c|-lc|-ic|-ec|\/c|\/C|CMD-SHELL)$/;

/**
 * A list of program arguments as the command it runs: the string after a shell's `-c` flag, placed where
 * it stands, or (a plain list such as `["curl", "-o", "/tmp/x", "…"]`) its words joined into one command
 * line. A `-c` ending the line takes its command from the next line's first string. Null when the text
 * holds no such list.
 */
function argumentListUnit(source: SkillText, offset: number, list: string, nextLine = '', nextOffset = 0): CodeUnit | null {
  const words: Array<{ value: string; start: number }> = [];
  for (const match of list.matchAll(LISTED_WORD)) {
    words.push({ value: match[1] ?? match[2] ?? '', start: offset + match.index! + 1 });
    if (words.length > 400) break;
  }
  const flag = words.findIndex((word) => SHELL_FLAG.test(word.value));
  const unescape = (value: string) => (value.includes('\\') ? value.replace(/\\(["\\/])/g, '$1') : value);
  // One string holding a whole command line (`command: ["rm -rf /data/*; sleep 1"]`, run by an entrypoint shell).
  if (flag === -1 && words.length === 1 && /\s/.test(words[0]!.value.trim()) && list.trimStart().startsWith('[')) return { source, language: 'bash', text: unescape(words[0]!.value), lineOffsets: [words[0]!.start], origin: 'embedded' };
  if (flag !== -1) {
    let command = words[flag + 1];
    if (!command && flag === words.length - 1) {
      const next = new RegExp(LISTED_WORD.source).exec(nextLine);
      if (next && /^\s*$/.test(nextLine.slice(0, next.index))) command = { value: next[1] ?? next[2] ?? '', start: nextOffset + next.index + 1 };
    }
    if (!command || command.value.trim() === '') return null;
    return { source, language: 'bash', text: unescape(command.value), lineOffsets: [command.start], origin: 'embedded' };
  }
  if (!list.trimStart().startsWith('[') || words.length < 2) return null;
  const quoted = words.map(({ value }) => unescape(value)).map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`));
  return { source, language: 'bash', text: quoted.join(' '), lineOffsets: [words[0]!.start], origin: 'embedded' };
}

/**
 * Commands read one by one from one list, and from one configuration's objects of named commands: far more than any real
 * file holds. The ones past that are still read, together as one script, so padding a file hides nothing.
 */
const MAX_LISTED_COMMANDS = 50;
const MAX_NAMED_COMMANDS = 500;

/**
 * Each string of a one-line list of commands (`["apt-get update", "make install"]`) as a command of its own, up to the
 * list's `]`: one pass over the text, so an unclosed string ends the reading instead of being searched for again.
 */
function listedCommands(source: SkillText, offset: number, list: string, persistent: boolean | undefined): CodeUnit[] {
  const units: CodeUnit[] = [];
  const rest: CodeUnit = { source, language: 'bash', text: '', lineOffsets: [], origin: 'embedded', persistent };
  const restLines: string[] = [];
  for (let i = 1; i < list.length; i++) {
    const char = list[i]!;
    if (char === ']') break;
    if (char !== '"' && char !== "'") continue;
    let end = i + 1;
    while (end < list.length && list[end] !== char) end += list[end] === '\\' ? 2 : 1;
    if (end >= list.length) break;
    const value = list.slice(i + 1, end);
    const text = value.includes('\\') ? value.replace(/\\(["'\\/])/g, '$1') : value;
    if (value.trim() !== '' && units.length < MAX_LISTED_COMMANDS) units.push({ source, language: 'bash', text, lineOffsets: [offset + i + 1], origin: 'embedded', persistent });
    else if (value.trim() !== '') {
      restLines.push(text);
      rest.lineOffsets.push(offset + i + 1);
    }
    i = end;
  }
  if (restLines.length > 0) units.push({ ...rest, text: restLines.join('\n') });
  return units;
}

/**
 * Whether the workflow step a `script:` key belongs to uses an action that runs its script as JavaScript
 * (`uses: actions/github-script@v7` … `with:` / `script: |`): the lines before the key, back to the step's `- ` item.
 */
function runsScriptAction(before: string[], keyIndent: number): boolean {
  for (let at = before.length - 1; at >= 0; at--) {
    const line = before[at]!;
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    if (/^\s*(?:-\s+)?uses:\s*["']?actions\/github-script@/.test(line)) return true;
    if (/^\s*-\s/.test(line) && indent < keyIndent) return false;
  }
  return false;
}

/** Commands inside a configuration (unit files, YAML steps, package scripts, plist arguments, HTML scripts), each its own unit, plus the configuration itself. */
function configUnits(source: SkillText, lines: Line[], isCrontab: boolean, dialect?: FunctionDialect): CodeUnit[] {
  const units: CodeUnit[] = [];
  const text = (line: Line) => source.text.slice(line.start, line.end).replace(/\r$/, '');
  const config = unitFrom(source, lines, 'bash', 0, 'fence');
  config.language = 'config';
  if (dialect) config.dialect = dialect;
  config.persistent = isCrontab || PERSISTENT_CONFIG.test(config.text);
  units.push(config);
  const mounts = hostMounts(config.text);
  const command = (parts: Line[], language: CodeLanguage = 'bash') => {
    if (parts.length === 0) return;
    const unit = unitFrom(source, parts, language, 0, 'embedded');
    unit.persistent = config.persistent;
    if (mounts.length > 0 && language === 'bash') unit.text = onHost(unit.text, mounts);
    units.push(language === 'bash' && unit.text.includes('{{') ? withTemplateVariables(unit, (templateValues ??= valuesByName(source, lines))) : unit);
  };
  /** A command written inside a quoted string whose text begins at `start`: the characters `escaped` unescapes are plain ones to the shell. */
  const quotedCommand = (start: number, body: string, escaped: RegExp) => {
    command([{ start, end: start + body.length }]);
    const unit = units[units.length - 1]!;
    if (body.includes('\\')) unit.text = unit.text.replace(escaped, '$1');
  };
  let templateValues: Map<string, { text: string; offset: number }> | undefined;
  // A git configuration: the values git runs as commands by itself (filters on checkout, `!` aliases, helpers).
  const gitConfig = /^[ \t]*\[(?:filter|diff|merge|core|alias|credential|gpg|sequence)\b/m.test(config.text);
  const cmakeCommands = /\b(?:execute_process|add_custom_command|add_custom_target)\s*\(/i.test(config.text);
  let taskTable = false;
  let inScripts = false;
  let namedCommands = 0;
  const namedPastCap: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const content = text(line);
    const gitCommand = gitConfig ? /^\s*(?:(?:smudge|clean|process|textconv|driver|sshCommand|fsmonitor|pager|editor|askPass|helper|gitProxy|program)\s*=\s*|[\w-]{1,40}\s*=\s*!)["']?/.exec(content) : null;
    if (gitCommand && content.length > gitCommand[0].length) {
      const unit = unitFrom(source, [{ start: line.start + gitCommand[0].length, end: line.end }], 'bash', 0, 'embedded');
      unit.persistent = true;
      units.push(unit);
      continue;
    }
    const ini = /^\s*(Exec\w*)\s*=\s*[-@+!:]*/.exec(content);
    if (ini) {
      // A command may go on over lines that end in a backslash.
      const parts: Line[] = [{ start: line.start + ini[0].length, end: line.end }];
      while (/\\\s*$/.test(text(lines[i]!)) && i + 1 < lines.length) parts.push(lines[++i]!);
      command(parts);
      continue;
    }
    if (isCrontab) {
      const cron = /^\s*(?:@\w+|(?:[\d*/,-]+\s+){5}(?:[a-z_][\w-]*\s+(?=\S*[/.]))?)/.exec(content);
      if (cron && !content.trimStart().startsWith('#')) command([{ start: line.start + cron[0].length, end: line.end }]);
      continue;
    }
    // `//go:generate cmd …` in Go source: `go generate` runs the command.
    const generate = /^\s*\/\/go:generate[ \t]+/.exec(content);
    if (generate) {
      command([{ start: line.start + generate[0].length, end: line.end }]);
      continue;
    }
    // A pipeline's or a Rake task's shell step (`sh 'make test'`, `sh """…"""`, `sh(script: "…")`, `powershell '…'`): its string is a command.
    const shellStep = SHELL_STEP.exec(content);
    if (shellStep) {
      const language: CodeLanguage = shellStep[2] === 'sh' ? 'bash' : 'powershell';
      const quote = shellStep[3]!;
      const opened = line.start + shellStep[0].length;
      const rest = content.slice(shellStep[0].length);
      if (quote.length === 3) {
        const closedHere = rest.indexOf(quote);
        if (closedHere !== -1) {
          command([{ start: opened, end: opened + closedHere }], language);
          continue;
        }
        const parts: Line[] = rest.trim() === '' ? [] : [{ start: opened, end: line.end }];
        for (let taken = 0; i + 1 < lines.length && taken < 2000; taken++) {
          const next = lines[++i]!;
          const closed = text(next).indexOf(quote);
          if (closed !== -1) {
            if (closed > 0) parts.push({ start: next.start, end: next.start + closed });
            break;
          }
          parts.push(next);
        }
        command(parts, language);
        continue;
      }
      const body = (quote === '"' ? DOUBLE_QUOTED_BODY : SINGLE_QUOTED_BODY).exec(rest);
      if (body) {
        command([{ start: opened, end: opened + body[1]!.length }], language);
        continue;
      }
    }
    // A module's full name (`ansible.builtin.shell:`) names the same command key as its short one.
    const yaml = /^(\s*)(?:-\s+)?((?:[A-Za-z_][\w-]*\.){0,4}[A-Za-z_][\w-]*)\s*:\s*/.exec(content);
    if (yaml && (COMMAND_KEY.test(yaml[2]!.slice(yaml[2]!.lastIndexOf('.') + 1)) || NAMED_COMMAND_KEY.test(yaml[2]!))) {
      const value = content.slice(yaml[0].length);
      const indent = yaml[1]!.length;
      const keyLanguage: CodeLanguage = POWERSHELL_KEY.test(yaml[2]!) || (yaml[2] === 'run' && stepShell(lines.slice(Math.max(0, i - 15), i + 16).map(text)) === 'powershell') ? 'powershell' : 'bash';
      // A key whose value is a mapping (`- run:` then `command: …`, `shell:` then `cmd: …`): its own keys are read one by one.
      if (value.trim() === '' && NESTED_KEY.test(lines.slice(i + 1).map(text).find((next) => next.trim() !== '') ?? '')) continue;
      // A list of words (`command: ["sh", "-c", "…"]`) is the command line they make.
      if (value.startsWith('[')) {
        const unit = argumentListUnit(source, line.start + yaml[0].length, value);
        if (unit) units.push({ ...unit, text: mounts.length > 0 ? onHost(unit.text, mounts) : unit.text, persistent: config.persistent });
        continue;
      }
      if (/^[|>][-+]?\s*$/.test(value) || value.trim() === '') {
        const block: Line[] = [];
        while (i + 1 < lines.length) {
          const next = text(lines[i + 1]!);
          const nextIndent = next.length - next.trimStart().length;
          if (next.trim() !== '' && nextIndent <= indent) break;
          i++;
          const item = /^\s*-\s+["']?/.exec(next);
          block.push(item && value.trim() === '' ? { start: lines[i]!.start + item[0].length, end: lines[i]!.end } : lines[i]!);
        }
        command(block, yaml[2] === 'script' && runsScriptAction(lines.slice(Math.max(0, i - block.length - 30), i - block.length).map(text), indent) ? 'javascript' : keyLanguage);
      } else {
        // A quoted scalar (`command: "shred -z {{ disk }}"`) is the command inside the quotes.
        const inside = (/^"((?:[^"\\]|\\.)*)"\s*$/.exec(value) ?? /^'((?:[^']|'')*)'\s*$/.exec(value))?.[1];
        const opened = line.start + yaml[0].length;
        command([inside === undefined ? { start: opened, end: line.end } : { start: opened + 1, end: opened + 1 + inside.length }], keyLanguage);
      }
      continue;
    }
    // A provisioner's script given inline in Ruby (Vagrant's `provision "shell", inline: "…"` or a `<<-SHELL` heredoc).
    const inline = INLINE_SCRIPT.exec(content);
    if (inline) {
      const opened = line.start + inline.index + inline[0].length;
      if (inline[3]) {
        const block: Line[] = [];
        while (i + 1 < lines.length && text(lines[i + 1]!).trim() !== inline[3] && block.length < 2000) block.push(lines[++i]!);
        command(block);
      } else {
        const body = (inline[1] ?? inline[2])!;
        quotedCommand(opened - body.length - 1, body, /\\(["\\])/g);
      }
      continue;
    }
    // A Nix string run as a script (`shellHook = ''`, `buildPhase = ''`, `writeShellScript "name" ''`), up to its closing `''`.
    if (NIX_SCRIPT.test(content)) {
      const block: Line[] = [];
      while (i + 1 < lines.length && !/(?<!')''(?!['$\\])/.test(text(lines[i + 1]!)) && block.length < 2000) block.push(lines[++i]!);
      command(block);
      continue;
    }
    // CMake's `COMMAND …` of `execute_process`, `add_custom_command` and `add_custom_target`: its words make a command line.
    const cmake = cmakeCommands && CMAKE_COMMAND.exec(content);
    if (cmake) {
      const start = line.start + cmake.index + cmake[0].length;
      const words = content.slice(cmake.index + cmake[0].length).split(CMAKE_COMMAND_END, 1)[0]!;
      command([{ start, end: start + words.length }]);
      continue;
    }
    // Terraform's `command = "…"` or `command = <<EOT … EOT` of a provisioner, run on the machine that applies it.
    const hcl = /^\s*(?:command|inline|cmd|cmds|run|script|commands(?:_pre|_post)?|[a-z][a-z]{0,30}_(?:command|cmd))\s*(?:=>?\s*|(?=["']))/.exec(content);
    if (hcl) {
      const value = content.slice(hcl[0].length);
      // A TOML multi-line string (`script = '''` … `'''`).
      const multiline = /^('''|""")\s*$/.exec(value);
      if (multiline) {
        const block: Line[] = [];
        while (i + 1 < lines.length && !text(lines[i + 1]!).includes(multiline[1]!) && block.length < 2000) block.push(lines[++i]!);
        if (i + 1 < lines.length) i++;
        command(block);
        continue;
      }
      const heredoc = /^<<-?([A-Za-z_]\w{0,40})\s*$/.exec(value);
      if (heredoc) {
        const block: Line[] = [];
        while (i + 1 < lines.length && text(lines[i + 1]!).trim() !== heredoc[1]) block.push(lines[++i]!);
        if (i + 1 < lines.length) i++;
        command(block);
        continue;
      }
      // A list of commands (Packer's `inline = ["…", "…"]`): each string is one.
      if (value.startsWith('[')) {
        units.push(...listedCommands(source, line.start + hcl[0].length, value, config.persistent));
        continue;
      }
      const quoted = /^"((?:[^"\\]|\\.){1,4000})"|^'((?:[^'\\]|\\.){1,4000})'/.exec(value);
      if (quoted) {
        quotedCommand(line.start + hcl[0].length + 1, (quoted[1] ?? quoted[2])!, /\\(["'\\])/g);
        continue;
      }
      // tox's `commands = …`: the rest of the line, and each more indented line after it, is a command.
      if (/^\s*commands/.test(content)) {
        const indent = content.length - content.trimStart().length;
        if (value.trim() !== '') command([{ start: line.start + hcl[0].length, end: line.end }]);
        while (i + 1 < lines.length) {
          const next = text(lines[i + 1]!);
          if (next.trim() === '' || next.length - next.trimStart().length <= indent) break;
          command([lines[++i]!]);
        }
        continue;
      }
    }
    // A list of program arguments with a shell's `-c` (`"args": ["-c", "…"]`): the string after it is a command.
    if (content.includes('-c') || content.includes('CMD-SHELL')) {
      const listed = argumentListUnit(source, line.start, content, lines[i + 1] ? text(lines[i + 1]!) : '', lines[i + 1]?.start ?? 0);
      if (listed) units.push({ ...listed, text: mounts.length > 0 ? onHost(listed.text, mounts) : listed.text, persistent: config.persistent });
    }
    // TOML tables of a task runner (`[tool.poe.tasks]`, `[tool.hatch.envs.default.scripts]`): each string value is a command.
    if (/^\s*\[/.test(content)) taskTable = TASK_TABLE.test(content);
    else if (taskTable) {
      const task = /^\s*[\w.-]{1,100}\s*=\s*(?:\{[^}\n]{0,400}?\b(?:cmd|shell)\s*=\s*)?"((?:[^"\\\n]|\\.){1,4000})"/.exec(content);
      if (task) {
        quotedCommand(line.start + task[0].length - task[1]!.length - 1, task[1]!, /\\(["\\])/g);
        continue;
      }
    }
    // A `"scripts"` or `"tasks"` object of package.json, deno.json or composer.json: every value is a command, whatever its name.
    const opensScripts = SCRIPTS_OBJECT.exec(content);
    let scriptsFrom = -1;
    let scriptsTo = -1;
    if (opensScripts) {
      scriptsFrom = opensScripts.index + opensScripts[0].length;
      const close = content.indexOf('}', scriptsFrom);
      scriptsTo = close === -1 ? content.length : close;
      inScripts = close === -1;
    } else if (inScripts) {
      if (/^\s*\}/.test(content)) inScripts = false;
      else [scriptsFrom, scriptsTo] = [0, content.length];
    }
    for (const match of content.matchAll(/"(?:inline|commands|cmds|init_hook)"\s*:\s*\[/g)) units.push(...listedCommands(source, line.start + match.index! + match[0].length - 1, content.slice(match.index! + match[0].length - 1), config.persistent));
    for (const match of content.matchAll(/"([\w:.@-]{1,80})"\s*:\s*"((?:[^"\\]|\\.){1,4000})"/g)) {
      const [, key, value] = match;
      const named = scriptsFrom !== -1 && match.index! >= scriptsFrom && match.index! < scriptsTo;
      const aScript = named && namedCommands++ < MAX_NAMED_COMMANDS;
      const start = line.start + match.index! + match[0].length - value!.length - 1;
      if (named && !aScript) namedPastCap.push({ start, end: start + value!.length });
      else if (COMMAND_KEY.test(key!) || COMMAND_START.test(value!) || /^(?:pre|post)\w+$/.test(key!) || /Command$/.test(key!) || aScript) {
        // The command is a JSON string: its escaped quotes, backslashes and slashes are plain ones to the shell that runs it.
        quotedCommand(start, value!, /\\(["\\/])/g);
      }
    }
    const executable = BUILD_TOOL_PROGRAM.exec(content);
    if (executable) {
      // A build tool's program and its argument elements (Maven's exec plugin, Ant's `<exec>`): one command line.
      const words = [(executable[1] ?? executable[2])!];
      let last = i;
      for (let j = i; j < lines.length && j < i + 200; j++) {
        last = j;
        const current = text(lines[j]!);
        for (const item of current.matchAll(/<argument>([^<]{0,4000})<\/argument>|<arg\s+(value|line)\s*=\s*"([^"]{0,4000})"/g)) {
          const value = xmlText(item[1] ?? item[3]!);
          words.push(item[2] === 'line' || /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`);
        }
        if (j > i && /<\/(?:arguments|configuration|execution|exec)>|\/>\s*$/.test(current) && !/<arg\b/.test(current)) break;
      }
      i = last;
      units.push({ source, language: 'bash', text: words.join(' '), lineOffsets: [line.start + content.search(/\S/)], origin: 'embedded', persistent: config.persistent });
      continue;
    }
    // A scheduled task's action (`<Exec><Command>…</Command><Arguments>…</Arguments>`): the program and its arguments, run again and again.
    const taskCommand = /<Command>([^<\n]{1,400})<\/Command>/.exec(content);
    if (taskCommand) {
      let args = '';
      for (let j = i; j < lines.length && j < i + 6; j++) {
        const found = /<Arguments>([^<\n]{0,4000})<\/Arguments>/.exec(text(lines[j]!));
        if (found) {
          args = xmlText(found[1]!);
          break;
        }
      }
      const program = xmlText(taskCommand[1]!.trim());
      const words = `${/^[\w@%+=:,./\\-]+$/.test(program) ? program : `'${program.replace(/'/g, "'\\''")}'`} ${args}`.replace(/\\/g, '/');
      units.push({ source, language: 'bash', text: words, lineOffsets: [line.start + taskCommand.index + 9], origin: 'embedded', persistent: true });
      continue;
    }
    if (/<key>\s*ProgramArguments\s*<\/key>/.test(content)) {
      // Each <string> of the array is one argument, whether the array spans lines or sits on one.
      const parts: Line[] = [];
      let last = i;
      for (let j = i; j < lines.length && j < i + 200; j++) {
        last = j;
        const current = text(lines[j]!);
        const from = j === i ? current.search(/<\/key>/) : 0;
        for (const item of current.slice(from).matchAll(/<string>([^<]{0,4000})<\/string>/g)) {
          const start = lines[j]!.start + from + item.index! + 8;
          parts.push({ start, end: start + item[1]!.length });
        }
        if (/<\/array>/.test(current) || (j > i && /<key>/.test(current) && parts.length > 0)) break;
      }
      // Each line is looked at once, even when the array never closes.
      i = last;
      // The arguments become one shell command line, each quoted as the launcher passes it.
      if (parts.length > 0) {
        const words = parts.map((part) => source.text.slice(part.start, part.end)).map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`));
        units.push({ source, language: 'bash', text: words.join(' '), lineOffsets: [parts[0]!.start], origin: 'embedded', persistent: config.persistent });
      }
    }
    if (/<script\b[^>]{0,400}>/i.test(content) && !/<script\b[^>]{0,400}\bsrc=/i.test(content)) {
      const open = /<script\b[^>]{0,400}>/i.exec(content)!;
      const block: Line[] = [];
      let first: Line = { start: line.start + open.index + open[0].length, end: line.end };
      for (let j = i; j < lines.length; j++) {
        const current = j === i ? first : lines[j]!;
        const close = source.text.slice(current.start, current.end).search(/<\/script>/i);
        if (close !== -1) {
          block.push({ start: current.start, end: current.start + close });
          i = j;
          break;
        }
        block.push(current);
        i = j;
      }
      first = block[0]!;
      command(block, 'javascript');
    }
  }
  command(namedPastCap);
  const pastCap = units.at(-1);
  if (namedPastCap.length > 0 && pastCap?.origin === 'embedded' && pastCap.text.includes('\\')) pastCap.text = pastCap.text.replace(/\\(["\\/])/g, '$1');
  return units;
}
