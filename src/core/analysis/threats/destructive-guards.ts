// Guards of destructive code: checks that stop it outside tests, a disposable store or this machine, confirmations asked
// for, and the test suites, CI runs and workspaces it is confined to.
import type { Call, Statement } from '../program.ts';
import { CHANGE_REQUEST_NUMBER, DISPOSABLE } from '../vocabulary.ts';
import { escapeName } from './common.ts';
import { LOOPBACK_NAME } from './hosts.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

/** A run in a test environment, as code checks it (`Rails.env.test?`, `app()->environment('testing')`, `== "test"`). */
export const IS_TEST_ENVIRONMENT = String.raw`(?:\benv\.test\?|\benvironment\(\s{0,4}["']testing["']\s{0,4}\)|(?:==|===|\beq)\s{0,4}["']test(?:ing)?["'])`;

/** A run outside a test environment, or in production, as code checks it. */
export const OUTSIDE_TEST_ENVIRONMENT = String.raw`(?:(?:!=|!==|\bne)\s{0,4}["']test(?:ing)?["']|!\s{0,4}[\w:>$.()-]{1,60}(?:env\.test\?|environment\(\s{0,4}["']testing["']\s{0,4}\))|\benv\.production\?|\bisProduction\(\s{0,4}\)|\benvironment\(\s{0,4}["']production["']\s{0,4}\)|(?:==|===|\beq)\s{0,4}["']prod(?:uction)?["'])`;

/** Stopping the program (a bare `return` ends a task; one with a value hands something back). */
export const STOPS = String.raw`(?:\b(?:abort|raise|exit|die|fail|throw|panic|Fatal\w{0,10}|Exit)\b|\breturn\s{0,4}(?:;|$|end\b))`;

/** A check that stops the program unless it runs in a test environment: a trailing `unless`/`if`, a leading `if`/`unless` with the stop on its line or one of the next three, an `assert`, or a shell test `|| exit`. */
export const REFUSES_OUTSIDE_TESTS = new RegExp(
  [
    String.raw`${STOPS}[^\n]{0,200}?\bunless\s[^\n]{0,120}?${IS_TEST_ENVIRONMENT}`,
    String.raw`${STOPS}[^\n]{0,200}?\bif\s[^\n]{0,120}?${OUTSIDE_TEST_ENVIRONMENT}`,
    String.raw`\bunless\b[^\n]{0,120}?${IS_TEST_ENVIRONMENT}[^\n]{0,240}?(?:\n[^\n]{0,120}?){0,3}${STOPS}`,
    String.raw`\bif\b[^\n]{0,120}?${OUTSIDE_TEST_ENVIRONMENT}[^\n]{0,240}?(?:\n[^\n]{0,120}?){0,3}${STOPS}`,
    String.raw`\bassert\b[^\n]{0,120}?${IS_TEST_ENVIRONMENT}`,
    String.raw`\[\[?[^\n\]]{0,120}?==?\s{0,4}["']?test(?:ing)?["']?\s{0,4}\]\]?\s{0,4}\|\|\s{0,4}(?:exit|return)\b`,
  ].join('|'),
  'gm',
);

/** The connection setting of the application's own database, with no word saying it is a scratch one. */
export const CONFIGURED_DATABASE = /(?<![A-Za-z0-9_])(?:DATABASE|POSTGRES(?:QL)?|MYSQL)_UR[IL](?![A-Za-z0-9_])/g;

/** A check that stops the program unless a value is this machine: a negated comparison or membership followed by a stop within three lines, a shell test `|| exit`, or a `case` whose other branch stops. */
export const STOPS_UNLESS_LOOPBACK = new RegExp(
  [
    String.raw`\bif\b[^\n]{0,120}?(?:\bnot\s{1,4}in\b|!==?|\bne\b|!\s{0,4}\[|!\s{0,4}\(?\s{0,4}\[)[^\n]{0,120}?${LOOPBACK_NAME}[^\n]{0,240}?(?:\n[^\n]{0,120}?){0,3}${STOPS}`,
    String.raw`\[\[?[^\n\]]{0,120}?==?\s{0,4}${LOOPBACK_NAME}\s{0,4}\]\]?\s{0,4}\|\|\s{0,4}(?:exit|return)\b`,
    String.raw`\bcase\b[^\n]{0,120}?\bin\b\s{0,40}${LOOPBACK_NAME}(?:\|[^\n|)]{1,40}){0,4}\)[^\n]{0,200}?\*\)[^\n]{0,120}?\b(?:exit|return)\b`,
  ].join('|'),
  'gm',
);

/**
 * Checks that stop the program unless a name matches a pattern, capturing the name and the pattern (alternatives joined
 * by `|`): a shell `case` whose matching branch does nothing and whose other branch stops, a shell test `== pattern || exit`
 * or `if [[ … != pattern ]]; then … exit`, and a negated suffix or prefix test followed by a stop.
 */
export const STOPS_UNLESS_NAME_MATCHES = [
  /\bcase\s{1,4}["']?\$\{?(\w{1,60})\}?["']?\s{1,4}in\s{1,40}([^\s)]{1,120})\)\s{0,4}(?::\s{0,4})?;;\s{0,40}\*\)[^\n]{0,200}?\b(?:exit|return)\b/g,
  /\[\[?\s{1,4}["']?\$\{?(\w{1,60})\}?["']?\s{1,4}==?\s{1,4}["']?([^\s"'\]]{1,120}?)["']?\s{1,4}\]\]?\s{0,4}\|\|\s{0,4}(?:\{[^\n}]{0,200}?)?\b(?:exit|return)\b/g,
  /\bif\s{1,4}\[\[?\s{1,4}["']?\$\{?(\w{1,60})\}?["']?\s{1,4}!=\s{1,4}["']?([^\s"'\]]{1,120}?)["']?\s{1,4}\]\]?\s{0,4};?\s{0,4}then\b[^]{0,200}?\b(?:exit|return)\b/g,
  new RegExp(String.raw`\bif\s{1,4}not\s{1,4}(\w{1,60})\.(?:endswith|startswith)\(\s{0,4}["']([^"'\n]{1,60})["']\s{0,4}\)\s{0,4}:[^\n]{0,120}(?:\n[^\n]{0,120}?){0,2}${STOPS}`, 'g'),
];

/** A name pattern of one pull or merge request's own stack or workspace, as code writes it (`pr-\d+`, `pr-[0-9]*`, `review-\\d+`). */
export const CHANGE_REQUEST_NAME_PATTERN = String.raw`(?:pr|mr|pull|review|preview)[-_](?:\\{1,2}d|\[0-9\])`;

/** A check that stops the program unless a name matches that pattern: a negated match with a stop within three lines, or a `case` whose other branch stops. */
export const STOPS_UNLESS_CHANGE_REQUEST_NAME = new RegExp(
  [
    String.raw`\bif\b[^\n]{0,120}?(?:\bnot\b|!)[^\n]{0,120}?${CHANGE_REQUEST_NAME_PATTERN}[^\n]{0,240}?(?:\n[^\n]{0,120}?){0,3}${STOPS}`,
    String.raw`\bcase\b[^\n]{0,120}?\bin\b\s{0,40}["']?${CHANGE_REQUEST_NAME_PATTERN}[^\n]{0,200}?\*\)[^\n]{0,120}?\b(?:exit|return)\b`,
  ].join('|'),
  'gm',
);

/** The program setting its own environment to a test one, which makes a check of it say nothing. */
export const SETS_TEST_ENVIRONMENT = /env["']?\]?\s{0,4}=(?!=)\s{0,4}["']?test(?:ing)?\b|\b(?:Setenv|putenv|setenv)\s{0,4}\(\s{0,4}["'][A-Z_]{0,40}ENV(?:=test|["']\s{0,4},\s{0,4}["']test)/i;

/** A message a program prints (`echo "…"`, `Write-Host '…'`, `print("…")`), capturing its quoted text: words there are shown, not asked. */
export const PRINTED_MESSAGE = /\b(?:echo|printf|Write-Host|Write-Output|Write-Warning|Write-Verbose|puts|print|console\.(?:log|warn|error|info))\b[ \t(]{0,4}(?:-\w{1,3}[ \t]{1,4}){0,2}("[^"\n]{0,400}"|'[^'\n]{0,400}')/g;

/** The same message in a command's text, quoted or not, up to the next command. */
export const PRINTED_LINE = /\b(?:echo|printf|Write-Host|Write-Output|Write-Warning|puts|print)\b[^\n;&|]{0,400}/g;

/** A folder a path names and then leaves with `..` (`tmp/..`): the path does not stay in it. */
export const CLIMBED_OUT = /\/(?!\.\.[\/\s"'`])[^\/\s"'`]{1,60}\/\.\.(?=[\/\s"'`]|$)/g;

/** A path with the folders it climbs back out of taken away (`/tmp/../home` is `/home`). */
export function withoutClimbs(path: string): string {
  let climbed = path;
  for (let step = 0; step < 4; step++) {
    const shorter = climbed.replace(CLIMBED_OUT, '');
    if (shorter === climbed) break;
    climbed = shorter;
  }
  return climbed;
}

/** A `confirm` setting the program answers itself (`CONFIRM=yes`, `$confirm = $true`). */
export const SETS_OWN_CONFIRMATION = /(?:^|[\s;(])(?:export\s{1,4}|set\s{1,4}|\$)?confirm\s{0,2}=\s{0,2}["']?(?:y|yes|true|1|\$true)["']?(?![\w-])/im;

/** An answer read from whoever runs the program: a `read` outside a loop over lines, `input()`, `Read-Host`, a line read from the terminal. */
export const READS_ANSWER = /(?<!while\s{1,4}(?:IFS=\S{0,8}\s{1,4})?)\bread\b(?:\s{1,4}-\w{1,3}(?:\s{1,4}"[^"\n]{0,200}")?){0,3}\s{1,4}[A-Za-z_]\w{0,40}\s*(?:$|[;&|)])|\binput\(|\bRead-Host\b|\bgets\b|\breadline\(|\bReadLine\(|\bprompt\(/m;

/** A PowerShell command that changes something, whose `-WhatIf` or `-Confirm` holds it back. */
export const CHANGING_CMDLET = /\b(?:Remove|Clear|Set|Stop|Reset|Uninstall|Disable|Move|Rename|Restart|Update|Unregister|Dismount|Initialize|Format|Invoke|Suspend|Revoke|Add|New|Install|Publish|Start)-[A-Z]\w{1,60}\b/i;

/** A shell program that stops when a command fails (`set -e`, `set -euo pipefail`, `set -o errexit`). */
export const STOPS_ON_FAILURE = /\bset\s+(?:-[a-df-z]{0,4}e[a-z]{0,4}\b|-o\s+errexit\b)/;

/** A line that opens or configures a database connection. */
export const DATABASE_CONNECTION = /\b(?:establish_connection|create_engine|create_async_engine|connect|createConnection|createPool|Sequelize|knex|PrismaClient|DriverManager\.getConnection)\b|\b\w{0,30}(?:DATABASE|DB|PG|POSTGRES|MYSQL)_?(?:URL|URI|DSN|NAME)\b/;

/** A code line (not a comment) that makes a Ruby file a test suite: an RSpec spec, a Minitest or Active Support test case. */
export const SPEC_SUITE = /^[ \t]{0,20}(?:RSpec\.(?:describe|configure)\b|class\s[\w:]{1,100}\s{0,4}<\s{0,4}(?:ActiveSupport::TestCase|Minitest::Test)\b)/m;

/** A line opening a spec, a test case or one of its hooks, whose body the lines below it hold. */
export const SPEC_OPENING = /^[ \t]{0,20}(?:(?:RSpec\.)?(?:describe|context|configure)\b|class\s[\w:]{1,100}\s{0,4}<\s{0,4}(?:ActiveSupport::TestCase|Minitest::Test)\b|(?:before|after|around|setup|teardown)\s{0,4}(?:\(:\w{1,20}\)\s{0,4})?(?:do\b|\{)|def\s{1,4}(?:setup|teardown|test_\w{1,60})\b|(?:it|specify|test)\s[^\n]{0,200}(?:\bdo\b|\{))/;

/** Whether shell text moves Terraform off the workspace selected before it: another folder (`cd`, `-chdir=`), a workspace set through `TF_WORKSPACE`, or another state file (`-state=`). */
export function retargetsTerraform(text: string): boolean {
  return /(?:^|[\s;&|(])cd\s|\bpushd\s|-chdir[=\s]|\bTF_WORKSPACE\b|\bTF_DATA_DIR\b|\s-state(?:-out)?[=\s]/.test(text);
}

/**
 * A PowerShell command given `-Confirm` (or `-Confirm:$true`) asks before it acts, whatever its own confirmation level. Read
 * from the command as written: a value after a colon (`-Confirm:0`, `-Confirm:$no`) may be false.
 */
export function asksThroughConfirmSwitch(joined: string): boolean {
  return /(?:^|\s)-Confirm(?::\$true)?(?=\s|$)/i.test(joined) && !/-Confirm\s{0,2}:?\s{0,2}\$false/i.test(joined);
}

/** The folders a web server serves sites from (`/var/www/html`, `/srv/www/shop`, `/usr/share/nginx/html`). */
export const SERVED_SITE_FOLDER = /(?:^|[\s=:"'])\/(?:var\/www|srv\/(?:www|http)|usr\/share\/nginx\/html)(?=[\/\s"']|$)/;

/** Environment variables Windows always sets, which never leave a path empty. */
export const ALWAYS_SET_VARIABLE = /^(?:TEMP|TMP|USERPROFILE|LOCALAPPDATA|APPDATA|ProgramData|ProgramFiles|SystemRoot|windir|SystemDrive|PUBLIC|HOMEDRIVE|HOMEPATH|ALLUSERSPROFILE)$/i;

/**
 * Folders a CI runner sets for its job, as GitHub Actions and Azure Pipelines document them (not any name under their
 * prefixes: `$env:GITHUB_SCRATCH_DIR` is nobody's): set in a CI job only, empty on the user's machine.
 */
export const CI_SET_VARIABLE = /^(?:GITHUB_(?:WORKSPACE|ACTION_PATH)|RUNNER_(?:TEMP|TOOL_CACHE|WORKSPACE)|BUILD_(?:SOURCESDIRECTORY|ARTIFACTSTAGINGDIRECTORY|STAGINGDIRECTORY|BINARIESDIRECTORY|REPOSITORY_LOCALPATH)|AGENT_(?:TEMPDIRECTORY|BUILDDIRECTORY|WORKFOLDER|TOOLSDIRECTORY|HOMEDIRECTORY|ROOTDIRECTORY)|SYSTEM_(?:DEFAULTWORKINGDIRECTORY|ARTIFACTSDIRECTORY)|PIPELINE_WORKSPACE|COMMON_TESTRESULTSDIRECTORY)$/i;

/** The variables every CI runner sets for its jobs. */
export const CI_FLAG = String.raw`(?:CI|GITHUB_ACTIONS|TF_BUILD|GITLAB_CI)`;

/** A block that stops the program: `{ exit 1 }`, `then echo …; exit 1`, `|| exit`. */
export const STOPS_BLOCK = String.raw`[^}\n]{0,200}?\b(?:exit|throw|return)\b`;

/**
 * A program's own check that stops it unless it runs in CI (`if (-not $env:CI) { exit 1 }`, `[ -n "$GITHUB_ACTIONS" ] || exit 1`,
 * `: "${CI:?}"`), not a mention of those variables, nor a check that stops inside CI and goes on outside it.
 */
export const RUNS_IN_CI_CHECK = new RegExp([
  String.raw`\bif\s{0,4}\(\s{0,4}(?:-not\s{1,4}|!\s{0,4})\(?\s{0,4}\$env:${CI_FLAG}\s{0,4}\)?\s{0,4}\)\s{0,4}\{${STOPS_BLOCK}`,
  String.raw`\bif\s{0,4}\(\s{0,4}\$env:${CI_FLAG}\s{1,4}-(?:ne|notlike|notmatch)\s{1,4}[^)\n]{0,40}\)\s{0,4}\{${STOPS_BLOCK}`,
  String.raw`\bif\s{0,4}\(\s{0,4}(?:\[string\]::)?IsNullOr(?:Empty|WhiteSpace)\(\s{0,4}\$env:${CI_FLAG}\s{0,4}\)\s{0,4}\)\s{0,4}\{${STOPS_BLOCK}`,
  String.raw`(?:\bif\s{1,4})?\[\[?\s{1,4}-z\s{1,4}["']?\$\{?${CI_FLAG}(?::-[^}\s]{0,20})?\}?["']?\s{1,4}\]\]?\s{0,4}(?:&&|;\s{0,4}then\b)${STOPS_BLOCK}`,
  String.raw`\[\[?\s{1,4}(?:-n\s{1,4})?["']?\$\{?${CI_FLAG}(?::-[^}\s]{0,20})?\}?["']?(?:\s{1,4}==?\s{1,4}["']?true["']?)?\s{1,4}\]\]?\s{0,4}\|\|${STOPS_BLOCK}`,
  String.raw`\$\{${CI_FLAG}:?\?`,
].join('|'), 'i');

/** A store on this machine or a stand-in for one: a local server, an in-memory database, a mocked cloud. */
export const LOCAL_OR_MOCK_STORE = /\b(?:localhost|127\.0\.0\.1|moto|mock_\w{1,40}|mongomock|fakeredis|sqlite3?)\b|:memory:|endpoint_url\s{0,4}=\s{0,4}["']https?:\/\/(?:localhost|127\.)/;

/** Whether a name pattern holds a disposable word with no wildcard against it (`*_test`, `tmp-*`, a URL pattern ending `_dev`; not `*test*`). */
export function standsApartInPattern(pattern: string): boolean {
  const spaced = pattern.replace(/[_-]/g, ' ');
  return [...spaced.matchAll(new RegExp(DISPOSABLE.source, 'gi'))].some((match) => !/[*?]/.test(spaced[match.index - 1] ?? '') && !/[*?]/.test(spaced[match.index + match[0].length] ?? ''));
}

/** Whether the database connections the program opens all name a disposable database (a test or in-memory one) and none a production one. */
export function connectsToDisposable(analysis: ProgramAnalysis): boolean {
  const connections = analysis.whole.slice(0, 65_536).split('\n').filter((line) => DATABASE_CONNECTION.test(line)).join(' ');
  return connections !== '' && safe(analysis, connections, false);
}

/**
 * Whether the program runs as a CI job only, where the runner sets its folders (`$env:RUNNER_TEMP`): it stops unless it
 * runs in CI. A description saying pipeline or workflow does not set them; anywhere else those variables are unset.
 */
export function runsInCi(analysis: ProgramAnalysis): boolean {
  return RUNS_IN_CI_CHECK.test(analysis.whole.slice(0, 65_536));
}

/**
 * Whether the Terraform workspace selected last before a command is one of a run or change: a fixed prefix and a value
 * (`terraform workspace select "pr-${PR}"`), the stack a preview or review builds and later tears down. A fixed name is shared.
 */
export function inRunWorkspace(analysis: ProgramAnalysis, at: { start: number; end: number }): boolean {
  const window = analysis.whole.slice(Math.max(0, at.start - 4000), at.start);
  const selection = [...window.matchAll(/\b(?:terraform|tofu)\s+workspace\s+(?:select|new)\s+(?:-or-create(?:=true)?\s+)?(\S{1,200})/g)].at(-1);
  const last = selection?.[1]?.replace(/["']/g, '') ?? '';
  // A value the script fixes itself (`ENV=main`) names one shared workspace, as a literal does.
  const value = analysis.resolve(last);
  return selection !== undefined && /^[A-Za-z][\w.]{0,40}[-_]\$\{?[A-Za-z_]\w{0,60}\}?$/.test(last) && value.includes('$') && !/(?:^|[^a-z])prod(?:uction)?(?![a-z])/i.test(value) && !retargetsTerraform(analysis.whole.slice(at.start - window.length + selection.index + selection[0].length, at.end));
}

export function stopsUnlessAnswered(analysis: ProgramAnalysis, at: { start: number }): boolean {
  if (analysis.program.language !== 'bash') return false;
  const before = analysis.guards.split('\n').slice(0, analysis.whole.slice(0, at.start).split('\n').length - 1).join('\n');
  for (const read of before.matchAll(/\bread\s+(?:-\w{1,4}\s+(?:"[^"\n]{0,300}"\s+|'[^'\n]{0,300}'\s+)?){0,4}([A-Za-z_]\w{0,60})\b([^\n;|&]{0,200})/g)) {
    if (/<(?!\s{0,4}\/dev\/tty\b)|^\s{0,10}\|/.test(read[2]!) || /\|\s{0,10}$/.test(before.slice(Math.max(0, read.index - 200), read.index))) continue;
    const answer = `"?\\$\\{?${read[1]!}\\}?"?`;
    const checked = new RegExp(`\\[\\[?\\s+${answer}\\s+(!?=|==)\\s+(?=\\S)(?!""|'')[^\\n\\]]{1,200}\\]\\]?\\s{0,4}(\\|\\||&&|;\\s{0,4}then\\b)[^\\n]{0,100}\\b(?:exit|return)\\b`).exec(before.slice(read.index));
    // Going on only when the answer matches: `= x ] || exit`, or `!= x ] && exit`, `!= x ]; then exit`.
    if (checked && (checked[1] === '!=') === (checked[2] !== '||')) return true;
  }
  return false;
}

/**
 * Whether the shell program goes no further with a variable left empty: `${X:?}`, a test that it is empty followed by a
 * stop (`[ -z "$X" ] && exit 1`, `if [ -z "$X" ]; then … exit; fi`, `[ -n "$X" ] || continue`), or a block run only when
 * it is set (`if [ -n "$X" ]; then`, `[ -n "$X" ] && helm …`). A test whose outcome only prints something stops nothing.
 */
export function stopsWhenEmpty(analysis: ProgramAnalysis, variable: string): boolean {
  const code = analysis.whole.slice(0, 65_536);
  const name = escapeName(variable);
  if (new RegExp(String.raw`\$\{${name}:?\?`).test(code)) return true;
  const tested = String.raw`\[\[?\s{1,4}(?:(-z)|-n)\s{1,4}["']?\$\{?${name}\}?["']?\s{1,4}\]\]?`;
  for (const match of code.matchAll(new RegExp(String.raw`(\bif\s{1,4})?${tested}\s{0,4}(&&|\|\||;\s{0,4}then\b)([^\n]{0,200})`, 'g'))) {
    const [, opensIf, emptyTest, joiner, rest] = match;
    const runsWhenEmpty = (emptyTest !== undefined) === (joiner === '&&' || joiner!.endsWith('then'));
    const branch = joiner!.endsWith('then') ? code.slice(match.index + match[0].length - rest!.length, match.index + match[0].length - rest!.length + 400).split(/\bfi\b/)[0]! : rest!;
    if (runsWhenEmpty && /\b(?:exit|return|continue|break|die|abort|usage)\b/.test(branch)) return true;
    if (!runsWhenEmpty && (opensIf !== undefined || !/^\s{0,4}(?:echo|printf|:|true|export|log\w{0,10})\b/.test(branch))) return true;
  }
  return formatTestStops(code, name) || emptyCaseArmStops(code, name);
}

/**
 * Whether a shell program stops unless it was given at least `count` arguments (`[[ $# -eq 1 ]] || exit 2`,
 * `if [ $# -lt 1 ]; then usage; exit 1; fi`, `(( $# >= 2 )) || die`): after that, `${1:-}` is never the empty default.
 */
export function requiresArguments(analysis: ProgramAnalysis, count: number): boolean {
  const code = analysis.whole.slice(0, 65_536);
  // `[ $# op N ]`, `[[ "$#" op N ]]` or `(( $# op N ))`, then `||`, `&&` or `; then` and the rest of the line.
  const test = /(\bif\s{1,4})?(?:\[\[?|\(\()\s{1,4}["']?\$#["']?\s{1,4}(-eq|-ne|-lt|-le|-gt|-ge|==?|!=|<=?|>=?)\s{1,4}["']?(\d{1,2})["']?\s{1,4}(?:\]\]?|\)\))\s{0,4}(&&|\|\||;\s{0,4}then\b)([^\n]{0,200})/g;
  const holds = (op: string, given: number, bound: number) => ({ '-eq': given === bound, '=': given === bound, '==': given === bound, '-ne': given !== bound, '!=': given !== bound,
    '-lt': given < bound, '<': given < bound, '-le': given <= bound, '<=': given <= bound, '-gt': given > bound, '>': given > bound, '-ge': given >= bound, '>=': given >= bound })[op] ?? false;
  for (const match of code.matchAll(test)) {
    const [, , op, bound, joiner, rest] = match;
    const branch = joiner!.endsWith('then') ? code.slice(match.index + match[0].length - rest!.length, match.index + match[0].length - rest!.length + 400).split(/\bfi\b/)[0]! : rest!;
    if (!STOP_WORD.test(branch)) continue;
    // The program goes on when the test holds after `||`, and when it fails after `&&` or `then`.
    const goesOn = (given: number) => holds(op!, given, Number(bound)) === (joiner === '||');
    if (Array.from({ length: count }, (_, given) => given).every((given) => !goesOn(given))) return true;
  }
  return false;
}

/** A name that reads as a test project, configuration or context, and not a production one. */
const testName = (name: string) => DISPOSABLE.test(name.replace(/[_.]/g, ' ')) && !/prod/i.test(name);

/**
 * A shell command that selects a cloud CLI's project, configuration, context or account by a fixed name (`firebase use shop-e2e`,
 * `gcloud config set project x`, `gcloud config configurations activate x`, `kubectl config use-context x`, `az account set -s x`).
 */
const SELECTS_CLOUD_TARGET = /\b(?:firebase\s{1,4}use|gcloud\s{1,4}config\s{1,4}(?:set\s{1,4}(?:core\/)?project|configurations\s{1,4}activate)|kubectl\s{1,4}config\s{1,4}use-context|az\s{1,4}account\s{1,4}set\s{1,4}(?:--subscription|-s))\s{1,4}(?:["']?([\w.\/:@-]{1,100})["']?|(\$\S{0,100}))(?=\s|;|&|$)/g;

/**
 * Whether a shell program wiping the project its cloud CLI has selected made sure that project is a test one: the last
 * selection before the statement names a test project by a fixed name (`firebase use shop-e2e`), or the program exits
 * unless the variable holding the selected project reads as a test one (`[[ $PROJ == *-test ]] || exit 1`).
 */
export function selectedTargetIsTest(analysis: ProgramAnalysis, statement: Statement, args: readonly string[]): boolean {
  if (analysis.program.language !== 'bash') return false;
  const before = analysis.program.statements.filter((earlier) => earlier.end <= statement.start).map((earlier) => earlier.text).join('\n').slice(-65_536);
  const selections = [...before.matchAll(SELECTS_CLOUD_TARGET)];
  const last = selections.at(-1);
  if (last !== undefined && last[1] !== undefined && testName(last[1])) return true;
  const code = analysis.whole.slice(0, 65_536);
  return args.some((arg) => {
    const name = /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(arg)?.[1];
    if (name === undefined) return false;
    // `[[ "$name" == pattern ]] || …`, `[ "$name" != pattern ] && …` or `if [[ $name != pattern ]]; then`, with the rest of the line.
    const test = new RegExp(String.raw`(\bif\s{1,4})?\[\[?\s{1,4}["']?\$\{?${escapeName(name)}\}?["']?\s{1,4}(==?|!=)\s{1,4}["']?([^\s"'\]]{1,100})["']?\s{1,4}\]\]?\s{0,4}(&&|\|\||;\s{0,4}then\b)([^\n]{0,200})`, 'g');
    return [...code.matchAll(test)].some((match) => {
      const [, , op, pattern, joiner, rest] = match;
      const branch = joiner!.endsWith('then') ? code.slice(match.index + match[0].length - rest!.length, match.index + match[0].length - rest!.length + 400).split(/\bfi\b/)[0]! : rest!;
      // The program stops when the project does not match a test pattern: `== test || exit`, `!= test && exit`.
      const stopsOnMismatch = (op === '!=') === (joiner !== '||');
      return stopsOnMismatch && testName(pattern!) && STOP_WORD.test(branch);
    });
  });
}

/** The words that end a shell program, function or loop pass when a test fails. */
const STOP_WORD = /\b(?:exit|return|continue|break|die|abort|usage)\b/;

/**
 * Whether the program stops unless a variable matches a regular expression that no empty value matches
 * (`[[ $day =~ ^[0-9]{4}\.[0-9]{2}$ ]] || { echo "bad date" >&2; exit 1; }`, or `[[ ! $day =~ … ]] && exit 1`).
 */
function formatTestStops(code: string, name: string): boolean {
  // `[[ [!] "$name" =~ pattern ]]`, then `||` or `&&` and the rest of the line (bounded pieces, one pass per test).
  const test = new RegExp(String.raw`\[\[\s{1,4}(!\s{1,4})?["']?\$\{?${name}\}?["']?\s{1,4}=~\s{1,4}([^\n]{1,200}?)\s{1,4}\]\]\s{0,4}(\|\||&&)([^\n]{0,200})`, 'g');
  for (const [, negated, pattern, joiner, rest] of code.matchAll(test)) {
    // The failing side runs the rest: `||` after a plain test, `&&` after a negated one.
    if ((negated !== undefined) !== (joiner === '&&') || !STOP_WORD.test(rest!)) continue;
    // A quoted pattern is a literal string in bash; an unquoted one a regular expression, asked whether the empty value fits it.
    const literal = /^(["'])([^"']{1,200})\1$/.exec(pattern!);
    if (literal !== null) return true;
    try {
      if (!new RegExp(pattern!).test('')) return true;
    } catch {
      // A pattern JavaScript cannot read says nothing about the empty value.
    }
  }
  return false;
}

/** Whether a `case` on a variable has an arm for the empty value (`""|*[!0-9.]*)`) that stops the program. */
function emptyCaseArmStops(code: string, name: string): boolean {
  // `case "$name" in` up to its `esac`, the body bounded.
  const block = new RegExp(String.raw`\bcase\s{1,4}["']?\$\{?${name}\}?["']?\s{1,4}in\b([^]{0,1000}?)\besac\b`, 'g');
  for (const [, body] of code.matchAll(block)) {
    for (const arm of body!.split(';;').slice(0, 20)) {
      // An arm: optional `(`, its patterns up to `)`, then its commands.
      const parts = /^\s{0,200}\(?([^)\n]{1,200})\)([^]{0,400})$/.exec(arm);
      if (parts === null) continue;
      const empty = parts[1]!.split('|').some((pattern) => /^\s{0,10}(?:""|'')\s{0,10}$/.test(pattern));
      if (empty && STOP_WORD.test(parts[2]!)) return true;
    }
  }
  return false;
}

/** Whether the program refuses to go on unless a variable (`"$host"`) names this machine (`case "$host" in localhost|127.0.0.1) ;; *) exit 1`). */
export function checkedLocal(analysis: ProgramAnalysis, arg: string): boolean {
  const name = /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(arg)?.[1];
  if (name === undefined) return false;
  const test = new RegExp(`\\$\\{?${name}\\}?["']?\\s{1,10}(?:in|!?==?)\\s[^\\n]{0,200}?(?:localhost|127\\.0\\.0\\.1)\\b[^\\n]{0,300}?\\bexit\\b`);
  return test.test(analysis.guards);
}

/**
 * Whether the program stops unless it runs in a test environment, or stops when it runs in production
 * (`abort "…" unless Rails.env.test?`, `if os.Getenv("APP_ENV") != "test" { log.Fatal(…) }`): what it destroys
 * after that is test data. Not when the program sets that environment itself, names production anywhere
 * but in the check, or opens a connection of its own to a database not named as disposable (the check then
 * says nothing about where the connection goes).
 */
export function refusesOutsideTests(analysis: ProgramAnalysis): boolean {
  if (analysis.testOnly !== null) return analysis.testOnly;
  // Asked again while the connections are read (they are judged by `safe` too): the check does not count for them.
  analysis.testOnly = false;
  const code = analysis.guards.slice(0, 65_536);
  const checks = code.match(REFUSES_OUTSIDE_TESTS) ?? [];
  let rest = code;
  for (const check of checks.slice(0, 8)) rest = rest.replace(check, ' ');
  const ownConnection = code.split('\n').some((line) => DATABASE_CONNECTION.test(line));
  analysis.testOnly = checks.length > 0 && !SETS_TEST_ENVIRONMENT.test(code) && !/(?:^|[^a-z])prod(?:uction)?(?![a-z])/i.test(rest) && (!ownConnection || connectsToDisposable(analysis));
  return analysis.testOnly;
}

/**
 * Whether a name the statement reaches (itself, or what its names were made from) is checked to be this machine and the
 * program stops otherwise (`if host not in ("localhost", "127.0.0.1"): raise SystemExit`, `case "$host" in
 * localhost|127.0.0.1) ;; *) exit 1;; esac`): a server the statement reaches through it can only be a local one.
 */
export function stopsUnlessThisMachine(analysis: ProgramAnalysis, statement: Statement): boolean {
  const checks = analysis.guards.slice(0, 65_536).match(STOPS_UNLESS_LOOPBACK) ?? [];
  if (checks.length === 0) return false;
  const reached = new Set(textsReached(analysis, statement).match(/[A-Za-z_]\w{0,60}/g) ?? []);
  return checks.slice(0, 8).some((check) => (check.match(/[A-Za-z_]\w{0,60}/g) ?? []).some((name) => analysis.definitions.has(name) && reached.has(name)));
}

/**
 * Whether a name the statement reaches is checked to match a disposable name (`*_test`, `tmp_*`) and the program stops
 * otherwise (`case "$db" in *_test) ;; *) exit 1 ;; esac`, `[[ "$db" == *_test ]] || exit`, `if not name.endswith("_test"): sys.exit()`).
 * A check that stops for the test names instead lets every other name through, so it does not count.
 */
export function stopsUnlessDisposableName(analysis: ProgramAnalysis, statement: Statement): boolean {
  const code = analysis.guards.slice(0, 65_536);
  const reached = new Set([...statement.uses, ...namesReached(analysis, statement)]);
  // The name checked must still be the one dropped: set again after the check (`db="${db%_test}"`), it is another name.
  // Up to the statement itself: a loop on its line (`for db in a b; do psql … "$db"; done`) names it again.
  const lineIndex = analysis.whole.slice(0, statement.start).split('\n').length - 1;
  const column = statement.start - (analysis.whole.lastIndexOf('\n', statement.start - 1) + 1);
  const codeLines = code.split('\n');
  const beforeStatement = [...codeLines.slice(0, lineIndex), (codeLines[lineIndex] ?? '').slice(0, column)].join('\n');
  // So is a name read again (`read -r db < file`, `mapfile -t db`, `printf -v db`, `getopts`), a loop's name (`for db in …`),
  // a name set by a declaration with options (`declare -r -x db=…`), anything `eval` may set, or a part of it (`${db/_test/}`).
  const setAfter = (name: string, from: number) => new RegExp(String.raw`(?:^|[\s;{(])(?:(?:local|export|declare|typeset|readonly)(?:[ \t]{1,10}-\w{1,10}){0,4}[ \t]{1,10}(?:\w{1,60}(?:=[^\s;]{0,200})?[ \t]{1,10}){0,4})?\$?${escapeName(name)}\s{0,4}(?::=|\+?=)(?!=)|\b(?:read|mapfile|readarray|getopts)\b[^\n;|&]{0,200}?[ \t]${escapeName(name)}\b|\bprintf[ \t]{1,10}-v[ \t]{0,10}${escapeName(name)}\b|\beval\b|\bfor[ \t]{1,10}${escapeName(name)}[ \t]{1,10}in\b`, 'm').test(beforeStatement.slice(from));
  const partOf = (name: string) => new RegExp(String.raw`\$\{${escapeName(name)}(?:\/|%|#)|\bfor[ \t]{1,10}${escapeName(name)}[ \t]{1,10}in\b`).test(statement.text);
  // The disposable word must stand apart from any wildcard (`*_test`, `tmp-*`): `*test*` also matches `latest_orders`.
  return STOPS_UNLESS_NAME_MATCHES.some((check) => [...code.matchAll(check)].slice(0, 8).some((match) => reached.has(match[1]!) && !setAfter(match[1]!, match.index + match[0].length) && !partOf(match[1]!) && match[2]!.split('|').every((pattern) => !/^[*?]*$/.test(pattern) && standsApartInPattern(pattern))));
}

/**
 * Whether a name the statement reaches is checked to be one pull request's own (`pr-<number>`) and the program stops otherwise
 * (`if not re.fullmatch(r"pr-\d+", name): raise SystemExit`, `case "$ws" in pr-[0-9]*) ;; *) exit 1;; esac`).
 */
export function stopsUnlessOneChangeRequestName(analysis: ProgramAnalysis, statement: Statement): boolean {
  const checks = analysis.guards.slice(0, 65_536).match(STOPS_UNLESS_CHANGE_REQUEST_NAME) ?? [];
  if (checks.length === 0) return false;
  const reached = namesReached(analysis, statement);
  return checks.slice(0, 8).some((check) => (check.match(/[A-Za-z_]\w{0,60}/g) ?? []).some((word) => reached.has(word)));
}

/** The defined names a statement's value comes from, up to three steps back, read from the right-hand side of each definition only (`a, b = …` reaches neither through the other). */
export function namesReached(analysis: ProgramAnalysis, statement: Statement): Set<string> {
  const reached = new Set<string>();
  let names = statement.uses.filter((name) => analysis.definitions.has(name));
  for (let hop = 0; hop < 3 && names.length > 0; hop++) {
    const next: string[] = [];
    for (const name of names.slice(0, 20)) {
      if (reached.has(name)) continue;
      reached.add(name);
      const definition = analysis.definitions.get(name)?.slice(0, 2000) ?? '';
      const value = definition.slice(definition.search(/[^=!<>]=(?!=)/) + 2);
      next.push(...(value.match(/[A-Za-z_]\w{0,60}/g) ?? []).filter((word) => !reached.has(word) && analysis.definitions.has(word)).slice(0, 20));
    }
    names = next;
  }
  return reached;
}

/**
 * Whether an infrastructure destroy run from the command line targets the stack or workspace of one pull or merge request:
 * `pulumi destroy --stack X` or the workspace last selected before `terraform destroy`, named from the request's number as CI
 * hands it over, directly or through a variable the CI configuration binds, or checked by the program to be such a name.
 */
export function destroysOneChangeRequestOwn(analysis: ProgramAnalysis, tool: string, args: string[], call: Call): boolean {
  let target: string | undefined;
  if (tool === 'pulumi') target = args[args.findIndex((arg) => arg === '--stack' || arg === '-s') + 1];
  else if (tool === 'terraform' || tool === 'tofu') {
    const selection = [...analysis.whole.slice(0, call.start).matchAll(/\b(?:terraform|tofu)\s+workspace\s+select\s+(?:-\S+\s+){0,3}(\S{1,200})/g)].at(-1);
    if (selection && retargetsTerraform(analysis.whole.slice(selection.index + selection[0].length, call.end))) return false;
    target = selection?.[1];
  }
  if (!target || target === '--stack' || target === '-s') return false;
  const value = analysis.resolve(target);
  if (/(?:^|[^a-z])prod(?:uction)?(?![a-z])/i.test(value)) return false;
  if (CHANGE_REQUEST_NUMBER.test(value)) return true;
  const variables = [...target.matchAll(/\$\{?([A-Za-z_]\w{0,60})/g)].map((match) => match[1]!);
  const checked = (analysis.guards.slice(0, 65_536).match(STOPS_UNLESS_CHANGE_REQUEST_NAME) ?? []).join(' ');
  return variables.length > 0 && variables.every((variable) => analysis.context.changeRequestVariables?.has(variable) || new RegExp(`\\$\\{?${variable}\\b`).test(checked));
}

/**
 * Whether the program reads the current workspace (`ws=$(terraform workspace show)`) and, before the destroy, stops
 * unless its name is a disposable one (`case "$ws" in preview-*) ;; *) exit 1 ;; esac`), with no workspace selected
 * between that check and the destroy.
 */
export function stopsUnlessDisposableWorkspace(analysis: ProgramAnalysis, call: Call): boolean {
  const before = analysis.whole.slice(Math.max(0, call.start - 4000), call.start);
  const current = /\b([A-Za-z_]\w{0,60})=["']?\$\(\s{0,4}(?:terraform|tofu)\s+workspace\s+show\s{0,4}\)/.exec(before);
  if (!current) return false;
  const rest = before.slice(current.index + current[0].length);
  const check = new RegExp(String.raw`\bcase\s+["']?\$\{?${current[1]}\}?["']?\s+in\s+["']?([A-Za-z]{2,20})[-_]\*["']?\)[^\n]{0,200}?\*\)[^\n]{0,120}?\b(?:exit|return)\b`).exec(rest);
  if (check === null || !DISPOSABLE.test(check[1]!)) return false;
  // The destroy's own line counts too: `TF_WORKSPACE=prod terraform destroy` or `-chdir=` leaves the checked workspace.
  const destroyLine = analysis.whole.slice(analysis.whole.lastIndexOf('\n', call.start) + 1, call.end);
  return !/\b(?:terraform|tofu)\s+workspace\s+(?:select|new)\b/.test(rest.slice(check.index)) && !retargetsTerraform(`${rest.slice(check.index)}\n${destroyLine}`);
}

/** Whether a command's target is disposable or it is confirmed; `bySubject`: a skill about test or demo data also counts, when its code names no other target. */
export function safe(analysis: ProgramAnalysis, command: string, bySubject = true): boolean {
  // Devices (`2>/dev/null`, `if=/dev/zero`) name no target: "dev" there says nothing about disposability.
  // Nor does a word in a message the command prints (`&& echo "test done"`), or a folder the path climbs back out of (`/tmp/../home`).
  const text = withoutClimbs(command.replace(/\/dev\/[\w.-]{1,40}/g, ' ').replace(PRINTED_LINE, ' '));
  // A skill about test or sandbox data may wipe it; "dev" or "local" in its description says nothing about the target.
  // A target named as production is never disposable, whatever the skill says it is about.
  const production = /(?:^|[^a-z])prod(?:uction)?(?![a-z])/i.test(text);
  // A command naming the folder a web server serves (`--path=/var/www/html`) acts on the live site, whatever the skill is about.
  const servedSite = SERVED_SITE_FOLDER.test(text);
  return (!production && DISPOSABLE.test(text)) || /\blocalhost\b|\b127\.0\.0\.1\b|:memory:/.test(text) || analysis.confirmed || (!production && refusesOutsideTests(analysis)) || (bySubject && !production && !servedSite && !/\b(?:vssadmin|wbadmin|tmutil)\b/i.test(text) && [...analysis.context.subjectWords].some((word) => DISPOSABLE.test(word) && !/^(?:dev|local|ci|preview|tmp|temp)$/.test(word)));
}

/**
 * Whether a statement is part of a helper that drops a database and creates it again, called from a test suite's
 * setup hook (`beforeEach(() => resetDb(url))`): the tests get a fresh database of their own, nobody's data goes.
 */
export function resetsTestDatabase(analysis: ProgramAnalysis, statement: Statement): boolean {
  const helper = statement.inFunction?.name;
  if (!helper || !/\bDROP\s+DATABASE\b/i.test(statement.text)) return false;
  const body = analysis.program.statements.filter((other) => other.inFunction?.name === helper).map((other) => other.text).join('\n');
  return /\bCREATE\s+DATABASE\b/i.test(body) && new RegExp(`\\b(?:beforeEach|beforeAll|setUp|setUpClass|setup_method|setup_class)\\b[^]{0,400}?\\b${escapeName(helper)}\\s*\\(`).test(analysis.whole);
}

/**
 * Whether a statement works on something named as production, in its own text or in what its names were made from,
 * two steps back (`cur` from `conn` from `connect(os.environ["PROD_DATABASE_URL"])`): a helper named like a test's
 * setup (`test_cleanup`) does not make a production database disposable.
 */
export function reachesProduction(analysis: ProgramAnalysis, statement: Statement): boolean {
  return /(?:^|[^a-z])prod(?:uction)?(?![a-z])/i.test(textsReached(analysis, statement));
}

/**
 * Whether a statement works on the database the application is configured with (`DATABASE_URL` as the environment sets it,
 * not `TEST_DATABASE_URL` or a variable of the program's own), through what its names were made from: what the skill says
 * it resets does not make that database disposable.
 */
export function reachesConfiguredDatabase(analysis: ProgramAnalysis, statement: Statement): boolean {
  return [...textsReached(analysis, statement).matchAll(CONFIGURED_DATABASE)].slice(0, 20).some((setting) => !analysis.definitions.has(setting[0]));
}

/** The statement's text and what its names were made from, two steps back. */
export function textsReached(analysis: ProgramAnalysis, statement: Statement): string {
  const texts = [statement.text];
  const seen = new Set<string>();
  let names = statement.uses;
  for (let hop = 0; hop < 2; hop++) {
    const next: string[] = [];
    for (const name of names.slice(0, 20)) {
      const definition = seen.has(name) ? undefined : analysis.definitions.get(name)?.slice(0, 2000);
      seen.add(name);
      if (definition === undefined) continue;
      texts.push(definition);
      next.push(...(definition.match(/[A-Za-z_]\w{0,60}/g) ?? []).filter((word) => !seen.has(word) && analysis.definitions.has(word)).slice(0, 20));
    }
    names = next;
  }
  return texts.join('\n');
}

/** Whether a statement is part of a test suite: a test's setup or teardown, or a Ruby spec or test case's hooks (`after { … }`, `teardown do`). */
export function inTestSuite(analysis: ProgramAnalysis, statement: Statement): boolean {
  if (inTestSetup(analysis, statement)) return true;
  // The statement must sit inside a spec, a test case class or one of its hooks: deeper than the opening line, with no line as
  // shallow between them. A hook of a web app (Sinatra's `after do`) or a suite named in a comment is no test.
  const lineEnd = analysis.whole.indexOf('\n', statement.start);
  const lines = analysis.whole.slice(0, lineEnd < 0 ? undefined : lineEnd).split('\n').slice(-400);
  const own = lines.at(-1)!;
  const depth = (line: string) => line.length - line.trimStart().length;
  if (SPEC_OPENING.test(own)) return analysis.wholeHas(SPEC_SUITE);
  for (let index = lines.length - 2; index >= 0; index--) {
    const line = lines[index]!;
    if (line.trim() === '' || depth(line) >= depth(own)) continue;
    return SPEC_OPENING.test(line) && (SPEC_SUITE.test(line) || analysis.wholeHas(SPEC_SUITE));
  }
  return false;
}

/** Whether a statement belongs to a test's setup or teardown (`setUp`, `beforeEach`, a pytest fixture). */
export function inTestSetup(analysis: ProgramAnalysis, statement: Statement): boolean {
  const helper = statement.inFunction?.name;
  if (!helper) return false;
  return /^(?:setUp|tearDown|setUpClass|tearDownClass|setup_method|teardown_method|before(?:Each|All)|after(?:Each|All))$/.test(helper) || DISPOSABLE.test(helper.replace(/_/g, ' ')) || new RegExp(`@(?:pytest\\.)?fixture\\b[^\\n]{0,200}\\n(?:[ \\t]{0,40}@[^\\n]{0,200}\\n){0,4}[ \\t]{0,40}(?:async\\s+)?def\\s+${escapeName(helper)}\\b`).test(analysis.whole);
}

/**
 * Whether a test hook's destroying statement works on a store handed to it (a fixture's `session` parameter) or on a
 * disposable one (a local server, a mock): a hook that opens its own client reaches whatever the credentials reach.
 */
export function worksOnHandedStore(analysis: ProgramAnalysis, statement: Statement): boolean {
  const hook = statement.inFunction;
  if (!hook) return false;
  if (statement.uses.some((used) => hook.params.includes(used))) return true;
  const body = analysis.program.statements.filter((other) => other.inFunction?.name === hook.name).slice(0, 200).map((other) => other.text).join('\n');
  return LOCAL_OR_MOCK_STORE.test(body) || statement.uses.some((used) => LOCAL_OR_MOCK_STORE.test(analysis.definitions.get(used)?.slice(0, 2000) ?? ''));
}

/** A table emptied with its schema written before it (`TRUNCATE TABLE etl_stage.%I`, `TRUNCATE etl_stage.orders`); group 1 is the schema. */
const TRUNCATES_IN_SCHEMA = /\bTRUNCATE\s{1,10}(?:TABLE\s{1,10})?(?:ONLY\s{1,10})?["`]?([A-Za-z_]\w{0,60})["`]?\.(?=[\w%$#{"'`])/gi;

/**
 * Whether every table a statement empties lies in one schema that the skill's description names as a schema
 * ("landing tables (schema etl_stage)", "the `scratch` schema"), and the statement drops nothing: it empties what it
 * says it empties. A schema the description does not name, or names only as some other word, is beyond what it says.
 */
export function emptiesSchemaItNames(analysis: ProgramAnalysis, text: string): boolean {
  const subject = analysis.context.subject ?? '';
  if (/\bDROP\s/i.test(text) || /\bDELETE\s+FROM\b/i.test(text)) return false;
  const schemas = new Set([...text.slice(0, 65_536).matchAll(TRUNCATES_IN_SCHEMA)].map((match) => match[1]!.toLowerCase()));
  if (schemas.size !== 1) return false;
  const schema = [...schemas][0]!;
  if (/(?:^|_)(?:public|prod|production|main|live)(?:_|$)/.test(schema)) return false;
  const name = escapeName(schema);
  return new RegExp(String.raw`\bschemas?\s{1,4}[\`"'(]?${name}\b(?!\.)|(?<![\w.])[\`"']?${name}[\`"']?\s{1,4}schemas?\b`).test(subject);
}

