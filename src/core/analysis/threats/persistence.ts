// Readings of persistence: startup places, schedulers, hooks and shell profiles that run code again later.
import type { Call, Statement } from '../program.ts';
import { HOSTILE_PAYLOAD, PERSISTENCE_PLACE } from '../vocabulary.ts';
import { chain, XML_IDENTIFIERS } from './common.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

export function shadowedCommand(target: string, payload: string): string | null {
  const name = /(?:^|\/)(?:\.local\/bin|bin)\/([A-Za-z][\w-]{0,40})["']?$/.exec(target)?.[1];
  if (name === undefined || !payload.includes(`/bin/${name}`)) return null;
  const body = payload.split(target).join(' ');
  return new RegExp(`(?:^|[\\s"'=;(])(?:/usr)?(?:/local)?/bin/${name}(?![\\w.-])`).test(body) ? name : null;
}
/**
 * A user's folders whose programs, document templates or units start by themselves at login: start-up folders, autostart,
 * user units, launch agents, Office start-up. (A vendor's service file or a review server's commit hook is downloaded into
 * system or repository folders by their own install guides.)
 */
export const STARTUP_FOLDER = /Start Menu[\\/]{1,2}Programs[\\/]{1,2}Startup|[\\/]Startup[\\/]|\.config\/(?:autostart|systemd\/user)\/|Library\/LaunchAgents\/|Microsoft[\\/]{1,2}(?:Word|Excel|PowerPoint|Outlook)[\\/]{1,2}(?:STARTUP|XLSTART)\b|\bXLSTART[\\/]/i;

/**
 * A browser policy forcing an extension (`ExtensionInstallForcelist` entries `id;update-url`, Firefox's `force_installed`
 * with an `install_url`) whose update address is not the browser's own store.
 */
export const FORCED_EXTENSION_ELSEWHERE = /\bExtensionInstallForcelist\b[^\]]{0,600}?;\s{0,4}https?:\/\/(?!clients2\.google\.com\/|edge\.microsoft\.com\/)|["']?installation_mode["']?\s{0,4}:\s{0,4}["']force_installed["'][^}]{0,400}?["']?install_url["']?\s{0,4}:\s{0,4}["']https?:\/\/(?!addons\.mozilla\.org\/)|["']?install_url["']?\s{0,4}:\s{0,4}["']https?:\/\/(?!addons\.mozilla\.org\/)[^}]{0,400}?["']?installation_mode["']?\s{0,4}:\s{0,4}["']force_installed["']/i;

/** A program started detached with its output thrown away (`( x >/dev/null 2>&1 & )`, `nohup`, `setsid`): it outlives whatever ran it, unseen. */
export const LEAVES_PROCESS_BEHIND = /\bnohup\s|\bsetsid\s|\bdisown\b|>\s?\/dev\/null\s{0,4}2>&1\s{0,4}&(?!&)/;

/** Settings that load a file into every process of an interpreter or shell. */
export const PRELOAD_SETTING = /\bNODE_OPTIONS=["']?(?:[^\s"'`]{1,200}\s{1,4}){0,8}(?:--require|-r|--import|--loader)\b|\bPYTHONSTARTUP=|\bPERL5OPT=|\bRUBYOPT=|\bJAVA_TOOL_OPTIONS=|\bBASH_ENV=|\bENV=|\bPROMPT_COMMAND=|\bLD_PRELOAD=|\bDYLD_INSERT_LIBRARIES=/;

/** A package's lifecycle script (`"postinstall": "…"`) or the command a setup.py install class runs (`os.system("…")` after `cmdclass`), captured. */
export const INSTALL_HOOK = /["'`]?\b(?:preinstall|postinstall|install|prepare)\\?["'`]?\s*:\s*\\?["'`]([^\n]{0,500})/g;
export const SETUP_COMMAND = /\b(?:os\.system|subprocess\.\w{1,20}|os\.popen)\(\s*\\?["'[]([^\n]{0,500})/g;
/** Writing the scheduler's table: from a process's input (`… | crontab -`) or from a file (`crontab jobs.txt`). */
export const SCHEDULE_WRITE = /\|\s{0,4}crontab\s{1,4}-(?![\w-])|\bcrontab\s{1,4}(?!-)["']?[~$\/\w.-]/;
/**
 * A fetch in a scheduled command whose answer is thrown away or only printed (`… && curl -fsS https://ping/$ID > /dev/null`):
 * a health-check ping that can run nothing it gets. It counts only when it sends no data, headers or command output and
 * no variable named like a secret, and when its answer is not piped on, saved or substituted into a command (`$(curl …)`).
 */
export const DISCARDED_FETCH = /\b(?:curl|wget)\s[^|;&()\n`]{0,400}/g;
export const SENDS_MORE_THAN_ADDRESS = /\$\(|(?:^|\s)(?:-d|-F|-T|-H|-X|--data[\w-]{0,12}|--form|--upload-file|--header|--post-(?:data|file)|--body-(?:data|file)|--method)(?=[\s=]|$)|\$\{?\w{0,40}(?:KEY|SECRET|TOKEN|PASS|CRED)/i;
export const SAVES_ANSWER = /(?:^|\s)(?:-\w{0,6}[oO]|--output|--remote-name|--output-document)(?=[\s=]|$)|(?<![0-9])>(?!>?\s{0,4}\/dev\/null\b)/;

/** The scheduled payload with its discarded fetches (health-check pings) left out, so only what could fetch code or send data is judged. */
/** A named option whose value is an address (`--baseuri https://…`, `--server=https://…`). */
export const ADDRESS_OPTION = /(?:^|\s)--?[A-Za-z][\w-]{1,40}(?:=|\s{1,4})["']?https?:\/\/[^\s"'`;&|]{1,300}/g;
/** An interpreter, a shell or a fetcher that could turn an address into code to run. */
export const RUNS_OR_FETCHES = /\b(?:sh|bash|zsh|dash|cmd|powershell|pwsh|python\d?|node|perl|ruby|php|deno|bun|mshta|rundll32|regsvr32|curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|Invoke-Expression|iex|DownloadString|DownloadFile|urlopen|requests|fetch|bitsadmin|certutil|eval|exec)\b/i;

/**
 * A scheduled command with the addresses it is configured with taken out (`wacs.exe --renew --baseuri https://…`):
 * a program already on the machine told which server to talk to fetches no code, unless the entry also holds an
 * interpreter or a fetcher that could run what the address serves.
 */
export function withoutConfiguredAddresses(payload: string): string {
  return RUNS_OR_FETCHES.test(payload.replace(ADDRESS_OPTION, ' ')) ? payload : payload.replace(ADDRESS_OPTION, ' ');
}

export function withoutDiscardedFetches(payload: string): string {
  return payload.replace(DISCARDED_FETCH, (segment, at: number) => {
    // A command substituted into its address (`?h=$(hostname)`, backquoted) sends that command's output.
    const passedOn = /^(?:\s{0,4}\|(?!\|)|[(`])/.test(payload.slice(at + segment.length, at + segment.length + 6)) || /[$<]\(\s{0,4}$/.test(payload.slice(Math.max(0, at - 6), at));
    const discarded = /(?:^|\s)(?:-\w{0,6}[oO]\s?|--output(?:-document)?[\s=]|>\s?)\/dev\/null\b|\s--spider\b/.test(segment);
    const wget = segment.startsWith('wget');
    if (passedOn || SENDS_MORE_THAN_ADDRESS.test(segment) || (wget && !discarded) || SAVES_ANSWER.test(segment.replace(/(?:-\w{0,6}[oO]\s?|--output(?:-document)?[\s=])\/dev\/null\b/g, ' '))) return segment;
    return ' ';
  });
}

/** A quoted scheduled line (`echo "0 * * * * … | crontab -"`) whose command writes the scheduler's table. */
export const SCHEDULED_SCHEDULE_WRITE = /\b(?:echo|printf)\s{1,10}(?:-\w{1,3}\s{1,4})?(?:"[^"\n]{0,400}?\|\s{0,4}crontab\s{1,4}-(?![\w-])[^"\n]{0,400}"|'[^'\n]{0,400}?\|\s{0,4}crontab\s{1,4}-(?![\w-])[^'\n]{0,400}')/;
/** An append (`>>`, `tee -a`) in a script. */
export const APPENDS = />>|\btee\s{1,4}-a\b|\bAdd-Content\b/i;

/** Whether script text itself writes into files that run by themselves (shell start-up files) or into the schedule. */
export function writesStartupPlaces(content: string): boolean {
  return SCHEDULE_WRITE.test(content) || (APPENDS.test(content) && PERSISTENCE_PLACE.test(content));
}

/** A write of the logon shell or user initialiser value (`SetValue("Shell", …)`, `Set-ItemProperty … -Name Userinit`, `reg add … /v Shell`). */
export const LOGON_PROGRAM_WRITE = /\bSetValue(?:Ex)?\s{0,4}\(\s{0,4}(?:[\w.]{1,60}\s{0,4},\s{0,4})?@?["'](?:Shell|Userinit)["']|\b(?:Set|New)-ItemProperty\b[^\n]{0,300}\s-Name\s{1,4}["']?(?:Shell|Userinit)\b|\breg(?:\.exe)?\s{1,4}add\b[^\n]{0,300}\s\/v\s{1,4}["']?(?:Shell|Userinit)\b/i;

/** A setting saved where it outlives the script: git or npm configuration, a profile or environment file, the Windows or launchd environment. */
export const PERSISTED_SETTING = /--global\b|--system\b|>>|\btee\b|\bconfig\s+set\b|\bsetx\b|SetEnvironmentVariable|\blaunchctl\s+setenv\b|\/etc\/environment\b|\/etc\/profile|\.(?:bash|zsh)rc\b|\.profile\b/i;

/** What makes a line a job run on schedule: a crontab, a scheduled task, a timer's calendar. */
export const SCHEDULED_LINE = /\bcrontab\b|\bschtasks\b|\bOnCalendar=/i;

/** A manifest of a job the cluster runs on schedule. */
export const CRONJOB_MANIFEST = /\bkind\s{0,4}:\s{0,4}["']?CronJob\b/;

/** A shell loop that never ends by its condition (`while :`, `while true`, `until false`). */
export const ENDLESS_LOOP = /\b(?:while\s{1,10}(?::|true|\[\s{0,4}1\s{0,4}\]|\(\(\s{0,4}1\s{0,4}\)\))|until\s{1,10}false)\s{0,10};?\s{0,10}do\b/;

/** The start-up files of the user's shells. */
export const SHELL_PROFILE = /(?:^|[/"'\s~])\.(?:bashrc|bash_profile|bash_login|zshrc|zprofile|zshenv|zlogin|profile|kshrc|mkshrc)\b|\bconfig\/fish\/config\.fish\b/;

export const GIT_HOOK_FILE = /(?:^|[\\/"'`\s])(?:applypatch-msg|pre-applypatch|post-applypatch|pre-commit|pre-merge-commit|prepare-commit-msg|commit-msg|post-commit|pre-rebase|post-checkout|post-merge|pre-push|pre-receive|update|post-receive|post-update|reference-transaction|push-to-checkout|pre-auto-gc|post-rewrite|post-index-change|fsmonitor-watchman)$/;

export function inspectScheduler(analysis: ProgramAnalysis, call: Call, name: string, args: string[], statement: Statement): void {
  // `crontab FILE` installs what the program wrote into FILE.
  const installed = name === 'crontab' ? args.filter((arg) => !arg.startsWith('-')).map((arg) => analysis.writtenContent.get(arg)).filter((content) => content !== undefined) : [];
  // A file the program wrote, registered by name (`make login item … path:"…/refresh.command"`): what it runs is what was written.
  const registered = [...analysis.writtenContent].filter(([path]) => { const base = path.replace(/["']/g, '').replace(/^.*\//, ''); return base.length >= 5 && statement.text.includes(base); }).map(([, content]) => content.replace(XML_IDENTIFIERS, ' '));
  const payload = `${registered.join(' ')} ${installed.join(' ')} ${statement.text} ${chain(call).map((c) => `${c.name} ${c.args.join(' ')}`).join(' ')} ${statement.uses.map((used) => analysis.definitions.get(used) ?? '').join(' ')} ${[...analysis.downloaded].filter((path) => statement.text.includes(path)).map(() => 'https://').join(' ')}`;
  // What a task runs is often built over several statements (`$action = New-ScheduledTaskAction … $enc`, `$enc = …($cmd)`).
  const built = analysis.program.language !== 'bash' ? analysis.resolve(statement.uses.map((used) => analysis.definitions.get(used) ?? '').join(' ').slice(0, 2000)) : '';
  // npm's script shell (`npm config set script-shell FILE`) runs every package script of every project from then on.
  const setsScriptShell = name === 'npm' && args[0] === 'config' && args[1] === 'set' && /^["']?script-shell\b/.test(args[2] ?? '');
  const schedules = (name === 'crontab' && (args.length === 0 || args.includes('-') || call.pipedFrom !== null || installed.length > 0)) || (name === 'schtasks' && args.some((arg) => /^\/create$/i.test(arg))) || name === 'register-scheduledtask' || name === 'new-service' || (name === 'reg' && args[0]?.toLowerCase() === 'add' && /\\Run|\/Run(?:Once|Services)?(?=["'\s]|$)/i.test(args.join(' '))) || ((name === 'new-itemproperty' || name === 'set-itemproperty') && /\\Run/i.test(args.join(' '))) || (name === 'launchctl' && args.some((arg) => /^(?:load|bootstrap|submit)$/.test(arg))) || (name === 'sc' && args[0]?.toLowerCase() === 'create')
    // `echo cmd | at now + 5 minutes`, `at -f job.sh 03:00`: a job the scheduler runs later, on its own.
    || ((name === 'at' || name === 'batch') && (call.pipedFrom !== null || args.includes('-f')))
    // A login item (`osascript -e '… make login item …'`) and an install hook set from the command line (`npm pkg set scripts.postinstall=…`).
    || (name === 'osascript' && /\blogin item\b/i.test(args.join(' ')))
    || (name === 'npm' && args[0] === 'pkg' && args[1] === 'set' && args.some((arg) => /^["']?scripts\.(?:pre|post)?(?:install|prepare)=/.test(arg)))
    || setsScriptShell;
  if (!schedules) return;
  // A scheduled entry whose own command writes the schedule again (`0 * * * * crontab -l | grep -q x || … | crontab -`) puts itself back whenever it is removed.
  const restoresItself = name === 'crontab' && (SCHEDULED_SCHEDULE_WRITE.test(statement.text) || installed.some((content) => SCHEDULE_WRITE.test(content)) || chain(call).some((fed) => /^(?:echo|printf)$/.test(fed.name) && SCHEDULE_WRITE.test(fed.args.join(' '))));
  if (restoresItself) {
    analysis.report('persistence', call, 'schedules an entry that writes itself back into the schedule, so removing it does not stop it');
    return;
  }
  const hostile = HOSTILE_PAYLOAD.test(withoutConfiguredAddresses(withoutDiscardedFetches(payload))) || HOSTILE_PAYLOAD.test(withoutConfiguredAddresses(withoutDiscardedFetches(built))) || analysis.inflow(call, statement).has('decoded');
  // Another installed shell (Git Bash on Windows) as the script shell is a preference, not something started by itself.
  if (setsScriptShell && !hostile) return;
  analysis.report('persistence', call, hostile ? 'makes the machine fetch or run hidden code again and again, by itself' : 'registers something to start by itself; make sure the user asked for it', hostile ? 'error' : 'warning');
}

export function isGitHook(analysis: ProgramAnalysis, target: string): boolean {
  const path = target.replace(/["'`)\s]+$/, '');
  return GIT_HOOK_FILE.test(path) && (/(?:^|[\\/"'`])(?:[\w.-]*hooks|\.husky)[\\/"'`]+[\w-]+$/i.test(path) || analysis.wholeHas(/\bcore\.hooksPath\b/));
}
