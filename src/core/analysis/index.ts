// Threat analysis of one skill: every piece of code it carries is parsed and read for behaviour
// (see threats/), strings that hold more code — Base64 blobs, `bash -c '…'` — are read as code in
// turn, and each finding is mapped back to its place in the original file.
import type { Node } from 'web-tree-sitter';
import type { Span } from '../diagnostics.ts';
import type { ParsedSkill } from '../skill.ts';
import { skillTexts, spanIn, type SkillText } from '../texts.ts';
import { LineIndex } from '../text.ts';
import { grammarsReady, parseAllowance, parseClock, parseCode, type CodeLanguage, type OutlineLanguage, type ParseAllowance } from './grammars.ts';
import { outlineFunctions, type FunctionDialect, type FunctionOutline } from './outline.ts';
import { scanFunctions } from './outline-scan.ts';
import { blankFieldSeparators, buildProgram, statementAt, type Program, type Statement } from './program.ts';
import { isAllowedInstaller } from '../rules/dangerous-commands.ts';
import { AUTH_CONTEXT, CHANGE_REQUEST_NUMBER, CREDENTIAL_STORE, HOSTILE_PAYLOAD, namesEntryUnderHome, OTHER_LANGUAGE_NETWORK, PERSISTENCE_PLACE, SECRET_NAME, SERVICE_DATA_FOLDER } from './vocabulary.ts';
import { FORWARDER, isPublicAddress, KEEPS_MATCHING, keepsMatching, LISTS_REMOTE_BRANCHES, ProgramAnalysis, SIGNING_SECRET, SIGNS_WITH, VERIFIES_DOWNLOAD, type AnalysisContext, type Label, type ThreatClass } from './threats/index.ts';
import { analyzeProse, type ProseFinding, type ProseKind } from './prose.ts';
import { lispEvaluations, templatedDecodedCommands } from './evaluators.ts';
import { CARRIER_WHY, carriedOrders, carriedText } from './agent-files.ts';
import { typosquattedDependencies, typosquattedRequirements } from './typosquat.ts';
import { BUILD_TOOL_PROGRAM, codeUnits, embeddedConfigUnits, scriptLanguage, withoutPlaceholders, type CodeUnit } from './units.ts';

/** Text files read for instructions aimed at the agent, templates of them included: the agent reads what it fills in. */
const PROSE_FILE = /\.(?:md|markdown|mdx|txt)(?:\.(?:tmpl|tpl|template|j2|jinja2?|hbs|mustache|liquid|njk|erb|in))?$/i;
/** Files a skill's code may read its settings from. */
/** Plain lists (one path or name per line) a script may read its targets from. */
const LIST_FILE = /\.(?:txt|list|lst)$/i;
const SETTINGS_FILE = /\.(?:jsonc?|json5|ya?ml|toml|conf|cfg|ini|env|properties)$/i;
/** Source files of the languages read line by line: their comments reach the agent that opens them, as a script's do. */
const SOURCE_FILE = /\.(?:rb|rake|go|rs|java|kt|kts|cs|php|pl|pm|lua|swift|scala|groovy)$/i;
/** Data files an agent may be told to load and apply: their values are read as prose too. */
const DATA_FILE = /\.(?:json|jsonc|ya?ml|toml)$/i;
/** The key that opens a line of a data file (`push:`, `"name":`, `retries =`), with what stands before it on the line. */
const DATA_KEY = /^[ \t-]{0,40}"?[\w.-]{1,60}"?[ \t]{0,10}(?::(?=\s|$)|=)/gm;

export { THREAT_CLASSES, type ThreatClass } from './threats/index.ts';

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
 * What one skill may cost to analyse. Real skills stay far below (the largest of a community tree of 1,933
 * parses a few hundred blocks in about 5,000 parse steps); a skill made of thousands of code blocks, or of code
 * that makes the parser crawl, gets one "could not analyse" warning at the first piece left unread instead of
 * minutes of work. Steps are counted the same on every machine (see `ParseAllowance`); the clock, several
 * times what the steps take even on a busy machine, only bounds hostile input that parses without making
 * progress.
 */
const SKILL_BUDGET = { parses: 2000, chars: 2 * 1024 * 1024, parseSteps: 15_000, parseMs: 6000 };
const MAX_NESTING = 3;
const MAX_NESTED_CHARS = 64 * 1024;

const cache = new WeakMap<ParsedSkill, Threat[]>();

/** A cheap look at code before parsing it: code that mentions none of these cannot match any detector. */
const WORTH_PARSING =
  /curl|wget|http|socket|\b(?:ba|z|da|k)?sh\b|python|perl|ruby|node|php|pwsh|powershell|xxd|\brev\b|\btr\b|openssl|gzip|zcat|pack\(|chr\(|fromCharCode|require|import|register|Function|getattr|Winlogon|disable_functions|allow_url_include|URLClassLoader|quarantine|public_send|__send__|\{0\}|net\.|fetch|request|exec|eval|system|spawn|popen|subprocess|child_process|base64|b64|atob|fromhex|decode|FromBase64|char|iex|invoke|environ|process\.env|\$env|env\b|printenv|ssh|aws|netrc|npmrc|pypirc|kube|keychain|security|clipboard|paste|history|crontab|cron|systemd|systemctl|launchctl|LaunchAgents|schtasks|Register-|\\Run|bashrc|zshrc|profile|hooks|authorized_keys|sudo|chmod|setcap|usermod|sudoers|passwd|shadow|rm\b|Remove-Item|dd\b|mkfs|wipefs|shred|push|DROP|TRUNCATE|DELETE|kubectl|terraform|delete|stratum|miner|mining\.|xmrig|pool|wallet|ssl|tls|verify|TLS|Mp|firewall|ufw|iptables|netsh|audit|wevtutil|Clear-|setenforce|selinux|spctl|csrutil|nc\b|ncat|socat|telnet|dev\/tcp|mkfifo|pty|dup2|\.pth|sitecustomize|find\b|Format-|diskutil|tee\b|>>|awk|getline|inet|constructor|rmtree|rmSync|rglob|unlink|install|protection|gpg|backup|flush|hardwareConcurrency|\bsource\b|\\x[0-9a-fA-F]{2}|docker|podman|setTimeout|setInterval|Buffer\.from|setAutoThreads|\.\.[\\/]/i;

/** More words of sources and sinks: network and cloud clients, stores of data, secrets and home folders, items moved to the trash. */
const WORTH_PARSING_TOO =
  /gsutil|diskpart|gcloud|\baz\b|rclone|azcopy|s3cmd|\bscp\b|sftp|rsync|\bftp|smtp|mail|\bdig\b|nslookup|resolve|lookup|\bgh\b|\bgit\b|helm|redis|mongo|psql|mysql|sqlite|\bsql\b|FLUSH|deleteMany|remove_dir|RemoveAll|credential|exif|steg|metadata|pixel|dgram|websocket|\bws\b|scapy|terminate|destroy|uninstall|Clear-Disk|Format-Volume|cookie|\.env\b|token|secret|passw|api_?key|Join-Path|homedir|expanduser|home_dir|HomeDir|USERPROFILE|\bHOME\b|APPDATA|\bgit\b|Socket|Lookup|Dns\b|prisma|artisan|rails|rake|migrate|flush|ngrok|cloudflared|\bbore\b|pulumi|\bcdk\b|\bdrop\b|restic|\bborg\b|dropdb|mysqladmin|lvremove|vgremove|\bnvme\s+format\b|--security-erase|cleanDisabled|--yes\b|--force\b|--confirm\b|\bgo\s+(?:run|install|get)\b|\/dev\/(?:sd|nvme|hd|vd|xvd|disk|mmcblk)|ShadowCopy|Remove-Az|\barchived\b|\bin_trash\b|\btrashed\b/i;

/** A CI environment variable bound to a name made from one pull or merge request's number (`STACK: pr-${{ github.event.pull_request.number }}`). */
const CHANGE_REQUEST_BINDING = new RegExp(String.raw`^[ \t-]{0,40}([A-Za-z_]\w{0,100})[ \t]*:[ \t]*["']?[\w.-]{0,60}(?:${CHANGE_REQUEST_NUMBER.source})`, 'gm');

/** Words of acts that destroy or lock away data the two lists above do not name: a PowerShell `Remove-` cmdlet, a device's app data cleared (`pm clear`), a tool's `delete` or `purge` verb, `icacls`. */
const WORTH_PARSING_DELETES = /\bRemove-[A-Z]\w{1,60}|\bpm\s+clear\b|\s(?:delete|purge)\s|\b(?:icacls|ICACLS)\b|\bdel\s{0,4}\(|\bworkflow\s{1,4}disable\b|\]=disabled\b/;

/** A CI environment entry bound to the workflow's secrets: `NAME: ${{ secrets.X }}`, `NAME: ${{ toJSON(secrets) }}`. */
const SECRET_BINDING = /^[ \t-]{0,40}([A-Za-z_]\w{0,100})[ \t]*:[ \t]*["']?\$\{\{[^}\n]{0,200}\bsecrets\b/gm;

/** A CI environment entry bound to every secret of the workflow at once: `NAME: ${{ toJSON(secrets) }}`. */
const ALL_SECRETS_BINDING = /^[ \t-]{0,40}([A-Za-z_]\w{0,100})[ \t]*:[ \t]*["']?\$\{\{\s{0,10}toJSON\(\s{0,10}secrets\s{0,10}\)/gm;

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

/** An interpreter that can be handed its program inline, as a word of a command line or of an argument list. */
const INLINE_INTERPRETER = /^(?:.{0,200}[\\/])?(?:powershell|pwsh|bash|sh|zsh|dash|python3?|node)(?:\.exe)?$/i;

/**
 * The language of the code a statement hands an interpreter inline (`powershell -Command "…"`, `bash -c '…'`,
 * `python3 -c "…"`, `node -e "…"`): the string is read as that language even when it does not look like code.
 */
function inlineCodeLanguage(statement: Statement | undefined): CodeLanguage | null {
  for (const call of statement?.calls ?? []) {
    // An argument list (`["powershell", "-Command", "…"]`) is read as the words it holds.
    const spread = call.args.slice(0, 20).flatMap((arg) => (arg.startsWith('[') ? arg.slice(1, 2000).split(/,\s*/) : [arg]));
    const words = [call.name, ...spread.slice(0, 40)].map((word) => word.trim().replace(/^["'[]+|["',\]]+$/g, ''));
    const at = words.findIndex((word) => INLINE_INTERPRETER.test(word));
    if (at === -1) continue;
    const program = words[at]!.toLowerCase().replace(/^.*[\\/]/, '').replace(/\.exe$/, '');
    const flags = words.slice(at + 1, at + 6);
    if ((program === 'powershell' || program === 'pwsh') && flags.some((flag) => /^-(?:c|command)$/i.test(flag))) return 'powershell';
    if (/^(?:ba|z|da)?sh$/.test(program) && flags.includes('-c')) return 'bash';
    if (/^python3?$/.test(program) && flags.includes('-c')) return 'python';
    if (program === 'node' && (flags.includes('-e') || flags.includes('--eval'))) return 'javascript';
  }
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
  parseSteps: number;
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

/** Whether code names a file that an earlier piece of the skill downloaded (at most a few dozen are compared). */
function startsDownload(text: string, context: AnalysisContext): boolean {
  if (!context.downloaded || context.downloaded.size === 0) return false;
  let compared = 0;
  for (const path of context.downloaded) {
    if (compared++ >= 32) break;
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name.length >= 2 && text.includes(name)) return true;
  }
  return false;
}

/** Analyses code and the code hidden in its strings; offsets are in `text`. */
function analyseCode(language: CodeLanguage, text: string, context: AnalysisContext, depth: number, budget: Budget): Located[] {
  // Code that starts a program the skill downloaded is worth reading whatever else it says.
  if (!WORTH_PARSING.test(text) && !WORTH_PARSING_TOO.test(text) && !WORTH_PARSING_DELETES.test(text) && !startsDownload(text, context)) return [];
  const unreadable = unreadableAt(text);
  const program = readProgram(language, text, budget);
  if (!program) {
    // A parse cut short by the skill's budget makes this the first piece left unread: the one warning is here.
    budget.reported ||= spentBudget(budget);
    return [unreadable];
  }
  const analysis = new ProgramAnalysis(program, context, text);
  const found: Located[] = analysis.run();
  if (program.truncated) found.push(unreadable);
  if (depth >= MAX_NESTING) return found;
  const skillBudget = budget;
  let nestedChars = MAX_NESTED_CHARS;
  for (const { code, start, end } of analysis.assembled) {
    if (nestedChars <= 0) break;
    nestedChars -= code.length;
    for (const finding of analyseCode('bash', code.slice(0, MAX_NESTED_CHARS), context, depth + 1, skillBudget)) found.push({ ...finding, start, end, why: `${finding.why} (a command put together at run time)` });
  }
  // Whether a statement runs what it is given, asked once per statement (a long command line holds thousands of strings).
  const running = new Map<Statement, boolean>();
  const runs = (start: number) => {
    const statement = statementAt(program.statements, start);
    if (statement === undefined) return false;
    let found = running.get(statement);
    if (found === undefined) running.set(statement, (found = runsWhatItIsGiven(statement)));
    return found;
  };
  const runsWhatItIsGiven = (statement: Statement) => {
    return statement.calls.some((call) => EXECUTES.test(call.name) || call.name === 'alias' || (call.pipedFrom !== null && STDIN_RUNNERS.test(call.name)) || /^(?:sudo|env|ssh|kubectl|docker|nohup|xargs|watch|tmux|parallel)$/.test(call.name) || (/^cmd(?:\.exe)?$/i.test(call.name) && call.args.some((arg) => /^\/[ck]$/i.test(arg))) || call.args.some((arg) => /^(?:.*[\\/])?(?:sh|bash|zsh|powershell|pwsh|cmd|python3?|node|perl|ruby)(?:\.exe)?$/i.test(arg) || /^-(?:c|e|Command|EncodedCommand)$|^(?:runner|eval|exec)$/i.test(arg)));
  };
  for (const literal of program.literals) {
    // Code kept in a string is read when the string is run, written to a file, or is a whole program (several lines).
    const template = literal.heredoc || literal.value.split('\n', 4).length >= 4;
    // A string with variables in it is read only as the script of `sh -c "…"`: its variables stay variables of that script.
    const shellScript = literal.interpolated && language === 'bash' && /\s-c\s+$/.test(text.slice(Math.max(0, literal.start - 12), literal.start));
    if (literal.value.length < 8 || (literal.interpolated && !shellScript) || nestedChars <= 0 || !(template || runs(literal.start))) continue;
    // A unit file, launch agent or crontab kept in a string is read as that configuration.
    const configuration = template ? embeddedConfigUnits(literal.value.slice(0, MAX_NESTED_CHARS)) : null;
    if (configuration) {
      nestedChars -= literal.value.length;
      for (const unit of configuration) {
        for (const finding of analyseUnit(unit, context, depth + 1, skillBudget)) found.push({ ...finding, start: literal.start, end: literal.end });
      }
      continue;
    }
    const candidates: Array<{ code: string; hidden: boolean }> = [{ code: literal.value, hidden: false }];
    for (const blob of literal.value.match(ENCODED_BLOB) ?? []) {
      const decoded = decodeBlob(blob);
      if (decoded) candidates.push({ code: decoded, hidden: true });
    }
    const holder = statementAt(program.statements, literal.start);
    const written = holder?.writes.find((path) => scriptLanguage(path, '') !== null);
    const interpreted = inlineCodeLanguage(holder);
    for (const { code, hidden } of candidates) {
      const innerLanguage = (written && !hidden ? scriptLanguage(written, code) : null) ?? (hidden ? null : interpreted) ?? looksLikeCode(code);
      if (!innerLanguage || code === text) continue;
      nestedChars -= code.length;
      if (hidden && EXECUTES.test(literal.value.replace(ENCODED_BLOB, ''))) {
        found.push({ threat: 'obfuscated-exec', severity: 'error', start: literal.start, end: literal.end, why: 'decodes hidden code and runs it, so nobody reviewing the skill can read what it does' });
      }
      for (const finding of analyseCode(innerLanguage, code.slice(0, MAX_NESTED_CHARS), context, depth + 1, skillBudget)) {
        // The command that runs the string was reported for the same act already (`sh -c "$(curl …)"`).
        if (found.some((outer) => outer.threat === finding.threat && (outer.severity === 'error' || finding.severity === 'warning') && outer.start <= literal.start && literal.end <= outer.end)) continue;
        found.push({ ...finding, start: literal.start, end: literal.end, why: hidden && !finding.why.includes('encoded') ? `${finding.why} (encoded to hide it)` : finding.why });
      }
    }
  }
  return found;
}

/** Actions the user must be able to stop (and the user's own configuration outside the project, `~/.…`), and places data can be sent to. */
const RISKY_ACTION = /\b(?:delet|remov|push|deploy|install|run|execut|commit|merge|pay|purchas|send|upload|post|publish|drop|overwrit|approv|permission|confirm|sudo|shell|command|tool|elevat|root\b|privilege|reset|clean|wipe|force|kill|file (?:them|it|the)|bash|curl|wget|nohup|esegu|ejecut|ex[eé]cut|ausf[uü]hr|f[uü]hre|instal|envi|invia|cancell|borr|supprim|l[oö]sch|verwijder|voer|aprue|aprov|approuv|genehmig|herramienta|outil|ferramenta|werkzeug|xoa\b|xóa|usun|sil\b|(?:meng|peng)?hapus)|~\/\.[a-z]|удал|حذف|हटा|מחיק|מחק|ลบ|видал|διαγρ|διέγρ/i;
/** Words limiting an order to actions that cannot do harm. */
const SCOPED_TO_SAFE = /\b(?:read-only|read only|non-destructive|reversible|dry[- ]run|harmless|safe to run|only reads?|(?:lesen|liest) nur|nur lesend|schreibgesch(?:ü|ue)tzt|solo (?:lectura|leen|lee)|lecture seule|ne (?:font|fait) que lire|somente leitura|apenas (?:leem|l[eê])|sola lettura|(?:comandos|comando|commandes|commande|comandi|comando) (?:de |di )?(?:leitura|lectura|lecture|lettura)|lesende (?:befehle|kommandos))\b/i;
const CONCRETE_DESTINATION = /https?:\/\/|zero-?width|invisible (?:characters?|unicode|text)|html[ -]comment|\btrailer|\b[\w.-]+@[\w-]+\.[a-z]{2,}|webhook|\bgist|paste|\bissue|pull request|\b(?:pr|mr) (?:comments?|descriptions?|body)\b|\bcommit|query string|image url|!\[|\bcurl\b|\bpost\b|\bupload|event descriptions?|descriptions? of (?:the |an |each |every )?(?:calendar )?(?:events?|invites?|meetings?)|beschreibung des termins|terminbeschreibung|\b(?:tags?|labels?) (?:of|on) |resource (?:tags?|labels?)|metric labels?|\betiquet(?:a|te)s?\b|\blibell[eé]s?(?!\w)/i;

/**
 * Orders aimed at the agent are errors when they are dangerous as written: skipping the user's
 * approval for an action that changes something, or sending data to a concrete place. The same words
 * about questions ("do not ask a scoping question first") or about an API ("a stream with its own
 * conversation history") are warnings.
 */
function proseSeverity(finding: ProseFinding, text: string, subject: string): 'error' | 'warning' {
  // A skill about catching the act (detection rules, forensics, incident response) writes about it, in words that read like orders.
  if ((finding.kind === 'destructive-order' || finding.kind === 'disarm-security') && (STUDIES_THE_ACT.test(subject) || (DETECTS.test(subject) && ATTACK_WORD.test(subject)))) return 'warning';
  // What the order covers is said around it: the paragraph holding it (bounded), not only the matched words.
  const from = Math.max(0, text.lastIndexOf('\n\n', finding.start), finding.start - 400);
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  // Under a heading, the paragraph that follows says what the heading covers.
  const heading = text.startsWith('#', lineStart);
  const next = text.indexOf('\n\n', heading ? text.indexOf('\n', finding.end) + 2 : finding.end);
  const paragraph = text.slice(from, Math.min(next === -1 ? text.length : next, finding.end + 400));
  // "Don't ask the user for a key": a request for information, not for approval ("no need to check with them for these" asks about the acts named before).
  // "About each one" or "whether to publish" asks for a go-ahead again.
  const asksForInformation = /^\s*(?:for(?!\s+(?:these|those|this|that|them|it|each|every|any|all|such)\b)|to provide|to give|to supply|about(?!\s+(?:each|every|it|them|this|that|these|those)\b)|which|what|whether(?!\s+to\b))\s+(?!(?:their |your |an? |the )?(?:permission|confirmation|approval|consent|sign-off|go-ahead|ok)\b)/i.test(withoutInvisibles(text.slice(finding.end, finding.end + 60)));
  // "Whether to create a branch" names the one step taken unasked: that step decides, not the rest of the paragraph.
  const unaskedStep = /^\s*whether\s+to\s+([^.;:!?\n]{1,80})/i.exec(text.slice(finding.end, finding.end + 100))?.[1];
  const harmlessStep = unaskedStep !== undefined && !RISKY_ACTION.test(unaskedStep);
  if (finding.kind === 'auto-approve' && /without asking the user first/.test(finding.why) && (!RISKY_ACTION.test(paragraph) || SCOPED_TO_SAFE.test(paragraph) || asksForInformation || harmlessStep)) return 'warning';
  // A start-up step its own sentence calls read-only ("the warm-up is read-only, so run it at the start of a session") changes nothing;
  // what the step runs is read as code in its own right.
  if (finding.kind === 'startup-execution' && SCOPED_TO_SAFE.test(text.slice(Math.max(from, text.lastIndexOf('. ', finding.start) + 1), finding.end))) return 'warning';
  // Skipping a check matters where something is downloaded to be installed or run: the section around says so.
  if (finding.kind === 'weaken-safeguards' && /skip checking a download/.test(finding.why) && !DOWNLOAD_NEARBY.test(text.slice(Math.max(0, finding.start - 1200), finding.end + 400))) return 'warning';
  // Where the data goes is often given just after the order ("…to the endpoint below:" and a URL).
  const following = text.slice(finding.start, finding.end + 600);
  // An order that fills a place named just before ("Add a trailer. Fill it with …") has its destination in that sentence.
  const destination = /^(?:fill|populate|set|load|its|their)\b/i.test(finding.evidence) ? `${text.slice(Math.max(0, finding.start - 300), finding.start)} ${finding.evidence}` : finding.evidence;
  // A file the conversation is copied into and then committed goes wherever the repository goes.
  if (finding.kind === 'exfiltrate-conversation' && !/system prompt|hidden instructions/.test(finding.why) && !CONCRETE_DESTINATION.test(destination) && !/https?:\/\/|!\[|\bgh (?:pr|issue|gist)\b/.test(following) && !MAILBOX.test(sentenceAfter(text, finding.end)) && !(/into a file/.test(finding.why) && COMMITTED.test(sentenceAfter(text, finding.end)))) return 'warning';
  // "Tell them it stays on this machine" is a lie only where the skill sends data away (a true account in a local tool).
  // The question itself ("whether anything was uploaded") sends nothing: the rest of the text must.
  if (finding.kind === 'conceal-from-user' && /data stayed on the machine/.test(finding.why) && !SENDS_AWAY.test(`${text.slice(0, finding.start)} ${text.slice(finding.end)}`)) return 'warning';
  return 'error';
}

/**
 * An e-mail address the skill fixes, not one of the documentation placeholders (`you@example.com`, `team@yourcompany.com`)
 * or a user's own address left to fill in.
 */
const MAILBOX = /(?<![\w.+-])(?!(?:you|your|user|me|name|someone|recipient)@)[\w.+-]{1,64}@(?!(?:[\w-]{1,63}\.)*(?:example|your[\w-]{0,30}|domain|company|acme|corp|test|localhost)\.)[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,24}(?![\w@])/i;

/** The file then committed or pushed: "…and commit it", "then push". */
const COMMITTED = /\b(?:commit|push|publish)(?:ted|ed)?\b(?! (?:nothing|no)\b)/i;

/** The rest of the sentence after `from`: where an order names where it sends ("…, to archive@host.co, then …"). */
function sentenceAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 300);
  const end = rest.search(/[.!?](?:\s|$)|\n\s*\n/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Text without format characters (zero-width joiners and spaces), which split a word for the eye only. */
function withoutInvisibles(text: string): string {
  return text.replace(/\p{Cf}/gu, '');
}

/** A command or call that sends data off the machine (an upload, a POST or PUT, a copy to a remote host or a cloud bucket), anywhere in the text. */
const SENDS_AWAY = /\bcurl\b[^\n]{0,200}?\s(?:-[dFT]\b|--data|--upload-file|--form|-X ?(?:POST|PUT)\b)|--post-(?:file|data)\b|--method=(?:POST|PUT)\b|\brequests\.(?:post|put)\b|\b(?:scp|rsync)\s[^\n:]{0,300}[\w.-]:|-Method\s+(?:Post|Put)\b|\bmethod:\s*["'`](?:POST|PUT)\b|\bupload(?:s|ed|ing)?\b|\b(?:aws\s+s3|gsutil(?:\s+-m)?|gcloud\s+storage|s3cmd)\s+(?:cp|sync|mv|put|rsync)\s+(?:-\S{1,40}\s+){0,4}(?!(?:s3|gs):\/\/)\S{1,300}\s+(?:s3|gs):\/\/|\bazcopy\s+(?:copy|cp|sync)\s+(?!["']?https?:)\S{1,300}\s+["']?https:\/\/|\brclone\s+(?:copy|sync|move)\s+(?![\w-]{1,60}:)\S{1,300}\s+[\w-]{1,60}:/i;

/** A download named in the text: an archive or installer address, or a command that fetches one. */
const DOWNLOAD_NEARBY = /\bhttps?:\/\/[^\s`'")]{1,300}\.(?:tar\.gz|tgz|tar\.xz|zip|sh|ps1|exe|msi|pkg|dmg|deb|rpm|appimage|bin|run|whl|jar)\b|\b(?:curl|wget|iwr|Invoke-WebRequest)\s/i;

/**
 * A skill's name or description saying it detects or investigates attacks: a field of that work, or detecting or
 * investigating with an attack named (detecting stale builds is no study of attacks).
 */
const STUDIES_THE_ACT = /\b(?:forensics?|threat[- ]hunt\w*|incident[- ]response|dfir|siem|sigma rules?|blue[- ]team)\b/;
const DETECTS = /\b(?:detect\w*|investigat\w*)\b/;
const ATTACK_WORD = /\b(?:attack\w*|intrusions?|malware|malicious|threats?|compromis\w*|breach\w*|exfiltrat\w*|ransomware|suspicious|incidents?|persistence|lateral movement|backdoors?|rootkits?|phishing|iocs?|indicators?|tamper\w*|abuse|anomal\w*|wipers?|destructive)\b/;

/** Prose orders reported under the class of the harm they order rather than as manipulation of the agent. */
const PROSE_THREAT: Partial<Record<ProseKind, ThreatClass>> = { 'destructive-order': 'destructive', 'disarm-security': 'security-tampering', 'download-run': 'download-exec' };

/**
 * Whether every address a sentence downloads from is an allowed installer or a host named after the skill's subject
 * (`nodejs.org` in a skill about Node.js): the project's own download, worth a look rather than an error.
 */
function servedByOwnProject(sentence: string, context: AnalysisContext): boolean {
  const urls = sentence.match(/https?:\/\/[^\s<>()"'`]{1,400}/g) ?? [];
  return urls.length > 0 && urls.every((url) => {
    if (context.isAllowedInstaller(url)) return true;
    const [, host = '', path = ''] = /^https?:\/\/([^/:?#]{1,200})[^/]{0,10}(\/[^?#]{0,300})?/i.exec(url) ?? [];
    // On a code forge the project is the repository's owner (`raw.githubusercontent.com/owner/…`), as for an installer run from code.
    const forge = /^(?:raw\.githubusercontent\.com|github\.com|gitlab\.com|codeberg\.org)$/i.test(host);
    const labels = (forge ? path.split('/').slice(1, 2) : [registrableLabel(host)]).map((label) => label.toLowerCase()).filter((label) => label.length >= 3 && label !== 'www');
    return labels.some((label) => context.subjectWords.has(label) || [...context.subjectWords].some((word) => word.length >= 4 && label.startsWith(word) && label.length - word.length <= 2));
  });
}

/**
 * The label of a host name its owner registered (`deno` of `dl.deno.land`, `example` of `get.example.co.uk`): whoever
 * holds that label chose every name under it, so a subdomain named after a project says nothing of who serves it.
 */
function registrableLabel(host: string): string {
  const labels = host.split('.');
  const secondLevel = labels.length > 2 && /^(?:co|com|net|org|gov|ac|edu)$/i.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2;
  return labels[labels.length - (secondLevel ? 3 : 2)] ?? '';
}

/** Some step of the skill pushes to a git remote, or publishes a package: what an earlier step put in a commit or a manifest leaves then. */
const PUSHES = /\bgit\s+(?:-C\s+\S+\s+)?push\b|["'`]git["'`]\s*,\s*(?:["'`]-C["'`]\s*,\s*[^,]{1,200},\s*)?["'`]push["'`]/;
/**
 * A log shipper's configuration: a Logback appender that streams to a collector, a log router's sink that posts
 * records to a server (Vector's `[sinks.x]` of an HTTP-like type, Fluent Bit's `[OUTPUT]`), Filebeat's outputs.
 */
const LOG_SHIPPER = /\bLogstash(?:Tcp|Udp)SocketAppender\b|^\[sinks\.[\w-]{1,60}\][ \t]*\n(?:[^\n[]{0,200}\n){0,6}?[ \t]*type[ \t]*=[ \t]*["'](?:http|loki|elasticsearch|datadog_logs|splunk_hec_logs|socket|new_relic|honeycomb|axiom)["']|^\[OUTPUT\][ \t]*\n(?:[^\n[]{0,200}\n){0,6}?[ \t]*Name[ \t]+(?:http|forward|es|loki|datadog|splunk)\b|^output\.(?:logstash|elasticsearch):/m;
/** Whether a JSON file is a list of two or more records that all have the same fields. */
function isRecordTable(json: string): boolean {
  if (json.length > 262_144 || !/^\s*\[/.test(json)) return false;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  if (!Array.isArray(value) || value.length < 2) return false;
  const shape = (item: unknown) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item).sort().join('\n') : null);
  const first = shape(value[0]);
  return first !== null && first !== '' && value.every((item) => shape(item) === first);
}

/** A pull request approved by the account that runs the step (`gh pr review 12 --approve`, a review posted with `event=APPROVE`). */
const APPROVES_REVIEW = /\bgh\s+pr\s+review\b[^\n`]{0,200}?\s(?:--approve|-a)\b|\bevent["']?\s*[=:]\s*["']?APPROVE\b/;
/** A skill's word that the pipeline's security checks stay in force ("security checks stay required", "never remove or make non-blocking: CodeQL"). */
const SCANS_KEPT = /\b(?:security|scans?|scanning|checks?)\b[^.\n]{0,120}\b(?:stays?|remains?|kept|must stay|must remain)\s{1,4}(?:required|blocking|mandatory|enabled|in place)\b|\bnever\s{1,4}(?:remove|disable|skip|weaken)\b[^.\n]{0,120}\b(?:security|scan\w{0,4}|codeql|dependency review|gitleaks|trivy)\b/i;

/** A CI step that uploads files as artifacts, with the lines after it where its paths are listed. */
const UPLOAD_STEP = /\buses:[ \t]*["']?actions\/upload-artifact@[^\n]{0,200}((?:\n[^\n]{0,400}){0,12})|^[ \t]*artifacts:[ \t]*((?:\n[^\n]{0,400}){0,12})/gm;

/** The files a CI configuration uploads as artifacts (GitHub's `path:`, GitLab's `paths:`), as written. */
function artifactPaths(text: string): string[] {
  if (!text.includes('artifact')) return [];
  const paths: string[] = [];
  for (const match of text.matchAll(UPLOAD_STEP)) {
    const block = (match[1] ?? match[2] ?? '').split('\n');
    const at = block.findIndex((line) => /^[ \t-]*paths?:/.test(line));
    if (at === -1) continue;
    const inline = /^[ \t-]*paths?:[ \t]*([^|>\s][^\n]*)$/.exec(block[at]!)?.[1];
    const listed = inline ? [inline] : block.slice(at + 1).map((line) => /^[ \t]+(?:-[ \t]+)?([^\s:#][^\n]*)$/.exec(line)?.[1]).filter((path): path is string => path !== undefined && !path.includes(': '));
    for (const path of listed.slice(0, 20)) paths.push(path.trim().replace(/^["']|["']$/g, '').replace(/^\.\//, ''));
  }
  return paths;
}
const PUBLISHES = /\b(?:npm|pnpm|yarn|bun)\s+(?:\S+\s+){0,3}publish\b|\btwine\s+upload\b|\bgem\s+push\b|\bcargo\s+publish\b|\bpoetry\s+publish\b|\buv\s+publish\b|["'`](?:npm|pnpm|yarn|bun|cargo|poetry|uv)["'`]\s{0,10},\s{0,10}["'`]publish["'`]|["'`]twine["'`]\s{0,10},\s{0,10}["'`]upload["'`]/;

/**
 * The names a skill gives its project: the words of its name, and the words of its description written as names, with a
 * capital letter after a sentence's first word (`Installs Docker`, `the GitHub CLI`), in capitals, or in a code span.
 */
function projectNamesOf(name: string, description: string, expectedName: string): Set<string> {
  const names = new Set(`${name} ${expectedName}`.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 3));
  for (const match of description.slice(0, 2000).matchAll(/(?<![\w.-])[A-Za-z][\w.-]{0,60}/g)) {
    const word = match[0];
    const before = description.slice(Math.max(0, match.index - 6), match.index).trimEnd();
    const sentenceFirst = before === '' || /[.!?:;]$/.test(before);
    const written = before.endsWith('`') || /[a-z][A-Z]|[A-Z]{2}/.test(word) || (/^[A-Z]/.test(word) && !sentenceFirst);
    if (written) for (const part of word.toLowerCase().split(/[^a-z0-9]+/)) if (part.length >= 3) names.add(part);
  }
  return names;
}

/** Every threat found in a skill's code and prose, cached per parsed skill. */
/** How far past a placeholder's name the value it is given may stand: "set LAB_HOST to …", "| LAB_HOST | … |". */
const PLACEHOLDER_VALUE_REACH = 80;
/**
 * The value given to a placeholder, read just past its name: `=`, `:`, a table cell, "to", "with", "is" or "as",
 * then an IPv4 address or a host name.
 */
const GIVEN_ADDRESS = /^["'`*]{0,2}\s{0,4}(?:=|:=?|\||->|→|\bto\b|\bwith\b|\bis\b|\bas\b)\s{0,4}["'`*<]{0,2}(?:(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}(?![\w.-]*\w)|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,24}(?![\w(-]))/i;
/**
 * Whether some text of the skill gives a placeholder name a public address as its value. A lab guide leaves
 * the listener for the user to fill in (or shows a private lab address); a skill that fills it elsewhere has chosen the host.
 */
function placeholderFilling(texts: readonly SkillText[]): (name: string) => boolean {
  const givenIn = (text: string, name: string): boolean => {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const lineEnd = text.indexOf('\n', at);
      const given = GIVEN_ADDRESS.exec(text.slice(at + name.length, Math.min(lineEnd === -1 ? text.length : lineEnd, at + name.length + PLACEHOLDER_VALUE_REACH)));
      if (given && isPublicAddress(given)) return true;
    }
    return false;
  };
  const mapping = hostMapping(texts);
  const known = new Map<string, boolean>();
  return (name) => {
    let filled = known.get(name);
    if (filled === undefined) known.set(name, (filled = texts.some(({ text }) => givenIn(text, name)) || mapping(name)));
    return filled;
  };
}

/**
 * An address given before a name on its line, read backwards from the name: a hosts-file entry (`45.79.1.4 relay
 * RELAY_HOST`, up to three other names between) or prose that names the value first ("use 45.79.1.4 as RELAY_HOST",
 * "relay.example.io for RELAY_HOST"). Group 1 holds an IPv4 address, group 2 a host name.
 * Anchored at the end of a slice of at most PLACEHOLDER_VALUE_REACH characters; every quantifier is bounded.
 */
const ADDRESS_BEFORE = /(?:^|[^\w.-])(?:(\d{1,3}(?:\.\d{1,3}){3})["'`*]{0,2}[ \t]{1,4}(?:(?:as|for)[ \t]{1,4}|(?:[\w.-]{1,63}[ \t]{1,4}){0,3})|([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,7}\.[a-z]{2,24})["'`*]{0,2}[ \t]{1,4}(?:as|for)[ \t]{1,4})["'`*<]{0,2}$/i;
/** An ssh client block's opening line (`Host vps vps.example.com`), capturing the names it stands for. */
const SSH_HOST_LINE = /^[ \t]{0,8}Host[ \t=]{1,4}([^\n]{1,300})$/i;
/** The address an ssh client block sends its names to (`  HostName relay.example.io`), captured. */
const SSH_HOSTNAME_LINE = /^[ \t]{0,8}HostName[ \t=]{1,4}["']?([^\s"']{1,253})/i;
/** The start of the next ssh client block, which ends the one before. */
const SSH_BLOCK_START = /^[ \t]{0,8}(?:Host|Match)[ \t=]/i;

/** Whether a value read as an address reaches past the user's own network (see isPublicAddress). */
function publicValue(value: string): boolean {
  // The documentation networks (RFC 5737): a name mapped to one of them is still a sample for the user to replace.
  if (/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./.test(value)) return false;
  // An IPv4 address with its first two octets captured, or a host name.
  const given = /^(?:(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}|[\w.-]{1,253})$/.exec(value);
  return given !== null && isPublicAddress(given);
}

/**
 * Whether some text of the skill maps a host name (a placeholder, or a name under a documentation domain) to a public
 * address of its own: a hosts-file line, an ssh client block `Host NAME` … `HostName address`, or prose giving the
 * address before the name. Such a name no longer waits for the user to fill it in; the skill has chosen where it leads.
 */
export function hostMapping(texts: readonly SkillText[]): (name: string) => boolean {
  const mappedIn = (text: string, name: string): boolean => {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const after = text[at + name.length];
      if ((after !== undefined && /[\w.-]/.test(after)) || (at > 0 && /[\w.-]/.test(text[at - 1]!))) continue;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const before = ADDRESS_BEFORE.exec(text.slice(Math.max(lineStart, at - PLACEHOLDER_VALUE_REACH), at));
      if (before && publicValue(before[1] ?? before[2]!)) return true;
      const lineEnd = text.indexOf('\n', at);
      const hostLine = SSH_HOST_LINE.exec(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
      if (hostLine && hostLine[1]!.split(/[ \t,]+/).includes(name) && lineEnd !== -1) {
        // The block's own lines, up to the next Host or Match line.
        for (const line of text.slice(lineEnd + 1, lineEnd + 1 + 4000).split('\n').slice(0, 30)) {
          if (SSH_BLOCK_START.test(line)) break;
          const hostName = SSH_HOSTNAME_LINE.exec(line);
          if (hostName) {
            if (publicValue(hostName[1]!)) return true;
            break;
          }
        }
      }
    }
    return false;
  };
  const known = new Map<string, boolean>();
  return (name) => {
    let mapped = known.get(name);
    if (mapped === undefined) known.set(name, (mapped = texts.some(({ text }) => text.length <= 1_000_000 && mappedIn(text, name))));
    return mapped;
  };
}

export function analyseSkill(skill: ParsedSkill, options: AnalysisOptions): Threat[] {
  const known = cache.get(skill);
  if (known) return known;
  const threats: Threat[] = [];
  const texts = skillTexts(skill);
  const hiddenFiles = new Set(skill.source.files.map((file) => file.path.split('/').pop()!).filter((name) => name.startsWith('.') && name.length > 2));
  const fields = skill.frontmatter?.fields;
  const subject = `${String(fields?.get('name')?.value ?? '')} ${String(fields?.get('description')?.value ?? '')} ${skill.source.expectedName}`.toLowerCase();
  // "From scratch" says how something is rebuilt, not that what is removed is scratch data.
  const subjectWords = new Set(subject.replace(/\bfrom\s+scratch\b/g, 'anew').split(/[^a-z0-9]+/).filter((word) => word.length >= 3));
  const projectNames = projectNamesOf(String(fields?.get('name')?.value ?? ''), String(fields?.get('description')?.value ?? ''), skill.source.expectedName);
  const secretVariables = new Set<string>();
  const allSecretsVariables = new Set<string>();
  for (const text of texts) if (text.text.includes('secrets')) for (const match of text.text.matchAll(SECRET_BINDING)) secretVariables.add(match[1]!);
  for (const text of texts) if (text.text.includes('toJSON')) for (const match of text.text.matchAll(ALL_SECRETS_BINDING)) allSecretsVariables.add(match[1]!);
  const changeRequestVariables = new Set<string>();
  for (const text of texts) for (const match of text.text.matchAll(CHANGE_REQUEST_BINDING)) changeRequestVariables.add(match[1]!);
  // An allowed shell installer's PowerShell sibling (`install.sh` → `install.ps1`) comes from the same project.
  const allowed = (url: string) => isAllowedInstaller(url, options.allowedInstallers) || (/\.ps1$/i.test(url) && isAllowedInstaller(url.replace(/\.ps1$/i, '.sh'), options.allowedInstallers));
  // Data files the skill's code may read its settings from (deletion targets, commands), by base name.
  const dataFiles = new Map(texts.filter((text) => (SETTINGS_FILE.test(text.path) || LIST_FILE.test(text.path)) && text.text.length <= 65_536).map((text) => [text.path.slice(text.path.lastIndexOf('/') + 1), text.text] as const));
  const code = texts.filter((text) => !text.path.startsWith('evals/'));
  const context: AnalysisContext = {
    isAllowedInstaller: allowed, hiddenFiles, subjectWords, subject, projectNames, files: new Map(), downloaded: new Set(), secretVariables, allSecretsVariables, changeRequestVariables, dataFiles,
    fillsPlaceholder: placeholderFilling(texts),
    mapsHost: hostMapping(texts),
    verifiesDownloads: code.some((text) => VERIFIES_DOWNLOAD.test(text.text)),
    pushes: code.some((text) => PUSHES.test(text.text)),
    shipsLogs: code.some((text) => LOG_SHIPPER.test(text.text)),
    relays: code.some((text) => FORWARDER.test(text.text)),
    publishes: code.some((text) => PUBLISHES.test(text.text)),
    approvesReviews: code.some((text) => APPROVES_REVIEW.test(text.text)),
    promisesScansKept: texts.some((text) => text.isSkillFile && SCANS_KEPT.test(text.text)),
    artifactPaths: code.flatMap((text) => artifactPaths(text.text)),
    templateAddressSlots: templateAddressSlots(texts),
  };
  // Code is read only where a host provided the grammars (the browser preview does not yet); prose always.
  const readCode = grammarsReady();
  const budget: Budget = { ...SKILL_BUDGET, reported: false, seen: new Map() };
  context.scriptOutput = scriptOutputs(texts, context, budget);
  // A file the skill's code passes to a program (`run_eval.py references/cases.md`) is that program's input, not orders to the agent.
  const skillCode = texts.filter((text) => text.isSkillFile).flatMap((text) => codeUnits(text, skill.bodyOffset)).map((unit) => ` ${unit.text} `);
  const programInput = (path: string) => skillCode.some((code) => code.includes(` ${path} `) || code.includes(` ./${path} `));
  const sourced = shellSourcedNames(texts);
  for (const text of importedFirst(texts)) {
    // Trigger evals are sample requests to the skill, data that no agent runs or follows.
    if (text.path.startsWith('evals/')) continue;
    // Commands the prose orders come first: what they download is known when a configuration below starts it.
    if (readCode && (text.isSkillFile || PROSE_FILE.test(text.path))) threats.push(...analyseOrderedCommands(text, context, budget));
    if (readCode) {
      // A script read with the helpers it requires from other files of the skill, so a helper that sends what it is
      // handed is known where it is called; only findings in the script itself are kept.
      const joined = withRequiredHelpers(text, texts);
      const lastLine = text.lines.pointAt(text.text.length).line;
      const sourcedByShell = sourced.has(text.path.slice(text.path.lastIndexOf('/') + 1));
      threats.push(...analyseText(joined, skill.bodyOffset, context, budget, sourcedByShell).filter((threat) => threat.span.start.line <= lastLine));
    }
    // Scripts are read too: their comments and docstrings reach the agent that opens them.
    const data = DATA_FILE.test(text.path);
    if (text.isSkillFile || PROSE_FILE.test(text.path) || data || scriptLanguage(text.path, text.text) !== null || SOURCE_FILE.test(text.path)) {
      // Quotes, braces and underscores of keys would read as quoted examples and glued words, and a key is a field's name,
      // not a word of an order (`push:` of a workflow is no "push"); blanks keep the offsets.
      const prose = data ? text.text.replace(DATA_KEY, (key) => ' '.repeat(key.length)).replace(/["{}_]/g, ' ') : text.text;
      // A table of like records (test cases, a dataset) is data a program walks through, not orders to the agent.
      const table = data && isRecordTable(text.text);
      // Two readings of one order at one place (a pre-approval that is also an order to stop asking) are one finding.
      const reported = new Set<string>();
      for (const finding of analyzeProse(prose)) {
        const place = `${PROSE_THREAT[finding.kind] ?? 'agent-manipulation'} ${finding.start}`;
        if (reported.has(place)) continue;
        reported.add(place);
        threats.push({ threat: PROSE_THREAT[finding.kind] ?? 'agent-manipulation', severity: table || (!text.isSkillFile && scriptLanguage(text.path, text.text) === null && programInput(text.path)) || (finding.kind === 'download-run' && servedByOwnProject(finding.evidence, context)) ? 'warning' : proseSeverity(finding, text.text, subject), file: text.file, span: spanIn(text, finding.start, Math.max(1, finding.end - finding.start)), message: `"${finding.evidence}": ${finding.why}` });
      }
      // Orders carried to the agent another way: written into its instruction files, set as its prompt, addressed to it in a comment.
      if (!table) {
        for (const span of carriedOrders(text.text, !text.isSkillFile && (scriptLanguage(text.path, text.text) !== null || SOURCE_FILE.test(text.path)))) {
          const carried = carriedText(text.text, span);
          for (const finding of analyzeProse(carried)) {
            const threat = PROSE_THREAT[finding.kind] ?? 'agent-manipulation';
            const place = `${threat} ${span.start + finding.start}`;
            if (reported.has(place)) continue;
            reported.add(place);
            threats.push({ threat, severity: proseSeverity(finding, carried, subject), file: text.file, span: spanIn(text, span.start + finding.start, Math.max(1, finding.end - finding.start)), message: `"${finding.evidence}": ${finding.why} ${CARRIER_WHY[span.carrier]}` });
          }
        }
      }
    }
  }
  if (readCode) threats.push(...analyseHooks(skill, texts[0], context, budget));
  for (const text of texts) if (!text.path.startsWith('evals/')) threats.push(...sshWildcardTampering(text), ...logShipperCredentialInputs(text), ...buildToolCarriedSecrets(text), ...encodedSecretsForCommits(text), ...templatedDecodedCommands(text), ...lispEvaluations(text));
  for (const text of texts) if (REQUIREMENTS_FILE.test(text.path) || /(?:^|\/)package\.json$/.test(text.path)) threats.push(...typosquats(text));
  for (const text of texts) if (REQUIREMENTS_FILE.test(text.path)) threats.push(...directRequirements(text));
  for (const text of texts) if ((text.isSkillFile || PROSE_FILE.test(text.path)) && INSTALLS_REQUIREMENTS_FILE.test(text.text)) for (const [from, to] of requirementsBlocks(text.text)) threats.push(...directRequirements(text, from, to));
  if (readCode) for (const text of texts) if (!text.path.startsWith('evals/')) threats.push(...sshConfigCommands(text, context, budget));
  cache.set(skill, threats);
  return threats;
}

/** A shell's `source PATH` or `. PATH` (in code or quoted in prose), capturing the path. */
const SOURCES_PATH = /(?:^|[\s;&|(`'"])(?:source|\.)[ \t]{1,4}["']?((?:~|\$\{?HOME\}?|\.{1,2})?\/?[\w.+@-]{0,100}(?:\/[\w.+@-]{1,100}){0,12})/g;

/** Base names of the files the skill's texts have a shell source, each with a dot in it (a file, not a word of prose), with and without a leading dot. */
function shellSourcedNames(texts: readonly SkillText[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    if (!/\bsource\s|(?:^|[\s;&|(`'"])\.[ \t]/m.test(text.text)) continue;
    for (const match of text.text.matchAll(SOURCES_PATH)) {
      const name = match[1]!.slice(match[1]!.lastIndexOf('/') + 1);
      // A dot file is often shipped without its dot (`aliases.inc` installed as `~/.aliases.inc`).
      if (name.includes('.') && !/^\.+$/.test(name) && names.size < 100) names.add(name).add(name.replace(/^\./, ''));
    }
  }
  return names;
}

/** Page templates of the skill (Jinja, Nunjucks, Liquid, Handlebars, plain HTML with placeholders). */
const PAGE_TEMPLATE = /\.(?:html?|j2|jinja2?|njk|liquid|hbs|mustache)$/i;
/** The address of an image, script, frame or stylesheet in markup, capturing the attribute's value. */
const LOADED_ADDRESS = /<(?:img|script|iframe|source|embed|link)\b[^>]{0,300}?\b(?:src|href)\s{0,4}=\s{0,4}["']([^"'<>]{1,600})["']/gi;
/** A placeholder of a template (`{{ config.extra.build_id }}`, `{{ path | urlencode }}`), capturing the last piece of its name. */
const PLACEHOLDER = /\{\{-?\s{0,10}(?:[A-Za-z_]\w{0,60}\.){0,6}([A-Za-z_]\w{0,60})\s{0,10}(?:\|[^{}]{0,100})?-?\}\}/g;

/**
 * Names the skill's page templates put into a loaded address that goes off the page: one that starts with a
 * web address, or whose host is itself a placeholder (`{{ pixel }}?v={{ build_id }}`); the placeholder that
 * names the host is not counted.
 */
function templateAddressSlots(texts: readonly SkillText[]): Set<string> {
  const slots = new Set<string>();
  for (const text of texts) {
    if (!PAGE_TEMPLATE.test(text.path) || text.text.length > 262_144) continue;
    for (const address of text.text.matchAll(LOADED_ADDRESS)) {
      const value = address[1]!.trim();
      const hostIsPlaceholder = /^\{\{/.test(value);
      if (!/^https?:\/\//i.test(value) && !hostIsPlaceholder) continue;
      const placeholders = [...value.matchAll(PLACEHOLDER)];
      for (const [index, placeholder] of placeholders.entries()) if (!(hostIsPlaceholder && index === 0) && slots.size < 100) slots.add(placeholder[1]!);
    }
  }
  return slots;
}

const NOTHING_PRINTED: ReadonlySet<Label> = new Set();

/**
 * What each script file of the skill prints (secrets, the environment), read on demand the first time a
 * command of another file runs it with its output captured or piped, then remembered.
 */
function scriptOutputs(texts: readonly SkillText[], context: AnalysisContext, budget: Budget): (path: string) => ReadonlySet<Label> {
  const printed = new Map<string, ReadonlySet<Label>>();
  return (written) => {
    const path = written.replace(/^["']|["']$/g, '').replace(/^(?:\.\/|\$\{?\w+\}?\/|\$\(\s*dirname\s[^)]{0,200}\)\/)/, '');
    const text = texts.find((candidate) => !candidate.isSkillFile && (candidate.path === path || candidate.path.endsWith(`/${path}`)));
    if (!text) return NOTHING_PRINTED;
    const known = printed.get(text.path);
    if (known) return known;
    const labels = new Set<Label>();
    // Known (empty) while it is read, so scripts that run each other end.
    printed.set(text.path, labels);
    const own: AnalysisContext = { ...context, files: new Map(), downloaded: new Set(), shellVariables: new Map(), scriptOutput: undefined };
    for (const unit of codeUnits(text, 0)) {
      if (unit.language === 'config' || !(WORTH_PARSING.test(unit.text) || WORTH_PARSING_TOO.test(unit.text) || WORTH_PARSING_DELETES.test(unit.text))) continue;
      const program = readProgram(unit.language, unit.text, budget);
      if (!program) continue;
      for (const label of new ProgramAnalysis(program, own, unit.text).printedLabelsOfRun()) labels.add(label);
    }
    return labels;
  };
}

/** Files a script loads from beside it: Ruby's `require_relative`, PHP's `require`/`include`, Lua's `require`, Perl's `require`/`do`. */
const REQUIRES_SIBLING = /^[ \t]*(?:require_relative[ \t(]{1,4}["']([\w./-]{1,200})["']|(?:require|include)(?:_once)?[ \t(]{1,4}(?:(?:__DIR__|dirname\(__FILE__\))[ \t]{0,4}\.[ \t]{0,4})?["']\/?([\w./-]{1,200}\.(?:php|inc|pl|pm))["']|(?:local[ \t]+\w{1,60}[ \t]{0,4}=[ \t]{0,4})?require[ \t(]{1,4}["']([\w.-]{1,200})["']|do[ \t]{1,4}["']([\w./-]{1,200}\.pl)["'])/gm;
/** Script languages read line by line whose helpers may live in another file of the skill. */
const SIBLING_SCRIPT = /\.(?:rb|php|lua|pl|pm)$/;
const MAX_JOINED_HELPERS = 4;
/** A shell library a script sources from the skill (`source "$(dirname "$0")/lib.sh"`, `. ./common.bash`), capturing its file name. */
const SOURCES_SIBLING = /^[ \t]*(?:source|\.)[ \t]{1,4}(?:[^\n;&|]{0,200}?\/)?["']?([\w-][\w.-]{0,99}\.(?:sh|bash))\b/gm;
/** Shell scripts, whose libraries are sourced from beside them. */
const SHELL_SCRIPT = /\.(?:sh|bash)$/;

/**
 * A script of a line-read language with the files it requires from the skill appended (their opening `<?php` blanked),
 * a shell script with the libraries it sources from the skill, or the script itself when it takes none.
 */
function withRequiredHelpers(text: SkillText, texts: readonly SkillText[]): SkillText {
  const shell = SHELL_SCRIPT.test(text.path);
  if (text.isSkillFile || (!SIBLING_SCRIPT.test(text.path) && !shell)) return text;
  const extension = text.path.slice(text.path.lastIndexOf('.'));
  const folder = text.path.slice(0, text.path.lastIndexOf('/') + 1);
  const helpers: string[] = [];
  // A shell script's functions may come from a library it sources: the library's definitions are read with it.
  for (const match of text.text.slice(0, 65_536).matchAll(shell ? SOURCES_SIBLING : REQUIRES_SIBLING)) {
    const named = shell ? match[1]! : match[1] ?? match[2] ?? match[4] ?? match[3]!.replace(/\./g, '/');
    const wanted = shell || (/\.\w{1,4}$/.test(named) && match[3] === undefined) ? named : `${named}${extension}`;
    const path = `${folder}${wanted}`.replace(/(?:^|\/)\.\//g, (piece) => piece.slice(0, -2));
    const helper = texts.find((candidate) => candidate !== text && !candidate.isSkillFile && (candidate.path === path || candidate.path.endsWith(`/${wanted}`)));
    if (helper && helper.text.length <= 65_536 && !helpers.includes(helper.text)) helpers.push(helper.text.replace(/^<\?php\b/, '     '));
    if (helpers.length >= MAX_JOINED_HELPERS) break;
  }
  if (helpers.length === 0) return text;
  const joined = `${text.text}\n${helpers.join('\n')}`;
  return { ...text, text: joined, lines: new LineIndex(joined) };
}

/**
 * The skill's texts with its Python and JavaScript modules that other files import moved before those files
 * (SKILL.md stays first), so a helper that sends its parameters is known where it is called.
 */
function importedFirst(texts: readonly SkillText[]): SkillText[] {
  const scripts = texts.filter((text) => /\.(?:py|m?js|cjs|ts|mts)$/.test(text.path));
  if (scripts.length < 2) return [...texts];
  const imported = new Set<string>();
  for (const text of scripts) {
    for (const match of text.text.slice(0, 65_536).matchAll(/\bfrom\s+\.?([A-Za-z_]\w{0,100})\s+import\b|^\s*import\s+([A-Za-z_]\w{0,100})|\brequire\(\s*["']\.{1,2}\/([\w/-]{1,200}?)(?:\.[cm]?js)?["']|\bfrom\s+["']\.{1,2}\/([\w/-]{1,200}?)(?:\.[cm]?[jt]s)?["']/gm)) {
      const module = (match[1] ?? match[2] ?? match[3] ?? match[4])!;
      imported.add(module.slice(module.lastIndexOf('/') + 1));
      if (imported.size > 500) break;
    }
  }
  const isImported = (text: SkillText) => scripts.includes(text) && imported.has(text.path.slice(text.path.lastIndexOf('/') + 1).replace(/\.\w+$/, ''));
  return [...texts.filter((text, index) => index === 0 || isImported(text)), ...texts.filter((text, index) => index !== 0 && !isImported(text))];
}

/** A sentence that orders the reader to run or install what it quotes. */
const ORDERS_COMMAND = /(?:^|[.!?:;,]\s+|\n[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?)(?:(?:for\s+)?(?:each|every)(?:\s+[\w-]{1,30}){1,3},?\s+)?(?:first,?\s+|then,?\s+|now,?\s+|next,?\s+|always\s+|also\s+|please\s+|just\s+)?(?:run|execute|exec|type|paste|enter|invoke|append|add|put|insert|call|launch|start|use|issue|fire off|download|fetch)\b/gi;
/** The same orders in other languages (`führe … aus`, `exécute`, `ejecuta`, `esegui`). */
const ORDERS_COMMAND_ABROAD = /(?:^|[.!?:;,]\s+|\n[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?)(?:dann\s+|zuerst\s+|danach\s+|puis\s+|ensuite\s+|d'abord\s+|luego\s+|primero\s+|después\s+|poi\s+|prima\s+)?(?:führe|fuehre|führen|fuehren|starte|starten|gib|geben|tippe|tippen|verwende|verwenden|nutze|nutzen|exécute|exécutez|execute|executez|lance|lancez|tape|tapez|utilise|utilisez|saisissez|collez|ejecuta|ejecute|ejecuten|corre|escribe|escriba|lanza|lance|usa|use|pegue|esegui|esegua|eseguite|lancia|lanciate|digita|digitate|utilizza|utilizzate|rode|digite|cole)(?:\s+sie)?\b/gi;
/** A quote given as the means of the act a sentence orders (`delete the folder with \`…\``, `mit \`…\``, `avec \`…\``): the act is done by running it. */
const ORDERED_MEANS = /\s(?:with|using|via|mit|avec|en utilisant|con|usando|mediante)\s{1,4}$/i;
/**
 * Words that make a quoted command an example to recognise or avoid, not an order, when they frame the order itself:
 * in its own clause before the quote (`run, for instance, \`…\``), not in a clause before it (`to avoid prompts, run \`…\``)
 * nor after the quote (`run \`…\` and never skip it`).
 */
const QUOTE_FRAMING = /\b(?:never|don't|do not|avoid|must not|should not|refuse|instead of|rather than|unlike|versus|vs|looks like|such as|for instance)\b|\bnot\s+(?:run|execute)\b|\be\.g\./i;
/** What a sentence goes on to say of the quote itself (`\`…\`" is a pattern to refuse`, `\`…\` should never be run`). */
const DESCRIBES_QUOTE = /^["'\u201d]?\s{0,4}(?:is|are|was|were|would be|should|must|looks)\b[^.;!?]{0,80}/;
/** Words that make the sentence about attacks wherever they stand in it; a danger denied (`it is not dangerous`) is a reassurance, not a warning. */
const QUOTE_TOPIC = /\b(?:attackers?|malicious|malware|adversar\w*|payloads?|indicators?|example of an attack|red flags?)\b|(?<!\b(?:not|never|isn't|nothing|no)\s{1,4}(?:\w{1,20}\s{1,4})?)\b(?:dangerous|warning)\b/i;
/** Words of detecting and hunting, which make a quote a thing looked for when they come before it (after it, `to detect …` is the order's purpose). */
const QUOTE_STUDIED = /\b(?:detect\w*|hunt\w*)\b/i;
const CODE_SPAN = /``[ \t]?([^`\n]{6,400}?)[ \t]?``|`([^`\n]{6,400})`|<code>([^<\n]{6,400})<\/code>/g;
/** A quoted command line: a program name and its arguments. */
const COMMAND_LINE_WORDS = /^(?:sudo\s+)?[a-z][\w.-]{1,30}(?:\s+[^\s`]{1,200}){1,30}\s*$/i;
const MAX_ORDERED_COMMANDS = 200;
/** Quoted spans looked at per text, and how far around one its sentence is looked for: both bound the work on hostile prose. */
const MAX_QUOTED_SPANS = 2000;
const SENTENCE_REACH = 400;

/**
 * Commands quoted in prose (`` `…` ``) in a sentence that orders the reader to run them: an agent
 * follows the sentence as readily as a code block. Quotes in sentences about attacks, warnings and
 * examples are left alone, and tables (lists of indicators) are not read.
 */
function analyseOrderedCommands(text: SkillText, context: AnalysisContext, budget: Budget): Threat[] {
  const threats: Threat[] = [];
  const source = text.text;
  let fenced = false;
  let lineStart = 0;
  let analysed = 0;
  let spans = 0;
  let previousLine = '';
  // The line a list hangs from (`Ask the user before you:`), kept while its items and their continuation lines follow.
  let leadIn = '';
  while (lineStart <= source.length && analysed < MAX_ORDERED_COMMANDS && spans < MAX_QUOTED_SPANS) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    // A quoted block's markers (`> `) are blanked: its sentences are read as the text's own, at their own columns.
    const raw = source.slice(lineStart, lineEnd);
    const line = raw.startsWith('>') || /^ {1,3}>/.test(raw) ? raw.replace(/^(?: {0,3}>[ \t]?)+/, (markers) => ' '.repeat(markers.length)) : raw;
    const listItem = PROSE_LIST_ITEM.test(line);
    // Items that complete "… needs an explicit yes" or "ask before you:" name what must wait for the user, not what to run.
    const waitsForUser = listItem && LIST_NEEDS_CONSENT.test(leadIn);
    if (/^\s{0,3}(?:```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && !waitsForUser && (line.includes('`') || line.includes('<code>')) && !/^\s*\|/.test(line) && !/^\s{4}/.test(line)) {
      CODE_SPAN.lastIndex = 0;
      for (let match = CODE_SPAN.exec(line); match && analysed < MAX_ORDERED_COMMANDS && spans < MAX_QUOTED_SPANS; match = CODE_SPAN.exec(line)) {
        spans++;
        const quoted = (match[1] ?? match[2] ?? match[3])!;
        const command = match[3] === undefined ? quoted : decodeEntities(quoted);
        const commandAt = match.index + match[0].indexOf(quoted);
        const language = looksLikeCode(command) ?? (COMMAND_LINE_WORDS.test(command) ? 'bash' : null);
        if (!/\s/.test(command) || !language) continue;
        // The sentence holding the quote (at most a few hundred characters either side): from the last sentence end before it to the next one after it.
        const from = Math.max(0, match.index - SENTENCE_REACH);
        const before = line.slice(from, match.index);
        const sentenceStart = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), -1) + 1;
        const following = line.slice(match.index + match[0].length, match.index + match[0].length + SENTENCE_REACH);
        const afterEnd = following.search(/[.!?](?:\s|$)/);
        const sentence = line.slice(sentenceStart, match.index + match[0].length + (afterEnd === -1 ? following.length : afterEnd));
        // The quote must be what the order is about: right after its verb, with no other quote in between.
        // A quote that opens its line continues the sentence of the line before (`…, run` / `` `cmd` ``).
        const opensLine = line.slice(0, match.index).trim() === '';
        const earlier = opensLine ? previousLine.slice(Math.max(previousLine.lastIndexOf('. '), previousLine.lastIndexOf('! '), previousLine.lastIndexOf('? '), -1) + 1) : '';
        const prefix = `\n${earlier.slice(-SENTENCE_REACH)} ${line.slice(sentenceStart, match.index)}`;
        let orderEnd = -1;
        let orderStart = 0;
        ORDERS_COMMAND.lastIndex = 0;
        for (let order = ORDERS_COMMAND.exec(prefix); order; order = ORDERS_COMMAND.exec(prefix)) [orderStart, orderEnd] = [order.index, order.index + order[0].length];
        ORDERS_COMMAND_ABROAD.lastIndex = 0;
        for (let order = ORDERS_COMMAND_ABROAD.exec(prefix); order; order = ORDERS_COMMAND_ABROAD.exec(prefix)) if (order.index + order[0].length > orderEnd) [orderStart, orderEnd] = [order.index, order.index + order[0].length];
        if (ORDERED_MEANS.test(prefix.slice(-40))) orderEnd = prefix.length;
        const between = orderEnd === -1 ? '' : prefix.slice(orderEnd);
        const step = isNumberedStep(line.slice(0, match.index), line.slice(match.index + match[0].length), previousLine);
        // A step's command is read as its order only when the item announcing it gives no example or warning.
        // Quotes the same order chains (`run \`a\` then \`b\``) are all ordered.
        const chained = CHAINED_QUOTES.test(between);
        if ((!step && (orderEnd === -1 || (between.includes('`') && !chained) || between.length > (chained ? 400 : 60))) || QUOTE_FRAMING.test(prefix.slice(orderStart)) || QUOTE_FRAMING.test(DESCRIBES_QUOTE.exec(following.slice(0, afterEnd === -1 ? following.length : afterEnd))?.[0] ?? '') || QUOTE_TOPIC.test(sentence) || QUOTE_TOPIC.test(earlier) || QUOTE_STUDIED.test(prefix) || (step && orderEnd === -1 && (QUOTE_FRAMING.test(previousLine) || QUOTE_TOPIC.test(previousLine) || QUOTE_STUDIED.test(previousLine)))) continue;
        analysed++;
        for (const finding of analyseCode(language, language === 'bash' ? withoutPlaceholders(command) : command, context, 0, budget)) {
          if (finding.severity !== 'error') continue;
          const start = lineStart + commandAt + finding.start;
          threats.push({ threat: finding.threat, severity: 'error', file: text.file, span: spanIn(text, start, Math.max(1, Math.min(finding.end, command.length) - finding.start)), message: `This command, which the text tells the reader to run, ${finding.why}` });
        }
      }
    }
    previousLine = fenced ? '' : line;
    if (!fenced && !listItem && /^\S/.test(line)) leadIn = line;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return threats;
}

/** A list item's opening: a bullet or a number. */
const PROSE_LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]/;
/**
 * A line that makes the list under it a list of acts that wait for the user: it ends by asking first (`get a clear "go ahead" before you:`)
 * or saying they need consent (`Actions that always need an explicit "yes"`).
 */
const LIST_NEEDS_CONSENT = /(?:\b(?:ask|confirm\w{0,6}|approv\w{0,6}|consent|permission|go[- ]ahead|yes)\b[^\n]{0,120}\bbefore(?:\s+(?:you|running|doing|using|any\s+of\s+these))?|\b(?:needs?|requires?)\s+(?:an?\s+)?(?:explicit\s+|clear\s+|written\s+)?["“]?(?:yes|approval|confirmation|consent|permission|go[- ]ahead)["”]?)\s{0,4}:?\s{0,4}$/i;

/** Quoted commands joined by "then", "and" or a comma after an order's verb: the next quote continues the order. */
const CHAINED_QUOTES = /^\s*(?:`[^`\n]{1,200}`\s*(?:,\s*)?(?:and then|then|and|,)\s*){1,4}$/;

/**
 * A quoted command that is a step of a numbered procedure by itself: the whole item (`2. \`cmd\``), or
 * alone on the line under an item that announces it (`2. Rebuild the state:` then `   \`cmd\``).
 */
function isNumberedStep(before: string, after: string, previousLine: string): boolean {
  if (!/^\s*[.;:]?\s*$/.test(after)) return false;
  if (/^\s{0,3}\d{1,3}[.)][ \t]+$/.test(before)) return true;
  return /^\s*$/.test(before) && /^\s{0,3}\d{1,3}[.)][ \t]/.test(previousLine) && previousLine.trimEnd().endsWith(':');
}

/** Files pip installs from line by line (`pip install -r requirements.txt`). */
const REQUIREMENTS_FILE = /(?:^|\/)(?:requirements|constraints)[\w.-]{0,60}\.(?:txt|in)$/i;

/** Requirements naming a package one swapped letter away from a popular one: whatever it holds runs on install. */
function typosquats(text: SkillText): Threat[] {
  const named = text.path.endsWith('package.json') ? typosquattedDependencies(text.text) : typosquattedRequirements(text.text);
  return named.map(({ start, length, name, popular }) => ({
    threat: 'download-exec', severity: 'error', file: text.file, span: spanIn(text, start, length),
    message: `"${name}" is \`${popular}\` with two letters swapped, a name registered to catch the typo; installing it runs its author's code`,
  }));
}

/** A requirement installed straight from an address (`https://host/pkg.tar.gz`, `name @ https://…`, `-e git+https://…`), capturing it. */
const DIRECT_REQUIREMENT = /^[ \t]*(?:-e[ \t]+)?(?:[A-Za-z0-9][\w.-]{0,100}(?:\[[\w,. -]{0,200}\])?[ \t]*@[ \t]*)?((?:git\+)?https?:\/\/[!-"$-:<-~]{1,2000})([^\n]{0,2000})$/gm;

/**
 * Requirements fetched from an address instead of the package index: pip builds and runs what it gets
 * there, checked against nothing unless a hash is given. A code host's repository is a warning (pin it);
 * anywhere else, an error, as on the command line.
 */
function directRequirements(text: SkillText, from = 0, to = text.text.length): Threat[] {
  const lines = text.text.slice(from, to);
  if (!lines.includes('://')) return [];
  const threats: Threat[] = [];
  for (const match of lines.matchAll(DIRECT_REQUIREMENT)) {
    const url = match[1]!.replace(/^git\+/, '');
    if (/^https?:\/\/(?:localhost|127\.|\[::1\])/.test(url) || /--hash=|[#&](?:sha256|sha384|sha512)=/.test(match[0])) continue;
    const codeHost = /^https:\/\/(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(url);
    threats.push({
      threat: 'download-exec', severity: codeHost ? 'warning' : 'error', file: text.file, span: spanIn(text, from + match.index! + match[0].indexOf(match[1]!), match[1]!.length),
      message: codeHost ? 'installs a requirement straight from a repository instead of the package index; pin a commit or a hash' : `installs a requirement from ${url.slice(0, 120)} instead of the package index, running whatever that server hands out`,
    });
    if (threats.length >= 20) break;
  }
  return threats;
}

/** A requirements file handed to pip (`pip install -r requirements-dev.txt`, `uv pip install -r …`, `pip-sync …`). */
const INSTALLS_REQUIREMENTS_FILE = /\bpip3?\s[^\n`]{0,200}?(?:-r|--requirement)[\s=][^\n`]{0,200}?\.(?:txt|in)\b|\bpip-sync\b/;
/** A fence line of Markdown: its marker and what follows it (the language of an opening fence). */
const FENCE_LINE = /^[ \t]{0,12}(`{3,}|~{3,})([^\n`]{0,200})$/gm;
/** The language of a fence that holds a plain list: none, `text`, `requirements`. */
const PLAIN_LIST_LANGUAGE = /^[ \t]*(?:te?xt|requirements(?:\.txt)?|pip)?[ \t]*$/;
/** A line a requirements file may hold: a comment, an option, a package with its version, markers or address, or an address. */
const REQUIREMENT_LINE = /^[ \t]{0,40}(?:#[^\n]{0,2000}|-{1,2}[a-z][\w-]{0,40}(?:[ \t=][^\n]{0,2000})?|[A-Za-z0-9][\w.-]{0,100}(?:\[[\w,. -]{0,200}\])?[ \t]{0,10}(?:[<>=!~@;][^\n]{0,2000})?|(?:git\+)?https?:\/\/[^\n]{1,2000})?$/;

/**
 * The fenced blocks of a document that read as a requirements file written out for the reader to save
 * (no language, every line a requirement, an option or a comment, one of them at least an address), as offsets.
 */
function requirementsBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let open: { marker: string; language: string; from: number } | null = null;
  for (const fence of text.matchAll(FENCE_LINE)) {
    const [line, marker, info] = fence as unknown as [string, string, string];
    if (open === null) {
      open = { marker, language: info, from: fence.index! + line.length + 1 };
      continue;
    }
    if (marker[0] !== open.marker[0] || marker.length < open.marker.length || info.trim() !== '') continue;
    const body = text.slice(open.from, fence.index!);
    if (PLAIN_LIST_LANGUAGE.test(open.language) && body.includes('://') && body.split('\n').every((bodyLine) => REQUIREMENT_LINE.test(bodyLine))) blocks.push([open.from, fence.index!]);
    open = null;
    if (blocks.length >= 20) break;
  }
  return blocks;
}

/**
 * SSH client settings for every host (`Host *`) that turn off host key checks: every later connection
 * trusts whoever answers, so a man in the middle goes unnoticed.
 */
function sshWildcardTampering(text: SkillText): Threat[] {
  if (!text.text.includes('Host') || !/StrictHostKeyChecking/i.test(text.text)) return [];
  const threats: Threat[] = [];
  let wildcard = false;
  let offset = 0;
  for (const line of text.text.split('\n')) {
    if (/^\s*(?:Host|Match)\s/i.test(line)) wildcard = /^\s*(?:Host\s+\*|Match\s+all)\s*$/i.test(line);
    else if (wildcard && /^\s*StrictHostKeyChecking\s*[= ]\s*(?:no|off)\b/i.test(line)) {
      const start = offset + line.search(/\S/);
      threats.push({ threat: 'security-tampering', severity: 'error', file: text.file, span: spanIn(text, start, line.trim().length), message: 'This SSH configuration turns off host key checks for every host, so connections trust whoever answers' });
      if (threats.length >= 5) break;
    }
    offset += line.length + 1;
  }
  return threats;
}

/** A log shipper's input that tails files (Vector, Fluent Bit, Fluentd, Filebeat, Promtail, rsyslog). */
const LOG_SHIPPER_INPUT = /\btype:[ \t]{0,4}["']?(?:file|filestream|log)\b|^[ \t]*[Nn]ame[ \t]{1,20}tail\b|@type[ \t]{1,20}tail\b|\b__path__:|\bimfile\b|\bfilebeat\.inputs\b|^[ \t]*\[\[?inputs?\.(?:tail|file)\b/m;
/** Where a log shipper sends what it reads: a sink, an output, a client or a forwarding action. */
const LOG_SHIPPER_OUTPUT = /^[ \t]*(?:sinks|outputs?|clients|output\.\w{1,40}):|^[ \t]*\[(?:OUTPUT|\[?outputs?\.\w{1,40}\]?)\]|<match\b|\bomfwd\b|\bomhttp\b/im;
/** A line naming the files an input reads (`include:`, `paths:`, `Path`, `__path__:`, `File=`), or an item of such a list. */
const LOG_INPUT_PATH_KEY = /^[ \t]*(?:-[ \t]{1,4})?["']?(?:include|paths?|__path__|files?)["']?[ \t]*[:=]|^[ \t]*Path[ \t]/i;
const LIST_ITEM = /^[ \t]*-[ \t]/;

/**
 * A log shipper told to read credential files (`~/.aws/credentials`, private keys, `.env` files) as if they
 * were logs: every line of them is sent to the collector, looking like routine log traffic.
 */
function logShipperCredentialInputs(text: SkillText): Threat[] {
  if (!LOG_SHIPPER_INPUT.test(text.text) || !LOG_SHIPPER_OUTPUT.test(text.text)) return [];
  const threats: Threat[] = [];
  let inPathList = false;
  let listReported = false;
  let offset = 0;
  for (const line of text.text.split('\n')) {
    const keyed = LOG_INPUT_PATH_KEY.test(line);
    const item = inPathList && LIST_ITEM.test(line);
    // One finding for each list of paths, on its first credential file.
    if ((keyed || (item && !listReported)) && CREDENTIAL_STORE.test(line)) {
      const start = offset + line.search(/\S/);
      threats.push({ threat: 'covert-channel', severity: 'error', file: text.file, span: spanIn(text, start, line.trim().length), message: 'This log shipper reads credential files as logs, so the secrets in them leave with the log traffic' });
      listReported = true;
      if (threats.length >= 5) break;
    }
    // A key with no value opens a list of paths; any other key closes it.
    if (keyed) {
      inPathList = /[:=][ \t]*$/.test(line);
      listReported = false;
    }
    else if (!item && /\S/.test(line)) inPathList = false;
    offset += line.length + 1;
  }
  return threats;
}

/** A request header a Maven settings file adds (`<httpHeaders><property><name>…</name><value>…</value>`), its name and value. */
const MAVEN_HEADER = /<property>\s{0,200}<name>\s{0,20}([^<\n]{1,100})<\/name>\s{0,200}<value>\s{0,20}([^<\n]{1,300})<\/value>/g;
/** A header name that says it carries a login (`Private-Token`, `X-JFrog-Art-Api`, `Authorization`). */
const LOGIN_HEADER_NAME = /auth|token|key|secret|passw|credential|api|bearer|cookie|session/i;
/** A build scan's custom value, tag or link (`value("k", …)`, `buildScan.tag(…)`), published with the scan to its server. */
const BUILD_SCAN_VALUE = /(?:^|[\s.{])(?:value|tag|link)(?:\s{0,4}\(|\s{1,4}(?=["']))([^\n]{1,1000})/;
/** What a build script reads that holds secrets: the whole environment (not a test of whether it has a key, a boolean), a variable named like a secret, a credential file. */
const BUILD_SCRIPT_SECRET = /\b(?:System\.)?getenv\(\s{0,4}\)(?!\.containsKey\()|\bgetenv\(\s{0,4}["'][\w.-]{0,60}(?:TOKEN|SECRET|PASSW|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)[\w.-]{0,60}["']|\bSystem\.getProperties\(\s{0,4}\)/i;

/**
 * Secrets a build tool's own settings send with every build: a Maven server's extra request header named like
 * anything but a login and filled from a secret (`<name>X-Client-Id</name><value>${env.GITHUB_TOKEN}</value>`), and a
 * build scan's custom values made from the environment or a credential file, which the scan publishes to its server.
 */
function buildToolCarriedSecrets(text: SkillText): Threat[] {
  const threats: Threat[] = [];
  if (text.text.includes('<httpHeaders>')) {
    for (const match of text.text.matchAll(MAVEN_HEADER)) {
      const [, name, value] = match;
      const variable = /\$\{env\.([\w.-]{1,100})\}/.exec(value!)?.[1];
      if (!variable || !SECRET_NAME.test(variable) || LOGIN_HEADER_NAME.test(name!)) continue;
      const start = match.index + match[0].lastIndexOf(value!);
      threats.push({ threat: 'covert-channel', severity: 'error', file: text.file, span: spanIn(text, start, value!.length), message: `This Maven setting sends a secret in the "${name!.trim()}" header of every request to the repository, a header named like anything but a login` });
      if (threats.length >= 5) return threats;
    }
  }
  if (/\bbuildScan\b/.test(text.text)) {
    let offset = 0;
    for (const line of text.text.split('\n')) {
      const carried = BUILD_SCAN_VALUE.exec(line)?.[1];
      if (carried && (BUILD_SCRIPT_SECRET.test(carried) || CREDENTIAL_STORE.test(carried))) {
        const start = offset + line.search(/\S/);
        threats.push({ threat: 'covert-channel', severity: 'error', file: text.file, span: spanIn(text, start, line.trim().length), message: 'This build scan setting puts the environment or a credential file into a custom value, which every scan publishes to the scan server' });
        if (threats.length >= 5) break;
      }
      offset += line.length + 1;
    }
  }
  return threats;
}

/** Code in a span or fence of markdown (`` `…` ``, a fenced block), bounded. */
const SPAN_OR_FENCE = /```[\w-]{0,12}\n([^`]{1,1000})```|`([^`\n]{1,400})`/g;
/** A command that prints a credential file or the environment encoded (`base64 -w0 .env`, `env | gzip | base64`, `xxd -p ~/.npmrc`). */
const ENCODES_OUTPUT = /\bbase(?:64|32)\b(?![^|;\n]{0,40}\s(?:-d|-D|--decode)\b)|\bxxd\s{1,4}-p\b|\bbasenc\b|\bod\s{1,4}-/;
const PRINTS_ENVIRONMENT = /(?:^|[|;(\s])(?:env|printenv|set)(?=\s{0,4}(?:\||$))/m;
/** Where the prose says that output goes: a commit's message or trailer, a tag's message. */
const COMMIT_MESSAGE_PLACE = /\bcommit (?:message|body|footer|trailer)s?\b|\btrailers?\b|\btag (?:message|annotation)s?\b/i;
/** The prose asks for a command's output to be put somewhere ("paste the full output", "compute it with"). */
const OUTPUT_PASTED = /\b(?:paste|include|insert|append|put|add|copy)\b[^.\n]{0,60}\b(?:output|result)\b|\bcompute (?:it|the value|its value)\b|\b(?:output|result) of\b/i;
/** The prose sends that output to a store of secrets instead ("paste the output into the repository secret `ENV_FILE`"). */
const INTO_SECRET_STORE = /\b(?:into|in|to|as)\s(?:a |an |the )?(?:[\w-]{1,20}\s){0,3}(?:secrets?|variables?|settings|vault|keychain|password manager)\b/i;

/**
 * A skill that has the agent encode a credential file or the environment and paste the result into a commit
 * message or trailer: disguised as an opaque hash, the secret travels with every push of the history.
 */
function encodedSecretsForCommits(text: SkillText): Threat[] {
  if (!text.isSkillFile || !COMMIT_MESSAGE_PLACE.test(text.text)) return [];
  for (const match of text.text.matchAll(SPAN_OR_FENCE)) {
    const code = match[1] ?? match[2]!;
    if (!ENCODES_OUTPUT.test(code) || !(CREDENTIAL_STORE.test(code) || PRINTS_ENVIRONMENT.test(code))) continue;
    const around = text.text.slice(Math.max(0, match.index - 700), match.index + match[0].length + 400);
    const after = text.text.slice(match.index + match[0].length, match.index + match[0].length + 400);
    if (!COMMIT_MESSAGE_PLACE.test(around) || !OUTPUT_PASTED.test(around) || INTO_SECRET_STORE.test(after)) continue;
    const start = match.index + match[0].indexOf(code);
    return [{ threat: 'covert-channel', severity: 'error', file: text.file, span: spanIn(text, start, code.trimEnd().length), message: 'This skill has the agent paste a credential file or the environment, encoded, into a commit message, where it travels as an opaque hash with every push' }];
  }
  return [];
}

/** SSH client settings whose value is a command ssh runs by itself, on every matching connection. */
const SSH_COMMAND_SETTING = /^[ \t]*(?:ProxyCommand|LocalCommand|KnownHostsCommand)[ \t]*(?:=[ \t]*|[ \t])(?=\S)/i;
/** A name lookup or ping whose argument is built from the connection's details (`%r`, `%h`) or a command's output. */
const LOOKS_UP_DETAILS = /(?:^|[\s;&|("'])(?:host|dig|nslookup|drill|ping|getent)\s[^;&|\n]{0,300}(?:%[rhnulCdLk]|\$\()/;

/**
 * Commands in SSH client settings (`ProxyCommand`, `LocalCommand`, `KnownHostsCommand`), read as shell code
 * with ssh's `%` tokens as plain words. A name lookup built from the connection's user or host reports every
 * connection to whoever answers for that name.
 */
function sshConfigCommands(text: SkillText, context: AnalysisContext, budget: Budget): Threat[] {
  if (!/Command/.test(text.text) || !/^[ \t]*(?:ProxyCommand|LocalCommand|KnownHostsCommand)\b/im.test(text.text)) return [];
  const threats: Threat[] = [];
  let offset = 0;
  let read = 0;
  for (const line of text.text.split('\n')) {
    const setting = SSH_COMMAND_SETTING.exec(line);
    if (setting && threats.length < 20 && read++ < 50) {
      const start = offset + setting[0].length;
      const command = line.slice(setting[0].length, setting[0].length + 4000).replace(/\r$/, '');
      if (LOOKS_UP_DETAILS.test(command)) threats.push({ threat: 'covert-channel', severity: 'error', file: text.file, span: spanIn(text, start, command.length), message: 'This SSH setting looks up a name built from each connection\'s user and host, reporting every connection to whoever answers for that name' });
      for (const finding of analyseCode('bash', command.replace(/%([%\w])/g, '_$1'), context, 0, budget)) {
        if (finding.severity !== 'error') continue;
        threats.push({ threat: finding.threat, severity: 'error', file: text.file, span: spanIn(text, start + finding.start, Math.max(1, Math.min(finding.end, command.length) - finding.start)), message: `This command, which ssh runs by itself on every connection, ${finding.why}` });
      }
    }
    offset += line.length + 1;
  }
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
    const findings = analyseCode('bash', command, context, 0, budget);
    // The agent hands every hook the event on standard input: the tool's input and output, file contents, command output.
    if (sendsHookInput(command)) findings.push({ threat: 'exfiltration', severity: 'error', start: 0, end: command.length, why: 'sends what the agent hands the hook (tool inputs and outputs, file contents, command output) to another host' });
    for (const finding of findings) {
      const span = written ? spanIn(skillFile, at + finding.start, Math.max(1, Math.min(finding.end, command.length) - finding.start)) : field.keySpan;
      threats.push({ threat: finding.threat, severity: finding.severity, file: skillFile.file, span, message: `This hook command ${finding.why}` });
    }
  }
  return threats;
}

/** A client that sends its standard input (`curl --data-binary @-`, `curl -T -`, `nc host port`), at the start of a pipeline stage. */
const SENDS_STDIN = /^\s*(?:(?:curl|http|https|xh)\s[^\n]{0,400}?(?:\s(?:-d|--data(?:-binary|-raw|-urlencode)?|-F|--form|--json)[\s=]["']?(?:[\w-]{1,40}=)?@-(?=["'\s]|$)|\s(?:-T|--upload-file)\s+["']?-["']?(?=\s|$))|(?:nc|ncat|netcat|socat)\s)/;
/** Filters that pass their standard input on, changed but whole. */
const STDIN_FILTER = /^\s*(?:jq|cat|tee|gzip|base64|sed|tr|awk)(?:\s|$)/;

/** Whether a hook command sends its standard input, the event the agent hands it, to a host other than this machine. */
function sendsHookInput(command: string): boolean {
  const stages = command.split(/\|(?!\|)/);
  const sender = stages.findIndex((stage) => SENDS_STDIN.test(stage));
  if (sender === -1 || !stages.slice(0, sender).every((stage) => STDIN_FILTER.test(stage) && !/\s[\w./~-]{1,200}\.\w{1,8}(?:\s|$)/.test(stage))) return false;
  const stage = stages[sender]!;
  const hosts = Array.from(stage.matchAll(/\bhttps?:\/\/([^\s/:"']{1,253})|^\s*(?:nc|ncat|netcat)\s(?:-\w+\s+(?:\d+\s+)?)*([\w.-]{1,253})/g), (match) => (match[1] ?? match[2])!);
  return hosts.some((host) => !/^(?:localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|0\.0\.0\.0)$/.test(host));
}

/** Variables a line of an unparsed language assigns: `x = …`, `my $x`, `x := …`, `push @x, …`, `for x in`, `val x: T by project`. */
const LINE_DEFINES = /^\s*(?:(?:local|var|let|const|val|auto|final)\s+)?(?:mut\s+)?[$@]?([A-Za-z_]\w*)\s*(?:\.|\+|\|\||:|\.\.)?=(?![=~>])|^\s*(?:if\s+)?([A-Za-z_]\w*)\s*,\s*[A-Za-z_]\w*\s*:?=(?![=~>])|\b(?:my|our|local)\s+[$@%]([A-Za-z_]\w*)|\bpush\s*\(?\s*@([A-Za-z_]\w*)|^\s*([A-Za-z_]\w*)\s*<<\s|\bfor(?:each)?\s*\(?\s*(?:(?:my|var|let|const|auto|final|bool|boolean|byte|sbyte|char|short|ushort|int|uint|long|ulong|float|double|decimal|string|object|[A-Z]\w{0,60})\s+)?\$?([A-Za-z_]\w*)(?:\s*,\s*\$?([A-Za-z_]\w*))?\s+(?:in|:=\s*range|:)\s|\bforeach\s*\([^\n]{1,200}?\sas\s+\$([A-Za-z_]\w*)(?:\s*=>\s*\$([A-Za-z_]\w*))?|\b(?:let|val|var|const)\s+(?:mut\s+)?([A-Za-z_]\w*)\s*:[^=\n]{1,80}=(?![=~>])|\blet\s+\w+\(\s*(?:mut\s+)?([A-Za-z_]\w*)\s*\)\s*=(?![=~>])|^\s*(?:(?:final|static|private|public|protected|const|readonly|using|await)\s+){0,3}[A-Za-z_][\w.]*(?:<[^=\n]{0,100}>)?(?:\[\])?\??\s+([A-Za-z_]\w*)\s*=(?![=~>])|^\s*[$@]?([A-Za-z_]\w*)\s*(?:\[(?:[^[\]\n]|\[[^[\]\n]{0,100}\]){0,200}\]|\{[^}\n]{0,200}\})\s*(?:\.|\+|\|\||\.\.)?=(?![=~>])|(?:\bdo|\{)\s*\|\s*([A-Za-z_]\w*)|^\s*(?:let\s+)?\(\s*(?:mut\s+)?([A-Za-z_]\w*)\s*,[^()=\n]{1,100}\)\s*=(?![=~>])|^\s*(?:if\s+)?([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*){2,5}\s*:?=(?![=~>])|^\s*(?:try|using)\s*\(\s*(?:var|final\s+[\w.]{1,60}|[A-Z][\w.<>]{0,60})\s+([A-Za-z_]\w*)\s*=(?![=~>])|^\s*(?:(?:private|fileprivate|public|internal|static|lazy)\s+){0,3}var\s+([A-Za-z_]\w*)\s*:\s*[^={}\n]{1,120}\{[ \t]*(?:\n|$)|\b(?:val|var)\s{1,10}([A-Za-z_]\w{0,100})\s{0,10}(?::[^=\n]{1,80}?)?\s{1,10}by\s{1,10}[A-Za-z_]/g;
/** The head of a counting loop, capturing its counter (`for i := 0;`, `for (int i = 0;`, `for ($i = 0;`). */
const COUNTING_LOOP = /^\s*for\s{0,4}\(?\s{0,4}(?:(?:var|let|int|uint|long|auto|size_t|usize)\s{1,4})?\$?([A-Za-z_]\w{0,60})\s{0,4}:?=(?!=)[^;\n]{1,200};/;

/** What every form of `LINE_DEFINES` needs one of: a piece holding none of them assigns nothing, and is not searched. */
const MAY_DEFINE = /[=$@%<|{]|for|by/;
/** An object filled through one of its methods (`body.push_str(&text)`, `$list->add($x)`, `buf.Write(b)`), capturing the object. */
const FILLED_RECEIVER = /^\s*(?:(?:if|unless)\s*\([^()\n]{0,200}(?:\([^()\n]{0,200}\)[^()\n]{0,200}){0,3}\)\s*)?[$@]?([A-Za-z_]\w*)((?:\.[A-Z]\w*){1,2})?\s*(?:\.|->)\s*(?:push|append|extend|add|put|insert|concat|merge|update|store|write|Write|Append|Add|ParseAdd|TryAdd|Put|Insert|Set|set(?=[A-Z])|content|header)\w{0,20}\s*\(/;
/** A request header set as a field (`client.DefaultRequestHeaders.Referrer = …`, `conn.Headers["X"] = …`, `req.UserAgent = …`). */
const HEADER_FIELD = /\.(?:DefaultRequestHeaders|Headers?|Referr?er|UserAgent|Cookies?)\b[^=\n]{0,100}=(?![=~>])/;
/** A field of an object set by assignment (`req.httpBody = body`, `p.arguments = [...]`), capturing the object. */
const FIELD_SET = /^\s*(?:(?:self|this)\.)?[$@]?([A-Za-z_]\w*)(?:\.[A-Za-z_]\w*){1,3}\s*=(?![=~>])/;
/** Where a line holds several statements: each piece may assign a variable (`if t then token = t end`, `local $/; $body .= …`). */
const STATEMENT_BREAK = /[;\n]|\b(?:then|do|else)\b|\{\s/;
/** A statement guarded by a condition on the same line without braces (`if (File.Exists(p)) map[k] = File.ReadAllText(p);`), capturing the statement. */
const GUARDED_STATEMENT = /^\s*(?:\}\s*)?(?:else\s+)?(?:if|unless|while)\s*\([^()\n]{0,200}(?:\([^()\n]{0,200}\)[^()\n]{0,200}){0,3}\)\s*([^\s{][^\n]{0,2000})$/;
/** A variable handed to a call to be filled (`preg_match($re, $s, $m)`, `json.Unmarshal(b, &v)`, `out var x`). */
const OUT_ARGUMENT = /[(,]\s*(?:&(?:mut\s+)?|\bout\s+(?:var\s+)?|\$)([A-Za-z_]\w*)\s*(?=[,)])/g;
/** Calls that copy, pack or archive one thing into another: every variable they name ends up holding the data. */
const COPIES = /(?:\b(?:copy|zip|archive|compress)|Copy|Zip|Archive|Compress|CreateFromDirectory|\btar\b|\bcp\b)\w{0,20}\s*\(/;
/** Writes, sends, publishes and requests through a variable (`s.write_all(buf)`, `nc.Publish(subject, data)`, `http.PutAsync(url, body)`, `$sock->send($x)`, `print $sock $x`, `fmt.Fprint(conn, x)`, `write!(stream, …)`), capturing the variable. */
const WRITES_THROUGH = /\b([A-Za-z_]\w*)(?:\s*\.\s*(?:get)?(?:OutputStream|outputStream|GetStream|Stream|stream|BaseStream|writer|Writer)(?:\(\s*\))?){0,2}(?:\s*(?:\.|->)\s*|:)(?:write|Write|send|Send|print|puts|syswrite|post|Post|put|Put|patch|Patch|get|Get|request|Request|upload|Upload|do|Do|Execute|execute|stor(?:lines|binary)|publish|Publish)\w{0,20}\s*\(|\bprint\s+\{?\$([A-Za-z_]\w*)\}?\s+(?:[$"']|(?:join|sprintf|encode_json|to_json|uc|lc|pack)\b)|\b(?:Fprint\w{0,10}|io\.Copy|copy|writeln!|write!)\s*\(\s*&?(?:mut\s+)?([A-Za-z_]\w*)\s*,|\b(?:fwrite|fputs|socket_write|socket_send|stream_socket_sendto)\s*\(\s*\$([A-Za-z_]\w*)\s*,/g;
/** A process started from a program held in a variable, an expression or a file (`exec.Command(f.Name())`, `Process.Start(path)`, `system($bin)`), capturing it. */
/** A launcher started on a program file kept in a variable (`ProcessBuilder("java", "-jar", jar.absolutePath)`, `exec(arrayOf("python3", script))`): it runs what the variable holds. */
const LAUNCHES_HELD_FILE = /\b(?:ProcessBuilder|getRuntime\(\)\.exec|exec\.Command|Command::new|Process\.Start|spawn|execFile)\s*\(\s*(?:(?:arrayOf|listOf|mutableListOf|List\.of|Arrays\.asList)\(\s*|new\s+String\s*\[\]\s*\{\s*)?["'](?:java|javaw|python[\d.]{0,4}|node|deno|bun|ruby|perl|php|sh|bash|zsh|pwsh|powershell|dotnet|mono)["']\s*,\s*(?:["']-(?:jar|cp|classpath|c|e|File|ExecutionPolicy)["']\s*,\s*(?:["'][\w.-]{1,40}["']\s*,\s*)?)?([A-Za-z_][\w$]{0,100}(?:\.[A-Za-z_][\w$]{0,60}(?:\(\))?){0,3})\s*[,)]/;
const RUNS_PROGRAM = /\b(?:exec\.Command|Process\.Start|Command::new|ProcessBuilder|getRuntime\(\)\.exec|system|(?<!::)spawn|popen|IO\.popen|os\.execute|proc_open|shell_exec|passthru|pcntl_exec|syscall\.Exec|(?<![.\w$])exec)\s*\(\s*(["'](?:[.~]?\/|[A-Za-z]:\\{1,2})[^"'\s,()]{1,200}["']|(?![\s`\[{"'])[^,()\n]{1,200}(?:\([^()\n]{0,100}\))?)/;
/** A whole file written in one call with a literal path (`os.WriteFile("/tmp/x", body, 0o755)`, `File.binwrite("x", data)`), capturing the path. */
/** A whole file written at a path held in a variable, with the data in the call (`file_put_contents($path, $code)`, `os.WriteFile(p, body, 0o755)`). */
const WRITES_AT_VARIABLE = /\b(?:os\.WriteFile|ioutil\.WriteFile|File\.write|File\.binwrite|IO\.binwrite|file_put_contents|File\.WriteAll(?:Bytes|Text)|fs::write|Files\.write)\s{0,4}\(\s{0,4}[$&]?([A-Za-z_]\w{0,60})\s{0,4},/;
const WRITES_FILE = /\b(?:os\.WriteFile|ioutil\.WriteFile|File\.write|File\.binwrite|IO\.binwrite|file_put_contents|File\.WriteAll(?:Bytes|Text)|fs::write|Files\.write)\s*\(\s*(["'])([^"'\n]{1,300})\1/;
/** More whole-file writes with a literal path: a stream copied into it, a file object written, Swift's `write(to:)`. */
const WRITES_FILE_TOO = /\b(?:Files\.copy|File\.Copy|FileUtils\.copy\w{0,30})\s*\([^,\n]{1,200},\s*(?:(?:new\s+)?(?:File|Path\.of|Paths\.get)\(\s*)?(["'])([^"'\n]{1,300})\1|\bFile\(\s*(["'])([^"'\n]{1,300})\3\s*\)\.(?:write|append)(?:Bytes|Text)\(|\.write\(\s*to:\s*URL\(\s*fileURLWithPath:\s*(["'])([^"'\n]{1,300})\5/;
/** A checksum or signature check in code of another language: a program downloaded and checked is not blindly run. */
const CHECKS_DOWNLOAD = /\bsha(?:256|512)\.(?:New|Sum\d+)\b|\bDigest::SHA\d*\b|\bhash_file\(|\bMessageDigest\b|\bSHA256\.(?:Create|HashData)\b|\bSha256::\b|\bVerifySignature\b|\bed25519\.Verify\b|\bopenssl_verify\(/;
/** A file opened for writing (`os.OpenFile(p, os.O_WRONLY…)`, `File.open(p, "wb")`, `fopen($p, 'w')`, `open(my $fh, '>', $p)`), capturing the path. */
const OPENS_FOR_WRITING = /\b(?:os\.OpenFile|File\.open|File\.new|fopen|io\.open|new\s+FileStream|new\s+RandomAccessFile)\s*\(\s*([^,()\n]{1,200}),(?=[^\n]{0,200}?(?:O_WRONLY|O_RDWR|["'][wa]b?\+?["']|["']r\+b?["']|FileAccess\.(?:Read)?Write|["']rw["']))|\b(?:os\.Create|File\.OpenWrite|new\s+FileOutputStream|OpenOptions::new\(\)[\w.()]{0,80}\.open|File::create)\s*\(\s*([^,()\n]{1,200})\)|\bopen\s*\(\s*(?:my\s+)?\$\w+\s*,\s*["'](?:\+?[>]|\+<)["']\s*,\s*([^,()\n]{1,200})/;
/** A line that opens a value with a brace after an assignment (`x := []string{`, `my %h = {`, `"key" => {`). */
const OPENS_VALUE = /(?::=|[^=!<>:]=|=>)[^=\n]{0,120}\{\s*$|^\s*(?:(?:private|fileprivate|public|internal|static|lazy)\s+){0,3}var\s+[A-Za-z_]\w*\s*:\s*[^={}\n]{1,120}\{\s*$/;
/** An assignment of a new collection whose initializer starts on the next line (`var paths = new[]`, `var m = new Dictionary<string, string>`). */
const OPENS_VALUE_ON_NEXT_LINE = /[^=!<>:]=\s{0,10}new\b[^=;{}\n]{0,200}$/;
/** A line that opens a block: control flow and function heads. */
const OPENS_BLOCK = /^\s*(?:\}\s*)?(?:for|foreach|if|elif|elsif|else|while|until|unless|switch|match|func|fn|def|sub|function|try|catch|loop|do)\b/;
/** A listing of every item a build server holds, whatever its kind: Jenkins' `getAllItems(…)`, or its instance's items and nodes. */
const LISTS_EVERY_ITEM = /\.\s{0,10}getAllItems\s{0,10}\(|\bJenkins\s{0,10}\.\s{0,10}(?:instance|get\(\s{0,10}\)|getInstance\(\s{0,10}\)|getActiveInstance\(\s{0,10}\))\s{0,10}\.\s{0,10}(?:items|getItems\(\s{0,10}\)|nodes|getNodes\(\s{0,10}\)|computers)\b/;
/** A listing narrowed to some of its items. */
const PICKS_ITEMS = /\.\s{0,10}(?:findAll|filter|grep|find|take|drop)\b/;
/** A block opened at the end of a line with a named parameter (`….use { input ->`), its body on the lines below. */
const BLOCK_OPENED_ON_VALUE = /\.\s{0,10}(?:use|let|also|run|apply|withStream|withInputStream|withCloseable)\s{0,10}\{\s{0,10}([A-Za-z_]\w{0,60})\s{0,10}->\s{0,10}$/;
/** A block's parameter (`{ job ->`, `{ it.… }`), capturing a named one. */
const BLOCK_PARAMETER = /\{\s{0,10}(?:([A-Za-z_]\w{0,60})\s{0,10}->|(?=[^}\n]{0,400}\bit\b))/g;
/** An item deleted through the variable that holds it (`job.delete()`); the name is word characters only, so it stands in the pattern as written. */
const DELETES_HELD_ITEM = (name: string) => new RegExp(`(?<![\\w.])${name}\\s{0,10}\\.\\s{0,10}(?:delete|doDoDelete|remove|purge)\\s{0,10}\\(\\s{0,10}\\)`);

/** The finding for every item of a build server deleted one by one. */
function everyItemDeleted(statement: Statement): Located {
  return { threat: 'destructive', severity: 'error', start: statement.start, end: statement.end, why: 'deletes every job or node the build server holds, one by one, with all their history and settings' };
}

/** A store of this code filled from a stream (`props.load(it)`, `cfg.Load(reader)`), capturing the store; a capitalised receiver is a module (`YAML.load`). */
const LOADS_INTO = /\b([a-z_]\w{0,60})\s{0,10}\.\s{0,10}(?:load|Load|loadFromXML)\s{0,10}\(\s{0,10}(?!\))/g;
/** An object or its stream handed to a block that uses it (Kotlin's `use`/`let`/`also`, Groovy's `withWriter`), capturing the object and the block's named parameter. */
const SCOPED_STREAM = /\b([A-Za-z_]\w{0,60})(?:\s{0,10}\.\s{0,10}(?:get)?(?:outputStream|OutputStream|writer|bufferedWriter|printWriter|newWriter|newPrintWriter)(?:\(\s{0,10}\))?){0,2}\s{0,10}\.\s{0,10}(?:use|let|also|apply|run|withWriter|withOutputStream|withPrintWriter|withStream)\s{0,10}\{\s{0,10}(?:([A-Za-z_]\w{0,60})\s{0,10}->)?/;
/** Writing into a block's parameter: a write call on it, or Groovy's `<<`. */
const WRITES_INTO = (name: string) => new RegExp(`(?<![\\w.])${name}\\s{0,10}(?:\\.\\s{0,10}(?:write|print|append|send|flush)\\w{0,20}\\s{0,10}\\(|<<)`);
/** Where a variable comes from: the receiver of the call that made it, or a buffer it was handed (`&buf`). */
const MADE_FROM = /\b([A-Za-z_]\w*)\s*(?:\.|->)\s*\w+\s*\(|&\s*([A-Za-z_]\w*)\b/g;
/** A handle opened on a literal path (`f, _ := os.Create("/tmp/x")`, `$fh = fopen('x', 'w')`), capturing the handle and the path. */
const OPENS_FILE_AT_VARIABLE = /^\s*(?:(?:var|let|my|local)\s+)?(?:mut\s+)?[$@]?([A-Za-z_]\w*)\s*(?:,\s*\w+\s*)?:?=\s*(?:File\.open|File\.new|File\.Create|File\.OpenWrite|fopen|io\.open|os\.Create|os\.OpenFile|File::create|new\s+FileOutputStream|new\s+FileStream)\s*\(\s*&?[$@]?([A-Za-z_]\w*)\s*[,)]/;
const OPENS_NAMED_FILE = /^\s*(?:(?:var|let|my|local)\s+)?(?:mut\s+)?[$@]?([A-Za-z_]\w*)\s*(?:,\s*\w+\s*)?:?=\s*(?:File\.open|File\.new|File\.Create|File\.OpenWrite|fopen|io\.open|os\.Create|os\.OpenFile|File::create|new\s+FileOutputStream|new\s+FileStream)\s*\(\s*(["'])([^"'\n]{1,300})\2/;
/** The home folder as an expression of another language. */
const HOME_FOLDER = /\bSpecialFolder\.(?:UserProfile|Personal|MyDocuments|Desktop)\b|\bDir\.home\b|\bHOME\b|user\.home|UserHomeDir|home_dir|homedir|USERPROFILE|expand_path\(\s*["']~|["']~\/?["']|homeDirectoryForCurrentUser|NSHomeDirectory\(\)|\bgetpwuid\b/;
/** A walk over a folder tree (`filepath.WalkDir(root, …)`, `Find.find(root)`, `Files.walk(root)`), capturing the root. */
const WALKS_TREE = /\b(?:filepath\.Walk(?:Dir)?|Find\.find|find|Files\.(?:walk|find|walkFileTree)|WalkDir::new|Directory\.(?:Enumerate|Get)(?:Files|FileSystemEntries|Directories)|new\s+RecursiveDirectoryIterator)\s*\(\s*(?:(?:sub\s*)?\{[^{}\n]{0,300}\}\s*,\s*)?([^,()\n]{1,200}(?:\([^()\n]{0,100}(?:\([^()\n]{0,100}\)[^()\n]{0,40})?\))?)/;
/** A walk started on a folder object (Kotlin's `root.walkBottomUp()`, `File(path).walk()`, Groovy's `root.eachFileRecurse { … }`), capturing the folder. */
const RECEIVER_WALK = /\b([A-Za-z_]\w{0,100}|File\([^()\n]{0,200}(?:\([^()\n]{0,100}(?:\([^()\n]{0,100}\)[^()\n]{0,40})?\))?\))\s*\.\s*(?:walk(?:BottomUp|TopDown)?\(\s*\)|(?:eachFileRecurse|traverse)\s*(?:\([^()\n]{0,100}\)\s*)?\{)/;
/** A listing of one folder's entries (`Dir.glob(pattern)`, `Dir.children(dir)`, `filepath.Glob(p)`, `os.ReadDir(dir)`), capturing its argument. */
const LISTS_FOLDER = /\b(?:Dir\.(?:glob|children|entries|each_child)|filepath\.Glob|os\.ReadDir|ioutil\.ReadDir|fs::read_dir|scandir|opendir|glob)\s*\(\s*([^,()\n]{1,200}(?:\([^()\n]{0,100}\))?)/;
/** A quoted path piece that names something (`".cache"`), not only wildcards (`"*"`, `"{*,.*}"`). */
const NAMED_PIECE = /["'][^"'\n]{0,200}?[A-Za-z0-9_-][^"'\n]{0,200}?["']/;

/**
 * Whether an expression, followed through the variables it names (a few hops), is the home folder or the
 * root itself, or everything directly in them: no quoted piece may name a folder inside, and an environment
 * variable it reads counts as unset (empty).
 */
function folderTop(given: string, definitionOf: (name: string) => string | undefined, hops = 0, seen = new Set<string>()): '~' | '/' | null {
  const expression = unsetEnvironmentRead(given);
  if (NAMED_PIECE.test(expression)) return null;
  if (HOME_FOLDER.test(expression)) return '~';
  if (/["']\/\*?["']/.test(expression)) return '/';
  if (hops >= 3) return null;
  for (const name of (expression.match(/[A-Za-z_]\w*/g) ?? []).slice(0, 8)) {
    if (seen.has(name) || seen.size >= 16) continue;
    seen.add(name);
    const definition = definitionOf(name);
    if (definition === undefined || definition.length > 400) continue;
    const top = folderTop(definition, definitionOf, hops + 1, seen);
    if (top) return top;
  }
  return null;
}

/** An environment variable read by name (`os.Getenv("X")`, `ENV.fetch("X", "")`, `env::var("X")`, `$ENV{X}`): unset, it reads as nothing. */
const ENVIRONMENT_READ = /(?:\b(?:os\.)?(?:Getenv|getenv|GetEnvironmentVariable|LookupEnv)\(\s{0,10}|\bENV(?:\.fetch\(\s{0,10}|\[\s{0,10})|\b(?:std::)?env::var(?:_os)?\(\s{0,10})["']([\w.-]{1,100})["'](?:\s{0,10},\s{0,10}["']["'])?\s{0,10}[)\]]|\$ENV\{\s{0,10}["']?([\w.-]{1,100})["']?\s{0,10}\}/g;
/** The home folder spelled as a quoted path, alone or with everything in it (`"~"`, `'~/*'`). */
const QUOTED_HOME = /(["'])~(?:\/(?:\.?\*)?)?\1/g;

/**
 * An expression as a path reads once the environment is left unset: a read of a variable is empty (a read of
 * the home folder's is the home folder, as is a quoted `~`), so `Join(home, Getenv("SUB"))` reads as `Join(home, )`.
 */
function unsetEnvironmentRead(text: string): string {
  return text
    .replace(HOME_EXPRESSION, '"~"')
    .replace(/#\{\s{0,20}"~"\s{0,20}\}/g, '~')
    .replace(ENVIRONMENT_READ, (read, name?: string, perlName?: string) => (/^(?:HOME|USERPROFILE)$/.test(name ?? perlName ?? '') ? ' Dir.home ' : ' '))
    .replace(QUOTED_HOME, ' Dir.home ');
}

/**
 * The home folder or the root when an expression can be nothing else, with every environment variable it
 * reads unset: no quoted piece names a folder inside, in the expression or in what the names it uses were
 * assigned (`Join(home, sub)` with `sub = "build"` is a folder of its own).
 */
function onlyTop(expression: string, definitionOf: (name: string) => string | undefined): '~' | '/' | null {
  const text = unsetEnvironmentRead(expression);
  if (NAMED_PIECE.test(text)) return null;
  for (const name of (text.match(/[A-Za-z_]\w*/g) ?? []).slice(0, 8)) {
    const definition = definitionOf(name);
    if (definition !== undefined && NAMED_PIECE.test(unsetEnvironmentRead(definition))) return null;
  }
  return folderTop(text, definitionOf);
}

/** The elements of each list or record literal of a line (`["~", Dir.pwd]`, `{home, sub}`), and whether the group is a list (its elements stand alone) or a record (its fields make one value). */
function literalGroups(line: string): Array<{ elements: string[]; list: boolean }> {
  const groups: Array<{ elements: string[]; list: boolean }> = [];
  const open: Array<{ char: string; from: number; elements: string[]; list: boolean }> = [];
  for (let i = 0; i < line.length && i < 4000 && groups.length < 50; i++) {
    const char = line[i]!;
    if (char === '"' || char === "'") {
      const close = line.indexOf(char, i + 1);
      if (close === -1) break;
      i = close;
    } else if (char === '(' || char === '[' || char === '{') {
      // A Ruby block (`{ |x| … }`) is code, not a record.
      const block = char === '{' && /^\s*\|/.test(line.slice(i + 1, i + 20));
      const list = char === '[' || /(?:\[\]\s{0,4}[\w.*]{1,60}|vec!|%w)\s*$/.test(line.slice(Math.max(0, i - 70), i));
      open.push({ char: block ? '(' : char, from: i + 1, elements: [], list });
    } else if (char === ',' || char === ')' || char === ']' || char === '}') {
      const top = open.at(-1);
      if (!top || top.char === '(') {
        if (char !== ',' && top) open.pop();
        continue;
      }
      top.elements.push(line.slice(top.from, i).trim());
      top.from = i + 1;
      if (char !== ',') groups.push(open.pop()!);
    }
  }
  return groups;
}

/** A list element that names nothing: empty, a bare glob or dot (`"*"`, `"."`), or an environment variable unset. */
const NAMES_NOTHING = /^(?:["'][^A-Za-z0-9_\n"'-]{0,10}["'])?$/;

/**
 * Whether a line's list or record literals hold the home folder or the root itself: an element that is it
 * (`[File.expand_path("~"), Dir.pwd]`), one joined only to what may be empty (`filepath.Join(home, os.Getenv("SUB"))`),
 * or a record of it and such a piece (`{home, os.Getenv("SUB")}`); and whether a list holds an element that
 * names nothing (`["tmp", "*"]`), which joined to a folder is every entry of it.
 */
function literalsReach(line: string, definitionOf: (name: string) => string | undefined): { top: '~' | '/' | null; nameless: boolean } {
  let top: '~' | '/' | null = null;
  let nameless = false;
  for (const group of literalGroups(line)) {
    const elements = group.elements.filter((element) => element !== '');
    if (group.list) nameless ||= elements.some((element) => NAMES_NOTHING.test(unsetEnvironmentRead(element).trim()));
    // A record's field is one part of a value: it is the whole value only when no other field names something.
    const standAlone = group.list || !NAMED_PIECE.test(unsetEnvironmentRead(elements.join(',')));
    if (!standAlone) continue;
    for (const element of elements) top ??= onlyTop(element, definitionOf);
  }
  return { top, nameless };
}

/** A push that deletes or overwrites what it names (`git push origin --delete b`, `git push -f origin b`), read on a line whose argument lists are joined with spaces. */
const PUSH_REWRITES = /\bgit\s{1,10}push\b[^\n;]{0,300}?\s(?:--delete|-d|--force|-f|--mirror)(?=[\s"'`,)]|$)/;

/** `rm` with a recursive flag started from an argument list, capturing what follows the flag. */
const SPAWNS_RECURSIVE_RM = /\b(?:exec\.Command(?:Context)?|Command::new|system|spawn\w{0,4}|popen\w{0,4}|Process\.Start|run)\s{0,10}\(\s{0,10}(?:ctx\s{0,10},\s{0,10})?(?:\[\s{0,10}|%w\[\s{0,10})?["'](?:\/bin\/)?rm["'][^\n;"']{0,100}["']-\w{0,5}[rR]\w{0,5}["']([^\n;]{0,300})/;

/** A name declared with the type of a network client: `HttpClient http`, `http: HttpClient`, `client *http.Client`. */
const CLIENT_TYPED_NAME = /\b(?:HttpClient|WebClient|OkHttpClient|RestClient|TcpClient|UdpClient)\??\s+([A-Za-z_]\w{0,60})\s*(?=[,)=;]|$)|\b([A-Za-z_]\w{0,60})\s*:\s*&?(?:HttpClient|WebClient|OkHttpClient|RestClient|URLSession|reqwest::(?:blocking::)?Client)\b|\b([A-Za-z_]\w{0,60})\s+\*http\.Client\b/gm;

/** Deleting one file or folder. */
const DELETES_FILE = /\b(?:os\.Remove(?:All)?|File\.(?:delete|unlink|Delete)|FileUtils\.(?:rm\w{0,10}|remove_(?:dir|entry\w{0,10}))|unlink|rmdir|Files\.delete(?:IfExists)?|fs::remove_(?:file|dir_all)|Directory\.Delete|removeItem|os\.remove)\s*\(|\b(?:File|Files)::delete(?:IfExists)?\b|\.(?:delete|deleteRecursively|Delete)\(\s*(?:true)?\s*\)|\b(?:unlink|rmdir)\s+[$@]/;
/** A disk device, or a device name put together at run time (`"/dev/" + name`). */
const DISK_DEVICE = /\/dev\/(?:sd[a-z]|nvme\d|hd[a-z]|vd[a-z]|xvd[a-z]|disk\d|rdisk\d|mmcblk\d)|["']\/dev\/["']\s*(?:\+|\.\.?)/;
const MAX_JOINED_LINES = 20;
/** Variables one statement is taken to assign, at most (a line of thousands of assignments is not code to follow). */
const MAX_LINE_DEFINES = 32;

/**
 * A configuration or a program in a language without a grammar, read line by line: each line (a
 * call spread over lines with open brackets joined) is a statement for the text-level detectors, with
 * the variables it assigns and uses, so a credential read into a variable can be followed to a line
 * that sends it with that language's HTTP client.
 */
/**
 * Whether a line carries a key no service takes as a login (a private key, a cloud account's secret key, a
 * credentials file), named on it or held by a variable it uses: put in a login header, such a key is sent away.
 * A line that signs with it (an HMAC, a JWT) sends only the signature.
 */
function carriesSigningKey(line: string, signingKeys: ReadonlySet<string>): boolean {
  if (SIGNS_WITH.test(line)) return false;
  if (SIGNING_SECRET.test(line)) return true;
  for (const name of signingKeys) if (new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(line)) return true;
  return false;
}

/**
 * Whether the program reads a capitalised name back as a value (`&Outbox`, `send(Outbox)`, `Outbox.ToString()`): an
 * object that holds what is written into it, not a type's static writer such as `Console.WriteLine`.
 */
function readAsValue(name: string, text: string): boolean {
  const escaped = name.replace(/\$/g, '\\$');
  return new RegExp(String.raw`(?<![\w$.])${escaped}(?![\w$])(?!\s{0,4}(?:\.|->|::|\())|(?<![\w$.])${escaped}\s{0,4}(?:\.|->)\s{0,4}(?:ToString|toString|String|Bytes|ToArray|toArray|GetBuffer|getvalue|contents?|buffer)\s{0,4}\(`).test(text.slice(0, 65_536));
}

function analyseConfig(text: string, context: AnalysisContext, budget: Budget, depth: number, dialect?: FunctionDialect): Located[] {
  budget.parses--;
  const statements: Statement[] = [];
  const lines = text.split('\n');
  const buildExec = BUILD_TOOL_PROGRAM.test(text);
  // Languages whose double-quoted strings put a variable's value in for `$name`.
  const interpolatesDollar = dialect === 'php' || dialect === 'perl' || dialect === 'kotlin';
  const seen = new Set<string>();
  const connections = new Set<string>();
  const handles = new Map<string, string>();
  // Handles opened on a path held in a variable (`f, _ := os.OpenFile(dst, …)`): what is put into the handle is what the file at that path holds.
  const handlePaths = new Map<string, string>();
  const filledBy: string[][] = [];
  const signingKeys = new Set<string>();
  // Whether a text uses a network client, asked of each statement several times (as written, as rewritten, as a variable's definition): read once per text.
  const networkClientOf = new Map<string, boolean>();
  const usesNetworkClient = (code: string): boolean => {
    let known = networkClientOf.get(code);
    if (known === undefined) {
      known = OTHER_LANGUAGE_NETWORK.test(code);
      networkClientOf.set(code, known);
    }
    return known;
  };
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // A value written over lines (`paths := []string{`, `$cfg = {`) is one statement; a block (`if ok {`) is not.
    // A collection whose initializer braces open on the next line (C#'s `var paths = new[]` then `{`) is a value too.
    const valueOnNextLine = OPENS_VALUE_ON_NEXT_LINE.test(line) && /^\s*\{\s*$/.test(lines[i + 1] ?? '');
    const value = valueOnNextLine || (line.includes('{') && OPENS_VALUE.test(line) && !OPENS_BLOCK.test(line));
    let depth = bracketDepth(line, value);
    if (valueOnNextLine) {
      line += `\n${lines[++i]!}`;
      depth++;
    }
    for (let joined = 0; (depth > 0 || continuesOnNextLine(line, lines[i + 1]!)) && joined < MAX_JOINED_LINES && i + 1 < lines.length; joined++) {
      const next = lines[++i]!;
      line += `\n${next}`;
      depth += bracketDepth(next, value);
    }
    const defines: string[] = [];
    const filledObjects: string[] = [];
    const pieces = STATEMENT_BREAK.test(line) ? [line, ...line.split(/[;\n]|\b(?:then|do|else)\b|\{\s/)] : [line];
    for (const piece of pieces.slice(0, 64)) {
      const guarded = GUARDED_STATEMENT.exec(piece)?.[1];
      if (guarded) pieces.push(guarded);
    }
    for (const piece of pieces) {
      LINE_DEFINES.lastIndex = 0;
      if (MAY_DEFINE.test(piece)) for (let match = LINE_DEFINES.exec(piece); match; match = LINE_DEFINES.exec(piece)) for (const name of match.slice(1)) if (name) defines.push(name);
      // A block opened at the end of the line on what the line made (`URL(u).openStream().use { input ->`): its parameter, used in the lines below, holds that.
      const blockParameter = piece.includes('->') ? BLOCK_OPENED_ON_VALUE.exec(piece)?.[1] : undefined;
      if (blockParameter) defines.push(blockParameter);
      // Writing into a connection sends the data; it does not fill the connection.
      const filledReceiver = FILLED_RECEIVER.exec(piece);
      const receiver = filledReceiver?.[1];
      // A member of a request (`req.Header.Set(…)`) is filled, not sent, whatever the request is.
      // A credential set as the request's login (`req.setValue("Bearer …", forHTTPHeaderField: "Authorization")`) authenticates it: the request does not carry it as data.
      // A type's static writer (`Console.WriteLine(…)`, `File.AppendAllText(…)`), named by a capitalised word the program never assigns, fills no object of its own.
      const staticType = receiver !== undefined && /^[A-Z]/.test(receiver) && !seen.has(receiver) && !readAsValue(receiver, text);
      if (receiver && !staticType && (!connections.has(receiver) || filledReceiver![2] !== undefined) && (!AUTH_CONTEXT.test(piece) || carriesSigningKey(piece, signingKeys))) {
        defines.push(receiver);
        filledObjects.push(receiver);
      }
    }
    // A store loaded from a stream (`props.load(it)`, `settings.Load(reader)`) holds what the stream read, wherever on the line it is called.
    if (line.includes('load') || line.includes('Load')) for (const match of line.matchAll(LOADS_INTO)) if (defines.length < MAX_LINE_DEFINES) defines.push(match[1]!);
    // A setter that fills an object from other values (`curl_setopt($ch, CURLOPT_POSTFIELDS, $data)`) gives the object what they hold.
    const filled = /^\s*(?:await\s+|try\s+)?[\w:>.$-]{0,80}?(?:set|opt|write|add|append|put|push|attach|insert)\w{0,40}\s*\(\s*[$@]?([A-Za-z_]\w{0,100})\s*,/i.exec(line);
    if (filled) defines.push(filled[1]!);
    // A variable first met as an argument is one the call fills in.
    if (line.includes('(')) for (const match of line.matchAll(OUT_ARGUMENT)) if (!seen.has(match[1]!) || match[0].includes('&mut')) defines.push(match[1]!);
    // A field of an object set (`req.httpBody = data`, `c.requestMethod = "POST"`) fills the object; a connection's settings do not send.
    const fieldSet = FIELD_SET.exec(line);
    // A header of a connection set from a value (`http.DefaultRequestHeaders.Referrer = …`) travels with every request it makes.
    if (fieldSet && (!connections.has(fieldSet[1]!) || HEADER_FIELD.test(line)) && !AUTH_CONTEXT.test(line)) defines.push(fieldSet[1]!);
    // A parameter or field typed as a network client (`class Loader(HttpClient http)`, `client: OkHttpClient`) is one.
    if (line.includes('Client') || line.includes('URLSession')) for (const match of line.matchAll(CLIENT_TYPED_NAME)) if (defines.length < MAX_LINE_DEFINES) defines.push((match[1] ?? match[2] ?? match[3])!);
    for (const name of defines) seen.add(name);
    if (carriesSigningKey(line, signingKeys) && signingKeys.size < 32) for (const name of defines) signingKeys.add(name);
    // A network program started to send what is written into it (`io.popen("curl --data-binary @- …", "w")`) is a connection.
    if (usesNetworkClient(line) || (SPAWNS_NETWORK_PROGRAM.test(line) && SENDS_PROCESS_INPUT.test(line))) for (const name of defines) connections.add(name);
    // Both kinds of whole-file write are calls: a line without a bracket holds neither.
    const copied = line.includes('(') ? WRITES_FILE_TOO.exec(line) : null;
    const written = (line.includes('(') ? WRITES_FILE.exec(line)?.[2] : undefined) ?? (copied ? copied[2] ?? copied[4] ?? copied[6] : undefined);
    statements.push({ start, end: start + line.length, text: line, defines: [...new Set(defines)].slice(0, MAX_LINE_DEFINES), uses: [], calls: [], inFunction: null, returns: false, writes: written ? [written] : [] });
    filledBy.push(filledObjects);
    // A handle opened on a named file (`f, _ := os.Create("/tmp/x")`): what is later put into the handle is in the file.
    const handle = OPENS_NAMED_FILE.exec(line);
    if (handle) handles.set(handle[1]!, handle[3]!);
    const handleAtVariable = handle ? null : OPENS_FILE_AT_VARIABLE.exec(line);
    if (handleAtVariable) handlePaths.set(handleAtVariable[1]!, handleAtVariable[2]!);
    start += line.length + 1;
  }
  const defined = new Set(statements.flatMap((statement) => statement.defines));
  // Functions, where a parser outlines them: what a helper hands back reaches its callers, and what it sends is what they pass.
  const scanned = dialect === 'perl' || dialect === 'lua' || dialect === 'kotlin' || dialect === 'swift';
  const functions = scanned ? (spentBudget(budget) ? [] : scanFunctions(dialect, text)) : dialect ? outlinedFunctions(dialect, text, budget) : [];
  // A helper's name stands for what it hands back; its parameters for what its callers pass.
  for (const outline of functions) for (const name of [outline.name, ...outline.params]) defined.add(name);
  for (const statement of statements) {
    const codeStart = statement.start + (/^\s*/.exec(statement.text)?.[0].length ?? 0);
    // A function written on one line (`fun token(): String = …`, `func (t T) path() string { return … }`) is its own statement.
    const inner = functions.find((outline) => codeStart < outline.bodyStart && outline.end <= statement.end) ?? functions.filter((outline) => outline.bodyStart <= codeStart && codeStart < outline.end).at(-1);
    if (!inner) continue;
    statement.inFunction = { name: inner.name, params: inner.params };
    statement.returns = inner.results.some((result) => statement.start < result.end && result.start < statement.end);
  }
  const functionNames = new Set(functions.map((outline) => outline.name));
  /** What a helper hands back (its first returned expressions), for a value assigned from a call to it. */
  const handedBack = (name: string) => (functions.find((outline) => outline.name === name)?.results ?? []).slice(0, 8).map((result) => text.slice(result.start, Math.min(result.end, result.start + 400))).join('\n');
  const checksDownloads = VERIFIES_DOWNLOAD.test(text) || CHECKS_DOWNLOAD.test(text);
  // Perl's `LWP::Simple` exports bare `get`, `getstore` and `mirror`: imported, they are requests.
  const simpleFetch = /\buse\s{1,10}LWP::Simple\b/.test(text);
  const remoteSyslog = REMOTE_SYSLOG.test(text);
  const groovyShell = /\bGroovyShell\b/.test(text);
  // Files saved by `URLDownloadToFile`, by the name written in their path, with the program name they are run by.
  const urlmonSaved = new Map<string, string>();
  const cmakeDownloads = /\bfile\s*\(\s*DOWNLOAD\b/i.test(text);
  const nested: Located[] = [];
  let nestedChars = MAX_NESTED_CHARS;
  // In YAML the commands of `run:`/`script:` keys are units of their own already.
  const yaml = /^[ \t]*(?:- )?[\w-]+:(?:[ \t]|$)/m.test(text);
  // The text of the statement that last defined each name, as the loop below has left it.
  const lastDefinition = new Map<string, string>();
  // The variables each open block's condition reads (an empty list for a block that is not conditional).
  const conditions: string[][] = [];
  // The counters of counting loops met so far.
  const counters = new Set<string>();
  // Variables holding an argument list whose program talks to the network.
  const networkLists = new Set<string>();
  // Variables that take each path of a walk over the home folder or the root, with that folder.
  const walkedFrom = new Map<string, string>();
  // Variables that hold the entries listed from the home folder or the root, with that folder.
  const listedFrom = new Map<string, string>();
  // Helpers that hand back the home folder or the root (or a list holding it), with that folder.
  const topHelpers = new Map<string, string>();
  // Variables holding a list with an element that names nothing (`["tmp", "*"]`).
  const nameless = new Set<string>();
  // The objects each variable was made from or wraps (`w, _ := zw.Create(p)` → zw, `zip.NewWriter(&buf)` → buf).
  const parents = new Map<string, string[]>();
  // Variables that take each item of a listing of everything a server holds.
  const everyItemHolders = new Set<string>();
  // Handles and processes that lead to a place run again by itself (a file opened on ~/.bashrc, a `crontab -` process), with the place.
  const startsAgain = new Map<string, string>();
  // Shell processes started without their script (`cmd := exec.Command("bash")`), and what leads into them (a pipe set as their input).
  const shellFeeds = new Set<string>();
  // The statement that last assigns each name anywhere in the code, for values passed to a function from further down.
  const everyDefinition = new Map<string, string>();
  for (const statement of statements) for (const name of statement.defines) everyDefinition.set(name, statement.text);
  const passedTo = argumentsPassed(functions, text);
  // Helpers that only start a process from what they are given (`fn sh(program, args)`, `$run = function ($cmd)`): a call of one runs its arguments.
  const processHelpers = new Set(functions.filter((outline) => startsProcessFromParameters(outline, text)).map((outline) => outline.name));
  for (const [index, statement] of statements.entries()) {
    const written = statement.text;
    // A call of a process helper reads as the process it starts, its argument lists spread out (`sh("iptables", &["-F"])` → `system("iptables", "-F")`).
    // A line that holds a function's head (the body starts after its first word) defines the helper; it does not call it.
    const codeStart = statement.start + (/^\s*/.exec(written)?.[0].length ?? 0);
    const holdsHead = functions.some((outline) => outline.bodyStart > codeStart && outline.bodyStart <= statement.end);
    if (processHelpers.size > 0 && !holdsHead) statement.text = throughProcessHelpers(written, processHelpers, (name) => heldLiteral(lastDefinition.get(name), lastDefinition));
    // Rust's `Command::new("sh").arg("-c").arg(script)` reads as one argument list, names holding literals read as them.
    if (/\bCommand::new\s*\(/.test(statement.text)) statement.text = builtCommandRead(statement.text, (name) => heldLiteral(lastDefinition.get(name), lastDefinition));
    const line = statement.text;
    const words = `${written === line ? '' : `${written}\n`}${line}`.match(/[A-Za-z_]\w*/g) ?? [];
    const once = new Set<string>();
    const again = new Set<string>();
    for (const word of words) (once.has(word) ? again : once).add(word);
    // A request the line only creates (`req, _ := http.NewRequest(…)`) is not sent by it, whatever is put into it later.
    const assigned = usesNetworkClient(line) ? LEADING_ASSIGNMENT.exec(line)?.slice(1) ?? [] : [];
    statement.uses = [...once].filter((word) => defined.has(word) && (again.has(word) || !assigned.includes(word)));
    // A value set inside \`if secretBit { gap = … }\` depends on the condition: it carries what the condition reads.
    const closes = /^\s*\}/.test(line);
    const opens = /\{\s*$/.test(line);
    if (closes) conditions.pop();
    if (statement.defines.length > 0 && conditions.some((held) => held.length > 0)) statement.decidedBy = [...new Set(conditions.flat())];
    // A counting loop's counter (`for i := 0; i < n; i++ {`) is no value of its own, but a condition that reads it with
    // a secret (`if bits[i] {`) reads the secret piece by piece.
    const counter = line.includes('for') ? COUNTING_LOOP.exec(line)?.[1] : undefined;
    if (counter && counters.size < 32) counters.add(counter);
    if (opens && conditions.length < 50) conditions.push(/^\s*(?:\}\s*)?(?:else\s+)?(?:if|elif|elsif|switch|case|when|unless)\b/.test(line) ? [...statement.uses.filter((name) => !statement.defines.includes(name)), ...[...counters].filter((name) => once.has(name))] : []);
    // Made by a call on an object or from a reference: without a bracket or an ampersand, from nothing.
    const madeFrom = line.includes('(') || line.includes('&') ? [...new Set(Array.from(line.matchAll(MADE_FROM), (match) => (match[1] ?? match[2])!))].filter((name) => defined.has(name)).slice(0, MAX_LINE_DEFINES) : [];
    for (const name of statement.defines) if (!parents.has(name) || madeFrom.length > 0) parents.set(name, madeFrom.filter((parent) => parent !== name));
    if (line.includes('(') && COPIES.test(line)) for (const name of statement.uses) if (!statement.defines.includes(name)) statement.defines.push(name);
    // A file written at a path kept in a variable (`file_put_contents($path, $code)`): the path now stands for what was written.
    const writtenAt = WRITES_AT_VARIABLE.exec(line)?.[1];
    if (writtenAt && defined.has(writtenAt) && !statement.defines.includes(writtenAt)) statement.defines.push(writtenAt);
    // Filling an object fills what it writes into, two levels deep (a file in an archive in a buffer).
    for (const name of filledBy[index]!) for (const parent of parents.get(name) ?? []) for (const target of [parent, ...(parents.get(parent) ?? [])]) if (!statement.defines.includes(target)) statement.defines.push(target);
    for (const name of statement.defines) {
      const path = handles.get(name);
      if (path !== undefined && !statement.writes.includes(path)) statement.writes.push(path);
    }
    const filledPaths = statement.defines.map((name) => handlePaths.get(name)).filter((path): path is string => path !== undefined && !statement.defines.includes(path));
    statement.defines.push(...new Set(filledPaths));
    // Names spelled in pieces (`'ba' . 'se64_decode'`, `strrev('etalfnizg')`) read as the name, a reversed address as the address; a reversed command line stays reversed, for the decoder to see.
    if (/["']\s{0,20}\)?\s{0,20}(?:\.\.?|\+)\s{0,20}["']|\bstrrev\(/.test(line)) statement.text = line.replace(/(["'])\s{0,20}(?:\.\.?|\+)\s{0,20}(["'])/g, '').replace(/(["'])\s{0,20}\)\s{0,20}(?:\.\.?|\+)\s{0,20}(["'])/g, '').replace(/\bstrrev\(\s*(["'])([\w.:/?=&%~-]{1,400})\1\s*\)/g, (_, quote: string, word: string) => `${quote}${[...word].reverse().join('')}${quote}`);
    // A word put together from a list of pieces with nothing between them (`string.Join("", new[] { "power", "shell" })`, `%w[sys tem].join`) reads as the word.
    if (/join/i.test(statement.text)) statement.text = joinedPiecesRead(statement.text);
    // A path joined from quoted pieces (`filepath.Join(home, ".aws", "credentials")`) reads as the path.
    if (/(?:join|combine|catfile|Path\.of|Paths\.get|resolve)\s*\(/i.test(line)) statement.text = statement.text.replace(/(["'])\s*,\s*(["'])/g, '/');
    const call = (name: string, args: string[] = [statement.text]) => statement.calls.push({ name, args, start: statement.start, end: statement.end, pipedFrom: null });
    // A configuration task that declares a path absent (a playbook's file module, `path: …` beside `state: absent`) removes it, with all it holds.
    const declaredAbsent = yaml ? absentPath(statements, index) : null;
    if (declaredAbsent !== null) call('rm', ['-rf', declaredAbsent]);
    // A helper of the program called here (not where it is defined): its labels and what it sends apply.
    if (functionNames.size > 0 && !holdsHead) {
      for (const word of new Set(words)) if (functionNames.has(word) && word !== statement.inFunction?.name) call(word, callArguments(statement.text, word) ?? [statement.text]);
    }
    // An address spelled backwards or in pieces is read as it (see above).
    if (usesNetworkClient(line) || (statement.text !== line && usesNetworkClient(statement.text)) || (simpleFetch && SIMPLE_FETCH.test(line)) || (dialect === 'php' && MAIL_CALL.test(line))) call('http');
    // A file reader given a variable that holds a web address (`$u = 'https://…'` … `file_get_contents($u)`) downloads from it.
    const readsHeld = READS_HELD_PATH.exec(line);
    if (readsHeld && /^https?:\/\//i.test(heldLiteral(lastDefinition.get(readsHeld[1]!), lastDefinition) ?? '')) call('http');
    // A reader handed an HTTP stream context (`file_get_contents($u, false, $ctx)`, `$ctx = stream_context_create(['http' => …])`) makes a web request, whatever address it is given.
    const contextVariable = dialect === 'php' ? READS_WITH_CONTEXT.exec(line)?.[1] : undefined;
    if (contextVariable && httpStreamContext(lastDefinition.get(contextVariable) ?? '', lastDefinition)) call('http');
    // `getstore($url, $file)` saves the download, as `curl -o FILE URL` does.
    const stored = simpleFetch ? /\bgetstore\s{0,4}\(\s{0,4}([^,()\n]{1,400}),\s{0,4}([^,()\n]{1,400})\)/.exec(line) : null;
    if (stored) call('curl', ['-fsSL', '-o', stored[2]!.trim(), stored[1]!.trim()]);
    // Windows' `URLDownloadToFile(caller, url, file, …)` saves the download, as `curl -o FILE URL` does; a process started later on that file's name runs it.
    const savedByUrlmon = URLMON_DOWNLOAD.exec(line);
    const savedName = savedByUrlmon ? /["']([^"'\n]{1,200})["']\s{0,4}\)?\s*$/.exec(savedByUrlmon[2]!)?.[1] : undefined;
    if (savedByUrlmon && savedName) {
      const path = savedName.replace(/\\/g, '/').replace(/^\/+/, '');
      call('curl', ['-fsSL', '-o', `./${path}`, savedByUrlmon[1]!.trim()]);
      urlmonSaved.set(savedName, path.split('/').pop()!);
    }
    // CMake's `file(DOWNLOAD <url> <file>)` saves the download, as `curl -o FILE URL` does, unless it is checked against a pinned digest;
    // a command the same build runs (`execute_process(COMMAND sh <file>)`) is read beside it, so running the saved file reads as running the download.
    const cmakeDownload = cmakeDownloads ? CMAKE_DOWNLOAD.exec(line) : null;
    if (cmakeDownload && !CMAKE_PINNED_DOWNLOAD.test(line)) call('curl', ['-fsSL', '-o', cmakeDownload[4]!, cmakeDownload[2]!]);
    // `include(<file>)` runs the CMake code the file holds, in the same build.
    const cmakeInclude = cmakeDownloads && !cmakeDownload ? CMAKE_INCLUDE.exec(line) : null;
    if (cmakeInclude) call('.', [cmakeInclude[2]!]);
    const cmakeRun = cmakeDownloads && !cmakeDownload ? CMAKE_RUNS.exec(line) : null;
    if (cmakeRun) {
      const [program, ...args] = cmakeRun[1]!.trim().split(/\s+/).map((word) => word.replace(/^"|"$/g, ''));
      call(program!, args);
    }
    if (urlmonSaved.size > 0 && !savedByUrlmon && STARTS_PROCESS_ON_PATH.test(line)) {
      for (const [savedAs, program] of urlmonSaved) if (line.includes(savedAs) && RUNNABLE_FILE.test(program)) call(program, []);
    }
    // A name looked up in DNS carries whatever was put into it.
    if (OTHER_LANGUAGE_DNS.test(line)) call('nslookup');
    // A log line written through a syslog client pointed at another host leaves the machine.
    // So does a log record, or a logger's fields added to every record, where another file of the skill ships the logs.
    if ((remoteSyslog && SYSLOG_WRITE.test(line)) || (context.shipsLogs && SHIPPED_LOG_WRITE.test(line))) call('logger', ['-n', statement.text]);
    // A field of an image's embedded metadata given a value (`[kCGImagePropertyExifUserComment: note]`, `exif.setAttribute(TAG_USER_COMMENT, v)`), as `exiftool -Comment=…` gives one.
    if (IMAGE_METADATA_FIELD.test(line)) call('exiftool', [`-Comment=${statement.text}`]);
    // Commands handed to the shell as strings are read as shell code.
    const commands = shellStrings(line, !yaml, buildExec, (name) => (name.includes('.') ? fieldLiteral(name, lastDefinition) : heldLiteral(lastDefinition.get(name), lastDefinition)), interpolatesDollar);
    for (const command of commands) {
      if (nestedChars <= 0) break;
      nestedChars -= command.length;
      // `powershell -c "…"` runs PowerShell code; everything else is a shell command line.
      const powershell = /^\s*(?:\S*[\\/])?(?:powershell|pwsh)(?:\.exe)?\s(?:[^\n]{0,200}?\s)?-(?:c|Command)\s+([^\n]{1,4000})$/i.exec(command);
      const code = powershell ? powershell[1]!.replace(/^["']|["']$/g, '') : command;
      for (const finding of analyseCode(powershell ? 'powershell' : 'bash', code.slice(0, MAX_NESTED_CHARS), context, depth + 1, budget)) nested.push({ ...finding, start: statement.start, end: statement.end });
    }
    // A command line whose program is a variable of this code (`shell_exec("nohup $bin --quiet &")`) runs the file that variable names.
    for (const command of commands) {
      const program = /^\s*(?:(?:nohup|setsid|nice|exec|sudo)\s+){0,3}["']?\$\{?([A-Za-z_]\w{0,60})\b/.exec(command)?.[1];
      if (program && defined.has(program)) call('eval', [program]);
    }
    if (commands.some((command) => /\b(?:curl|wget|iwr|Invoke-WebRequest)\b/.test(command))) call('http');
    // A network program started with a list of arguments, some of them variables (`IO.popen(["curl", "-d", data, url])`).
    else if (SPAWNS_NETWORK_PROGRAM.test(line)) call('http');
    // A name lookup program started with a list of arguments (`system("host", name)`): the name carries what was put into it.
    if (SPAWNS_DNS_PROGRAM.test(line)) call('nslookup');
    // A pause (\`time.Sleep(gap)\`): when its length depends on a secret, the timing of later requests carries the secret.
    const pause = PAUSE.exec(line);
    const pauseEnd = pause ? closingBracket(line, pause.index + pause[0].length - 1) : -1;
    // The length may be worked out in brackets of its own (`Task.Delay(((b >> i) & 1) == 1 ? 900 : 300)`).
    if (pause && pauseEnd !== -1) call('time.sleep', [line.slice(pause.index + pause[0].length, pauseEnd).trim()]);
    // A process started from a list kept in a variable (`args = { "curl", … }` … `jobstart(args)`): its first word is the program.
    const listRun = RUNS_ARGUMENT_LIST.exec(line);
    if (listRun && networkLists.has(listRun[1]!)) call('http');
    // A process object given a network program (`p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")`) sends what its arguments hold when started.
    const processProgram = PROCESS_PROGRAM.exec(line);
    if (processProgram && NETWORK_PROGRAM.test(processProgram[2]!.slice(processProgram[2]!.lastIndexOf('/') + 1))) networkLists.add(processProgram[1]!);
    const started = STARTS_PROCESS.exec(line);
    if (started && networkLists.has(started[1]!)) call('http');
    // `ping -p` fills its packets with a pattern of the caller's choosing.
    if (SPAWNS_PING_PATTERN.test(line)) call('ping', ['-p', statement.text]);
    // `git` started with a list of arguments: what a commit or tag message holds travels with the next push.
    const git = SPAWNS_GIT.exec(line);
    if (git) call('git', [git[1]!, statement.text]);
    // A bare `load` runs code as a call (Lua's `load(chunk)`); inside a string (`"failed to load response"`) it is a word.
    // Perl's `eval { … }` only catches what dies in the block; the block's own calls are read as they are.
    if (/\beval\b(?!\s{0,10}\{)|\b(?:instance_eval|class_eval|module_eval|loadstring|dofile)\b|\bAssembly\.Load(?:From|File)?\s*\(/.test(line) || (line.includes('load') && /(?<![.:])\bload\b/.test(line.replace(QUOTED, '""'))) || evaluatesScript(line, groovyShell, functionNames)) call('eval');
    // A PHP file included, and a program given by path to Swift's `Process`: what the file holds runs.
    const included = INCLUDES_FILE.exec(line) ?? (/\bProcess\.run\(|\.executableURL\s*=/.test(line) ? PROGRAM_URL.exec(line) : null);
    if (included) call('eval', [included[1]!]);
    // A shell or interpreter started as a process, and everything a line hands to it (its script, its input) runs.
    const shellStarted = STARTS_SHELL.test(line) || (processProgram !== null && /^(?:(?:ba|z|da|k)?sh|python3?|perl|ruby|node|php|lua)$/.test(processProgram[2]!.slice(processProgram[2]!.lastIndexOf('/') + 1)));
    const feedsShell = !shellStarted && statement.uses.some((name) => shellFeeds.has(name));
    if (shellStarted || feedsShell) {
      call('eval', [statement.text]);
      if (shellFeeds.size < 64) for (const name of [...statement.defines, ...(feedsShell ? statement.uses : [])]) shellFeeds.add(name);
    }
    // A connection's stream handed to a block (`conn.outputStream.use { it.write(body) }`, `c.outputStream.withWriter { w -> w << body }`):
    // writing into the block's parameter writes through the connection.
    const scoped = line.includes('{') ? SCOPED_STREAM.exec(line) : null;
    if (scoped && WRITES_INTO(scoped[2] ?? 'it').test(line.slice(scoped.index + scoped[0].length))) {
      const through = lastDefinition.get(scoped[1]!);
      if (through !== undefined && (usesNetworkClient(through) || connections.has(scoped[1]!))) call('http');
    }
    // Writing through a variable that holds a connection sends the data.
    if (line.includes('(') || line.includes('print')) for (const match of line.matchAll(WRITES_THROUGH)) {
      const name = (match[1] ?? match[2] ?? match[3] ?? match[4])!;
      const through = lastDefinition.get(name);
      // A client filled in since it was made (`client.DefaultRequestHeaders.Add(…)`) is still the client.
      if (through !== undefined && (usesNetworkClient(through) || connections.has(name))) {
        call('http');
        break;
      }
    }
    // A program run from a variable runs whatever that variable holds: a download, a decoded blob.
    const program = RUNS_PROGRAM.exec(line);
    if (program && !checksDownloads) call('eval', [program[1]!]);
    const launched = program || checksDownloads || !line.includes('(') ? null : LAUNCHES_HELD_FILE.exec(line);
    if (launched) call('eval', [launched[1]!]);
    // A command line that is nothing but a variable, in backquotes or opened as a pipe (`` `#{cmd}` ``, `open(my $h, '-|', $cmd)`), runs what the variable holds.
    const held = RUNS_HELD_COMMAND.exec(line);
    if (held) call('eval', [(held[1] ?? held[2] ?? held[3])!]);
    // A shell handed a script held in a variable (`exec.Command("bash", "-c", string(body))`, `system("sh", "-c", script)`) runs what the variable holds.
    const script = SHELL_SCRIPT_ARGUMENT.exec(line) ?? SHELL_SCRIPT_LIST.exec(line);
    if (script) call('eval', [script[1]!]);
    // A disk device opened for writing is overwritten, as `dd of=/dev/sda` does.
    const opened = OPENS_FOR_WRITING.exec(line);
    if (opened) {
      const path = (opened[1] ?? opened[2] ?? opened[3]!).trim();
      const name = /^[$@&]?([A-Za-z_]\w*)$/.exec(path)?.[1];
      // The path's variable may be assigned earlier in the same joined statement (a function body).
      const assigned = name === undefined ? '' : `${lastDefinition.get(name) ?? ''}\n${line.slice(0, opened.index).includes(name) ? line.slice(0, opened.index) : ''}`;
      // A path a helper hands back (`let dev = device();`) is what that helper returns.
      const helper = /=\s{0,20}([A-Za-z_]\w{0,100})\(\s{0,20}\)/.exec(assigned)?.[1];
      const returned = helper === undefined || !functionNames.has(helper) ? '' : handedBack(helper);
      if (DISK_DEVICE.test(path) || DISK_DEVICE.test(assigned) || DISK_DEVICE.test(returned)) call('dd', ['if=/dev/zero', 'of=/dev/sda']);
    }
    // A recursive delete of another language aimed at the home folder or the root reads as `rm -rf` of it.
    const receiverDeleted = line.includes('.delete') || line.includes('.rmtree(') || line.includes('.Delete(') ? RECEIVER_DELETE.exec(line) : null;
    const direct = RECURSIVE_DELETE.exec(line) ?? UNBRACKETED_RECURSIVE_DELETE.exec(line) ?? VIM_RECURSIVE_DELETE.exec(line) ?? NVIM_RECURSIVE_REMOVE.exec(line);
    const deleted = (direct && direct[1]!.trim() !== '' ? direct : null) ?? (receiverDeleted ? Object.assign([receiverDeleted[0], receiverDeleted[1]!], { index: receiverDeleted.index }) as unknown as RegExpExecArray : null);
    if (deleted) {
      // A variable as the path (`remove_dir_all(&home)`, `remove_tree($top)`, `Directory.Delete(profile, true)`) stands for the line that last assigned it.
      const name = /^\s*[&*$@]?\s*([A-Za-z_]\w*)\s*$/.exec(pathArgument(deleted[1]!))?.[1];
      const assigned = name ? lastDefinition.get(name) : undefined;
      // Lines joined into one (a function body) keep the assignment before the call.
      const local = name ? new RegExp(`\\b${name}\\s*:?=(?!=)([^;\\n]{0,300})`).exec(line.slice(0, deleted.index))?.[1] : undefined;
      const argument = `${deleted[1]!} ${assigned ?? ''} ${local ?? ''}`;
      const path = pathArgument(deleted[1]!);
      // A personal folder joined to a variable holding the home folder (`filepath.Join(home, "Documents")`).
      const joined = PERSONAL_FOLDER_JOIN.exec(path);
      const personal = joined && HOME_FOLDER.test(lastDefinition.get(joined[1]!) ?? '') ? `~/${joined[2]!}` : null;
      const target = personal ?? ([deleted[1]!, assigned ?? '', local ?? ''].some((piece) => HOME_FOLDER.test(piece) && !namesEntryUnderHome(piece, new RegExp(HOME_FOLDER.source, 'g'))) ? '~' : null) ?? onlyTop(path, (name) => lastDefinition.get(name)) ?? (/^\s*["']\/["']\s*$/.test(path) || /^\s*[\w.:]*(?:Join|join|Combine|combine)\(\s*["']\/["']\s*,|^\s*["']\/["']\s*\+/.test(path) ? '/' : null) ?? (SERVICE_DATA_FOLDER.test(path.trim()) ? path.trim() : null);
      if (target) call('rm', ['-rf', target]);
      else if ((READS_ENVIRONMENT.test(`${path} ${statement.uses.map((used) => lastDefinition.get(used) ?? '').join(' ')}`) && ENDS_AT_ROOT.test(path)) || JOINED_TO_EMPTY_SETTING.test(argument)) nested.push(unsetRootDelete(statement));
    }
    // `rm -r` started with an argument list (`exec.Command("rm", "-rf", home)`, `Command::new("rm").args(["-rf", &home])`): its names are the targets.
    // Its targets read as literals already make a command line of their own (above).
    const spawnedRm = commands.some((command) => /\brm\s+-\w+\s+\S/.test(command)) ? null : SPAWNS_RECURSIVE_RM.exec(line);
    if (spawnedRm) {
      const top = Array.from(spawnedRm[1]!.matchAll(/[,[(]\s{0,10}[&*]?([A-Za-z_]\w{0,100})\s{0,10}(?=[,\])])/g), (match) => onlyTop(match[1]!, (name) => lastDefinition.get(name))).find(Boolean);
      if (top) call('rm', ['-rf', top]);
    }
    // `"rm -rf " + expression` handed to the shell: the expression is the target.
    const concatenated = commands.some((command) => /\brm\s+-\w+\s+\S/.test(command)) ? null : RM_CONCATENATED.exec(line);
    if (concatenated) {
      const rest = concatenated[1]!;
      if (HOME_FOLDER.test(rest) && !NAMED_PIECE.test(rest.replace(/["']HOME["']/g, ' '))) call('rm', ['-rf', '~']);
      else if (READS_ENVIRONMENT.test(rest) && /["']\/\*?["']/.test(rest)) nested.push(unsetRootDelete(statement));
    }
    // Every file under the home folder or the root, visited and deleted one by one, is the folder deleted.
    const walk = WALKS_TREE.exec(line) ?? RECEIVER_WALK.exec(line);
    if (walk) {
      const root = walk[1]!.trim();
      const name = /^[$@&]?([A-Za-z_]\w*)$/.exec(root)?.[1];
      const where = `${root} ${name ? lastDefinition.get(name) ?? '' : ''}`;
      // A walk of a folder under the home folder (`Paths.get(System.getProperty("user.home"), ".cache")`) is not one of all of it.
      const top = HOME_FOLDER.test(where) && !namesEntryUnderHome(where, new RegExp(HOME_FOLDER.source, 'g')) ? '~' : /^["']\/["']$/.test(root) ? '/' : null;
      if (top && DELETES_FILE.test(line.slice(walk.index))) call('rm', ['-rf', top]);
      else if (top) for (const name of statement.defines) walkedFrom.set(name, top);
    }
    // Every entry of the home folder or the root, listed (`Dir.glob(File.join(root, "{*,.*}"))`) and deleted one by one.
    // A filter naming what it keeps (`HasSuffix(name, ".tmp")`) deletes some entries, not all of them.
    const listing = walk ? null : LISTS_FOLDER.exec(line);
    // A block's parameter (`roots.each { |r| … }`) stands for the items of the collection it iterates.
    const blockItems = listing && /\|/.test(line) ? new Map(Array.from(line.matchAll(/(?<![\w.])([A-Za-z_]\w*)(?:\.\w+){0,3}\.(?:each|map|flat_map|each_with_index|select|reject)\s*(?:do|\{)\s*\|\s*([A-Za-z_]\w*)/g), (match) => [match[2]!, match[1]!] as const).slice(0, 8)) : null;
    const listed = listing ? folderTop(listing[1]!, (name) => (blockItems?.has(name) ? blockItems.get(name) : lastDefinition.get(name))) : null;
    if (listing && listed && DELETES_FILE.test(line.slice(listing.index))) {
      if (!NAMED_PIECE.test(line.slice(listing.index + listing[0].length))) call('rm', ['-rf', listed]);
    } else if (listed) for (const name of statement.defines) listedFrom.set(name, listed);
    if (!walk && !listing && (listedFrom.size > 0 || topHelpers.size > 0) && DELETES_FILE.test(line) && !NAMED_PIECE.test(line)) {
      const top = statement.uses.map((name) => listedFrom.get(name) ?? topHelpers.get(name)).find(Boolean);
      if (top) call('rm', ['-rf', top]);
    }
    if (!walk && walkedFrom.size > 0) {
      const top = statement.uses.map((name) => walkedFrom.get(name)).find(Boolean);
      if (top && DELETES_FILE.test(line)) call('rm', ['-rf', top]);
      // A loop over the walk (`foreach ($it as $f)`) hands each path on.
      else if (top && walkedFrom.size < 64) for (const name of statement.defines) walkedFrom.set(name, top);
    }
    // Every item a server holds (`Jenkins.get().getAllItems(Job)`), visited and deleted one by one; a listing that picks some (`findAll { … }`) is not every item.
    const everyItem = LISTS_EVERY_ITEM.exec(line);
    if (everyItem && !PICKS_ITEMS.test(line)) {
      const after = line.slice(everyItem.index);
      const holders = [...statement.defines, ...Array.from(after.matchAll(BLOCK_PARAMETER), (match) => match[1] ?? 'it')].slice(0, MAX_LINE_DEFINES);
      if (holders.some((name) => after.includes(name) && DELETES_HELD_ITEM(name).test(after))) nested.push(everyItemDeleted(statement));
      else for (const name of holders) if (name !== 'it' && everyItemHolders.size < 64) everyItemHolders.add(name);
    } else if ([...everyItemHolders].some((name) => line.includes(name) && DELETES_HELD_ITEM(name).test(line))) nested.push(everyItemDeleted(statement));
    // A branch deleted or forced over (`exec.Command("git", "push", "origin", "--delete", b)`, `system("git push $r --delete $b")`)
    // whose name comes from a listing of every branch, with no step keeping only those matching a pattern.
    const pushLine = line.replace(/["'`]\s{0,10},\s{0,10}["'`]/g, ' ');
    if (PUSH_REWRITES.test(pushLine)) {
      const branchNames = statement.uses.filter((name) => new RegExp(`(?:[\\s,(\\[:+]|\\$\\{?)${name}\\b`).test(pushLine.slice(pushLine.search(PUSH_REWRITES))));
      const reaching = reachingDefinitions(branchNames, lastDefinition, everyDefinition, passedTo).replace(/["'`]\s{0,10},\s{0,10}["'`]/g, ' ');
      if (LISTS_REMOTE_BRANCHES.test(reaching) && !KEEPS_MATCHING.test(reaching) && !branchNames.some((name) => keepsMatching(name, text))) nested.push({ threat: 'destructive', severity: 'error', start: statement.start, end: statement.end, why: 'force-pushes over or deletes every branch of the remote repository, one after another' });
    }
    // A list holding the home folder or the root, what is taken from it (a loop's item, a value made from an
    // item) and a helper handing it back: deleting one of them deletes that folder. Joined only to pieces that
    // name nothing (another list's `"*"`, an unset variable), an item is still the whole folder.
    const definitionOf = (name: string) => lastDefinition.get(name);
    const literals = literalsReach(line, definitionOf);
    const carried = statement.uses.map((name) => listedFrom.get(name) ?? topHelpers.get(name)).find(Boolean);
    const carriedWhole = carried !== undefined && !NAMED_PIECE.test(unsetEnvironmentRead(line)) && statement.uses.every((name) => listedFrom.has(name) || topHelpers.has(name) || nameless.has(name) || !NAMED_PIECE.test(unsetEnvironmentRead(lastDefinition.get(name) ?? '')));
    const reached = literals.top ?? (carriedWhole ? carried : undefined);
    if (reached && statement.defines.length > 0 && listedFrom.size < 64) for (const name of statement.defines) listedFrom.set(name, reached);
    if (reached && statement.returns && statement.inFunction && topHelpers.size < 64) topHelpers.set(statement.inFunction.name, reached);
    if (literals.nameless && nameless.size < 64) for (const name of statement.defines) nameless.add(name);
    const persisted = persistenceWrite(statement, reachingDefinitions(statement.uses, lastDefinition, everyDefinition, passedTo), startsAgain);
    if (persisted) nested.push({ threat: 'persistence', severity: 'error', start: statement.start, end: statement.end, why: persisted.posesAsApple ? `puts a start-up entry labelled as part of macOS (com.apple.…) into ${persisted.place}, where it runs again by itself and nobody looks twice` : `puts a command that fetches or runs code from elsewhere into ${persisted.place}, where it runs again by itself` });
    for (const name of statement.defines) lastDefinition.set(name, statement.text);
    // Filling the list later (`table.insert(args, …)`) keeps its program.
    if (NETWORK_ARGUMENT_LIST.test(line)) for (const name of statement.defines) networkLists.add(name);
  }
  return [...new ProgramAnalysis({ language: 'bash', statements, literals: [], hasErrors: false, truncated: false, spelled: new Set() }, context, text, true).run(), ...nested];
}

/**
 * Calls of languages read line by line that hand a string to the shell (`system("…")`, `os.execute("…")`,
 * `exec.Command("sh", "-c", "…")`, `Process.Start("…")`), and backquoted commands (`` `curl …` ``, `%x{…}`).
 */
const SHELL_STRING_CALL = /\b(?:system|exec|shell_exec|passthru|popen|proc_open|execute|spawn|Start|Command|Command::new|ProcessBuilder|commandLine|Run|capture[23]e?|popen[23]|do shell script|callCommand|spawnCommand|execShellCmd|execCmdEx|Sys\.command|local(?=\s*\()|os:cmd|Shell|(?<=\()sh(?=\s))\s*(?:\(\s*)?(?:new\s+String\s*\[\]\s*\{\s*|(?:arrayOf|listOf)\(\s*)?((?:"(?:[^"\\\n]|\\.){0,2000}"|'(?:[^'\\\n]|\\.){0,2000}')(?:(?:\s*,\s*|\s+)(?:"(?:[^"\\\n]|\\.){0,2000}"|'(?:[^'\\\n]|\\.){0,2000}')){0,10})|`((?:curl|wget|bash|sh|cat|rm|nc|ncat|python3?|perl|base64|chmod|crontab|echo|tar|scp|ssh|dig|nslookup|ping|openssl|sudo|find|env|printenv|head|xxd|powershell)\s[^`\n]{0,2000})`|%x\{([^}\n]{1,2000})\}/g;
const QUOTED = /"((?:[^"\\\n]|\\.){0,2000})"|'((?:[^'\\\n]|\\.){0,2000})'/g;
const TCL_SHELL_SCRIPT = /\bexec\s{1,10}(?:ba|z)?sh\s{1,10}-c\s{1,10}\{([^{}\n]{1,2000})\}/g;

/** The shell commands a line of another language runs. */
function shellStrings(raw: string, commandLines: boolean, buildExec = false, literalOf: (name: string) => string | undefined = () => undefined, interpolatesDollar = false): string[] {
  const commands: string[] = [];
  // A line of a batch file or shell-like configuration that is itself a command.
  if (commandLines && COMMAND_LINE.test(raw)) commands.push(raw.trim());
  // The text of one XML element (`<argument>curl … | sh</argument>` of a build plugin) that is itself a command.
  // Under a build tool's program (`<executable>`, `<exec>`), its argument elements are read as one command line with it.
  const element = commandLines && raw.includes('</') ? ELEMENT_TEXT.exec(raw) : null;
  if (element && !(buildExec && /^(?:argument|arg)$/i.test(element[1]!)) && COMMAND_LINE.test(decodeEntities(element[2]!))) commands.push(decodeEntities(element[2]!).trim());
  if (!/system|exec|popen|proc_open|execute|spawn|Start|Command|commandLine|Run|capture|shell|Shell|passthru|`|%x\{|Sys\.command|\blocal\s*\(|os:cmd|\(sh\s/.test(raw)) return commands;
  // The home folder written as an expression, and strings joined with `.`, `+` or `..`, read as one string.
  // A variable joined into a command (`'curl ' . $url . ' | sh'`, `"rm -rf #{dir}"`) reads as its literal value, or as a shell variable.
  // A name of the program whose value is not known stands as a word of its own: the shell would read `$name` as its own
  // variable, unset (`rm -rf $out/*` is the root), where the program gives it a value the shell never sees.
  const word = (name: string) => literalOf(name)?.replace(/["'\\]/g, '') ?? name.replace('.', '_');
  // A record's field (`cfg.root`) is never a variable of the shell.
  const value = (name: string) => literalOf(name)?.replace(/["'\\]/g, '') ?? (name.includes('.') ? name.replace('.', '_') : `$${name}`);
  /** A string with the names put into it (`{name}`, `${name}`, `$name`) read as their values. */
  const filledIn = (template: string) => template.replace(/\$?\{\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\}|\$([A-Za-z_]\w{0,60})/g, (_, braced: string | undefined, bare: string | undefined) => word((braced ?? bare)!));
  const line = raw
    // A command formatted from a template (`format!("rm -rf {}", root)`, `fmt.Sprintf("rm -rf %s", dir)`) or interpolated (C#'s `$"-rf {dir}"`) reads with the values put in.
    .replace(FORMATTED_COMMAND, (_, template: string, names: string) => {
      const values = names.split(',').map((name) => name.trim().replace(/^[$&]/, '')).filter(Boolean).map(word);
      let next = 0;
      return filledIn(template.replace(/\{\}|%[sdv]/g, () => values[next++] ?? ''));
    })
    .replace(/\$(")((?:[^"\\\n]|\\.){0,2000})"/g, (_, quote: string, template: string) => `${quote}${filledIn(template)}${quote}`)
    .replace(HOME_EXPRESSION, '"~"')
    .replace(/#\{\s{0,20}"~"\s{0,20}\}/g, '~')
    .replace(/#\{\s{0,20}([A-Za-z_]\w{0,60})\s{0,20}\}/g, (_, name: string) => value(name))
    .replace(/(["'])\s{0,20}(?:\.\.|\+|(?<=\s)\.(?=\s))\s{0,20}\$?([A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60})?)\s{0,20}(?:\.\.|\+|(?<=\s)\.(?=\s))\s{0,20}\1/g, (_, quote: string, name: string) => value(name))
    // A name joined at either end of the string (`'rm -rf ' . $dir`, `base + " --force"`) reads the same way.
    // A name or a record's field joined at either end of the string (`'rm -rf ' . $dir`, `cfg.root .. "/*"`) reads the same way,
    // and so does one holding a literal that stands as an argument after a string (`("rm", "-rf", cfg.root)`).
    .replace(/(["'])\s{0,20}(?:\.\.|\+|(?<=\s)\.(?=\s)|\.(?=\$))\s{0,20}\$?([A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60})?)(?=\s{0,20}(?:[),;\]}]|$))/g, (_, quote: string, name: string) => `${word(name)}${quote}`)
    .replace(/(?<=[(,[{]\s{0,20})\$?([A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60})?)\s{0,20}(?:\.\.|\+|(?<=\s)\.(?=\s)|(?<=\$\w{1,60})\.)\s{0,20}(["'])/g, (_, name: string, quote: string) => `${quote}${word(name)}`)
    .replace(/(?<=["']\s{0,20},\s{0,20})\$?([A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60})?)(?=\s{0,20}[,)])/g, (whole: string, name: string) => {
      const literal = literalOf(name);
      return literal === undefined ? whole : `"${literal.replace(/["'\\]/g, '')}"`;
    })
    .replace(/(["'])\s{0,20}(?:\.\.?|\+|<<|&(?=\s))\s{0,20}(["'])/g, '')
    // PHP, Perl and Kotlin put a variable's value into a string written `"… $name …"`; one holding a literal reads as it.
    .replace(/\{?\$\{?([A-Za-z_]\w{0,60})\}?/g, (whole: string, name: string) => (interpolatesDollar ? literalOf(name)?.replace(/["'\\]/g, '') ?? whole : whole));
  // Tcl's `exec sh -c {…}`: the braces quote the script.
  for (const match of line.matchAll(TCL_SHELL_SCRIPT)) if (commands.length < 20) commands.push(match[1]!);
  for (const match of line.matchAll(SHELL_STRING_CALL)) {
    if (commands.length >= 20) break;
    if (match[2] !== undefined || match[3] !== undefined) {
      commands.push((match[2] ?? match[3])!);
      continue;
    }
    const parts = [...match[1]!.matchAll(QUOTED)].map((part) => (part[1] ?? part[2] ?? '').replace(/\\(["'\\])/g, '$1'));
    // `("sh", "-c", "cmd")` runs the string after -c; `("curl", "-s", url)` is the words of one command.
    const flag = parts.findIndex((part) => /^-c$|^\/c$|^-Command$/i.test(part));
    commands.push(flag !== -1 && parts[flag + 1] !== undefined ? parts[flag + 1]! : parts.join(' '));
  }
  // Groovy runs a string or a list of words given `.execute()` (`"rm -rf ${dir}".execute()`, `["rm", "-rf", dir].execute()`);
  // one of literals only is read where its text is (a command written out in a string).
  for (const match of line.matchAll(GROOVY_EXECUTE)) {
    if (commands.length >= 20) break;
    if (!/\$|(?:^|,)\s{0,4}[A-Za-z_]/.test(match[1] ?? match[2]!)) continue;
    if (match[1] !== undefined) {
      commands.push(filledIn(match[1].slice(1, -1)));
      continue;
    }
    const words = match[2]!.split(',').map((piece) => piece.trim()).map((piece) => (/^["']/.test(piece) ? filledIn(piece.slice(1, -1)) : word(piece.replace(/^\$/, ''))));
    const flag = words.findIndex((piece) => piece === '-c');
    commands.push(flag !== -1 && words[flag + 1] !== undefined ? words[flag + 1]! : words.join(' '));
  }
  return commands;
}

/** A command put together from a template and names (`format!("rm -rf {}", root)`, `fmt.Sprintf(…)`, `String.format(…)`), capturing both. */
const FORMATTED_COMMAND = /\b(?:format!|fmt\.Sprintf|String\.format|sprintf)\s{0,4}\(\s{0,4}("(?:[^"\\\n]|\\.){0,2000}")((?:\s{0,4},\s{0,4}[$&]?[A-Za-z_]\w{0,60}(?:\.[A-Za-z_]\w{0,60})?){0,8})\s{0,4}\)/g;
/** A string, or a list of strings and names, run by Groovy's `.execute()`. */
const GROOVY_EXECUTE = /("(?:[^"\\\n]|\\.){1,2000}"|'(?:[^'\\\n]|\\.){1,2000}')\s{0,4}\.execute\(|\[\s{0,4}((?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\$?[A-Za-z_]\w{0,60})(?:\s{0,4},\s{0,4}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\$?[A-Za-z_]\w{0,60})){0,20})\s{0,4}\]\s{0,4}\.execute\(/g;

/** CMake's `file(DOWNLOAD <url> <file> …)`, capturing the address and the file. */
const CMAKE_DOWNLOAD = /\bfile\s{0,10}\(\s{0,10}DOWNLOAD\s{1,10}("?)([^\s"()]{1,400})\1\s{1,10}("?)([^\s"()]{1,400})\3/i;
/** A download CMake checks against a digest written in the build (`EXPECTED_HASH SHA256=…`). */
const CMAKE_PINNED_DOWNLOAD = /\bEXPECTED_(?:HASH\s{1,10}\w{2,10}=[0-9a-f]{32}|MD5\s{1,10}[0-9a-f]{32})/i;
/** CMake reading another file of CMake code into the build, capturing its path. */
const CMAKE_INCLUDE = /\binclude\s{0,10}\(\s{0,10}("?)([^\s"()]{1,400})\1[\s)]/i;
/** The first command of CMake's `execute_process`, `add_custom_command` or `add_custom_target`, up to its next keyword or the call's end. */
const CMAKE_RUNS = /\b(?:execute_process|add_custom_command|add_custom_target)\s{0,10}\([^()]{0,400}?\bCOMMAND\s{1,10}((?:(?!\b(?:OUTPUT|ERROR|RESULTS?|WORKING_DIRECTORY|COMMAND|TIMEOUT|INPUT_FILE|DEPENDS|COMMENT|VERBATIM|BYPRODUCTS|USES_TERMINAL|ENCODING|COMMAND_ECHO)\w{0,30}\b)[^()\n]){1,400})/i;
/** Windows' urlmon download into a file (`URLDownloadToFile 0, url, file, 0, 0`), capturing the address and the file. */
const URLMON_DOWNLOAD = /\bURLDownloadToFile[AW]?\b\s{0,4}\(?\s{0,4}[^,\n]{1,100},\s{0,4}([^,\n]{1,400}),\s{0,4}([^,\n]{1,400}),/i;
/** A file name a process can be started on: a program, a script, an installer or a library (a document or data file is opened, not run). */
const RUNNABLE_FILE = /\.(?:exe|com|scr|pif|bat|cmd|ps1|vbs|vbe|js|jse|wsf|hta|msi|dll|cpl|jar|py|sh)$|^[^.]+$/i;
/** A call that starts a process on a path (Visual Basic's `Shell`, `ShellExecute`, `WinExec`, `CreateProcess`, a shell object's `.Run`/`.Exec`, `Process.Start`). */
const STARTS_PROCESS_ON_PATH = /(?:^|[\s(=.])(?:Shell|ShellExecute(?:Ex)?[AW]?|WinExec|CreateProcess[AW]?|Run|Exec|Process\.Start|Start-Process)\b/;

/** A line that starts with a command that downloads, runs or schedules something (batch files, launchers). */
const COMMAND_LINE = /^\s*[@^]?(?:powershell|pwsh|cmd|certutil|bitsadmin|mshta|rundll32|regsvr32|wscript|cscript|schtasks|curl|wget|bash|sh)(?:\.exe)?\s+-?\S/i;
/** A line holding one XML element with text only, capturing the tag and the text. */
const ELEMENT_TEXT = /^\s*<([A-Za-z][\w:.-]{0,100})(?:\s[^<>\n]{0,400})?>([^<>\n]{1,4000})<\/\1>\s*$/;

/** XML text with its character entities resolved. */
function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** A PHP reader given a stream context in a variable as its last argument (`file_get_contents($u, false, $ctx)`, `fopen($u, 'r', false, $ctx)`). */
const READS_WITH_CONTEXT = /\b(?:file_get_contents|fopen|file|readfile)\s{0,4}\([^;()\n]{1,300},\s{0,4}\$([A-Za-z_]\w{0,60})\s{0,4}\)/;
/** HTTP options of a stream context (`['http' => ['method' => 'POST', …]]`). */
const HTTP_STREAM_OPTIONS = /["']https?["']\s{0,4}=>/;

/** Whether a context is created with HTTP options, written in place or kept in a variable (`stream_context_create($opts)`). */
function httpStreamContext(definition: string, lastDefinition: ReadonlyMap<string, string>): boolean {
  const created = /\bstream_context_create\s{0,4}\(\s{0,4}(?:\$([A-Za-z_]\w{0,60}))?/.exec(definition);
  if (!created) return false;
  return HTTP_STREAM_OPTIONS.test(definition) || (created[1] !== undefined && HTTP_STREAM_OPTIONS.test(lastDefinition.get(created[1]) ?? ''));
}

/** A PHP reader of a path or address given a variable (`file_get_contents($u)`, `fopen($u, 'r')`), capturing the variable. */
const READS_HELD_PATH = /\b(?:file_get_contents|fopen|readfile|file|simplexml_load_file)\s{0,4}\(\s{0,4}(?:\$|(?:self|static|[A-Z]\w{0,60})::)([A-Za-z_]\w{0,60})\b/;
/** The literal a variable was last assigned (`url = "https://…"`, `my $url = '…';`); the white space after it is read once (`\s*;?\s*` splits a long run every way before failing). */
const LITERAL_VALUE = /=\s*(["'])((?:(?!\1)[^\n]){1,300})\1\s*(?:;\s*)?$/;
/** An assignment of a Base64 literal decoded in place (`$a = base64_decode('…');`, `Base64.decode64("…")`), a line comment allowed after it. */
const DECODED_LITERAL_VALUE = /=\s{0,10}(?:[\w.:\\]{1,60}\(\s{0,10}){0,2}(?:base64_decode|(?:strict_|urlsafe_)?decode64|DecodeString|FromBase64String|b64decode|decode)\(\s{0,10}(["'])([A-Za-z0-9+/_-]{16,4000}={0,2})\1\s{0,10}\)(?:\s{0,10}\)){0,2}\s{0,10};?\s{0,10}(?:(?:\/\/|#)[^\n]{0,400})?$/;
/** An assignment of a literal reversed in place (`"…".chars().rev().collect()`, `strrev('…')`, `'…'.reverse`), or of a name holding one reversed. */
const REVERSED_VALUE = /=\s{0,10}(?:strrev\(\s{0,10}(?:(["'])((?:(?!\1)[^\n]){1,2000})\1|\$?([A-Za-z_]\w{0,60}))\s{0,10}\)|(?:(["'])((?:(?!\4)[^\n]){1,2000})\4|([A-Za-z_]\w{0,60}))\s{0,10}\.\s{0,10}(?:chars\(\)\s{0,10}\.\s{0,10}rev\(\)|reverse\b|reversed\(\)))/;

/**
 * The literal a record's field holds (`cfg.root` of `cfg = { root = "/srv/app" }`), a fallback after a read of the
 * environment (`root = os.getenv("ROOT") or "/srv"`) read as the fallback; else the literal of a constant of the
 * field's name (`Settings.ROOT` of `static final String ROOT = "…"`).
 */
function fieldLiteral(name: string, lastDefinition: ReadonlyMap<string, string>): string | undefined {
  const [record, field] = name.split('.') as [string, string];
  const definition = lastDefinition.get(record)?.slice(0, 4000);
  const held = definition === undefined ? undefined : new RegExp(`(?:^|[{,\\s])["']?${field}["']?\\s{0,10}(?:=>?|:)\\s{0,10}(?:[^,\\n{}]{0,200}?(?:\\bor|\\|\\||\\?\\?|\\?:)\\s{0,10})?(["'])([^"'\\n]{1,300})\\1\\s{0,10}(?:[,}]|$)`, 'm').exec(definition)?.[2];
  return held ?? heldLiteral(lastDefinition.get(field), lastDefinition);
}

/**
 * The text a name holds where the statement that last assigned it spells it out: a literal, a Base64
 * literal decoded in place, or a literal (or a name holding one) reversed in place.
 */
function heldLiteral(definition: string | undefined, lastDefinition: ReadonlyMap<string, string>, hops = 0): string | undefined {
  if (definition === undefined) return undefined;
  const literal = LITERAL_VALUE.exec(definition)?.[2];
  if (literal !== undefined) return literal;
  if (HOME_VALUE.test(definition)) return '~';
  const encoded = DECODED_LITERAL_VALUE.exec(definition);
  if (encoded) return decodeBase64(encoded[2]!) ?? undefined;
  const reversed = REVERSED_VALUE.exec(definition);
  if (!reversed) return undefined;
  const name = reversed[3] ?? reversed[6];
  const text = reversed[2] ?? reversed[5] ?? (name !== undefined && hops < 2 ? heldLiteral(lastDefinition.get(name), lastDefinition, hops + 1) : undefined);
  return text === undefined ? undefined : [...text].reverse().join('');
}
/**
 * An assignment of the home folder itself, as each language asks for it (`os.getenv("HOME")`, `System.getProperty("user.home")`,
 * `Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)`, `$ENV{HOME}`, `dirs::home_dir().unwrap()`), a literal fallback allowed.
 */
const HOME_VALUE = /=\s{0,10}(?:(?:\b(?:os|System|vim\.loop|vim\.uv)\.)?(?:getenv|Getenv|env::var|GetEnvironmentVariable)\(\s{0,10}["'](?:HOME|USERPROFILE)["']\s{0,10}\)|\bSystem\.getProperty\(\s{0,10}["']user\.home["']\s{0,10}\)|\b(?:Environment\.)?GetFolderPath\(\s{0,10}(?:Environment\.)?SpecialFolder\.UserProfile\s{0,10}\)|\$ENV\{\s{0,10}["']?HOME["']?\s{0,10}\}|\bENV\[\s{0,10}["']HOME["']\s{0,10}\]|\bDir\.home\b|\b(?:os\.UserHomeDir|dirs::home_dir|home::home_dir|os\.homedir|os_homedir)\(\s{0,10}\)|\bvim\.env\.HOME\b)(?:\.\w{1,20}\(\s{0,10}\)|\?|!!){0,3}\s{0,10}(?:(?:or|\|\||\?\?|\/\/|\?:)\s{0,10}["'][^"'\n]{0,200}["']\s{0,10})?;?\s{0,10}$/;

/** The home folder as other languages spell it. */
const HOME_EXPRESSION = /(?:\b(?:os|System)\.)?\bgetenv\(\s*["']HOME["']\s*\)|\bSystem\.getProperty\(\s*["']user\.home["']\s*\)|\b(?:Environment\.)?GetFolderPath\(\s*(?:Environment\.)?SpecialFolder\.UserProfile\s*\)|\bENV\[\s*["']HOME["']\s*\]|\$ENV\{\s*["']?HOME["']?\s*\}|\bDir\.home\b|\bos\.Getenv\(\s*"HOME"\s*\)|\$_SERVER\[\s*["']HOME["']\s*\]/g;

/** A process started from an argument list whose program talks to the network. */
/** A network program's command line that sends its standard input: a raw connection to a host, or an upload of `@-`, `-T -`, `/dev/stdin`. */
const SENDS_PROCESS_INPUT = /\b(?:nc|ncat|netcat|socat|telnet)\s[^"'\n]{0,100}?(?:[\w-]\.[a-z]{2,}|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|TCP)|\bcurl\b[^\n]{0,300}?(?:@-|@\/dev\/stdin|(?:-T|--upload-file)["',\s]{1,6}-["'\s,])/;
const SPAWNS_NETWORK_PROGRAM = /\b(?:popen\w{0,10}|system|spawn\w{0,10}|exec\w{0,10}|Command|ProcessBuilder|Start|capture\w{0,4}|run\w{0,20}|jobstart|termopen)\s*\((?:\s*[[{])?(?:\s*%w\[)?\s*["']?(?:curl|wget|nc|ncat|scp|rsync|ftp|sendmail|mail|socat)\b/;

/** A process started from an argument list whose program looks up names (`system("dig", name)`, `Command::new("nslookup")`). */
const SPAWNS_DNS_PROGRAM = /\b(?:popen\w{0,10}|system|spawn\w{0,10}|exec\w{0,10}|Command(?:::new)?|ProcessBuilder|Start|capture\w{0,4}|run\w{0,20}|jobstart)\s*\((?:\s*[[{])?(?:\s*%w\[)?\s*["'](?:\/usr\/bin\/)?(?:host|dig|nslookup|drill)["'\s]/;

/** A bare request of Perl's `LWP::Simple` (`get($url)`, `getstore($url, $file)`), not a method or hash lookup. */
const SIMPLE_FETCH = /(?<![\w>:$.{-])(?:get|getstore|getprint|mirror)\s{0,4}\(/;
/** PHP's `mail(to, subject, body, headers)` with any first argument (`mail(getenv('TO') ?: $fallback, …)`): it sends a message. */
const MAIL_CALL = /(?<![\w$>:.])mail\s{0,4}\(\s{0,4}[\w$"'(]/;

/** Backquotes holding only an interpolated variable, and a pipe opened on a variable's command (Ruby, PHP, Perl). */
const RUNS_HELD_COMMAND = /`\s{0,4}(?:#\{\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\}|\$([A-Za-z_]\w{0,60}))\s{0,4}`|\bopen\s{0,4}\(?\s{0,4}(?:my\s{1,10})?\$?\w{1,60}\s{0,4},\s{0,4}["']-\|["']\s{0,4},\s{0,4}\$([A-Za-z_]\w{0,60})/;
/** A shell started from an argument list with `-c` and a script that is not a literal, capturing the script's expression. */
const SHELL_SCRIPT_ARGUMENT = /\b(?:exec\.Command(?:Context)?|Command::new|ProcessBuilder|system|spawn\w{0,4}|popen\w{0,4}|Process\.Start|execute|exec)\s*\(\s*(?:ctx\s*,\s*)?(?:\[|new\s+String\s*\[\]\s*\{|(?:arrayOf|listOf)\()?\s*["'](?:\/bin\/|\/usr\/bin\/)?(?:ba|z|da|k)?sh["']\s*,\s*["']-c["']\s*,\s*(?!["'])([^,()\n]{1,200}(?:\([^()\n]{0,100}\))?)/;
/** An argument list of a shell with `-c` and a script that is not a literal, wherever the list is made (`Step("x", listOf("bash", "-c", body))`). */
const SHELL_SCRIPT_LIST = /(?:\b(?:listOf|arrayOf|mutableListOf|List\.of|Arrays\.asList)\(|\bvec!\[|\[)\s*["'](?:\/bin\/|\/usr\/bin\/)?(?:ba|z|da|k)?sh["']\s*,\s*["']-c["']\s*,\s*(?!["'])([^,()\n\]]{1,200}(?:\([^()\n]{0,100}\))?)/;
/** A pause of languages read line by line; its length is the bracketed argument after it. */
const PAUSE = /\b(?:time\.Sleep|Thread\.sleep|Thread\.Sleep|Task\.Delay|usleep|sleep|delay)\s*\(/;
/** A process started from a variable that holds its argument list (`vim.fn.jobstart(args)`, `Process.spawn(*cmd)`, `exec.Command(cmd[0], …)`), capturing the variable. */
const RUNS_ARGUMENT_LIST = /\b(?:jobstart|termopen|system|spawn\w{0,10}|popen\w{0,10}|exec\w{0,10}|Command|ProcessBuilder|Start|run|execute|capture\w{0,4})\s*\(\s*[*&]?[$@]?([A-Za-z_]\w*)\s*(?:\[\s*0\s*\]\s*)?[,)]/;
/** A process object given its program through a field (`p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")`, `info.FileName = "curl"`), capturing the object and the program. */
const PROCESS_PROGRAM = /^\s*(?:(?:self|this)\.)?([A-Za-z_]\w*)\.(?:executableURL|launchPath|FileName|fileName)\s*=[^"'\n]{0,100}["']([^"'\n]{1,200})["']/;
const NETWORK_PROGRAM = /^(?:curl|wget|nc|ncat|netcat|scp|rsync|ftp|sendmail|mail|socat|telnet)(?:\.exe)?$/;
/** A process object started (`p.run()`, `task.launch()`, `proc.Start()`), capturing it. */
const STARTS_PROCESS = /\b([A-Za-z_]\w*)\.(?:run|launch|Start|start)\(\s*\)/;
/** A shell or interpreter started as a process (`exec.Command("bash")`, `Command::new("sh")`, `IO.popen("bash", "w")`, `open(my $sh, '|-', 'bash')`). */
const STARTS_SHELL = /\b(?:exec\.Command(?:Context)?|Command::new|ProcessBuilder|Process\.Start|ProcessStartInfo|IO\.popen|io\.popen|popen|spawn)\s*\(\s*(?:ctx\s*,\s*)?(?:\[\s*)?["'](?:\/bin\/|\/usr\/bin\/)?(?:ba|z|da|k)?sh["']|["']\|-["']\s*,\s*["'](?:\/bin\/)?(?:ba|z|da|k)?sh\b/;
/**
 * Whether a line hands a string to a script evaluator: Groovy's `evaluate(code)` (a script's own method, when the
 * program defines no function of that name) or a `GroovyShell`'s (and its `parse(code)`), `Eval.me(code)`, a class
 * loader's `parseClass(code)`, PHP's `create_function`.
 */
function evaluatesScript(line: string, groovyShell: boolean, functionNames: ReadonlySet<string>): boolean {
  return (/(?<![\w.$>:])evaluate\s*\(/.test(line) && !functionNames.has('evaluate')) || (groovyShell && /\.evaluate\s*\(|\bGroovyShell\b[^\n]{0,200}\.parse\s*\(/.test(line)) || /\bEval\.(?:me|x|xy|xyz)\s*\(|\bcreate_function\s*\(|\bparseClass\s*\(/.test(line);
}

/** A PHP file included (`include '/tmp/x.php'`, `require_once $path`), capturing the path. */
const INCLUDES_FILE = /\b(?:include|require)(?:_once)?\s*\(?\s*(["'][^"'\n]{1,200}\.(?:php|inc|phtml)["']|\$[A-Za-z_]\w*)/;
/** A program named by a file URL (`URL(fileURLWithPath: "/tmp/agent")`), capturing the path. */
const PROGRAM_URL = /\bURL\(\s*fileURLWithPath:\s*(["'][^"'\n]{1,200}["'])/;
/** An argument list whose first word is a program that talks to the network. */
const NETWORK_ARGUMENT_LIST = /=\s*(?:\[\]string\s*)?[[{(]\s*(?:%w\[\s*)?["']?(?:curl|wget|nc|ncat|scp|rsync|ftp|sendmail|mail|socat)\b/;

const LEADING_ASSIGNMENT = /^\s*(?:(?:var|let|const|my|local|val)\s+)?[$@]?([A-Za-z_]\w*)(?:\s*,\s*[$@]?([A-Za-z_]\w*))?\s*:?=(?!=)/;
const SPAWNS_GIT = /\b(?:popen\w{0,10}|system|spawn\w{0,10}|exec\w{0,10}|Command|ProcessBuilder|Start|capture\w{0,4}|run)\s*\((?:\s*\[)?(?:\s*%w\[)?\s*["']git["']\s*,\s*["'](commit|tag|notes|push)["']/;
const SPAWNS_PING_PATTERN = /\b(?:popen\w{0,10}|system|spawn\w{0,10}|exec\w{0,10}|Command|ProcessBuilder|Start|capture\w{0,4}|run)\s*\((?:\s*\[)?(?:\s*%w\[)?\s*["']?ping\b[^\n]{0,200}["'\s]-p["'\s]/;

/** A syslog client sent to another host (`setlogsock({ type => 'udp', host => … })`, `setlogsock('udp', 'host')`, `syslog.Dial("udp", …)`). */
const REMOTE_SYSLOG = /\bsetlogsock\s*\(\s*\{[^}\n]{0,200}\bhost\s*=>\s*["'](?!localhost|127\.)|\bsetlogsock\s*\(\s*\[?\s*["'](?:udp|tcp|inet)["']\s*,\s*["'](?!localhost|127\.)[\w.-]{1,253}["']|\bsyslog\.Dial\(\s*"(?:udp|tcp)"\s*,\s*"(?!localhost|127\.)/;
/** A call that writes a syslog record. */
/** A log record written (`log.info(…)`, `logger.Error(…)`), or fields a logger adds to each of its records (`slog.With(…)`, `MDC.put(…)`). */
const SHIPPED_LOG_WRITE = /\.(?:With|Info|Warn|Error|Debug|info|warn|error|debug|trace)\s{0,4}\(|\bMDC\.put\s{0,4}\(/;
/** A text field of an image's metadata set in code: Apple's Image I/O property keys, Android's `ExifInterface.setAttribute`. */
const IMAGE_METADATA_FIELD = /\bkCGImageProperty(?:Exif(?:UserComment|MakerNote)|TIFF(?:ImageDescription|Artist|Software|Copyright)|IPTC(?:CaptionAbstract|Keywords|SpecialInstructions)|PNG(?:Comment|Description))\b\s{0,4}:|\.setAttribute\(\s{0,4}ExifInterface\.TAG_(?:USER_COMMENT|IMAGE_DESCRIPTION|MAKER_NOTE|ARTIST|SOFTWARE|COPYRIGHT)\s{0,4},/;
const SYSLOG_WRITE = /\bsyslog\s*\(|\.(?:Info|Notice|Warning|Err|Debug|Crit|Alert|Emerg)\(/;

/** Name lookups of languages read line by line (Go, Ruby, Java, C#, Perl, PHP, Rust). */
const OTHER_LANGUAGE_DNS = /\bnet\.Lookup(?:Host|IP|IPAddr|TXT|CNAME|MX|NS|Addr)\b|\.Lookup(?:Host|IP|IPAddr|TXT|CNAME)\(|\bResolv(?:::DNS|\.getaddress)\b|\bAddrinfo\.getaddrinfo\b|\bInetAddress\.getBy(?:Name|AllByName)\b|\bDns\.(?:GetHostEntry|GetHostAddresses|Resolve)\w*|\bgethostbyname\(|\bdns_get_record\(|\bto_socket_addrs\(|\blookup_host\(|\bsocket\.dns\.(?:toip|tohostname|getaddrinfo)\b|\bCFHostCreateWithName\b|\bgetaddrinfo\(/;

/** Recursive deletes called on the folder itself (`home.deleteRecursively()`, `File(dir).deleteRecursively()`, `new DirectoryInfo(dir).Delete(true)`), with the folder. */
const RECEIVER_DELETE = /([A-Za-z_]\w{0,100}|(?:File|DirectoryInfo)\([^()\n]{0,200}(?:\([^()\n]{0,100}\)[^()\n]{0,100}){0,3}\))\.(?:(?:deleteRecursively|deleteDir|rmtree)\(\s*\)|Delete\(\s*(?:recursive\s*:\s*)?true\s*\))/;

/** Recursive deletes of languages read line by line, with their argument. */
const RECURSIVE_DELETE = /\b(?:FileUtils\.rm_rf|FileUtils\.rm_r|FileUtils\.remove_dir|FileUtils\.remove_entry(?:_secure)?|remove_tree|rmtree|os\.RemoveAll|Directory\.Delete|remove_dir_all|fs::remove_dir_all|deleteRecursively|FileUtils\.(?:deleteDirectory|forceDelete|deleteQuietly)|PathUtils\.deleteDirectory|removeItem)\s*\(([^()\n]{0,200}(?:\([^()\n]{0,100}(?:\([^()\n]{0,100}\)[^()\n]{0,100})?\)[^()\n]{0,100})?)\)/;

/** Vim's `delete(path, "rf")` (from Lua as `vim.fn.delete`), which removes a folder and everything in it, with its path. */
const VIM_RECURSIVE_DELETE = /\bdelete\s*\(((?:[^,()\n]|\([^()\n]{0,100}\)){1,200}),\s*["']rf["']\s*\)/;

/** Neovim's `vim.fs.rm(path, { recursive = true })`, with its path. */
const NVIM_RECURSIVE_REMOVE = /\bvim\.fs\.rm\s*\(((?:[^,()\n]|\([^()\n]{0,100}\)){1,200}),\s*\{[^{}\n]{0,200}\brecursive\s*=\s*true\b/;

/** Ruby's recursive deletes called without brackets (`FileUtils.rm_r Dir["…/*"], force: true`), with their argument before any keyword options. */
const UNBRACKETED_RECURSIVE_DELETE = /\bFileUtils\.(?:rm_rf|rm_r|remove_dir|remove_entry(?:_secure)?)[ \t]+(?![(\s])([^\n]{1,200}?)(?:\s{0,4},\s{0,4}[a-z_]{1,20}:\s{0,4}[\w:]{1,40}){0,4}[ \t]*(?:[ \t]#(?!\{)[^\n]{0,200})?(?=\n|$)/;

/** A join of a variable and one personal folder (`filepath.Join(home, "Documents")`), capturing both. */
const PERSONAL_FOLDER_JOIN = /^\s*[\w.:]{0,40}(?:Join|join|Combine)\(\s*&?([A-Za-z_]\w{0,100})\s*,\s*["'](Documents|Desktop|Pictures|Downloads|Music|Videos|\.ssh|\.gnupg)["']\s*\)\s*$/;

/** A Windows Run key, written with single or doubled backslashes. */
const RUN_KEY = /CurrentVersion(?:\\{1,2}|\/)Run(?:Once|Services)?\b/;
/** A crontab started as a process that reads its new table from its input (`exec.Command("crontab", "-")`, `io.popen("crontab -", "w")`). */
const STARTS_CRONTAB = /["'](?:\/usr\/bin\/)?crontab(?:\s+-)?["']/;
/** A line that writes, appends or opens something for writing. */
const WRITES_SOMETHING = /\b(?:[Ww]rite|[Aa]ppend(?!ing)|puts|print|fwrite|fputs|file_put_contents|OpenFile|OpenWrite|FileOutputStream|FileWriter|forWritingAtPath|toFile)|["'](?:>>?|\+?>|\|-|[aw]\+?b?)["']|\bO_(?:APPEND|WRONLY|RDWR)\b|\bAPPEND\b/;

/** A quoted name in Apple's own reverse-domain namespace. */
const APPLE_LABEL = /["']com\.apple\.[\w.-]{1,100}["']/;

/**
 * A line of another language that puts a command fetching or running code from elsewhere into a place that
 * runs it again by itself: a shell start-up file, a unit, a launch agent, a Run key or a crontab, written in
 * one call or through a handle or process opened on it earlier; `definitions` is the text of what reaches the
 * statement. Returns the place, and whether the entry poses as Apple's own, or null.
 */
function persistenceWrite(statement: Statement, definitions: string, startsAgain: Map<string, string>): { place: string; posesAsApple: boolean } | null {
  const line = statement.text;
  const named = PERSISTENCE_PLACE.exec(line)?.[0] ?? (RUN_KEY.test(line) ? 'a Run key' : STARTS_CRONTAB.test(line) ? 'the crontab' : WRITES_SOMETHING.test(line) ? PERSISTENCE_PLACE.exec(definitions)?.[0] : undefined);
  const through = named === undefined ? statement.uses.find((name) => startsAgain.has(name)) : undefined;
  const place = named ?? (through === undefined ? undefined : startsAgain.get(through));
  if (place === undefined || (named !== undefined && !WRITES_SOMETHING.test(line) && !RUN_KEY.test(line) && !STARTS_CRONTAB.test(line))) return null;
  // A launch agent labelled as Apple's own (`label: "com.apple.…"`) passes for part of the system, whatever it runs.
  const posesAsApple = /Library\/Launch(?:Agents|Daemons)/i.test(place) && APPLE_LABEL.test(`${line}\n${definitions}`);
  if (posesAsApple || HOSTILE_PAYLOAD.test(line) || HOSTILE_PAYLOAD.test(definitions)) return { place: place.startsWith('a ') || place.startsWith('the ') ? place : `\`${place}\``, posesAsApple: posesAsApple && !HOSTILE_PAYLOAD.test(`${line}\n${definitions}`) };
  // Not written yet: what the line makes (a handle, a pipe given to the process) leads there too.
  if (startsAgain.size < 64) for (const name of [...statement.defines, ...(through === undefined ? [] : statement.uses)]) startsAgain.set(name, place);
  return null;
}

/** Constructors, by the name their language gives them; they are called by the name of their class. */
const CONSTRUCTOR_NAME = /^(?:initialize|__construct|constructor|init)$/;
/** Functions whose callers are looked for, at most, and calls of each one. */
const MAX_FOLLOWED_FUNCTIONS = 100;
const MAX_FOLLOWED_CALLS = 20;

/**
 * What the callers of the code's functions pass to each parameter, by parameter name: positional arguments,
 * and labelled ones (`Job(command: beacon)`, `new(entry: e)`) by their label, which also names the field a
 * memberwise initialiser fills. A constructor (`def initialize(entry)`, `__construct`) is called by its
 * class's name (`Scheduler.new(job)`, `new Scheduler($job)`).
 */
function argumentsPassed(functions: readonly FunctionOutline[], text: string): Map<string, string[]> {
  const passed = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    const values = passed.get(name) ?? [];
    if (values.length < MAX_FOLLOWED_CALLS) passed.set(name, [...values, value.trim()]);
  };
  for (const outline of functions.slice(0, MAX_FOLLOWED_FUNCTIONS)) {
    if (outline.params.length === 0) continue;
    const owner = CONSTRUCTOR_NAME.test(outline.name) ? Array.from(text.slice(Math.max(0, outline.bodyStart - 20000), outline.bodyStart).matchAll(/\b(?:class|struct)\s+([A-Z]\w{0,60})/g)).at(-1)?.[1] : undefined;
    const name = owner ?? outline.name;
    const calls = new RegExp(`(?<![\\w$])(?:new\\s+)?${name}\\s*(?:\\.\\s*new\\s*)?\\(`, 'g');
    let found = 0;
    for (const call of text.matchAll(calls)) {
      if (++found > MAX_FOLLOWED_CALLS) break;
      const lineBefore = text.slice(Math.max(0, call.index - 100), call.index).split('\n').at(-1)!;
      if ((call.index >= outline.bodyStart && call.index < outline.end) || DECLARES_BEFORE.test(lineBefore)) continue;
      const open = call.index + call[0].length - 1;
      const close = closingBracket(text, open);
      if (close === -1) continue;
      const args = callArguments(`f${text.slice(open, close + 1)}`, 'f') ?? [];
      for (const [position, arg] of args.entries()) {
        const labelled = /^([A-Za-z_]\w{0,60})\s*:(?!:)\s*([^]+)$/.exec(arg);
        if (labelled) add(labelled[1]!, labelled[2]!);
        else if (outline.params[position] !== undefined) add(outline.params[position]!, arg);
      }
    }
  }
  // A type's memberwise initialiser or literal (`Agent(label: l, command: c)`, Rust's `Agent { label: l, program: bin }`) fills the fields it names.
  const types = new Set(Array.from(text.matchAll(/\b(?:struct|class)\s+([A-Z]\w{0,60})/g), (match) => match[1]!).slice(0, MAX_FOLLOWED_FUNCTIONS));
  for (const type of types) {
    let found = 0;
    for (const made of text.matchAll(new RegExp(`(?<![\\w$])${type}\\s*[({](?=\\s*[A-Za-z_]\\w*\\s*:(?!:))`, 'g'))) {
      if (++found > MAX_FOLLOWED_CALLS) break;
      if (/\b(?:struct|class|enum|impl)\s+$/.test(text.slice(Math.max(0, made.index - 20), made.index))) continue;
      const open = made.index + made[0].length - 1;
      const close = closingBracket(text, open);
      if (close === -1) continue;
      for (const arg of callArguments(`f(${text.slice(open + 1, close)})`, 'f') ?? []) {
        const labelled = /^([A-Za-z_]\w{0,60})\s*:(?!:)\s*([^]+)$/.exec(arg);
        if (labelled) add(labelled[1]!, labelled[2]!);
      }
    }
  }
  return passed;
}

/** Names followed from a statement, at most, to the values that reach it. */
const MAX_REACHING_NAMES = 40;
/** Characters of what reaches a statement that are read. */
const MAX_REACHING_CHARS = 4000;

/**
 * The text of what reaches a statement through the names it uses: the statements that assigned them, what
 * those used in turn, and what callers passed where a name is a parameter (or a field filled from one), a
 * few steps back. The search stops once it has its characters: a statement of half a megabyte that many
 * statements use is then not copied and split into words for each of them.
 */
function reachingDefinitions(uses: readonly string[], lastDefinition: ReadonlyMap<string, string>, everyDefinition: ReadonlyMap<string, string>, passedTo: ReadonlyMap<string, readonly string[]>): string {
  const texts: string[] = [];
  let length = 0;
  const add = (text: string) => {
    texts.push(text.slice(0, MAX_REACHING_CHARS));
    length += text.length + 1;
  };
  const visited = new Set<string>();
  let names = [...uses];
  for (let hop = 0; hop < 3 && names.length > 0 && visited.size < MAX_REACHING_NAMES; hop++) {
    const next: string[] = [];
    for (const name of names) {
      if (length > MAX_REACHING_CHARS) break;
      if (visited.has(name) || visited.size >= MAX_REACHING_NAMES) continue;
      visited.add(name);
      const definition = lastDefinition.get(name);
      const passed = passedTo.get(name) ?? [];
      if (definition !== undefined) add(definition);
      for (const value of passed) {
        add(value);
        const held = /^[&*$@]?([A-Za-z_]\w*)$/.exec(value)?.[1];
        const heldDefinition = held === undefined ? undefined : everyDefinition.get(held);
        if (heldDefinition !== undefined) add(heldDefinition);
      }
      // The first steps follow every name a definition uses; the last only names that are parameters or fields.
      const words = definition === undefined || passed.length > 0 || length > MAX_REACHING_CHARS ? [] : [...new Set(definition.match(/[A-Za-z_]\w*/g))].filter((word) => !visited.has(word));
      next.push(...words.filter((word) => passedTo.has(word) || (hop < 2 && lastDefinition.has(word))).slice(0, 20));
    }
    names = next;
  }
  return texts.join('\n').slice(0, MAX_REACHING_CHARS);
}

/** An environment variable read in another language. */
const READS_ENVIRONMENT = /\b(?:getenv|Getenv|GetEnvironmentVariable|env::var|LookupEnv)\s*\(|\bENV\s*\[|\$ENV\{|\$_ENV\[|\$_SERVER\[|\benvironment\s*\[/;
/** A path that is the root once what comes before it is empty: `x + "/"`, `"#{x}/"`, `format!("{}/", x)`, `"$ENV{X}/*"`. */
const ENDS_AT_ROOT = /(?:\+|\.\.?|,)\s*["']\/\*?["']|["'](?:\{\}|#\{[^}\n]{0,100}\}|\$\{?\w{1,100}\}?|\$ENV\{\w{1,100}\})\/\*?["']/;
/** A recursive `rm` handed to the shell with the target appended as an expression (`"rm -rf " . getenv("HOME")`), capturing the expression. */
const RM_CONCATENATED = /["'](?:sudo\s+)?rm\s+-(?:rf|fr|Rf|r)\s+["']\s*(?:\.\.?|\+)\s*([^;\n]{1,300})/;

/**
 * Ruby's `File.join` led by a setting that falls back to the empty string (`ENV["X"].to_s`, `ENV.fetch("X", "")`) and followed only by
 * wildcards: `File.join("", "*")` is `/*`, every entry of the root. An assignment's text has its literal pieces folded into one
 * (`"tmp", "*"` reads `"tmp/*"`, `"X", ""` reads `"X/"`).
 */
const JOINED_TO_EMPTY_SETTING = /\bFile\.join\(\s{0,4}ENV(?:\[\s{0,4}["']\w{1,80}["']\s{0,4}\](?:\.to_s\b|\s{0,4}\|\|\s{0,4}["']["'])|\.fetch\(\s{0,4}["']\w{1,80}(?:["']\s{0,4},\s{0,4}["']|\/)["']\s{0,4}\))(?:\s{0,4},\s{0,4}["'][*.{},\/]{1,12}["']){1,4}\s{0,4}\)/;

/** The path a YAML mapping declares absent: at its `state: absent` line, the `path:` or `dest:` of the same mapping within four lines. */
function absentPath(statements: readonly Statement[], index: number): string | null {
  const state = /^([ \t]*)(?:- )?state:[ \t]*["']?absent["']?[ \t]*$/.exec(statements[index]!.text);
  if (!state) return null;
  for (const sibling of statements.slice(Math.max(0, index - 4), index + 5)) {
    const path = /^([ \t]*)(?:- )?(?:path|dest):[ \t]*["']?([^"'\s#]{1,200})/.exec(sibling.text);
    if (path && path[1]!.length === state[1]!.length) return path[2]!;
  }
  return null;
}

function unsetRootDelete(statement: Statement): Located {
  return { threat: 'destructive', severity: 'error', start: statement.start, end: statement.end, why: 'deletes, recursively, a path made of an environment variable and "/": when the variable is unset, that is everything from the root' };
}

/** The first argument of a delete call, without a label (`atPath:`) or a wrapper that only makes a path of it (`File("/")`, `Path.of(…)`). */
function pathArgument(argument: string): string {
  let depth = 0;
  let end = argument.length;
  for (let i = 0; i < argument.length; i++) {
    const char = argument[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      end = i;
      break;
    }
  }
  const first = argument.slice(0, end).replace(/^\s*[A-Za-z_]\w{0,40}:\s*(?!:)/, '');
  return /^\s*(?:new\s+)?(?:File|Path\.of|Paths\.get|URL\(fileURLWithPath:)\s*\(?\s*(["'][^"'\n]{0,200}["'])\s*\)\s*$/.exec(first)?.[1] ?? first;
}

/**
 * The arguments of the first call of `name` in a line (`report(a, f(b))` → `a`, `f(b)`), split at its own
 * commas; null when the name is not called there with brackets.
 */
function callArguments(line: string, name: string): string[] | null {
  let at = line.indexOf(name);
  while (at !== -1 && (/[\w$]/.test(line[at - 1] ?? '') || !/^\s*\(/.test(line.slice(at + name.length, at + name.length + 20)))) at = line.indexOf(name, at + name.length);
  if (at === -1) return null;
  const open = line.indexOf('(', at + name.length);
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < line.length && args.length < 20; i++) {
    const char = line[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if ((char === ')' || char === ']' || char === '}') && depth > 0) depth--;
    else if (char === ',' && depth === 0) {
      args.push(line.slice(start, i).trim());
      start = i + 1;
    } else if (char === ')' && depth === 0) {
      const last = line.slice(start, i).trim();
      if (last !== '' || args.length > 0) args.push(last);
      return args;
    }
  }
  return null;
}

/** A line that ends in an operator still to be given its right side (`"a" +`, `$s .`, `x &&`). */
const ENDS_WITH_OPERATOR = /(?:[^+]\+|[^.]\.|\.\.|&&|\|\||[^=!<>:]=|\\)\s*$/;
/** A line that carries on the expression above it: a chained call (`.header(…)`), an operator (`+ rest`, `?: b`), a concatenation (`.. x`). */
const STARTS_WITH_OPERATOR = /^\s*(?:\??\.(?!\.\.)\s*[A-Za-z_]|\.\.\s|\+(?!\+)|\?[^?\n]|:(?!:)|&&|\|\||\?\?|->\s*[A-Za-z_])/;

/** Whether the statement of `line` continues on `next`: an operator ends the one or starts the other (comments never continue). */
function continuesOnNextLine(line: string, next: string | undefined): boolean {
  if (next === undefined || next.trim() === '') return false;
  const last = line.slice(line.lastIndexOf('\n') + 1);
  if (/^\s*(?:\/\/|#|--|\*|\/\*)/.test(last)) return false;
  // The operator is at most two characters before trailing whitespace: testing those spares a scan of the whole line.
  return ENDS_WITH_OPERATOR.test(last.trimEnd().slice(-2)) || STARTS_WITH_OPERATOR.test(next);
}

/** A call that starts a process or hands a command line to the shell, in any of the languages read line by line, up to its first argument. */
const PROCESS_CALL_HEAD = String.raw`\b(?:system|exec|shell_exec|passthru|popen\w{0,4}|proc_open|spawn\w{0,4}|execute|exec\.Command(?:Context)?|Command::new|ProcessBuilder|ProcessStartInfo|Process\.Start|capture\w{0,4}|IO\.popen|jobstart|launchedProcess)\s*\(\s*(?:ctx\s*,\s*)?|\.(?:arguments|launchPath|executableURL)\s*=\s*|(?<=(?:^|[=(,]|\breturn)[ \t]{0,10})\x60\s*(?:#\{\s*)?`;

/**
 * Whether a function does little but start a process with what its callers give it: its body is short and
 * a process call takes, as its program or command line, one of its parameters (Lua's `...`) or a local made
 * from them (`local cmd = table.concat({ ... }, " ")`).
 */
function startsProcessFromParameters(outline: FunctionOutline, text: string): boolean {
  if (outline.end - outline.bodyStart > 1500) return false;
  const body = text.slice(outline.bodyStart, outline.end);
  const carriers = new Set(outline.params.filter((name) => /^[A-Za-z_]\w{0,60}$/.test(name)));
  const mentions = (expression: string) => expression.includes('...') || [...carriers].some((name) => new RegExp(`(?<![\\w.])[$@*&]?${name}\\b`).test(expression));
  for (const line of body.split('\n').slice(0, 40)) {
    const assigned = /^\s*(?:(?:local|var|let|const|val|my)\s+)?[$@]?([A-Za-z_]\w{0,60})\s*:?=(?!=)([^\n]{1,400})$/.exec(line);
    if (assigned && carriers.size < 20 && mentions(assigned[2]!)) carriers.add(assigned[1]!);
  }
  if (carriers.size === 0 && !body.includes('...')) return false;
  const names = [...carriers].join('|');
  return new RegExp(`(?:${PROCESS_CALL_HEAD})(?:[*&$@]?(?:${names || '(?!)'})\\b|(?:[*&]\\s*)?(?:table\\.concat\\(\\s*)?\\{?\\s*\\.\\.\\.)`, 'm').test(body);
}

/** A literal list (`["-F"]`, `&["a", b]`, `vec![…]`, `%w[a b]`, `listOf(…)`, `List.of(…)`, `new[] { … }`, `{ "a", "b" }`), capturing what it holds. */
const LIST_LITERAL = /^[&*]?\s*(?:(?:vec!\s*|\[\]\w{1,20}\s*|new\s*(?:\w{1,40}\s*)?\[\s*\]\s*)?[[{]|(?:listOf|arrayOf|mutableListOf|List\.of|Arrays\.asList|array)\s*\()([^]*)[\]})]$/;

/** The words of a call's arguments, argument lists spread out and labels (`hidden: true`, `out: File::NULL`) left out. */
function spreadArguments(args: readonly string[], literalOf: (name: string) => string | undefined, depth = 0): string[] {
  const words: string[] = [];
  for (const raw of args.slice(0, 20)) {
    const arg = raw.trim();
    if (arg === '' || /^[A-Za-z_]\w*:\s(?!:)/.test(arg) || /^:\w+\s*=>/.test(arg)) continue;
    const words_ = /^%w\[([^\]]{0,2000})\]$/.exec(arg);
    if (words_) {
      words.push(...words_[1]!.trim().split(/\s+/).map((word) => `"${word}"`));
      continue;
    }
    const list = depth < 2 ? LIST_LITERAL.exec(arg) : null;
    if (list) {
      words.push(...spreadArguments(callArguments(`f(${list[1]!})`, 'f') ?? [], literalOf, depth + 1));
      continue;
    }
    // Names that hold a literal (`host`, `const REFRESH = "…"`) read as it, and literals joined (`"-enc " + REFRESH`) as one.
    const folded = arg.replace(/^[&*]\s*/, '').replace(/(?<!["'\w.$])[$@]?([A-Za-z_]\w{0,60})\b(?!\s*[(.])/g, (whole, name: string) => {
      const literal = literalOf(name);
      return literal === undefined ? whole : `"${literal.replace(/"/g, '')}"`;
    }).replace(/(["'])\s{0,20}(?:\.\.?|\+)\s{0,20}(["'])/g, '');
    words.push(/^"[^"\n]*"$|^'[^'\n]*'$/.test(folded) ? folded : arg.replace(/^[&*]\s*/, ''));
  }
  return words;
}

/** What comes before a function's name in its head: a keyword that declares it, or a type (`void`, `String`, `Task<int>`). */
const DECLARES_BEFORE = /(?:\b(?:def|fn|func|function|fun|sub|void)|(?<!\b(?:return|await|try|then|do|else|and|or|not|in|yield|go|defer|puts|print|echo|p|pp|unless|if|when))[A-Za-z_>\]?]|\))\s+$/;

/** A list of quoted pieces joined with an empty separator (`string.Join("", new[] { … })` of C#, `String.join("", …)` of Java, `strings.Join([]string{…}, "")` of Go), capturing the pieces. */
const JOINED_PIECES = /\b(?:string\.Join|String\.join)\(\s*""\s*,\s*(?:new\s*(?:\w{1,40}\s*)?\[\s*\]\s*\{|List\.of\(|Arrays\.asList\()?\s*((?:"[^"\n]{0,200}"\s*,\s*){1,20}"[^"\n]{0,200}")\s*[})]?\s*\)|\bstrings\.Join\(\s*\[\]string\s*\{\s*((?:"[^"\n]{0,200}"\s*,\s*){1,20}"[^"\n]{0,200}")\s*\}\s*,\s*""\s*\)/g;

/** A line with each list of quoted pieces joined without a separator written as the one string it makes. */
function joinedPiecesRead(line: string): string {
  return line.replace(JOINED_PIECES, (whole, listed?: string, goList?: string) => `"${Array.from((listed ?? goList)!.matchAll(/"([^"\n]{0,200})"/g), (piece) => piece[1]!).join('')}"`);
}

/** A line with each call of a process helper written as the `system(…)` call it amounts to. */
function throughProcessHelpers(line: string, helpers: ReadonlySet<string>, literalOf: (name: string) => string | undefined): string {
  let result = line;
  // The line's words, so a line that names no helper is passed over without a search per helper.
  let words = new Set(line.match(/[A-Za-z_]\w*/g));
  if (![...words].some((word) => helpers.has(word))) return line;
  for (const name of helpers) {
    if (!words.has(name)) continue;
    const call = new RegExp(`(?<![\\w.>:])[$]?${name}(?:\\s*\\.\\s*call)?\\s*\\(`).exec(result);
    // `def sh(*cmd)`, `static void Run(string file, …)`: the helper's own head, not a call.
    if (!call || DECLARES_BEFORE.test(result.slice(Math.max(0, call.index - 100), call.index))) continue;
    const open = call.index + call[0].length - 1;
    const close = closingBracket(result, open);
    if (close === -1) continue;
    const args = callArguments(`f${result.slice(open, close + 1)}`, 'f') ?? [];
    result = `${result.slice(0, call.index)}system(${spreadArguments(args, literalOf).join(', ')})${result.slice(close + 1)}`;
    words = new Set(result.match(/[A-Za-z_]\w*/g));
  }
  return result;
}

/**
 * A process built one argument at a time (`Command::new("sh").arg("-c").arg(script)`, `.args(["-c", &s])`),
 * rewritten as the program called with all its arguments at once.
 */
function builtCommandRead(line: string, literalOf: (name: string) => string | undefined): string {
  const head = /\bCommand::new\s*\(/.exec(line);
  if (!head) return line;
  const open = head.index + head[0].length - 1;
  let close = closingBracket(line, open);
  if (close === -1) return line;
  const args = callArguments(`f${line.slice(open, close + 1)}`, 'f') ?? [];
  let added = 0;
  for (let link = /^\s*\.\s*args?\s*\(/.exec(line.slice(close + 1)); link && added < 20; link = /^\s*\.\s*args?\s*\(/.exec(line.slice(close + 1))) {
    const linkOpen = close + link[0].length;
    const linkClose = closingBracket(line, linkOpen);
    if (linkClose === -1) break;
    args.push(...(callArguments(`f${line.slice(linkOpen, linkClose + 1)}`, 'f') ?? []));
    close = linkClose;
    added++;
  }
  if (added === 0) return line;
  return `${line.slice(0, head.index)}Command::new(${spreadArguments(args, literalOf).join(', ')})${line.slice(close + 1)}`;
}

/** The index of the bracket that closes the one at `open`, or -1 (strings are not told apart; the span is bounded). */
function closingBracket(line: string, open: number): number {
  let depth = 0;
  for (let i = open; i < line.length && i < open + 4000; i++) {
    const char = line[i];
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Opening minus closing brackets of a line, braces only in a value (strings are not told apart; the join is bounded anyway). */
function bracketDepth(line: string, braces: boolean): number {
  let depth = 0;
  for (const char of line) {
    if (char === '(' || char === '[' || (braces && char === '{')) depth++;
    else if (char === ')' || char === ']' || (braces && char === '}')) depth--;
  }
  return depth;
}

/**
 * One parse charged to the skill's budget (a piece, its characters, the steps and milliseconds it took),
 * or null when the budget is spent or the parse gave nothing.
 */
function withinBudget<T>(text: string, budget: Budget, parse: (allowance: ParseAllowance) => T | null): T | null {
  if (spentBudget(budget) || budget.chars < text.length) return null;
  budget.parses--;
  budget.chars -= text.length;
  const each = parseAllowance();
  const allowance = { steps: Math.min(each.steps, budget.parseSteps), ms: Math.min(each.ms, budget.parseMs) };
  const steps = allowance.steps;
  const started = parseClock();
  const result = parse(allowance);
  budget.parseMs -= parseClock() - started;
  budget.parseSteps -= steps - Math.max(0, allowance.steps);
  return result;
}

function spentBudget(budget: Budget): boolean {
  return budget.parses <= 0 || budget.parseSteps <= 0 || budget.parseMs <= 0;
}

/**
 * PowerShell escapes a quote with a backtick, but scripts written for native programs often use a backslash
 * (`az … --query "[?tags.\"cost-center\"==null]"`), which would end the string there and lose the rest of
 * the statement. A backslash-quote followed by more of the word is read as an escaped quote; one before a
 * space, a bracket or the end of the line still ends a string (`"C:\temp\"`). The length stays the same.
 */
function nativeQuoteEscapes(text: string): string {
  return text.includes('\\"') ? text.replace(/\\"(?=[^\s)\];,|}])/g, '`"') : text;
}

/**
 * A scoped npm package given to a native program (`npx -y @mermaid-js/mermaid-cli`) is a plain word to PowerShell, but its
 * grammar reads the `@` as a splat and loses the block around the command. The `@` of such a word becomes `_`, keeping the length.
 */
function scopedPackageWords(text: string): string {
  return text.includes('@') ? text.replace(/(?<=[ \t])@(?=[a-z0-9][\w.-]{0,100}\/[a-z0-9])/g, '_') : text;
}

/**
 * The PowerShell grammar reads a `#` after a variable inside a double-quoted string (`"$name #$number"`) as the
 * start of a comment, which swallows the rest of the line and breaks every statement after it. Such a `#` is
 * text, so it is replaced by `+`, keeping the length. Single-quoted strings, here-strings and comments are skipped.
 */
function hashesAfterInterpolation(text: string): string {
  if (!/\$[^"\n]{0,400}#/.test(text)) return text;
  const chars = [...text];
  let state: 'code' | 'single' | 'double' | 'here' | 'comment' | 'block' = 'code';
  let interpolated = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    if (state === 'code') {
      if (c === '#') state = 'comment';
      else if (c === '<' && next === '#') state = 'block';
      else if (c === '@' && (next === '"' || next === "'") && chars[i + 2] === '\n') { state = 'here'; i++; }
      else if (c === "'") state = 'single';
      else if (c === '"') { state = 'double'; interpolated = false; }
    } else if (state === 'comment') {
      if (c === '\n') state = 'code';
    } else if (state === 'block') {
      if (c === '#' && next === '>') { state = 'code'; i++; }
    } else if (state === 'here') {
      if (c === '\n' && (next === '"' || next === "'") && chars[i + 2] === '@') { state = 'code'; i += 2; }
    } else if (state === 'single') {
      if (c === "'") state = 'code';
    } else if (c === '`') i++;
    else if (c === '"' && next === '"') i++;
    else if (c === '"') state = 'code';
    else if (c === '$') interpolated = true;
    else if (c === '#' && interpolated) chars[i] = '+';
  }
  return chars.join('');
}

/**
 * The shell grammar can read a pipeline of three or more commands followed, on a later line, by a `||`/`&&`
 * list as one pipeline whose last command takes the next line's words as arguments (`ls | tail | xargs rm`
 * then `curl -T f URL || true` becomes `xargs rm curl -T f URL`), hiding the second command. The shell never
 * continues a command's words across an unescaped newline: each newline found between two words of one
 * command becomes a `;`, which keeps every offset, and the code is read again.
 */
function commandsEndedAtNewlines(source: string, root: Node): string {
  const breaks = new Set<number>();
  for (const command of root.descendantsOfType('command').slice(0, 2000)) {
    const words = command?.children ?? [];
    for (let i = 1; i < words.length; i++) {
      // The newline that ends a comment stays: a `;` there would be part of the comment and carry it over the next line.
      if (words[i - 1]!.type === 'comment') continue;
      const gap = source.slice(words[i - 1]!.endIndex, words[i]!.startIndex);
      const newline = gap.search(/(?<!\\)\n/);
      if (newline !== -1) breaks.add(words[i - 1]!.endIndex + newline);
    }
  }
  if (breaks.size === 0) return source;
  // Put together once: rebuilding the whole source for each newline was quadratic in the commands of a long script.
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...breaks].sort((a, b) => a - b)) {
    pieces.push(source.slice(from, at), ';');
    from = at + 1;
  }
  pieces.push(source.slice(from));
  return pieces.join('');
}

/** The program of a piece of code, parsed within the skill's budget, or null when it could not be read. */
function readProgram(language: CodeLanguage, text: string, budget: Budget): Program | null {
  let source = language === 'bash' ? blankFieldSeparators(text) : language === 'powershell' ? scopedPackageWords(hashesAfterInterpolation(nativeQuoteEscapes(text))) : text;
  let tree = withinBudget(text, budget, (allowance) => parseCode(language, source, allowance));
  if (!tree) return null;
  const separated = language === 'bash' ? commandsEndedAtNewlines(source, tree.rootNode) : source;
  if (separated !== source) {
    tree.delete();
    source = separated;
    tree = withinBudget(text, budget, (allowance) => parseCode(language, source, allowance));
    if (!tree) return null;
  }
  try {
    return buildProgram(language, tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** The functions a parser finds in code read line by line, within the skill's parse budget. */
function outlinedFunctions(dialect: OutlineLanguage, text: string, budget: Budget): FunctionOutline[] {
  return withinBudget(text, budget, (allowance) => outlineFunctions(dialect, text, allowance)) ?? [];
}

/**
 * Addresses that stay on the machine or its container network: `localhost`, a loopback IP, a host with no domain (a
 * compose service such as `http://minio:9000`). A command that talks only to these fetches nothing from outside.
 */
const INTERNAL_URL = /\bhttps?:\/\/(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|[A-Za-z][\w-]{0,62})(?![\w.-])/g;

/**
 * A CI secret decoded into a file (`echo "${{ secrets.KUBECONFIG_B64 }}" | base64 -d > kubeconfig`): the value is the
 * repository owner's own, put there by them, so decoding it hides nothing a skill brought; piped on to a program it is not this.
 */
const CI_SECRET_DECODED_TO_FILE = /\b(?:echo|printf)\s{1,4}(?:(["'])%s\1\s{1,4})?(["']?)\$\{\{\s{0,4}secrets\.\w{1,100}\s{0,4}\}\}\2\s{0,4}\|\s{0,4}base64\s{1,4}(?:-d|-D|--decode)(?=\s{0,4}>)/g;

/** The findings of one code unit; a command a configuration runs by itself adds persistence when it is hostile. */
function analyseUnit(unit: CodeUnit, context: AnalysisContext, depth: number, budget: Budget): Located[] {
  const findings = unit.language === 'config' ? analyseConfig(unit.text, context, budget, depth, unit.dialect) : analyseCode(unit.language, unit.text, context, depth, budget);
  // A program downloaded earlier without a checksum, started by the configuration: unchecked code that runs again and again.
  const startsUncheckedDownload = !context.verifiesDownloads && findings.some((finding) => finding.threat === 'download-exec');
  if (unit.persistent && unit.origin === 'embedded' && (findings.some((finding) => finding.severity === 'error') || startsUncheckedDownload || HOSTILE_PAYLOAD.test(unit.text.replace(INTERNAL_URL, ' ').replace(CI_SECRET_DECODED_TO_FILE, ' ')))) {
    findings.push({ threat: 'persistence', severity: 'error', start: 0, end: unit.text.indexOf('\n') === -1 ? unit.text.length : unit.text.indexOf('\n'), why: 'makes a command that fetches, hides or sends something run by itself, again and again' });
  }
  return findings;
}

/** A git hook that receives the commit message file (`commit-msg`, `prepare-commit-msg`), by its file name. */
const COMMIT_MESSAGE_HOOK = /(?:^|\/)(?:prepare-)?commit-msg(?:\.\w{1,4})?$/;

/** The warning for code left unread, on its first line. */
function unreadableAt(text: string): Located {
  const firstLineEnd = text.indexOf('\n');
  return { threat: 'obfuscated-exec', severity: 'warning', start: 0, end: firstLineEnd === -1 ? text.length : firstLineEnd, why: 'is too large, too deeply nested or too slow to analyse; review it by hand' };
}

function analyseText(text: SkillText, bodyOffset: number, context: AnalysisContext, budget: Budget, sourcedByShell = false): Threat[] {
  const threats: Threat[] = [];
  // Threat, severity and line of each finding so far, asked of every finding of an embedded command.
  const reportedLines = new Set<string>();
  const units = codeUnits(text, bodyOffset, sourcedByShell);
  // A git hook that edits the commit message: whatever it writes into the message goes out with every push.
  const messageHook = COMMIT_MESSAGE_HOOK.test(text.path);
  for (const unit of units) {
    // Once the budget is spent nothing more is read; the first piece left unread carries the warning.
    const spent = spentBudget(budget);
    if (spent && budget.reported) break;
    const key = `${messageHook ? 'hook\0' : ''}${unit.language}\0${unit.text}`;
    let findings = spent ? undefined : budget.seen.get(key);
    if (findings) findings = findings.map((finding) => ({ ...finding }));
    else if (spent || unit.text.length > MAX_ANALYSED_CHARS) findings = [unreadableAt(unit.text)];
    else {
      context.commitMessageHook = messageHook;
      findings = analyseUnit(unit, context, 0, budget);
      context.commitMessageHook = false;
      budget.seen.set(key, findings.map((finding) => ({ ...finding })));
    }
    budget.reported ||= spent;
    for (const finding of findings) {
      const start = offsetIn(unit, finding.start);
      const lineEnd = unit.text.indexOf('\n', finding.start);
      const end = offsetIn(unit, Math.min(finding.end, lineEnd === -1 ? finding.end : lineEnd));
      const span = spanIn(text, start, Math.max(1, end - start));
      // A command inside a configuration line (a Rake `sh "…"`) already reported by the reading of that line is one finding, and
      // so are two readings of one configuration line.
      const place = `${finding.threat} ${finding.severity} ${span.start.line}`;
      if ((unit.origin === 'embedded' || unit.language === 'config') && reportedLines.has(place)) continue;
      reportedLines.add(place);
      threats.push({ threat: finding.threat, severity: finding.severity, file: text.file, span, message: `This code ${finding.why}` });
    }
    if (spent) break;
  }
  return threats;
}
