// Threat analysis of one skill: every piece of code it carries is parsed and read for behaviour
// (see threats.ts), strings that hold more code — Base64 blobs, `bash -c '…'` — are read as code in
// turn, and each finding is mapped back to its place in the original file.
import type { Span } from '../diagnostics.ts';
import type { ParsedSkill } from '../skill.ts';
import { skillTexts, spanIn, type SkillText } from '../texts.ts';
import { grammarsReady, parseCode, type CodeLanguage } from './grammars.ts';
import { buildProgram, type Program, type Statement } from './program.ts';
import { isAllowedInstaller } from '../rules/dangerous-commands.ts';
import { HOSTILE_PAYLOAD } from './vocabulary.ts';
import { ProgramAnalysis, type AnalysisContext, type ThreatClass } from './threats.ts';
import { analyzeProse, type ProseFinding } from './prose.ts';
import { codeUnits, scriptLanguage, type CodeUnit } from './units.ts';

/** Text files read for instructions aimed at the agent. */
const PROSE_FILE = /\.(?:md|markdown|mdx|txt)$/i;

export { THREAT_CLASSES, type ThreatClass } from './threats.ts';

export interface Threat {
  threat: ThreatClass;
  severity: 'error' | 'warning';
  file: string;
  span: Span;
  /** The diagnostic: what the code or text does and why that is dangerous. */
  message: string;
}

/** Code larger than this is not parsed (it is reported instead): parsing is linear, but time is not free. */
export const MAX_ANALYSED_CHARS = 512 * 1024;
/**
 * What one skill may cost to analyse. Real skills stay far below (the largest real ones parse a few
 * hundred blocks); a skill made of thousands of code blocks, or of code that makes the parser crawl,
 * gets one "could not analyse" warning at the first piece left unread instead of minutes of work.
 */
const SKILL_BUDGET = { parses: 2000, chars: 2 * 1024 * 1024, parseMs: 2000 };
const MAX_NESTING = 3;
const MAX_NESTED_CHARS = 64 * 1024;

const cache = new WeakMap<ParsedSkill, Threat[]>();

/** A cheap look at code before parsing it: code that mentions none of these cannot match any detector. */
const WORTH_PARSING =
  /curl|wget|http|socket|\b(?:ba|z|da|k)?sh\b|python|perl|ruby|node|php|pwsh|powershell|xxd|\brev\b|\btr\b|openssl|gzip|zcat|pack\(|chr\(|fromCharCode|require|import|register|Function|getattr|\{0\}|net\.|fetch|request|exec|eval|system|spawn|popen|subprocess|child_process|base64|b64|atob|fromhex|decode|FromBase64|char|iex|invoke|environ|process\.env|\$env|env\b|printenv|ssh|aws|netrc|npmrc|pypirc|kube|keychain|security|clipboard|paste|history|crontab|cron|systemd|systemctl|launchctl|LaunchAgents|schtasks|Register-|\\Run|bashrc|zshrc|profile|hooks|authorized_keys|sudo|chmod|setcap|usermod|sudoers|passwd|shadow|rm\b|Remove-Item|dd\b|mkfs|wipefs|shred|push|DROP|TRUNCATE|DELETE|kubectl|terraform|delete|stratum|miner|xmrig|pool|wallet|ssl|tls|verify|TLS|Mp|firewall|ufw|iptables|netsh|audit|wevtutil|Clear-|setenforce|selinux|spctl|csrutil|nc\b|ncat|socat|telnet|dev\/tcp|mkfifo|pty|dup2|\.pth|sitecustomize|find\b|Format-|diskutil|tee\b|>>/i;

export interface AnalysisOptions {
  allowedInstallers: readonly string[];
}

function offsetIn(unit: CodeUnit, index: number): number {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < unit.lineOffsets.length; i++) {
    const next = i + 1 < unit.lineOffsets.length ? lineStart + (unitLineLength(unit, i) + 1) : Infinity;
    if (index < next) {
      line = i;
      break;
    }
    lineStart = next;
    line = i;
  }
  return unit.lineOffsets[line]! + Math.max(0, index - lineStart);
}

const lineLengths = new WeakMap<CodeUnit, number[]>();
function unitLineLength(unit: CodeUnit, line: number): number {
  let lengths = lineLengths.get(unit);
  if (!lengths) {
    lengths = unit.text.split('\n').map((part) => part.length);
    lineLengths.set(unit, lengths);
  }
  return lengths[line] ?? 0;
}

function looksLikeCode(text: string): CodeLanguage | null {
  if (/\b(?:import\s+\w|def\s+\w+\(|exec\(|__import__)/.test(text)) return 'python';
  if (/\b(?:require\(|const\s+\w|=>|new Function|child_process)/.test(text)) return 'javascript';
  if (/\b(?:Invoke-|New-Object|IEX|\$env:|Start-Process)/i.test(text)) return 'powershell';
  if (/(?:^|[\s;|&(])(?:curl|wget|bash|sh|nc|ncat|chmod|crontab|rm|echo|cat|python3?|perl|sudo|base64|tee|export|eval)\s|\/dev\/tcp|\|\s*(?:ba)?sh\b/.test(text)) return 'bash';
  return null;
}

/** Runs of Base64 or hex long enough to hide a command. */
const ENCODED_BLOB = /[A-Za-z0-9+/_-]{24,}={0,2}|(?:[0-9a-fA-F]{2}){12,}/g;
/** Calls and words that run code. */
const EXECUTES = /\b(?:eval|exec|execSync|system|popen|spawn|subprocess|Function|compile|iex|Invoke-Expression|ScriptBlock|sh|bash|zsh|python3?|perl|ruby|node|php|pwsh|powershell|load|loadstring|runInThisContext|source)\b/i;
const STDIN_RUNNERS = /^(?:sh|bash|zsh|dash|python3?|perl|ruby|node|php|iex|invoke-expression|pwsh|powershell)$/i;

function decodeBlob(blob: string): string | null {
  if (/^(?:[0-9a-fA-F]{2})+$/.test(blob) && blob.length >= 24) {
    const bytes = Uint8Array.from(blob.match(/../g)!, (pair) => parseInt(pair, 16));
    const decoded = new TextDecoder('utf-8').decode(bytes);
    if (decoded.replace(/[^\x20-\x7e\n\r\t]/g, '').length >= decoded.length * 0.9) return decoded;
  }
  return decodeBase64(blob);
}

function decodeBase64(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 16 || compact.length > MAX_NESTED_CHARS || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return null;
  try {
    const binary = atob(compact.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const utf16 = bytes.length > 3 && bytes[1] === 0 && bytes[3] === 0;
    const decoded = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
    const printable = decoded.replace(/[^\x20-\x7e\n\r\t]/g, '').length;
    return printable >= decoded.length * 0.9 ? decoded : null;
  } catch {
    return null;
  }
}

interface Budget {
  parses: number;
  chars: number;
  parseMs: number;
  /** The warning for work left undone is given once per skill. */
  reported: boolean;
  /** Findings of each distinct piece of code already read: repeated code is read once. */
  seen: Map<string, Located[]>;
}

interface Located {
  threat: ThreatClass;
  severity: 'error' | 'warning';
  start: number;
  end: number;
  why: string;
}

/** Analyses code and the code hidden in its strings; offsets are in `text`. */
function analyseCode(language: CodeLanguage, text: string, context: AnalysisContext, depth: number, budget: Budget): Located[] {
  if (!WORTH_PARSING.test(text)) return [];
  const unreadable = unreadableAt(text);
  if (budget.parses <= 0 || budget.chars < text.length || budget.parseMs <= 0) return [unreadable];
  budget.parses--;
  budget.chars -= text.length;
  const started = performance.now();
  const tree = parseCode(language, text, Math.min(1000, budget.parseMs));
  budget.parseMs -= performance.now() - started;
  if (!tree) return [unreadable];
  let program: Program;
  try {
    program = buildProgram(language, tree.rootNode);
  } finally {
    tree.delete();
  }
  const found: Located[] = new ProgramAnalysis(program, context, text).run();
  if (program.truncated) found.push(unreadable);
  if (depth >= MAX_NESTING) return found;
  const skillBudget = budget;
  let nestedChars = MAX_NESTED_CHARS;
  const runs = (start: number) => {
    const statement = program.statements.find((candidate) => candidate.start <= start && candidate.end >= start);
    return statement !== undefined && statement.calls.some((call) => EXECUTES.test(call.name) || (call.pipedFrom !== null && STDIN_RUNNERS.test(call.name)) || /^(?:sudo|env|ssh|kubectl|docker|nohup|xargs)$/.test(call.name) || call.args.some((arg) => /^(?:.*[\\/])?(?:sh|bash|zsh|powershell|pwsh|cmd|python3?|node|perl|ruby)(?:\.exe)?$/i.test(arg) || /^-(?:c|e|Command|EncodedCommand)$|^(?:runner|eval|exec)$/i.test(arg)));
  };
  for (const literal of program.literals) {
    // Code kept in a string is read when the string is run, written to a file, or is a whole program (several lines).
    const template = literal.heredoc || literal.value.split('\n', 4).length >= 4;
    if (literal.value.length < 8 || literal.interpolated || nestedChars <= 0 || !(template || runs(literal.start))) continue;
    const candidates: Array<{ code: string; hidden: boolean }> = [{ code: literal.value, hidden: false }];
    for (const blob of literal.value.match(ENCODED_BLOB) ?? []) {
      const decoded = decodeBlob(blob);
      if (decoded) candidates.push({ code: decoded, hidden: true });
    }
    const written = program.statements.find((statement) => statement.start <= literal.start && statement.end >= literal.start)?.writes.find((path) => scriptLanguage(path, '') !== null);
    for (const { code, hidden } of candidates) {
      const innerLanguage = (written && !hidden ? scriptLanguage(written, code) : null) ?? looksLikeCode(code);
      if (!innerLanguage || code === text) continue;
      nestedChars -= code.length;
      if (hidden && EXECUTES.test(literal.value.replace(ENCODED_BLOB, ''))) {
        found.push({ threat: 'obfuscated-exec', severity: 'error', start: literal.start, end: literal.end, why: 'decodes hidden code and runs it, so nobody reviewing the skill can read what it does' });
      }
      for (const finding of analyseCode(innerLanguage, code.slice(0, MAX_NESTED_CHARS), context, depth + 1, skillBudget)) {
        found.push({ ...finding, start: literal.start, end: literal.end, why: hidden && !finding.why.includes('encoded') ? `${finding.why} (encoded to hide it)` : finding.why });
      }
    }
  }
  return found;
}

/** Actions the user must be able to stop, and places data can be sent to. */
const RISKY_ACTION = /\b(?:delet|remov|push|deploy|install|run|execut|commit|merge|pay|purchas|send|upload|post|drop|overwrit|approv|permission|confirm|sudo|shell|command|tool)/i;
const CONCRETE_DESTINATION = /https?:\/\/|\b[\w.-]+@[\w-]+\.[a-z]{2,}|webhook|\bgist|paste|\bissue|pull request|\bcommit|query string|image url|!\[|\bcurl\b|\bpost\b|\bupload/i;

/**
 * Orders aimed at the agent are errors when they are dangerous as written: skipping the user's
 * approval for an action that changes something, or sending data to a concrete place. The same words
 * about questions ("do not ask a scoping question first") or about an API ("a stream with its own
 * conversation history") are warnings.
 */
function proseSeverity(finding: ProseFinding): 'error' | 'warning' {
  if (finding.kind === 'auto-approve' && /without asking the user first/.test(finding.why) && !RISKY_ACTION.test(finding.evidence)) return 'warning';
  if (finding.kind === 'exfiltrate-conversation' && !/system prompt|hidden instructions/.test(finding.why) && !CONCRETE_DESTINATION.test(finding.evidence)) return 'warning';
  return 'error';
}

/** Every threat found in a skill's code and prose, cached per parsed skill. */
export function analyseSkill(skill: ParsedSkill, options: AnalysisOptions): Threat[] {
  const known = cache.get(skill);
  if (known) return known;
  const threats: Threat[] = [];
  const texts = skillTexts(skill);
  const hiddenFiles = new Set(skill.source.files.map((file) => file.path.split('/').pop()!).filter((name) => name.startsWith('.') && name.length > 2));
  const fields = skill.frontmatter?.fields;
  const subject = `${String(fields?.get('name')?.value ?? '')} ${String(fields?.get('description')?.value ?? '')} ${skill.source.expectedName}`.toLowerCase();
  const subjectWords = new Set(subject.split(/[^a-z0-9]+/).filter((word) => word.length >= 3));
  const context: AnalysisContext = { isAllowedInstaller: (url) => isAllowedInstaller(url, options.allowedInstallers), hiddenFiles, subjectWords };
  // Code is read only where a host provided the grammars (the browser preview does not yet); prose always.
  const readCode = grammarsReady();
  const budget: Budget = { ...SKILL_BUDGET, reported: false, seen: new Map() };
  for (const text of texts) {
    // Trigger evals are sample requests to the skill, data that no agent runs or follows.
    if (text.path.startsWith('evals/')) continue;
    if (readCode) threats.push(...analyseText(text, skill.bodyOffset, context, budget));
    if (text.isSkillFile || PROSE_FILE.test(text.path)) {
      for (const finding of analyzeProse(text.text)) {
        threats.push({ threat: 'agent-manipulation', severity: proseSeverity(finding), file: text.file, span: spanIn(text, finding.start, Math.max(1, finding.end - finding.start)), message: `"${finding.evidence}": ${finding.why}` });
      }
    }
  }
  if (readCode) threats.push(...analyseHooks(skill, texts[0], context, budget));
  cache.set(skill, threats);
  return threats;
}

/** The shell commands of the frontmatter's `hooks` (a client runs them by itself while the skill is active). */
function hookCommands(value: unknown): string[] {
  const commands: string[] = [];
  if (typeof value !== 'object' || value === null) return commands;
  for (const matchers of Object.values(value)) {
    if (!Array.isArray(matchers)) continue;
    for (const entry of matchers) {
      const hooks = (entry as { hooks?: unknown } | null)?.hooks;
      if (!Array.isArray(hooks)) continue;
      for (const hook of hooks) if (typeof (hook as { command?: unknown } | null)?.command === 'string') commands.push((hook as { command: string }).command);
    }
  }
  return commands;
}

/** Reads each hook command as shell code, placed where it is written in the frontmatter (or at `hooks:`). */
function analyseHooks(skill: ParsedSkill, skillFile: SkillText | undefined, context: AnalysisContext, budget: Budget): Threat[] {
  const field = skill.frontmatter?.fields.get('hooks');
  if (!field || !skillFile?.isSkillFile) return [];
  const threats: Threat[] = [];
  const fieldStart = (skill.lines.lineStart(field.keySpan.start.line) ?? 0) + field.keySpan.start.column - 1;
  for (const command of hookCommands(field.value)) {
    const at = skillFile.text.indexOf(command, fieldStart);
    const written = at !== -1 && at < skill.bodyOffset;
    for (const finding of analyseCode('bash', command, context, 0, budget)) {
      const span = written ? spanIn(skillFile, at + finding.start, Math.max(1, Math.min(finding.end, command.length) - finding.start)) : field.keySpan;
      threats.push({ threat: finding.threat, severity: finding.severity, file: skillFile.file, span, message: `This hook command ${finding.why}` });
    }
  }
  return threats;
}

/** A configuration read line by line: each line is a statement for the text-level detectors. */
function analyseConfig(text: string, context: AnalysisContext, budget: Budget): Located[] {
  budget.parses--;
  const statements: Statement[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    statements.push({ start, end: start + line.length, text: line, defines: [], uses: [], calls: [], inFunction: null, returns: false, writes: [] });
    start += line.length + 1;
  }
  return new ProgramAnalysis({ language: 'bash', statements, literals: [], hasErrors: false, truncated: false }, context, text, true).run();
}

/** The warning for code left unread, on its first line. */
function unreadableAt(text: string): Located {
  const firstLineEnd = text.indexOf('\n');
  return { threat: 'obfuscated-exec', severity: 'warning', start: 0, end: firstLineEnd === -1 ? text.length : firstLineEnd, why: 'is too large, too deeply nested or too slow to analyse; review it by hand' };
}

function analyseText(text: SkillText, bodyOffset: number, context: AnalysisContext, budget: Budget): Threat[] {
  const threats: Threat[] = [];
  const units = codeUnits(text, bodyOffset);
  for (const unit of units) {
    // Once the budget is spent nothing more is read; the first piece left unread carries the warning.
    const spent = budget.parses <= 0 || budget.parseMs <= 0;
    if (spent && budget.reported) break;
    const key = `${unit.language}\0${unit.text}`;
    let findings = spent ? undefined : budget.seen.get(key);
    if (findings) findings = findings.map((finding) => ({ ...finding }));
    else if (spent || unit.text.length > MAX_ANALYSED_CHARS) findings = [unreadableAt(unit.text)];
    else {
      findings = unit.language === 'config' ? analyseConfig(unit.text, context, budget) : analyseCode(unit.language, unit.text, context, 0, budget);
      budget.seen.set(key, findings.map((finding) => ({ ...finding })));
    }
    budget.reported ||= spent;
    if (unit.persistent && unit.origin === 'embedded' && (findings.some((finding) => finding.severity === 'error') || HOSTILE_PAYLOAD.test(unit.text))) {
      findings.push({ threat: 'persistence', severity: 'error', start: 0, end: unit.text.indexOf('\n') === -1 ? unit.text.length : unit.text.indexOf('\n'), why: 'makes a command that fetches, hides or sends something run by itself, again and again' });
    }
    for (const finding of findings) {
      const start = offsetIn(unit, finding.start);
      const lineEnd = unit.text.indexOf('\n', finding.start);
      const end = offsetIn(unit, Math.min(finding.end, lineEnd === -1 ? finding.end : lineEnd));
      threats.push({ threat: finding.threat, severity: finding.severity, file: text.file, span: spanIn(text, start, Math.max(1, end - start)), message: `This code ${finding.why}` });
    }
    if (spent) break;
  }
  return threats;
}
