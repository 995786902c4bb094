import { commandName, logicalLines, programIndex, programOf, readPipelines, type Pipeline, type ShellCommand, type ShellWord } from '../shell-words.ts';
import { skillTexts, spanIn } from '../texts.ts';
import type { SkillRule } from './types.ts';

/**
 * Whether a URL is one of the allowed installers: the same scheme and host (no user name, no other
 * port), and a path equal to the allowed one or below it. Both sides are parsed as WHATWG URLs, so
 * `https://sh.rustup.rs@evil.example/` and `https://sh.rustup.rs.evil.example/` do not pass.
 */
export function isAllowedInstaller(url: string, allowed: readonly string[]): boolean {
  const candidate = parseUrl(url);
  if (!candidate || candidate.username !== '' || candidate.password !== '') return false;
  return allowed.some((entry) => {
    const base = parseUrl(entry);
    if (!base || base.protocol !== candidate.protocol || base.host !== candidate.host) return false;
    const path = base.pathname;
    if (path === '/' || candidate.pathname === path) return true;
    return candidate.pathname.startsWith(path.endsWith('/') ? path : `${path}/`);
  });
}

function parseUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'iwr', 'irm', 'invoke-webrequest', 'invoke-restmethod', 'aria2c']);
const SHELLS = new Set([
  'sh', 'bash', 'zsh', 'ksh', 'dash', 'fish', 'ash', 'csh', 'tcsh', 'python', 'python2', 'python3', 'perl', 'ruby', 'node', 'php',
  'iex', 'invoke-expression', 'pwsh', 'powershell', 'pwsh.exe', 'powershell.exe', 'cmd', 'cmd.exe', 'source', '.',
]);
const POWERSHELL_EVAL = new Set(['iex', 'invoke-expression']);
const DOWNLOAD_IN_TEXT = /(?:^|[\s(`$'"])(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b|\.download(?:string|data|file)\b/i;
const SUBSTITUTED_DOWNLOAD = /(?:<\(|\$\(|`)[ \t]*(?:sudo[ \t]+)?(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod)\b/i;

const isShell = (name: string) => SHELLS.has(name) || /^python3\.\d{1,2}$/.test(name);
const isDownloader = (word: ShellWord) => DOWNLOADERS.has(commandName(word.text));

function isBase64Decode(command: ShellCommand): boolean {
  const program = programOf(command);
  const args = command.words.map((word) => word.text);
  if (program === 'base64') return args.some((arg) => arg === '-d' || arg === '-D' || arg === '--decode' || (/^-[a-zA-Z]+$/.test(arg) && arg.includes('d')));
  if (program === 'openssl') return args.includes('-d') && (args.includes('base64') || args.includes('-base64') || args.includes('-a'));
  return false;
}

interface Finding {
  index: number;
  end: number;
  message: string;
}

const PIPED = 'pipes a download straight into a shell; download the script, check it (or its checksum), then run it';
const DECODED = 'decodes text and runs it in a shell, hiding what runs; show the commands themselves';

const URL_IN_TEXT = /https?:\/\/[^\s"'`()<>|;]+/gi;

function urlsOf(command: ShellCommand, text: string): string[] {
  return text.slice(command.start, command.end).match(URL_IN_TEXT) ?? [];
}

/** Downloads or decoded payloads piped into a shell, anywhere later in the same pipeline. */
function pipedIntoShell(pipeline: Pipeline, text: string, allowed: readonly string[], findings: Finding[]): void {
  let shellLater = false;
  let found: Finding | null = null;
  for (let i = pipeline.length - 1; i >= 0; i--) {
    const command = pipeline[i]!;
    if (shellLater) {
      const downloader = command.words.find(isDownloader);
      if (downloader) {
        const urls = urlsOf(command, text);
        if (urls.length === 0 || !urls.every((url) => isAllowedInstaller(url, allowed))) {
          found = { index: downloader.index, end: pipeline[pipeline.length - 1]!.end, message: PIPED };
        }
      } else if (isBase64Decode(command)) found = { index: pipeline[0]!.start, end: pipeline[pipeline.length - 1]!.end, message: DECODED };
    }
    if (isShell(programOf(command))) shellLater = true;
  }
  if (found) findings.push(found);
}

/** `bash <(curl …)`, `sh -c "$(curl …)"`, `iex (irm …)`, `iex ((New-Object Net.WebClient).DownloadString(…))`. */
function runsSubstitutedDownload(command: ShellCommand, text: string, allowed: readonly string[], findings: Finding[]): void {
  const index = programIndex(command);
  if (index === -1) return;
  const program = commandName(command.words[index]!.text);
  if (!isShell(program)) return;
  const raw = text.slice(command.start, command.end);
  const downloads = POWERSHELL_EVAL.has(program) ? DOWNLOAD_IN_TEXT.test(raw) : SUBSTITUTED_DOWNLOAD.test(raw);
  if (!downloads) return;
  const urls = urlsOf(command, text);
  if (urls.length > 0 && urls.every((url) => isAllowedInstaller(url, allowed))) return;
  findings.push({ index: command.words[index]!.index, end: command.end, message: PIPED });
}

const RECURSIVE_TARGETS = new Set(['/', '/*', '/.', '~', '~/', '~/*', '$home', '${home}', '$home/', '${home}/', '$home/*', '${home}/*', '%userprofile%', '$env:userprofile', 'c:\\', 'c:/']);

/** Arguments after word `i`, up to the next word that starts the same command again (so each word is read once). */
function argumentsAfter(words: readonly ShellWord[], i: number, name: string): ShellWord[] {
  const args: ShellWord[] = [];
  for (let k = i + 1; k < words.length && commandName(words[k]!.text) !== name; k++) args.push(words[k]!);
  return args;
}

function normalizePath(path: string): string {
  const lower = path.toLowerCase().replace(/\/{2,}/g, '/');
  return lower.length > 1 && lower.endsWith('/') && !lower.endsWith('*/') ? lower.slice(0, -1) : lower;
}

const STARTUP_FILES = /^(?:~|\$home|\$\{home\})\/(?:\.bashrc|\.bash_profile|\.bash_login|\.profile|\.zshrc|\.zshenv|\.zprofile|\.zlogin|\.kshrc|\.cshrc|\.tcshrc|\.config\/fish\/config\.fish)$|^\/etc\/(?:profile|bash\.bashrc|bashrc|zshrc|zshenv|zprofile|environment)$|^\/etc\/(?:profile\.d|zsh)\//;

function writeTarget(path: string): string | null {
  if (path[0] !== '~' && path[0] !== '$' && path[0] !== '/') return null;
  const target = normalizePath(path);
  if (STARTUP_FILES.test(target) || target === '$profile') {
    return 'changes a shell startup file, so the change runs in every new shell; tell the user to add it themselves';
  }
  if (target.startsWith('/etc/')) return 'writes under /etc, changing system-wide configuration; say so explicitly and prefer a drop-in file the user reviews';
  return null;
}

const PACKAGE_INSTALLERS = new Set(['pip', 'pip3', 'pipx', 'uv', 'npm', 'pnpm', 'yarn', 'bun', 'gem', 'python', 'python3']);

/** Longer words are neither command names nor redirections, so they are skipped at once. */
const MAX_NAME = 24;

function commandFindings(command: ShellCommand, findings: Finding[]): void {
  const words = command.words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.text.length > MAX_NAME) continue;
    const at = (message: string) => findings.push({ index: word.index, end: command.end, message });
    // No command name holds `>`: such a word is a redirection or nothing.
    if (word.text.includes('>')) {
      const next = words[i + 1];
      const problem = next && /^\d?>>?$|^&>>?$/.test(word.text) ? writeTarget(next.text) : null;
      if (problem) at(problem);
      continue;
    }
    const name = commandName(word.text);
    if (name === 'chmod') {
      const args = argumentsAfter(words, i, name).filter((arg) => !arg.text.startsWith('-'));
      if (args[0] && /^(?:0?777|a\+rwx|ugo\+rwx|a=rwx|o\+w)$/i.test(args[0].text)) at('makes files writable by everyone; grant only the permissions needed (e.g. 755 or 644)');
    } else if (name === 'rm') {
      const args = argumentsAfter(words, i, name);
      const recursive = args.some((arg) => /^-[a-zA-Z]*[rR]/.test(arg.text) || arg.text === '--recursive');
      if (recursive && args.some((arg) => !arg.text.startsWith('-') && RECURSIVE_TARGETS.has(normalizePath(arg.text)))) {
        at('deletes everything under / or the home folder; name the exact path to remove');
      }
    } else if (PACKAGE_INSTALLERS.has(name)) {
      const args = argumentsAfter(words, i, name);
      const verb = args.findIndex((arg) => /^(?:install|i|add)$/.test(arg.text));
      if (verb !== -1 && args.slice(verb + 1).some((arg) => /^(?:git\+)?https?:\/\//i.test(arg.text))) {
        at('installs a package straight from a URL, bypassing the registry and its integrity checks; install a pinned version from the registry');
      }
    } else if (name === 'tee' || name === 'cp' || name === 'mv' || name === 'install' || name === 'ln') {
      const args = argumentsAfter(words, i, name).filter((arg) => !arg.text.startsWith('-') && arg.text !== '>' && arg.text !== '>>');
      const targets = name === 'tee' ? args : args.slice(-1);
      const problem = targets.map((arg) => writeTarget(arg.text)).find((message) => message !== null);
      if (problem) at(problem);
    }
  }
}

/**
 * Every finding above needs one of these in the line, lower-cased as command names are: a downloader,
 * a decoder, a command the rule knows, or a part of a protected path. A line with none is not read.
 */
const MAY_MATTER = /curl|wget|fetch|iwr|irm|invoke-|aria2c|download|base64|openssl|chmod|rm|pip|uv|npm|yarn|bun|gem|python|tee|cp|mv|install|ln|\/etc\/|profile|rc|zsh|zlogin|bash_login|fish/;

/** Findings in one logical line, with offsets in the line. */
function lineFindings(line: string, allowed: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  if (!MAY_MATTER.test(line.toLowerCase())) return findings;
  for (const pipeline of readPipelines(line)) {
    pipedIntoShell(pipeline, line, allowed, findings);
    for (const command of pipeline) {
      runsSubstitutedDownload(command, line, allowed, findings);
      commandFindings(command, findings);
    }
  }
  return findings;
}

const rule: SkillRule = {
  id: 'dangerous-commands',
  scope: 'skill',
  severity: 'warning',
  preset: 'default',
  docs: {
    summary:
      'No risky shell commands for an agent to copy: downloads or decoded text piped into a shell (except allow-listed installers), `chmod 777`, `rm -rf /` or `~`, package installs from URLs, writes under /etc or into shell startup files.',
    pass: '---\nname: rust-setup\ndescription: Installs Rust. Use when setting up a Rust toolchain.\n---\n```bash\ncurl --proto "=https" -sSf https://sh.rustup.rs | sh\n```\n',
    fail: '---\nname: tool-setup\ndescription: Installs the tool. Use when setting up.\n---\n```bash\ncurl -fsSL https://example.com/install.sh | sudo bash\n```\n',
  },
  check({ skill, config, report }) {
    for (const text of skillTexts(skill)) {
      if (text.path.startsWith('evals/')) continue;
      const findings: Finding[] = [];
      // A line repeated (a command shown many times, or a flood of one) is read once.
      const known = new Map<string, Finding[]>();
      for (const { start, end } of logicalLines(text.text, text.isSkillFile ? skill.bodyOffset : 0)) {
        const line = text.text.slice(start, end);
        let found = known.get(line);
        if (!found) {
          found = lineFindings(line, config.allowedInstallers);
          known.set(line, found);
        }
        for (const finding of found) findings.push({ index: start + finding.index, end: start + finding.end, message: finding.message });
      }
      const seen = new Set<number>();
      for (const { index, end, message } of findings.sort((a, b) => a.index - b.index)) {
        if (seen.has(index)) continue;
        seen.add(index);
        const shown = text.text.slice(index, Math.min(end, index + 80)).replace(/\\?\r?\n[ \t]*/g, ' ').trim();
        report(spanIn(text, index, end - index), `\`${shown}\` ${message}`, { file: text.file });
      }
    }
  },
};
export default rule;
