// Readings of destruction: delete targets and their scope, guards, listings walked, test and disposable environments.
import type { Call, Statement } from '../program.ts';
import { CHANGE_REQUEST_NUMBER, DISPOSABLE, namesEntryUnderHome, SERVICE_DATA_FOLDER } from '../vocabulary.ts';
import { chain, escapeName, HOME_VALUE, homeRelative, joinedPieces, LOOKUP_THAT_CAN_FAIL, PASSWORD_PROMPTER, PATH_CONVERSION, unquoted, withoutComments } from './common.ts';
import { LOOPBACK_NAME } from './hosts.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

/**
 * The project, context or account a cloud CLI has selected, read from the CLI itself (`$(firebase use)`,
 * `$(gcloud config get-value project)`, `$(kubectl config current-context)`, `$(az account show …)`): the user's working one.
 */
export const SELECTED_CLOUD_TARGET = /\$\(\s{0,4}(?:firebase\s+use\b|gcloud\s+config\s+get(?:-value)?\s+(?:core\/)?project\b|kubectl\s+config\s+current-context\b|az\s+account\s+show\b)/;
/** A cloud CLI pointed at a local emulator (`FIRESTORE_EMULATOR_HOST=localhost:8080`, `firebase emulators:exec "…"`). */
export const LOCAL_EMULATOR_TARGET = /\b(?:FIRESTORE|FIREBASE_DATABASE|FIREBASE_STORAGE|FIREBASE_AUTH|DATASTORE|PUBSUB|BIGTABLE|SPANNER|STORAGE)_EMULATOR_HOST\s{0,4}=|\bemulators:exec\b/;
/**
 * A selector or filter option given an empty value (`-l ""`, `--selector=''`, `-l  -o json` once an empty variable is
 * blanked out), which narrows nothing: the next word is another option, the end of a substitution, or nothing.
 */
export const EMPTY_SELECTOR_OPTION = /\s(?:-l|--selector|--field-selector|--filters?)(?:=|\s{1,4})(?:""|'')?(?=\s{0,4}(?:-|\)|$))/g;
/** A request sent with the DELETE method (`curl -X DELETE`, `method: "DELETE"`). */
export const HTTP_DELETE_METHOD = /(?:-X\s*|--request[= ]\s*|method\s*[:=]\s*["']?)DELETE\b/i;

/** A bucket's whole collection of objects or stored versions deleted at once (`bucket.object_versions.batch_delete!`). */
export const OBJECT_COLLECTION_DELETED = /(?<![\w.)"'\]])[A-Za-z_]\w{0,60}\.(?:object_versions|objects|versions)(?:\(\s{0,4}\))?\.(?:batch_delete!?|delete!?|destroy)(?![\w(])/;

/** A loop over the files of the home folder, a personal folder or a system folder (`for f in ~/.ssh/*`, `for f in $(ls ~/Documents)`). */
export const SWEPT_PERSONAL_FILES = /(?:^|\s)(?:in\s+)?(?:\$\(\s*ls\s+(?:-\w+\s+)*)?["']?(?:~|\$HOME|\$\{HOME\}|\/home|\/Users|\/etc)(?:\/[\w.-]{1,100}){0,4}(?:\/\*|\s*\))/;
/** A search or loop start that is the home folder, a personal folder in it, or a system folder. */
/** A folder of the system itself or of what its services keep and serve, named whole (`/etc`, `/usr/*`, `/var/lib`, `C:\\Windows`): the machine stops working without it. */
export const SYSTEM_FOLDER = /^(?:\/(?:etc|usr|var|var\/lib|var\/www|srv|boot|bin|sbin|lib|lib64|opt|home|Users|root|System|Applications)|[A-Za-z]:[\\/](?:Windows|Users|Program Files))[\\/]?\*?$/i;

/** A command that lists the machine's disks or the device a mount comes from. */
export const DISK_LISTING = /\b(?:lsblk|blkid|findmnt|fdisk\s{1,4}-l|sfdisk\s{1,4}-l|diskutil\s{1,4}list|wmic\s{1,4}diskdrive)\b/;
/** A path made from a folder and a name below it (`join(mount, "x")`, `` `${mount}/x` ``, `mount + "/x"`), not the folder itself. */
export const PATH_BUILT_ON = /\b(?:join|resolve)\(|\/[\w.-]{1,100}["'`)]{0,2}\s{0,4}$/;
/** Node's open flags that write (`w`, `wx+`, `r+`, `a`, `rs+`, `O_RDWR`), unlike `r` and `rs`. */
export const NODE_WRITE_FLAGS = /^["'`]?(?:[wa]x?\+?|as\+?|rs?\+)["'`]?$|\bO_(?:WRONLY|RDWR)\b/;
/** A whole disk or partition device (`/dev/sda`, `/dev/nvme0n1p2`, `/dev/disk/by-id/…`), not a pseudo-device such as `/dev/null`. */
export const DISK_DEVICE = /^["']?\/dev\/(?:sd[a-z]|nvme\d|hd[a-z]|vd[a-z]|xvd[a-z]|disk\d|rdisk\d|mmcblk\d|disk\/by-|mapper\/)/;

export const PERSONAL_OR_SYSTEM_START = /^["']?(?:~|\/|\/home|\/Users|\/etc|\/var|~\/(?:Documents|Desktop|Pictures|Downloads|Music|Videos|\.ssh|\.gnupg))\/?\*?["']?$/;
/** An address whose index part is `_all`, `*` or a variable followed by `*`: with the variable empty the pattern matches every index. */
/**
 * An HTTP DELETE however it is spelled: a flag (`-X DELETE`), an option (`method: "DELETE"`), a generic request's method argument
 * (`request("DELETE", url)`, `NewRequest("DELETE", …)`), a request class or enum of that method (`Net::HTTP::Delete`, `HttpMethod.Delete`, `HttpDelete`), or a client's `delete(url)`.
 */
export const SENDS_HTTP_DELETE = /(?:-X\s*|--method[= ]\s*|method\s*[:=]\s*["']?|\b(?:request|Request|NewRequest|NewRequestWithContext|fetch|open)\(\s{0,4}(?:ctx,\s{0,4})?["'`])DELETE\b|\bHTTP::Delete\b|\bHttpMethod\.Delete\b|\bnew\s+HttpDelete\(|\.delete\(\s{0,4}f?["'`][^"'`\n]{0,200}\/repos/i;
/**
 * A forge's repository itself in a URL built at run time (`repos/{full_name}`, `repos/#{owner}/#{name}`, `"…/repos/" + full`,
 * `repositories/{ws}/{slug}`), ending there: not a branch, a file or an issue inside it.
 */
export const WHOLE_REPOSITORY_PATH = /\/(?:repos|repositories)\/(?:(?:\{?\$?\{\{?[^{}\s\/]{1,100}\}\}?|#\{[^{}\s\/]{1,100}\}|%s|[\w.-]{1,100})\/){0,1}(?:\{?\$?\{\{?[^{}\s\/]{1,100}\}\}?|#\{[^{}\s\/]{1,100}\}|%s)\/?["'`]|\/(?:repos|repositories)\/["'`]\s{0,4}\+\s{0,4}[A-Za-z_][\w.]{0,100}(?:\[[^\]\n]{1,60}\])?\s{0,4}[,)]/;
export const WILDCARD_INDEX_DELETE = /(?:https?:\/\/[^\s"'\/]{1,200}|\$\{?\w{1,60}\}?)\/(?:_all|\*|\$\{?\w{1,60}\}?\*)(?=[\/?"'\s]|$)/;
export const EVERY_CLOUD_RESOURCE = /\.(?:instances|volumes|snapshots|images|buckets|tables|functions|clusters|db_instances|queues|topics|vpcs)\.all\(\)\.(?:terminate|delete|remove)\(\)/;
/** `DELETE FROM table` with no `WHERE`: every row of the table. */
/** A lifecycle expiration after at most one day (`"Expiration": {"Days": 1}`, `'Days': 0`). */
export const EXPIRES_AT_ONCE = /["']?Expiration["']?\s*:\s*\{\s*["']?Days["']?\s*:\s*[01]\s*[,}]/;
/**
 * A Cloud Storage or Azure lifecycle rule deleting objects at age zero, in either order of its parts
 * (`{"action": {"type": "Delete"}, "condition": {"age": 0}}`, `"delete": {"daysAfterModificationGreaterThan": 0}`).
 */
export const DELETES_AT_AGE_ZERO = /["']action["']\s*:\s*\{\s*["']type["']\s*:\s*["']Delete["']\s*\}\s*,\s*["']condition["']\s*:\s*\{[^{}]{0,300}?["']age["']\s*:\s*0\b|["']condition["']\s*:\s*\{[^{}]{0,300}?["']age["']\s*:\s*0\b[^{}]{0,300}\}\s*,\s*["']action["']\s*:\s*\{\s*["']type["']\s*:\s*["']Delete["']|["']delete["']\s*:\s*\{\s*["']daysAfter(?:Modification|Creation|LastAccessTime)GreaterThan["']\s*:\s*0\b/;
/** The value a lifecycle rule's expiry age is given (`"Expiration": {"Days": keep}`), up to the next field. */
export const EXPIRY_AGE = /["']?Expiration["']?\s{0,4}:\s{0,4}\{\s{0,4}["']?Days["']?\s{0,4}:\s{0,4}([^{}\n]{1,160})/;
/** A value that falls back to 0 or 1 when nothing is set (`get("days", 1)`, `?? 1`, `|| 0`, `or 0`, `${DAYS:-1}`), as the last thing it does. */
export const FALLS_BACK_TO_A_DAY_OR_NONE = /(?:,|\?\?|\|\||\bor|:-)\s{0,4}["']?[01]["']?\s{0,4}[)}\]]{0,4}$/;
/** A lifecycle rule scoped to a prefix that is not empty (`"Prefix": "tmp/"`, `"matchesPrefix": ["tmp/"]`, `"prefixMatch": ["logs/"]`). */
export const SCOPED_BY_PREFIX = /["']?(?:Prefix|prefixMatch)["']?\s*:\s*\[?\s*["'][^"'\s]/;
/** A table dropped by a database client (`-e "DROP TABLE customers"`), with its rows. */
export const DROPS_TABLE = /\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?[\w."`[\]]{1,200}/i;
export const DELETES_EVERY_ROW = /\bDELETE\s+FROM\s+[\w."`[\]]{1,200}\s*(?:;|["'`)]|\\n|$)/im;
/**
 * SQL `TRUNCATE [TABLE] name`: with the keyword TABLE, or a bare name that ends the statement. An English
 * sentence in a help text ("Truncate training set to N samples") goes on after the name.
 */
export const TRUNCATES_TABLE = /\bTRUNCATE\s+TABLE\s+(?:[\w."]|[#$]\{)|\bTRUNCATE\s+(?:ONLY\s+)?[\w."]{1,200}(?=\s*(?:[;,"'`)\n]|$)|\s+(?:CASCADE|RESTART|CONTINUE)\b)/i;
export const OPENS_FOR_WRITING = /OpenOptions::new\(\)[^;\n]{0,200}\.write\(true\)(?![^;\n]{0,200}\.append\(true\))|\bFileOutputStream\(|\bOpenFile\([^\n]{0,200}O_(?:WRONLY|RDWR)|\b(?:fopen|open)\([^\n]{0,200},\s*["'](?:w|wb|r\+|r\+b|rb\+)["']|FileAccess\.(?:Write|ReadWrite)|\bO_(?:WRONLY|RDWR)\b/;
/** A filter that keeps what its pattern does not match (`grep -v`, `grep -vxFf`, `comm -23`), with what follows it up to the next pipe. */
export const EXCLUDING_FILTER = /\b(?:grep\s(?:[^|\n]{0,200}?\s)?-[A-Za-z]{0,6}v[A-Za-z]{0,6}|comm\s+-[123]{1,2})\b[^|\n]{0,300}/g;
/** `git reflog expire --expire=now` (or its unreachable entries) in a command line or an argument list: the reflog's way back is cut. */
export const EXPIRES_REFLOG_NOW = /\breflog["',\s]{1,6}expire\b[^\n;]{0,200}--expire(?:-unreachable)?[= ]["']?(?:now|all|0)\b/;

/** `git gc --prune=now`, `git prune --expire now`: unreachable objects deleted without the usual grace period. */
export const PRUNES_UNREACHABLE_NOW = /\bgc\b[^\n;]{0,200}--prune[= ]["']?(?:now|all)\b|\bgit["',\s]{1,6}prune\b[^\n;]{0,200}--expire[= ]["']?(?:now|0)\b/;
/** Stashes dropped or the working tree overwritten, in a command line or an argument list (`"reset", "--hard"`). */
export const THROWS_AWAY_WORK = /\bstash["',\s]{1,6}clear\b|\breset["',\s]{1,6}(?:-q["',\s]{1,6})?--hard\b|\bcheckout["',\s]{1,6}(?:-f|--force)\b/;
/**
 * A history rewrite whose removed content the reflog would otherwise keep (`git filter-repo`, `git filter-branch`, BFG),
 * on a line that runs it: a message naming the tool, or its report-only `--analyze`, rewrites nothing.
 */
export const REWRITES_HISTORY = /^(?![^\n]{0,300}\b(?:echo|printf|print|puts|console\.\w{1,10}|log(?:ger)?|Write-\w{1,10})\b)(?![^\n]{0,300}--analyze\b)[^\n]{0,300}?(?:\bfilter-(?:repo|branch)\b|\bbfg\b)/im;
/** A DNS record deleted through a provider's API or CLI (`DELETE …/dns_records/{id}`, `ChangeResourceRecordSets` with `DELETE`, `gcloud dns record-sets delete`). */
export const DELETES_DNS_RECORD = /(?:\.delete\(|["']DELETE["']|-X\s{0,4}DELETE\b|--request[= ]DELETE\b)[^\n]{0,300}(?:\/dns_records\/|\/domains\/[^\s"'`]{0,120}\/records\/|\/rrsets\/)|(?:\/dns_records\/|\/domains\/[^\s"'`]{0,120}\/records\/|\/rrsets\/)[^\n]{0,300}\bmethod["']?\s{0,4}:\s{0,4}["']DELETE["']|\bdns\s+record-sets\s+delete\b|\.(?:delete_dns_record|deleteDnsRecord|delete_record|deleteRecord)\(|\bAction["']?\s{0,4}[:=]\s{0,4}["']DELETE["'][^\n]{0,300}ResourceRecordSet/;
/** A web request or connection to a host that is entirely a value (`requests.get(f"https://{name}")`, `curl "https://$host"`): a record's name probed. */
export const PROBES_NAMED_HOST = /\b(?:requests|httpx|session|client)\.(?:get|head)\(\s{0,4}f["']https?:\/\/\{[^}\n]{1,80}\}["'\/]|\bfetch\(\s{0,4}`https?:\/\/\$\{[^}\n]{1,80}\}[`\/]|\burlopen\(\s{0,4}f["']https?:\/\/\{|\bcurl\b[^\n|]{0,200}["']https?:\/\/\$(?:\w{1,60}|\{\w{1,60}[^}\n]{0,20}\})["'\/]/;
/** An action taken only when a check fails (`if not alive(x):`, `if (!(await up(x)))`, `curl … || delete`). */
export const UNLESS_IT_ANSWERS = /\bif\s+not\s+\w{1,60}\(|\bif\s{0,4}\(\s{0,4}!\s{0,4}\(?\s{0,4}(?:await\s+)?\w{1,60}\(|\bcurl\b[^\n]{0,300}\|\|/;
export const DISCARDS_WORK = /\breset\s+(?:-q\s+)?--hard\b|\bclean\s+-\w{0,6}(?:f\w{0,6}[dx]|[dx]\w{0,6}f)/;
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
export const BACKUP_FOLDER = /["'][^"'\n]{0,200}\/[Bb]ackups?(?:["'\/]|$)/;
export const KEEPS_NONE_BY_DEFAULT = /\$ENV\{\w{1,60}\}\s*(?:\/\/|\|\|)\s*0\b|\benviron\.get\(\s*["']\w{1,60}["']\s*,\s*["']?0["']?\s*\)|\$\{\w{1,60}:-0\}|\bENV\.fetch\(\s*["']\w{1,60}["']\s*,\s*["']?0["']?\s*\)|\bgetenv\(\s*["']\w{1,60}["']\s*\)\s*(?:or|\|\||\?\?)\s*["']?0\b/;

export const TRUNCATING_OPEN = /\bopen\s*\(\s*(?:my\s+)?\$?\w{1,60}\s*,\s*["']\+?>["']|\bopen\s*\(\s*[\w.$]{1,60}(?:\([^()\n]{0,200}\))?\s*,\s*["']w\+?b?["']|\.truncate\(\s*0?\s*\)|\b[Tt]runcate\s*\(\s*[\w$]|\bos\.Create\(\s*\w|\bO_TRUNC\b/;
/** A walk over a folder tree, file by file. */
export const FILE_WALK = /\bFile::Find\b|\bpopen\(\s*["']find\s|\bfind\s*\(\s*(?:sub\b|\\&)|\bos\.walk\(|\bFind\.find\(|\.rglob\(|\bwalkSync\(|\bfilepath\.Walk(?:Dir)?\(/;
/** A call whose name says it deletes (`rmtree`, `rm_rf`, `RemoveAll`, `rmSync`, Gradle's `delete`, a helper named `nuke`): its first argument is what goes. */
export const DELETING_CALL = /\b(?:rmtree|rm_rf|rm_r|rmSync|rm|rmdir|RemoveAll|remove_dir_all|remove_tree|deleteRecursively|deleteDirectory|delete|remove|purge|wipe|nuke|erase)\s*\(/gi;
/** Folders a skill works in or beside: the project or repository root, the working folder, an application's per-user data folder. */
export const FOLDER_ANCHOR = /\b(?:__dir__|__dirname|__FILE__|projectDir|rootDir|rootProject|project_?root|PROJECT_(?:ROOT|DIR)|repo_?root|GITHUB_WORKSPACE|CLAUDE_PROJECT_DIR|getcwd|cwd|Getwd|pwd|stdpath|XDG_[A-Z]{1,10}_HOME|LOCALAPPDATA|APPDATA|user_(?:data|config|cache)_dir)\b/i;
/** A path call that takes a folder's parent when it spans the whole expression (`dirname(…)`, `filepath.Dir(…)`, `fnamemodify(…, ':h')`, `path.resolve(…, '..')`). */
export const PARENT_CALL = /^(?:[\w$]{1,40}[.:]){0,4}(dirname|Dir|GetDirectoryName|GetParent|fnamemodify|resolve|join|Join|Combine)\s*\(/;
/** A listing of every entry of a folder at the end of an expression, at most less one item (`.listFiles()?.filter { it != rootDir }`). */
export const EVERY_ENTRY_LISTED = /(?:\?|!!)?\.(?:listFiles|listDirectoryEntries|list)\(\s{0,4}\)(?:(?:\?|!!)?\.filter\s{0,4}\{\s{0,4}it\s{0,4}!==?\s{0,4}[\w.]{1,80}\s{0,4}\})?$/;
/** A path call joining a folder with one more name (`path.join(dir, entry)`, `os.path.join(dir, entry)`, `require("path").join(…)`). */
export const JOIN_CALL = /^(?:[\w$]{1,40}[.:]){0,4}(?:join|Join|resolve|Combine)\s*\(/;
/** A module required in place (`require("path").dirname(…)`): the call is the module's, as when it is bound to a name. */
export const REQUIRED_MODULE = /\brequire\(\s{0,4}["'](?:node:)?([\w\/]{1,20})["']\s{0,4}\)\./g;
/** A parent step at the end of an expression (`.parentFile`, `.parent`, `.getParent()`, `.Parent`, `+ "/.."`). */
export const PARENT_STEP_AT_END = /(?:\.parentFile|\.parent|\.getParent(?:File)?\(\)|\.Parent|[\/\\]\.\.["']?)$/;
/** A name added below a folder (`join(…)`, `resolve("x")`, `/ "x"`, `.. "/x"`, `+ "/x"`): the path no longer names the folder itself. */
export const DESCENDS = /\b(?:join|Join|resolve|Combine|child|file)\s*\(|["'][\/\\]|[\/\\]["']|\+\s*["']/;

/** A sign that a path starts at the user's home folder. */
export const HOME_FOLDER = /\bDir\.home\b|\bexpanduser\(|\bos\.homedir\(\)|\bUserHomeDir\(\)|\$HOME\b|\bENV\[["']HOME["']\]|\bgetenv\(\s*["']HOME["']\s*\)|\bPath\.home\(\)|["']~\//;

/** Whether a path expression from the home folder names the SSH or GnuPG folder itself, or a glob of everything in it, rather than one file there. */
export function namesKeyFolderWhole(expression: string): boolean {
  if (!HOME_FOLDER.test(expression)) return false;
  const literals = [...expression.matchAll(/["']([^"'\n]{0,200})["']/g)].map((match) => match[1]!);
  const folder = literals.findIndex((literal) => /^(?:~\/)?\.(?:ssh|gnupg)(?:\/\*?)?$/.test(literal));
  return folder >= 0 && literals.slice(folder + 1).every((literal) => /^\/?\*$/.test(literal));
}

/** Where the argument that starts at `from` ends: the first comma (when `atComma`) or closing parenthesis outside brackets and quotes; -1 if none. */
export function argumentEnd(text: string, from: number, atComma: boolean): number {
  let depth = 0;
  let quote = '';
  const end = Math.min(text.length, from + 400);
  for (let index = from; index < end; index++) {
    const char = text[index]!;
    if (quote) { if (char === quote) quote = ''; continue; }
    if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') { if (depth === 0) return index; depth--; }
    else if (char === ',' && depth === 0 && atComma) return index;
  }
  return -1;
}

/** The first argument of a call whose `(` ends just before `from`. */
export function firstArgument(text: string, from: number): string {
  const end = argumentEnd(text, from, true);
  return end < 0 ? '' : text.slice(from, end).trim();
}

/**
 * Whether a path expression names the folder above an anchor (project root, working folder, application data folder) and nothing
 * below it: a parent step taken last, or a parent call spanning the whole expression with the anchor inside and no name added.
 * Such a folder holds the user's other projects or every application's data, not what a clean-up of the anchor owns.
 */
export function climbsAboveAnchor(path: string): boolean {
  // Every entry of that folder (`rootDir.parentFile.listFiles()`, less the project itself) is everything beside the project.
  const expression = path.replace(REQUIRED_MODULE, '$1.').replace(EVERY_ENTRY_LISTED, '');
  if (!FOLDER_ANCHOR.test(expression)) return false;
  if (PARENT_STEP_AT_END.test(expression)) return !DESCENDS.test(expression.replace(/(?:[\/\\]\.\.){1,8}["']?$/, ''));
  const call = PARENT_CALL.exec(expression);
  if (call === null || argumentEnd(expression, call[0].length, false) !== expression.length - 1) return false;
  const inner = expression.slice(call[0].length, -1);
  const kind = call[1]!;
  if (kind === 'fnamemodify') return /["'](?::p)?:h/.test(inner) && !DESCENDS.test(inner);
  if (/^(?:resolve|join|Join|Combine)$/.test(kind)) return /,\s*["']\.\.["']\s*$/.test(inner) && !DESCENDS.test(inner.replace(/,\s*["']\.\.["']\s*$/, ''));
  return !DESCENDS.test(inner);
}
/** A system or home folder named as a root (a bare "/" is too common a string to count): where a walk that empties files destroys data nobody can restore. */
export const SYSTEM_DATA_ROOT = /["'](?:\/var\/lib|\/var|\/etc|\/home|\/Users|\/root|\/opt|\/usr)\/?["']|\bexpanduser\(\s*["']~\/?["']\s*\)|\bPath\.home\(\)|\$ENV\{HOME\}|\bDir\.home\b|\bos\.homedir\(\)|\bos\.UserHomeDir\(\)|\bos\.[Gg]etenv\(\s*["']HOME["']\s*\)|(?<![=!<>])(?::=|=)\s*["']\/["']/;

/** A listing of every branch of a repository or its remote, with no filter to merged branches or to a pattern. */
export const LISTS_REMOTE_BRANCHES = /\bgit\s+(?:for-each-ref\b(?![^\n|;]{0,300}--(?:merged|contains|points-at)\b)[^\n|;]{0,300}\brefs\/(?:remotes|heads|tags)(?:\/[\w.${}-]{1,100})?\/?(?=[\s)"'`;]|$)|branch\s+(?:-r|--remotes|-a|--all)\b(?![^\n|;]{0,300}--(?:merged|contains|points-at)\b)|ls-remote\s+(?:--heads|-h|--branches|--tags|-t)\b|tag(?:\s+(?:-l|--list))?\s*(?=[)|;`]|$))(?![^\n;]{0,300}\|\s*(?:grep|egrep|rg)\s+(?!-\w*v))/;

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

/** The bodies of such functions (braces counted, each body at most a few thousand characters), with where each starts. */
export function passwordPrompterBodies(text: string): Array<{ start: number; body: string }> {
  const bodies: Array<{ start: number; body: string }> = [];
  PASSWORD_PROMPTER.lastIndex = 0;
  for (let match = PASSWORD_PROMPTER.exec(text); match && bodies.length < 10; match = PASSWORD_PROMPTER.exec(text)) {
    const open = match.index + match[0].length;
    let depth = 1;
    let end = open;
    while (end < text.length && end < open + 4000 && depth > 0) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}') depth--;
      end++;
    }
    bodies.push({ start: match.index + match[0].search(/\S/), body: text.slice(open, end) });
    PASSWORD_PROMPTER.lastIndex = end;
  }
  return bodies;
}

/** `DROP TABLE` of a name filled in at run time (`%I`, `' || name`, `', @list)`), not one written out. */
export const DROPS_NAMED_TABLE = /\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:\\?["'`[])?(?:[\w."]{0,100}%[IsL]|["']\s*(?:\|\||,|\+|\))|\$\{?\w|@\w|:["']?\w|\{\{?\$?\{?\w)/i;

/** Folders every account of the machine can read. */
export const SHARED_FOLDER = /^["']?(?:\/tmp|\/var\/tmp|\/dev\/shm|\/private\/tmp)\//;

/** A database's own list of its tables. */
/** A database dropped by a name held in a variable (`dropdb "$db"`, `DROP DATABASE ${name}`, `client.drop_database(name)`); group 1 is the name. */
/** A collection kept to the items whose name matches (`.select { |n| n.start_with?("tmp_") }`, `.grep(/^test_/)`, `.filter((n) => n == x)`). */
export const FILTERED_BY_NAME = /\.(?:select|filter|find_all|grep)\b[^\n]{0,200}?(?:\bstart_with\?|\bend_with\?|\bmatch\?|\binclude\?|=~|==|\(\s{0,4}\/)/;
/** A catalog query that keeps only names matching a pattern with a literal start (`WHERE datname LIKE 'ci_%'`, `~ '^test_'`, `SHOW DATABASES LIKE 'it\_%'`), not every name or those that do not match. */
export const QUERY_KEEPS_NAMED = /(?<!\bNOT\s{1,4}|!)(?:\bI?LIKE|~\*?|\bSIMILAR\s+TO|\bREGEXP|\bRLIKE|\bGLOB)\s{0,4}E?\\?['"]\^?[A-Za-z0-9]/i;
/** A test every name passes: a pattern of only anchors and wildcards (`=~ /./`, `.grep(/^/)`) or an empty string (`include?("")`). */
export const MATCHES_EVERY_NAME = /(?:=~\s{0,4}|\bmatch\?\(\s{0,4}|\.grep\(\s{0,4})\/(?:\^|\$|\.[*+?]?|\\[wWsSdD][*+?]?){0,3}\/|\b(?:include|start_with|end_with)\?\(?\s{0,4}(["'])\1/;

/** A query that adds rows beside its pattern (`… LIKE 'ci_%' OR 1=1`, `… UNION SELECT datname …`): the pattern no longer keeps the listing to its names. */
export const QUERY_WIDENED = /\b(?:OR|UNION)\s/i;

/**
 * A catalog query whose pattern opens with a name the program fills in and goes on with a literal word before it closes
 * (`datname ~ '^${PREFIX}_test_[0-9]+$'`, `LIKE '{prefix}_ci_%'`): whatever the name holds, only names with that word
 * match. No alternation or group, which could make the word optional.
 */
export const QUERY_KEEPS_NAMED_AFTER_VARIABLE = /(?<!\bNOT\s{1,4}|!)(?:\bI?LIKE|~\*?|\bSIMILAR\s+TO|\bREGEXP|\bRLIKE|\bGLOB)\s{0,4}E?\\?['"]\^?(?:\$(?:\{[A-Za-z_]\w{0,60}\}|[A-Za-z_]\w{0,60}\b)|#\{[A-Za-z_]\w{0,60}\}|\{[A-Za-z_]\w{0,60}\}|%s)[^'"\n|()]{0,40}?[A-Za-z]{2}[^'"\n|()]{0,60}\\?['"]/i;

/** A shell variable followed at once by a wildcard (`logs-$day*`, `${stamp}*`); group 1 is its name. */
export const VARIABLE_BEFORE_WILDCARD = /\$\{?([A-Za-z_]\w{0,60})\}?\*/g;
/** A shell assignment from a command substitution that throws its errors away (`d=$(date … 2>/dev/null)`) and gives no fallback or stop (`|| exit`). */
export const SILENCED_SUBSTITUTION = /^[A-Za-z_]\w{0,60}=["']?\$\((?![^\n]{0,300}\|\|)[^\n]{0,300}2>\s{0,2}\/dev\/null[^\n]{0,100}$/;
/** A shell program that stops when a command fails (`set -e`, `set -euo pipefail`, `set -o errexit`). */
export const STOPS_ON_FAILURE = /\bset\s+(?:-[a-df-z]{0,4}e[a-z]{0,4}\b|-o\s+errexit\b)/;
/** A list entry every name matches: `*`, `**`, `_all`, `.*` (or `^.*$`), `%`, quoted or not. */
export const MATCH_ALL_ENTRY = /^["']?(?:\*{1,2}|_all|\^?\.\*\$?|%)["']?$/;

/**
 * Whether the list under `key` in a YAML, JSON or TOML settings text has an entry every name matches (`- "*"` under
 * `delete:`, `"patterns": ["logs-*", "*"]`, `purge = ["_all"]`). Entries of other keys do not count.
 */
export function listHoldsMatchAllEntry(content: string, key: string): boolean {
  const text = content.slice(0, 65_536);
  const name = escapeName(key);
  const block = new RegExp(String.raw`^[ \t]{0,20}["']?${name}["']?[ \t]{0,4}:[ \t]{0,4}(?:#[^\n]{0,300})?\n((?:[ \t]{0,20}(?:-[^\n]{0,300}|#[^\n]{0,300})?\n){0,200})`, 'm').exec(text)?.[1] ?? '';
  const entries = [...block.matchAll(/^[ \t]{0,20}-[ \t]{1,4}([^#\n]{1,200})/gm)].map((entry) => entry[1]!.trim());
  const inline = new RegExp(String.raw`(?:^|[\s{,])["']?${name}["']?[ \t]{0,4}[:=][ \t]{0,4}\[([^\]]{0,4000})\]`, 'm').exec(text)?.[1] ?? '';
  entries.push(...inline.split(',').map((entry) => entry.replace(/#[^\n]*/g, '').trim()));
  return entries.some((entry) => MATCH_ALL_ENTRY.test(entry));
}

export function filteredByName(text: string): boolean {
  return (FILTERED_BY_NAME.test(text) || ((QUERY_KEEPS_NAMED.test(text) || QUERY_KEEPS_NAMED_AFTER_VARIABLE.test(text)) && !QUERY_WIDENED.test(text))) && !MATCHES_EVERY_NAME.test(text);
}

/** A database handle taken by a name and dropped (`client.use(name).database.drop`, `db.getSiblingDB(name).dropDatabase()`). */
export const STORE_OF_NAME_DROPPED = /\b(?:use|getSiblingDB|get_database|getDatabase|database|Database)\(\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\)(?:\.database)?\.(?:drop|dropDatabase|Drop)\b/;
export const DROPS_DATABASE_BY_NAME = /\bdropdb\b[^\n;|&]{0,200}?\s["']?\$\{?([A-Za-z_]\w{0,60})|\bDROP\s+DATABASE\s+(?:IF\s+EXISTS\s+)?(?:\\?["'`[])?(?:\$\{?|#\{|\{)([A-Za-z_]\w{0,60})|\.?\bdrop_?[Dd]atabase\(\s*([A-Za-z_]\w{0,60})\s*[,)]/;
/** A recursive `rm`, as a command or as the text of one handed to another shell (`adb shell "rm -rf …"`). */
export const RECURSIVE_RM_COMMAND = /(?:^|[\s"'`;(])rm\s+(?:-\w+\s+){0,3}-\w*[rR]|(?:^|[\s"'`;(])rm\s+(?:-\w+\s+){0,3}--recursive\b/;
/** The shared storage of an Android device, whole or one of its media folders whole (`/sdcard/*`, `/storage/emulated/0/DCIM`). */
export const DEVICE_SHARED_STORAGE = /(?:^|[\s"'=])\/(?:sdcard|mnt\/sdcard|storage\/emulated\/(?:\d{1,3}|\$\{?\w{1,40}\}?)|storage\/self\/primary)(?:\/(?:DCIM|Pictures|Download|Documents|Movies|Music))?(?:\/(?:\.\[!\.\]|\.)?\*)?\/?(?=["'\s,;)\]]|$)/;
/** An app's data cleared or the app removed by a name held in a variable (`pm clear "$p"`, `adb uninstall $app`); group 1 is the name. */
export const CLEARS_APP_BY_NAME = /\b(?:pm\s+clear|(?:adb|pm)\s+(?:-s\s+\S{1,100}\s+)?uninstall)\s+(?:--user\s+\S{1,20}\s+)?["']?\$\{?([A-Za-z_]\w{0,60})/;
/** A listing of the apps installed on a device. */
export const PACKAGE_LISTING = /\blist\s+packages\b/;
/** A table dropped by a name held in a variable through an ORM or query builder (`drop_table(t)`, `dropTableIfExists(r.table_name)`); group 1 is the name. */
export const DROPS_TABLE_BY_NAME = /\b(?:drop_table|dropTable(?:IfExists)?|drop_table_if_exists)\s*\(?\s*([A-Za-z_$][\w$]{0,60})(?:\.\w{1,60})?\s*[,)\n]/;
/** The server's own list of its databases. */
export const DATABASE_CATALOG = /\bpg_database\b|\bSHOW\s+DATABASES\b|\bsys\.databases\b|\blist_database_names\b|\blistDatabases?\b|\bpsql\s+(?:-\w+\s+){0,4}-\w*l\w*\b|\bdatabase_names\b/i;
/** A listing of every table, from the catalog or through an ORM (`connection.tables`, `inspector.get_table_names()`, `metadata.sorted_tables`). */
export const EVERY_TABLE_LISTING = /\b(?:pg_tables|pg_class|information_schema\.tables|sqlite_master|sqlite_schema|sys\.tables|all_tables|user_tables)\b|\bSHOW\s+TABLES\b|\.(?:tables|data_sources)(?:\(\))?\s*(?:\.(?:select|filter|find_all|grep)\s{0,4}(?:\{[^}\n]{0,200}\}|\([^)\n]{0,200}\)))?\.each\b|\bconnection\.(?:tables|data_sources)\b|\bget_table_names\(|\bsorted_tables\b|\blistTables\(|\bgetTableNames\(/i;
/** A line that opens or configures a database connection. */
export const DATABASE_CONNECTION = /\b(?:establish_connection|create_engine|create_async_engine|connect|createConnection|createPool|Sequelize|knex|PrismaClient|DriverManager\.getConnection)\b|\b\w{0,30}(?:DATABASE|DB|PG|POSTGRES|MYSQL)_?(?:URL|URI|DSN|NAME)\b/;
export const TABLE_CATALOG = /\b(?:pg_tables|pg_class|information_schema\.tables|sqlite_master|sqlite_schema|sys\.tables|all_tables|user_tables)\b|\bSHOW\s+TABLES\b/i;

/** Python code choosing files by name or type: an extension, a pattern, a fixed name. */
export const CHOOSES_BY_NAME = /\.endswith\(|\.startswith\(|\bfnmatch\b|\.suffix(?:es)?\b|\bsplitext\(|\bre\.(?:search|match|fullmatch)\(|\.match\(|\.r?glob\(\s*["'](?!\*\*?(?:\/\*)?["'])|[!=]=\s*["']|\bin\s+\{\s*["']/;

/** Values of a data file: quoted strings (a key is one followed by `:`), and what follows `=` or `:` at the start of a line. */
export const QUOTED_VALUE = /"((?:[^"\\\n]|\\.){0,400})"([ \t]*:)?/g;
export const LIST_LINE = /^[ \t]*([^\s#][^\n]{0,399})$/gm;
export const LINE_VALUE = /^[ \t]*(?:[\w.-]{1,100}[ \t]*[=:]|-)[ \t]*["']?([^\s"'#,{[\]}]{1,400})/gm;

/**
 * The shell commands an awk program runs (`system(…)`, `… | getline`, `print … | "…"`), with string
 * variables assigned in the program substituted and awk's juxtaposition concatenation folded.
 */
export function awkCommands(whole: string): string[] {
  // Real awk one-liners are short; the cap keeps the bounded backtracking below cheap on hostile input.
  const program = whole.slice(0, 4000);
  const strings = new Map<string, string>();
  for (const match of program.matchAll(/\b([A-Za-z_]\w{0,40})\s*=\s*"((?:[^"\\\n]|\\.){0,400})"/g)) strings.set(match[1]!, match[2]!);
  const fold = (expression: string): string | null => {
    let out = '';
    for (const token of expression.matchAll(/"((?:[^"\\\n]|\\.){0,400})"|([A-Za-z_]\w{0,40})|(\S)/g)) {
      if (token[1] !== undefined) out += token[1];
      else if (token[2] !== undefined && strings.has(token[2])) out += strings.get(token[2]);
      else return null;
    }
    return out.replace(/\\(.)/g, '$1');
  };
  const commands: string[] = [];
  for (const match of program.matchAll(/\bsystem\s*\(([^()]{1,800})\)|(?:^|[;{(\s])((?:"(?:[^"\\\n]|\\.){0,400}"|[A-Za-z_]\w{0,40})(?:\s+(?:"(?:[^"\\\n]|\\.){0,400}"|[A-Za-z_]\w{0,40})){0,20})\s*\|\s*getline\b|\|\s*((?:"(?:[^"\\\n]|\\.){0,400}"|[A-Za-z_]\w{0,40})(?:\s+(?:"(?:[^"\\\n]|\\.){0,400}"|[A-Za-z_]\w{0,40})){0,20})\s*[;}\n]/g)) {
    const command = fold((match[1] ?? match[2] ?? match[3])!);
    if (command && /[a-z]/i.test(command) && commands.length < 20) commands.push(command);
  }
  return commands;
}

/** Why a deletion target (after resolution) is dangerous, or null. */
/**
 * A path whose last part is a setting with an empty fallback (`join(dir, pkg.outDir ?? "")`, `base / cfg.get("out", "")`,
 * `"$dir/$(jq -r '.out // ""' …)"`, `"$dir/${OUT:-}"`): with the setting missing, the delete takes the folder it was joined to.
 */
export const EMPTY_FALLBACK_AT_END = /(?:\?\?|\|\||\bor)\s{0,4}(["'`])\1\s{0,4}\)?\s*$|\.get\(\s{0,4}["'][^"'\n]{1,60}["']\s{0,4},\s{0,4}(["'])\2\s{0,4}\)\s{0,4}\)?\s*$|\$\(\s{0,4}jq\b[^()\n]{0,200}\/\/\s{0,4}(?:""|empty\b)[^()\n]{0,200}\)["']?\s*$|\/["']?\$\{\w{1,60}:-\}["']?\s*$/;
/** A path that climbs with `..` from a value and then names only a glob of what is there (`"$dir/.."/*`, `~/.tool /../.[!.]*`): every entry beside the folder goes. */
export const CLIMBS_THEN_GLOBS = /[\w"'.~}\s][\\/]\.\.(?:[\\/]\.\.){0,6}["']?[\\/](?:\.\[!\.\]|\.\?\?|\.)?\*["']?$/;
/** .NET's recursive folder delete (`[System.IO.Directory]::Delete(path, $true)`), capturing the path. */
export const DOTNET_RECURSIVE_DELETE = /\[(?:System\.)?IO\.Directory\]::Delete\(\s{0,4}(\([^()\n]{0,200}\)|[^,()\n]{1,200})\s{0,4},\s{0,4}\$true\s{0,4}\)/gi;

export const HOME_EXPRESSION = /\$env:USERPROFILE\b|\$\{?HOME\}?|\bhomedir\(\)|\bPath\.home\(\)|\bexpanduser\(\s{0,4}["']~\/?["']\s{0,4}\)|\bos\.environ\[\s{0,4}["'](?:HOME|USERPROFILE)["']\s{0,4}\]|\b(?:environ\.get|getenv)\(\s{0,4}["'](?:HOME|USERPROFILE)["']\s{0,4}\)|\bprocess\.env\.(?:HOME|USERPROFILE)\b/g;
export function dangerousTarget(target: string, language: string, written = ''): string | null {
  const resolved = plainPath(language === 'powershell' ? joinedPowerShellPath(target) : target);
  const text = ` ${resolved} `;
  if (/\/var\/log\/?\*?(?=["'\s)]|$)/.test(text)) return 'logs';
  // (Also the store of Windows File History, the user's own backup of their files.)
  if (/(?:^|[\s"'\/\\])(?:backups?|Backups?|FileHistory)(?=[\s"'\/\\]|$)/.test(text)) return 'backups';
  if (!namesEntryUnderHome(text, HOME_EXPRESSION) && /(?:\$env:(?:USERPROFILE|HOMEDRIVE|APPDATA|LOCALAPPDATA|OneDrive)|\[(?:System\.)?Environment\]::GetFolderPath\(\s*["']?(?:\[(?:System\.)?Environment\+SpecialFolder\]::)?(?:MyDocuments|Personal|Desktop|DesktopDirectory|MyPictures|MyMusic|MyVideos|UserProfile)["']?\s*\)|\$HOME|\$\{HOME\}|(?:^|[\s"'(])~|\bhomedir\(\)|Path\.home\(\)|expanduser\(\s*["']~\/?["']\s*\)|\bos\.environ\[\s*["'](?:HOME|USERPROFILE)["']\s*\]|\bos\.(?:environ\.get|getenv)\(\s*["'](?:HOME|USERPROFILE)["']\s*\)|\bprocess\.env(?:\.(?:HOME|USERPROFILE)\b|\[\s*["'](?:HOME|USERPROFILE)["']\s*\])|\bENV\[\s*["']HOME["']\s*\])(?:["'\s,)]*[\\/]?\s*["']?(?:Documents|Desktop|Pictures|Downloads|Music|Videos|\.ssh|\.gnupg|OneDrive)["']?)?\)*\s*["']?(?:[\\/]\*?)?["']?(?=[\s),\]]|$)/.test(text)) return 'deletes the user\'s home folder or personal folders recursively';
  if (/(?:environ\.get|getenv)\(\s*["'][^"']{1,100}["']\s*,\s*["'](?:\/|~|[A-Za-z]:\\?)?["']\s*\)|process\.env\.\w+\s*(?:\?\?|\|\|)\s*["'](?:\/|~|)["']/.test(text)) return 'deletes recursively from a variable that falls back to the root, the home folder or the current folder when unset';
  // A path of only an environment variable and a slash is the root when the variable is unset (a template reads as `{${…}}/`).
  if (/^\s*[`{]\$\{\s*process\.env(?:\.\w+|\[\s*["']\w+["']\s*\])\s*\}[`}]?\/\*?`?\s*$|^\s*process\.env(?:\.\w+|\[\s*["']\w+["']\s*\])\s*\+\s*["']\/\*?["']\s*$|^\s*f["']\{\s*os\.(?:environ\.get\(\s*["']\w+["']\s*(?:,\s*["']["']\s*)?\)|getenv\(\s*["']\w+["']\s*(?:,\s*["']["']\s*)?\))\s*\}\/\*?["']\s*$/.test(resolved)) return 'deletes recursively from an environment variable followed by `/`; if the variable is unset this deletes from the root of the file system';
  // A slash between values filled in from variables is the root only when nothing but a glob follows it in the same path
  // (`"$ROOT/${NAME}.app"` with both set ends in a name: never the root).
  if (/["']\/\*?["']/.test(text) || (language === 'bash' && /\s\/[\s"'*]*$/.test(text)) || /^\s*\/\*?\s*$/.test(resolved)) return 'deletes from the root of the file system';
  if (/(?:^|[\s"'])[A-Za-z]:[\\/]?(?:Users[\\/]?)?\*?["']?(?=[\s),]|$)|\$env:(?:SystemDrive|SystemRoot|windir|ProgramFiles|ProgramData)[\\/]?\*?["']?(?=[\s),]|$)/i.test(text)) return 'deletes a whole drive or every user\'s folder';
  // Every entry a listing of the home folder returns (`for e of readdirSync(homedir())` … `rmSync(join(homedir(), e))`).
  const both = `${written} ${text}`;
  if (/\b(?:readdirSync|readdir|listdir|iterdir|scandir|glob|Get-ChildItem)\b/.test(both) && /\bhomedir\(\)|\bPath\.home\(\)|expanduser\(\s*["']~\/?["']\s*\)|\$HOME\b|\$env:USERPROFILE/.test(both) && !/\.(?:cache|tmp)\b|node_modules|__pycache__|\.pyc\b/.test(both)) return 'deletes every entry of the home folder';
  if (EMPTY_FALLBACK_AT_END.test(resolved.trimEnd())) return 'deletes a folder joined with a setting that falls back to empty, so when the setting is missing the whole folder it is joined to goes';
  if (/["']\.\.["']\s*\)|[\w"'.][\\/]\.\.(?:[\\/]\*?)?["']?\s*$/.test(text.trimEnd()) || CLIMBS_THEN_GLOBS.test(text.trimEnd())) return 'climbs out of its folder with `..` and deletes what is above it';
  return null;
}

/** `find … -name '*.gz' -delete`: every name test picks rotated or compressed copies (`*.gz`, `*.1`, `*.old`), not the live logs. */
export function onlyRotatedLogs(args: readonly string[]): boolean {
  const names = args.flatMap((arg, index) => (/^-i?name$/.test(args[index - 1] ?? '') ? [arg.replace(/^["']|["']$/g, '')] : []));
  return names.length > 0 && args.filter((arg) => /^-i?name$/.test(arg)).length === names.length && !args.includes('-o') && names.every((name) => /\.(?:gz|bz2|xz|zst|old|bak|\d{1,3}|\d{1,3}\.gz)$/i.test(name) && name !== '*');
}

/**
 * A path expression with its disguises undone: a member name spelled in pieces (`os["home" + "dir"]()` reads
 * `os.homedir()`), and a folder followed by `..` (`join(home, ".cache", "..")` is `join(home)`).
 */
export function plainPath(expression: string): string {
  if (!expression.includes('[') && !expression.includes('..')) return expression;
  return expression
    .replace(/\[\s*(["'])(\w{1,40})\1\s*\+\s*(["'])(\w{1,40})\3\s*\]/g, '.$2$4')
    .replace(/\[\s*(["'])(\w{1,40})\1\s*\]\s*\(/g, '.$2(')
    .replace(/,\s*(["'])[^"'\/\n.][^"'\/\n]{0,100}\1\s*,\s*(["'])\.\.\2/g, '');
}

/** A code line (not a comment) that makes a Ruby file a test suite: an RSpec spec, a Minitest or Active Support test case. */
export const SPEC_SUITE = /^[ \t]{0,20}(?:RSpec\.(?:describe|configure)\b|class\s[\w:]{1,100}\s{0,4}<\s{0,4}(?:ActiveSupport::TestCase|Minitest::Test)\b)/m;
/** A line opening a spec, a test case or one of its hooks, whose body the lines below it hold. */
export const SPEC_OPENING = /^[ \t]{0,20}(?:(?:RSpec\.)?(?:describe|context|configure)\b|class\s[\w:]{1,100}\s{0,4}<\s{0,4}(?:ActiveSupport::TestCase|Minitest::Test)\b|(?:before|after|around|setup|teardown)\s{0,4}(?:\(:\w{1,20}\)\s{0,4})?(?:do\b|\{)|def\s{1,4}(?:setup|teardown|test_\w{1,60})\b|(?:it|specify|test)\s[^\n]{0,200}(?:\bdo\b|\{))/;

/** Whether shell text moves Terraform off the workspace selected before it: another folder (`cd`, `-chdir=`), a workspace set through `TF_WORKSPACE`, or another state file (`-state=`). */
export function retargetsTerraform(text: string): boolean {
  return /(?:^|[\s;&|(])cd\s|\bpushd\s|-chdir[=\s]|\bTF_WORKSPACE\b|\bTF_DATA_DIR\b|\s-state(?:-out)?[=\s]/.test(text);
}

/**
 * `Join-Path $base "child"` written as the path it makes (`$base\\child`), so a named folder under a personal folder is read as that folder.
 * A child of only `.` or `..` steps (`"."`, `"..\\.."`, `"Documents\\.."`) names no folder below the base.
 */
export function joinedPowerShellPath(expression: string): string {
  return expression.replace(/\(?\s{0,4}\bJoin-Path\s+(?:-Path\s+)?(\$[\w:]{1,60})\s+(?:-ChildPath\s+)?(["'])(?![.\s]{0,10}(?:[\\/]|["']))(?![^"'\n]{0,200}[\\/]\.\.)([^"'*?\n]{1,200})\2\s{0,4}\)?/gi, '$1\\$3');
}

/** A step that keeps the items matching a pattern (`.startswith("feature/")`, `.filter(…includes(…))`, `grep bot/`), not those that do not. */
export const KEEPS_MATCHING = /(?<!\bnot\s{1,10}[\w.]{0,100}|!\s{0,10}[\w.]{0,100})\.(?:startswith|endswith|startsWith|endsWith|includes|match|fullmatch)\(\s{0,10}(?:r?["'`]|\/)|\bre\.(?:match|search|fullmatch)\(|\|\s*(?:grep|egrep|rg)\s+(?!-\w*v)/;

/** Whether the code keeps only the items of a name that match a pattern (`if ref.startswith("feature/"):`), not the ones that do not (`if not ref.startswith("main")`). */
export function keepsMatching(name: string, code: string): boolean {
  return new RegExp(`(?<!\\bnot\\s{1,10}|!\\s{0,10})\\b${name}\\s{0,10}\\.\\s{0,10}(?:startswith|endswith|startsWith|endsWith|match|fullmatch)\\(`).test(code);
}

/** The same listing written in a loop header (`for b in $(git for-each-ref … refs/heads); do`), with nothing narrowing it. */
export const LISTS_EVERY_BRANCH = /\bgit\s+(?:for-each-ref\b[^\n|;]{0,300}\brefs\/heads\/?(?=[\s)"'`;]|$)|branch\b(?![^\n|;)]{0,300}(?:--(?:merged|contains|no-contains|points-at|list)\b|\s-[dDmMcCr]\b)))(?![^\n;]{0,300}\|\s*(?:grep|egrep|rg)\s+(?!-\w*v))/;

/** `git for-each-ref refs/heads`, `git branch --format …`: every local branch, not those merged or matching a pattern. */
export function listsEveryBranch(call: Call): boolean {
  if (call.name !== 'git') return false;
  const listing = call.args[0] === 'for-each-ref' ? call.args.some((arg) => /^refs\/heads\/?$/.test(arg)) : call.args[0] === 'branch' && !call.args.some((arg) => /^-\w*[dDmMcC]/.test(arg) || arg === '--delete');
  return listing && !call.args.some((arg) => /^--(?:merged|no-contains|contains|points-at|list)\b/.test(arg) || (!arg.startsWith('-') && /[*?]/.test(arg)));
}

/** An erase done by the drive itself (`nvme format --ses=1`, `hdparm --security-erase`): every block of the drive is gone at once. */
export function erasesDriveFirmware(name: string, args: readonly string[]): boolean {
  return (name === 'nvme' && args[0] === 'format') || (name === 'hdparm' && args.some((arg) => /^--security-erase(?:-enhanced)?$/.test(arg)));
}

/**
 * A PowerShell command given `-Confirm` (or `-Confirm:$true`) asks before it acts, whatever its own confirmation level. Read
 * from the command as written: a value after a colon (`-Confirm:0`, `-Confirm:$no`) may be false.
 */
export function asksThroughConfirmSwitch(joined: string): boolean {
  return /(?:^|\s)-Confirm(?::\$true)?(?=\s|$)/i.test(joined) && !/-Confirm\s{0,2}:?\s{0,2}\$false/i.test(joined);
}

/**
 * A storage folder of one run, build or change (`s3://bucket/builds/$BUILD_ID/`, `gs://bucket/runs/${RUN}/**`): a named folder of
 * the bucket holding a folder picked by a value, the output a pipeline writes and later clears. A folder of backups is not one.
 */
export function namesRunFolder(arg: string): boolean {
  return RUN_FOLDER.test(arg) && !/backup|snapshot|dump/i.test(arg);
}

/**
 * Whether a condition picks some items (an age, a name, a tag), not only leaves a few out (`not in (…)`, `!=`); asking
 * whether an item has a value at all (`len(x.name) > 0`, `x.size >= 1`) picks none.
 */
export function picksItems(whole: string): boolean {
  const condition = whole.replace(ASKS_FOR_ANY_VALUE, ' ');
  if (!/[A-Za-z_$][\w$]*/.test(condition.replace(/\b(?:if|elif|and|or|then|when|where)\b/g, ' '))) return false;
  const rest = condition.replace(/\bnot\s+in\b|!==?|\bis\s+not\b/g, ' ');
  return rest === condition || /[<>]|==|\bin\b|\bstartswith\b|\bendswith\b|\bmatch|\bsearch\b|\btest\(|\bincludes\(|-(?:like|match|eq|lt|gt)\b/i.test(rest);
}

/** Home variables of toolchains and package managers: installs and download caches, fetched again when gone. */
export const TOOLCHAIN_HOME = /^(?:JAVA|JDK|JRE|ANDROID(?:_SDK)?|GRADLE(?:_USER)?|MAVEN|M2|ANT|CARGO|RUSTUP|GO|NVM|PYENV|RBENV|SDKMAN|VOLTA|BUN|DENO|PNPM|NPM|YARN|HOMEBREW|FLUTTER|DART|CONDA|NODE|DOTNET|NUGET|PUB|XDG_CACHE|POETRY|PIPX|UV|HF|TRANSFORMERS|TORCH|KERAS)_HOME$/;
/** The folders a web server serves sites from (`/var/www/html`, `/srv/www/shop`, `/usr/share/nginx/html`). */
export const SERVED_SITE_FOLDER = /(?:^|[\s=:"'])\/(?:var\/www|srv\/(?:www|http)|usr\/share\/nginx\/html)(?=[\/\s"']|$)/;
/** A folder of stored state, settings or keys, which no toolchain install or cache has. */
export const STATE_FOLDER = /^(?:data|config|keys?|keyring[\w-]{0,20}|wallets?|db|databases?|state|secrets?)$/i;
/** Folders of a service's home that hold what it can make again: caches, workspaces, temporary files, logs. */
export const DISPOSABLE_SERVICE_FOLDER = /^(?:\.?caches?|workspaces?|logs?|tmp|temp|\.?trash|crash\w{0,20}|downloads?)$/i;
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
/** A personal folder of the home folder, whole or every entry of it, or the folder of the user's keys. */
export const PERSONAL_HOME_FOLDER = /^~\/(?:Documents|Desktop|Pictures|Downloads|Music|Videos|\.ssh|\.gnupg)\/?\*?$/;
/** Every sandboxed app's data on macOS, or the user's synchronised cloud documents. */
export const EVERY_APP_CONTAINER = /^~\/Library\/(?:(?:Group )?Containers(?:\/\*(?:\/Data)?)?|Mobile Documents(?:\/\*)?)\/?$/;
/** Whether a path of the home folder (`~/…`) is a personal folder, the user's keys or the data of every app. */
export function preciousHomeEntry(path: string): boolean {
  return PERSONAL_HOME_FOLDER.test(path) || WHOLE_APP_DATA.test(path) || EVERY_APP_CONTAINER.test(path);
}
/**
 * The data folder of every app the user has (`~/Library/Application Support`, `~/.config`, `%APPDATA%`), whole or emptied,
 * or a browser's profile folder (`…\\Chrome\\User Data`, `~/.mozilla/firefox`) under one: logins, history and saved passwords.
 */
export const WHOLE_APP_DATA = /^(?:(?:~|\$\{?HOME\}?)\/(?:Library\/Application\\? Support|\.config|\.local\/share)|\$env:(?:LOCAL)?APPDATA|%(?:LOCAL)?APPDATA%)(?:[\\/](?:\*|(?:[\w .-]{1,40}[\\/]){0,2}(?:User Data|firefox|Profiles|google-chrome|chromium)[\\/]?\*?))?[\\/]?$|^(?:~|\$\{?HOME\}?)\/\.mozilla\/firefox\/?\*?$/i;

/** Every message of an IMAP mailbox (the sequence set `1:*`) flagged `\\Deleted` or deleted by a client's call: an expunge then erases the mailbox. */
export const FLAGS_EVERY_MESSAGE_DELETED = /["']1:\*["'][^\n]{0,200}\\Deleted\b|\.\w{0,30}[Dd]elete\w{0,20}\(\s{0,10}["']1:\*["']|\bSTORE\s+1:\*\s+[+]?FLAGS(?:\.SILENT)?\s+\(?\\{1,2}Deleted\b/;

/** A call that destroys one item of a store: an SDK's delete, remove, purge, terminate, drop (also as the last word, `chat_delete`, `batchDelete`); an update moving it to the trash; an HTTP DELETE; a PowerShell `Remove-` cmdlet. */
export const DESTROYS_ITEM = /\.(?:delete|destroy|purge|terminate|drop|unpublish|yank)(?:_[a-z]\w{0,40}|[A-Z]\w{0,40})?\(|\.[a-z][a-z0-9]{0,30}(?:_(?:delete|destroy|purge)(?:_[a-z]\w{0,40})?|(?:Delete|Destroy|Purge)(?:[A-Z]\w{0,40})?)\(|\.update\([^\n]{0,200}\b(?:archived|in_trash|trashed)\s*[:=]\s*(?:true|True)\b|\.remove\(|\bRemove-[A-Z]\w{1,60}\b|\bmethod\s*[:=]\s*["']DELETE["']/;

/** A listing of every item a store holds: an SDK's list or describe call, a history, a search given nothing but paging, every row of a collection, an API's JSON answer, a PowerShell `Get-`. */
/**
 * Every row of a table deleted through an ORM model with nothing narrowing it: Active Record's `Order.delete_all`,
 * `Customer.in_batches(of: 500).destroy_all`, and Prisma's `prisma.user.deleteMany()` as its `deleteMany({})` is.
 */
export const EVERY_MODEL_ROW_DELETED = /(?<![\w.])[A-Z]\w{0,60}(?:\.(?:all|unscoped)|\.in_batches(?:\(\s{0,4}(?:of:\s{0,4}[\d_]{1,10})?\s{0,4}\))?){0,2}\.(?:delete_all|destroy_all)\b|\bprisma\.\w{1,60}\.deleteMany\(\s{0,4}\)/;

export const LISTS_EVERY_ITEM = /\.list(?:_\w{1,40}|[A-Z]\w{0,40})?\(|\.[a-z][a-z0-9]{0,30}(?:_history|History)\(|\.search\(\s*(?:\{\s*(?:(?:start_?cursor|startCursor|cursor|page_?size|pageSize|per_page|limit|offset|page)\s*:\s*[\w.]{1,40}\s*,?\s*){0,4}\}\s*)?\)|\blist[A-Z]\w{0,40}\(|\bList[A-Z]\w{0,40}\(|\bpaginate(?:\.iterator)?\(\s{0,4}[\w.]{1,100}\.list[A-Z]?\w{0,40}\s{0,4}[,)]|\bdescribe_\w{1,40}\(|\.all\(\s*\)|\.get\([^\n]{0,300}\)\.json\(\)|\bGet-Az[A-Z]\w{1,60}\b|\w\(\s*(?:\w{1,20}\s*=\s*)?["'](?:\*|_all)["']/;

/**
 * More listings of every item: an SDK's paginator over a list or describe operation, a find-all call, a query selecting
 * from a table with nothing after its name (no WHERE, no LIMIT), an API's answer read as JSON.
 */
export const PAGES_OR_QUERIES_EVERY_ITEM = /\bget_paginator\(\s{0,4}["'](?:list|describe)_\w{1,60}["']|\.(?:findAll|find_all)\(|\b(?:SELECT|select)\s[^"'\n;]{1,200}?\b(?:FROM|from)\s{1,4}[\w.]{1,100}\s{0,4}["']|\bfetch\([^\n]{0,300}\)\)?\.json\(\)/;

/** A listing's own filter (`Filters=`, `Prefix=`, `q=`, a label selector) picks some items. */
/**
 * A loop that passes over the items a team keeps (`if (d.target === 'production') continue`, `if env == "prod": continue`,
 * `next if app.stage == 'live'`); a skip of anything else (`=== 'BUILDING'`), or of all but those (`!==`), keeps nothing.
 */
export const SKIPS_PROTECTED_ITEMS = /\bif\s{0,4}\(?\s{0,4}[\w$.?[\]'"]{1,80}\s{0,4}={2,3}\s{0,4}["'`](?:production|prod|protected|live)["'`]\s{0,4}\)?\s{0,4}:?\s{0,4}\{?\s{0,4}(?:continue|next)\b|\bnext\s{1,4}if\s{1,4}[\w.@[\]'":]{1,80}\s{0,4}==\s{0,4}["'](?:production|prod|protected|live)["']/;
/** A listing's bound on creation time (`until=${cutoff}`, `createdBefore: limit`): the variable it names, or the expression written in place. */
export const AGE_BOUND_PARAMETER = /[?&,{(\s](?:until|before|older_?than|created_?before|(?:created|updated)_?(?:until|lt|lte))\s{0,4}[=:]\s{0,4}(?:\{?\$?\{\s{0,4}|["'`])?(?:([A-Za-z_]\w{0,60})\s{0,4}[}"'`&,)\s]|([^\n&}]{1,200}))/i;
/** The current time less a span that is not zero (`Date.now() - days * 86400000`, `time.time() - 14 * 86400`, `now - timedelta(days=30)`). */
export const NOW_LESS_A_SPAN = /\b(?:now|time|today|utcnow)\b[^;\n]{0,80}?-\s{0,4}(?!0\b)[\w(]/i;
export const NARROWS_LISTING = /\b(?:Filters?|filter|Prefix|prefix|q|query|label_?selector|labelSelector|field_?selector|where|search|name_?starts_?with)\s*[=:]|\.(?:prefix|filters?|withPrefix|labelSelector|query|where)\(|\s-(?:Name|Filter|Tag|Prefix)\b/;

/** Listings of things that run rather than hold data: removing them loses nothing a restart does not bring back. */
export const LISTS_RUNNING_THINGS = /\b(?:containers?|pods?|processes|jobs?|runs|workflow_runs|tasks|workers?|sessions|replicasets?|executions?)\b/i;

/**
 * The words of the names a text calls and of the address paths it names (`client.jobs.list(` gives `client jobs list`,
 * `…/actions/runs` gives `runs`): what a listing lists, not what a variable, a bucket or a comment is called.
 */
export function listedKinds(text: string): string {
  const callees = (text.match(/[A-Za-z_$][\w$.]{0,120}(?=\s{0,4}\()/g) ?? []).slice(0, 20);
  const pathSegments = (text.match(/\/[A-Za-z_]\w{0,40}(?![\w-])/g) ?? []).slice(0, 20);
  return [...callees, ...pathSegments].join(' ').replace(/[._$/]/g, ' ');
}

/** A listing filter given nothing to match (`Prefix=""`, `.prefix("")`, `q="*"`, `"Values": [""]`): it keeps every item. */
export const FILTER_PICKING_NOTHING = /\b(?:Filters?|filter|Prefix|prefix|q|query|search|name_?starts_?with)\s{0,4}[=:]\s{0,4}(?:(["'])(?:\*|%|\.\*)?\1|\[\s{0,4}\{[^\]\n]{0,200}?["']Values["']\s{0,4}:\s{0,4}\[\s{0,4}(["'])(?:\*|%)?\2\s{0,4}\]\s{0,4}\}\s{0,4}\])|\.(?:prefix|withPrefix|filters?)\(\s{0,4}(["'])(?:\*|%)?\3\s{0,4}\)/g;

/** A test of whether a value is there at all (`len(x) > 0`, `x.length >= 1`, `x.size != 0`), or one every size or count passes (`v["Size"] >= 0`, `n > -1`). */
export const ASKS_FOR_ANY_VALUE = /(?<![\w.])[A-Za-z_][\w.]{0,60}(?:\[[^\]\n]{0,60}\]|\(\)){0,3}\s{0,4}(?:>=\s{0,4}0|>\s{0,4}-\s{0,4}\d{1,9})(?![\d.])|\blen\([^()\n]{0,200}\)\s{0,4}(?:>\s{0,4}0|>=\s{0,4}[01]|!=\s{0,4}0)(?![\d.])|\.(?:length|size|count)\b(?:\(\))?\s{0,4}(?:>\s{0,4}0|>=\s{0,4}[01]|!==?\s{0,4}0)(?![\d.])/g;

/** A store on this machine or a stand-in for one: a local server, an in-memory database, a mocked cloud. */
export const LOCAL_OR_MOCK_STORE = /\b(?:localhost|127\.0\.0\.1|moto|mock_\w{1,40}|mongomock|fakeredis|sqlite3?)\b|:memory:|endpoint_url\s{0,4}=\s{0,4}["']https?:\/\/(?:localhost|127\.)/;

/** The start of a SQL statement that changes rows. */
export const SQL_STATEMENT_START = /^\s*(?:DELETE\s+FROM|UPDATE)\s/i;

/** That UPDATE as the argument of a command, ending with the statement or the argument. */
export const CLIENT_CLEARS_COLUMNS_OF_EVERY_ROW = /\bUPDATE\s+[\w.`[\]]{1,200}\s+SET\s+(?:[\w`[\]]{1,60}\s{0,4}=\s{0,4}(?:NULL|'')\s{0,4},\s{0,4}){0,20}[\w`[\]]{1,60}\s{0,4}=\s{0,4}(?:NULL|'')\s{0,4}(?:;|["'`)]|\\n|$)/im;

/** An UPDATE that sets columns to nothing (`SET password_hash = NULL, token = ''`), the data in them gone. */
export const CLEARS_COLUMNS_OF_EVERY_ROW = /^\s*UPDATE\s+[\w."`[\]]{1,200}\s+SET\s+(?:[\w"`[\]]{1,60}\s*=\s*(?:NULL|''|"")\s*,\s*){0,20}[\w"`[\]]{1,60}\s*=\s*(?:NULL|''|"")\s*;?\s*$/i;

/** A file emptied where it is (`fs.truncateSync(p, 0)`, `writeFileSync(p, "")`). */
export const EMPTIES_FILE_IN_PLACE = /\btruncate(?:Sync)?\(\s*[\w$.]{1,60}\s*,\s*0\s*\)|\bwriteFileSync\(\s*[\w$.]{1,60}\s*,\s*(?:""|''|``)\s*\)/;

/** A walk of a folder tree: a library walk, or a reading of a folder's entries that tells folders apart to descend into them. */
export const WALKS_FOLDER_TREE = /\bwalkSync\(|\bos\.walk\(|\.rglob\(|\bfilepath\.Walk(?:Dir)?\(|\breaddir(?:Sync)?\([^\n]{0,100}withFileTypes|\brecursive\s*:\s*true\b/;

/** Commands of a store's own tool that remove one of its items for good (a backup snapshot, a key, a topic, a queue, a published version). */
export function removesStoredItem(name: string, args: string[]): boolean {
  const operands = args.filter((arg) => !arg.startsWith('-'));
  if (name === 'restic') return operands[0] === 'forget' && !args.some((arg) => /^--keep-/.test(arg));
  if (name === 'zfs') return operands[0] === 'destroy';
  if (name === 'borg') return operands[0] === 'delete';
  if (name === 'cargo') return operands[0] === 'yank' && !args.includes('--undo');
  if (/^kafka-topics(?:\.sh)?$/.test(name)) return args.includes('--delete');
  if (name === 'rabbitmqadmin') return operands.some((arg) => /^(?:delete|purge)$/.test(arg));
  if (/^gpg2?$/.test(name)) return args.some((arg) => /^--delete-(?:secret-and-public-keys?|secret-keys?|keys?)$/.test(arg));
  if (name === 'aws') return args.includes('schedule-key-deletion');
  if (name === 'az') return operands.includes('purge');
  if (name === 'vault') return operands[0] === 'kv' && /^(?:delete|destroy|metadata)$/.test(operands[1] ?? '') && (operands[1] !== 'metadata' || operands[2] === 'delete');
  return false;
}

/** `icacls` dropping inherited access (`/inheritance:r`) or denying everyone (`/deny Everyone:…`, `/deny *S-1-1-0:…`, `/deny Users:…`). */
export function takesAccessAway(args: string[]): boolean {
  return args.some((arg, index) => /^\/inheritance:r$/i.test(arg) || (/^\/deny$/i.test(arg) && /^["']?(?:Everyone|\*S-1-1-0|\*S-1-5-11|Users|Authenticated Users|BUILTIN\\Users)(?::|["']?$)/i.test(args[index + 1] ?? '')));
}

/** Whether a comprehension in the text keeps only the items its condition picks (`[v for v in page if v["Size"] > n]`). */
export function comprehensionPicks(text: string): boolean {
  const condition = /\bfor\s{1,4}[\w, ]{1,60}\s{1,4}in\s(?:[^\n\]]|\[\]){0,300}?\sif\s([^\n\]]{1,300})/.exec(text)?.[1];
  return condition !== undefined && picksItems(`if ${condition}`);
}

/** A tool's own verb for deleting one of the items it holds (`bw delete item ID`, `op item delete ID`), among its first words. */
export function deletesOwnItem(name: string, args: string[]): boolean {
  if (/^remove-[a-z]\w{1,60}$/.test(name)) return true;
  if (!/^[a-z][\w-]{0,30}$/.test(name) || /^(?:rm|git|docker|podman|tmux|screen|systemctl|xargs|sudo|env)$/.test(name)) return false;
  const subcommands = args.filter((arg) => !arg.startsWith('-')).slice(0, 3);
  // Deleting caches (`gh cache delete`) loses only what a rebuild makes again.
  return subcommands.some((arg) => /^(?:delete|remove|rm|destroy|purge)$/.test(arg)) && !subcommands.some((arg) => /^caches?$/.test(arg));
}

/**
 * A listing of everything by the same tool that deletes (`bw list items`, `op item list`): what it prints is what that
 * tool holds, unless the listing is of things that run (containers, sessions) rather than data.
 */
export function listsWithSameTool(text: string, deleter: string): boolean {
  const [tool, ...words] = text.split(/\s+/);
  // A PowerShell `Remove-Noun` fed by `Get-Noun -All` (or a bare `Get-Noun`): every item of that kind.
  const noun = /^remove-([a-z]\w{1,60})$/i.exec(deleter)?.[1];
  if (noun !== undefined) return tool?.toLowerCase() === `get-${noun.toLowerCase()}` && (words.some((word, index) => /^-All$/i.test(word) || asksForEveryPage(word, words.slice(index + 1).join(' '))) || words.every((word) => word === '')) && !/^(?:item|childitem|itemproperty|variable|alias|job|process|module|psdrive|pssession|event|service)$/i.test(noun);
  if (tool !== deleter || !/^[a-z][\w-]{0,30}$/.test(deleter)) return false;
  return words.filter((word) => !word.startsWith('-')).slice(0, 3).some((word) => /^(?:list|ls)$/.test(word)) && !LISTS_RUNNING_THINGS.test(words.join(' '));
}

/**
 * A PowerShell `Get-` parameter that returns every item as `-All` does: a page size no store reaches (`-Top 99999`,
 * `-ResultSize Unlimited`) or a filter that matches everything (`-Filter *`, `-Filter ""`, a date bound no item is outside).
 */
export function asksForEveryPage(parameter: string, rest: string): boolean {
  const value = rest.split(' ')[0]!;
  if (/^-(?:Top|First|ResultSize|PageSize)$/i.test(parameter)) return /^["']?(?:Unlimited|\d{4,})["']?$/i.test(value);
  // A filter's words (its quotes are gone from the listing's text) run up to the next parameter.
  return /^-Filter$/i.test(parameter) && (/^(?:(["'])\*?\1|\*|\{\s{0,4}\*?\s{0,4}\})$/.test(value) || boundsNoDate(rest.split(/\s(?=-[A-Za-z])/)[0]!));
}

/** The listings those tools give of everything they hold (`restic snapshots`, `zfs list`, `kafka-topics --list`, `gpg --list-secret-keys`), and an API's answer walked by jq. */
export const LISTS_STORED_ITEMS = /^(?:restic\s(?:[^|\n]{0,200}\s)?snapshots\b|zfs\s+list\b|borg\s+list\b|kafka-topics(?:\.sh)?\s[^|\n]{0,200}--list\b|rabbitmqadmin\s[^|\n]{0,200}\blist\b|gpg2?\s[^|\n]{0,200}--list-(?:secret-)?keys\b|vault\s+(?:kv\s+)?list\b)|\b(?:curl|wget)\s[^|\n]{0,300}\|\s*jq\s[^|\n]{0,300}\.\w{1,40}\[\]/;

/** Whether a pipeline stage is a grep that keeps some lines only: not one that drops lines (`-v`), nor one whose pattern every line matches (`''`, `.`, `^`). */
/** A search that keeps only the lines its pattern picks: one that passes on only matching lines, with a pattern not every line matches (`''`, `.`, `^`). */
export function picksLines(source: Call): boolean {
  if (!keepsOnlyMatches(source)) return false;
  const windows = source.name.toLowerCase() === 'findstr';
  const given = source.args.findIndex((arg) => /^(?:-e|--regexp|-Pattern)$/i.test(arg));
  const pattern = given !== -1 ? source.args[given + 1] : source.args.find((arg) => !arg.startsWith(windows ? '/' : '-'));
  return pattern === undefined || !/^(["']?)(?:\.\*?|\^|\$|\^\.\*\$?)?\1$/.test(pattern);
}

/** A search that passes on only the lines matching its pattern (`grep x`, `Select-String x`, `findstr x`), not the ones that do not (`-v`, `-NotMatch`, `/V`). */
export function keepsOnlyMatches(source: Call): boolean {
  const name = source.name.toLowerCase();
  if (/^(?:grep|egrep|fgrep|rg|zgrep)$/.test(name)) return !source.args.some((arg) => /^-\w*v/.test(arg) || arg === '--invert-match');
  if (name === 'select-string' || name === 'sls') return !source.args.some((arg) => /^-NotMatch$/i.test(arg));
  if (name === 'findstr') return !source.args.some((arg) => /^\/\w*v/i.test(arg));
  return false;
}

/** A definition holding every local branch a listing returns, not only those a search of its lines kept (`git branch -vv | Select-String ": gone]"`). */
export function listsEveryBranchUnsearched(definition: string): boolean {
  if (!LISTS_EVERY_BRANCH.test(definition)) return false;
  for (const search of definition.matchAll(/\|\s{0,4}(?:grep|egrep|fgrep|rg|zgrep|select-string|sls|findstr)\b([^|\n]{0,200})/gi)) {
    if (!/(?:^|\s)(?:-\w*v\b|--invert-match\b|-NotMatch\b|\/v\b)/i.test(search[1]!)) return false;
  }
  return true;
}

/** Ways a script finds a remote's default branch (its shared main line). */
export const DEFAULT_BRANCH_LOOKUP = /\bsymbolic-ref\b[^\n]{0,200}refs\/remotes\/[\w.-]{1,100}\/HEAD\b|\bremote\s+show\s+[\w.-]{1,100}[^\n]{0,200}HEAD branch|\bdefaultBranchRef\b|\binit\.defaultBranch\b|\brev-parse\s+--abbrev-ref\s+[\w.-]{1,100}\/HEAD\b/;

export const CURRENT_USER = /\$\{?(?:USER|LOGNAME|SUDO_USER)\b|\$\(\s{0,4}(?:whoami|id\s+-u?n|logname)\s{0,4}\)|`(?:whoami|id\s+-u?n|logname)`|\$env:USERNAME\b|\[(?:System\.)?Environment\]::UserName\b|%USERNAME%|\bgetpass\.getuser\b|\bos\.userInfo\(|\bos\.getlogin\b/i;

/**
 * Whether a listing's filter only names the items to spare (`--query "[?tags.keep!='true']"`, `--filter="NOT labels.keep=yes"`)
 * or only tests what every item meets (`name==name`, `contains(name, '')`, `name:*`): every item not marked, untagged ones
 * included, passes it, so it selects nearly everything.
 */
/**
 * How many snapshots a backup retention (`restic forget`, `borg prune`) keeps at most, its count options added up
 * (`--keep-last 1`, `--keep-daily=7`, `-d 7`); undefined when it keeps by age or tag, or names no count.
 */
export function snapshotsRetentionKeeps(args: string[]): number | undefined {
  if (args.some((arg) => /^--keep-(?:within|tag)/.test(arg))) return undefined;
  let total: number | undefined;
  for (const [index, arg] of args.entries()) {
    const option = /^(?:--keep-(?:last|secondly|minutely|hourly|daily|weekly|monthly|yearly)|-[lHdwmy])(?:=(.*))?$/.exec(arg);
    if (!option) continue;
    const value = unquoted(option[1] ?? args[index + 1] ?? '');
    if (!/^\d{1,6}$/.test(value)) return undefined;
    total = (total ?? 0) + Number(value);
  }
  return total;
}

export function sparesOnlyMarked(text: string): boolean {
  const written = /--query[= ][^\n]{0,60}?\[\?([^\]\n]{1,200})\]/.exec(text)?.[1] ?? /\s--filters?[= ]\s{0,4}["']?([^"'\n]{1,200})/.exec(text)?.[1];
  if (written === undefined) return false;
  const condition = written.replace(ALWAYS_MET, ' ');
  const spared = condition !== written || /!=|!\s{0,4}\w+\(|\bNOT\s|(?:^|\s)-\w/.test(condition);
  const kept = condition.replace(/!=\s{0,4}[^\s&|)]{1,100}|!\s{0,4}\w+\([^)]{0,100}\)|\bNOT\s+\S{1,100}|(?:^|\s)-\S{1,100}/g, ' ');
  return spared && !/[=<>~:]|\b(?:contains|starts_with|ends_with)\(/.test(kept);
}

/** A SQL statement that drops or empties a database, a schema or a table. */
export const DROPS_OR_EMPTIES = /\b(?:DROP\s+(?:DATABASE|SCHEMA|TABLE)|TRUNCATE|DELETE\s+FROM)\b/i;

/**
 * The commands of a shell chain (`a && b; c || d`, split outside quotes; a pipeline stays whole, since what it feeds is
 * its target) whose text matches, joined; the whole text when none does, or when it holds a here-document. Another
 * command of the chain (`… && curl localhost:9090/reload`) says nothing of the first one's target.
 */
export function chainCommandsMatching(text: string, pattern: RegExp): string {
  if (text.includes('<<')) return text;
  const commands: string[] = [];
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length && index < 20_000; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = '';
      else if (char === '\\' && quote === '"') index++;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '\\') index++;
    else if (char === ';' || char === '\n' || ((char === '&' || char === '|') && text[index + 1] === char)) {
      commands.push(text.slice(start, index));
      if (text[index + 1] === char) index++;
      start = index + 1;
    }
  }
  commands.push(text.slice(start));
  // Settings made for the commands after them (`export PGHOST=localhost; psql …`) stay with them.
  const matching = commands.filter((command) => pattern.test(command) || /^\s{0,10}(?:export\s{1,4})?[A-Za-z_]\w{0,60}=/.test(command));
  return commands.some((command) => pattern.test(command)) ? matching.join(' ; ') : text;
}

/** Whether a name pattern holds a disposable word with no wildcard against it (`*_test`, `tmp-*`, a URL pattern ending `_dev`; not `*test*`). */
export function standsApartInPattern(pattern: string): boolean {
  const spaced = pattern.replace(/[_-]/g, ' ');
  return [...spaced.matchAll(new RegExp(DISPOSABLE.source, 'gi'))].some((match) => !/[*?]/.test(spaced[match.index - 1] ?? '') && !/[*?]/.test(spaced[match.index + match[0].length] ?? ''));
}

/** A shell text with the affixes its expansions strip or replace left out (`${db%_test}`, `${db/_test/}` name `$db` without `_test`, not a test database). */
export const withoutRemovedAffixes = (text: string): string => text.replace(/\$\{([A-Za-z_]\w{0,60})(?:%%?|##?|\/\/?)[^}]{0,100}\}/g, '$${$1}');

/** A filter term every item meets: a field equal to itself, a search for the empty text, a field that is present (`name:*`). */
export const ALWAYS_MET = /(?<![\w.])([\w.]{1,60})\s{0,4}==\s{0,4}\1(?![\w.])|\b(?:contains|starts_with|ends_with)\(\s{0,4}[\w.@]{1,60}\s{0,4},\s{0,4}(?:''|""|``|\\'\\')\s{0,4}\)|(?<![\w.])[\w.]{1,60}:\*(?![\w*])/g;

/** A sync that deletes at its destination what its source lacks (`rsync --delete`, `aws s3 sync --delete`, `rclone sync`, `gsutil rsync -d`). */
export function syncsWithDelete(name: string, args: string[], operands: string[]): boolean {
  return (name === 'rsync' && args.some((arg) => /^--delete/.test(arg))) || (name === 'aws' && operands[0] === 's3' && operands[1] === 'sync' && args.includes('--delete'))
    || (name === 'rclone' && operands[0] === 'sync') || (name === 'gsutil' && operands.includes('rsync') && args.some((arg) => /^-\w*d/.test(arg)));
}

/** The tag or label a listing selects by (`--tag-name sweep`, `--label=stale`, `-l doomed=yes`). */
export const SELECTING_MARK = /\s(?:--tag-name|--tags?|--labels?|--label-selector|--selector|-l)[= ]\s{0,4}["']?([\w.\/$-]{1,60}(?:=[\w.-]{1,60})?)/;
/** A cloud listing's filter on a tag (`--filters Name=tag:sweep,Values=1`, `Name=tag-key,Values=sweep`): the tag's key. */
export const FILTERS_ON_TAG = /\bName=tag:([\w.\/-]{1,60})|\bName=tag-key,Values=([\w.\/-]{1,60})/;
/** A command that puts a tag or label on an item (`doctl … tag`, `kubectl label`, `aws ec2 create-tags`, `gcloud … add-labels`). */
export const MARKS_ITEMS = /\s(?:tag|label|annotate|create-tags|add-tags|tag-resource|tag-resources|add-labels|update-labels)\s|\s--(?:add-labels|update-labels|add-tags)[= ]/;

/** A folder of the home folder that a tool keeps its items in, listed whole (`ls ~/.password-store`, `find "$HOME/.vault-tokens" -type f`). */
export const HOME_STORE_LISTING = /^(?:ls(?:\s-\w{1,8}){0,3}|find)\s["']?(?:~|\$HOME|\$\{HOME\})\/\.[\w.-]{1,60}\/?["']?(?:\s-type\s[fd])?(?:\s-name\s["']?\*\.\w{1,10}["']?)?\s{0,4}$/;
/** A listing option keeping only the items in one state or with one tag (`helm list --failed`, `--state=stopped`, `--tag-name ci`): a selection, not everything. */
export const LISTS_A_SELECTION = /\s--(?:failed|pending|superseded|uninstalling|exited|dangling|stopped|expired|stale|orphaned|inactive|merged)\b|\s--(?:status|state|tags?|tag-name|labels?)[= ]["']?(?!(?:all|any)\b)\w/;

/** One negated term of a label selector: `!keep`, `tier!=gold`, `team notin (a,b)`. */
export const NEGATED_SELECTOR_TERM = String.raw`(?:!\s{0,4}[\w.\/-]{1,60}|[\w.\/-]{1,60}\s{0,4}!=\s{0,4}[\w.-]{0,60}|[\w.\/-]{1,60}\s{1,4}notin\s{0,4}\([^()\n]{0,200}\))`;
/** A label selector whose every term is a negation (`-l '!keep'`, `--selector=tier!=gold,!pinned`, `-l 'team notin (qa)'`): all but the marked items. */
export const NEGATED_SELECTOR = new RegExp(String.raw`\s(?:-l|--selector)(?:=|\s{1,4})(["']?)${NEGATED_SELECTOR_TERM}(?:\s{0,4},\s{0,4}${NEGATED_SELECTOR_TERM}){0,10}\1(?=\s|$)`, 'g');
/** A listing option selecting the items in use (`helm list --deployed`, `--state=running`): no narrowing to stale ones. */
export const LISTS_LIVE_ITEMS = /\s--(?:deployed|running|active)\b|\s--(?:status|state)[= ]["']?(?:deployed|running|active|open|available|in-use)\b/;

/** A shell text without its input redirections (`< /tmp/names.txt`, `<list`), keeping here-documents and here-strings. */
export const withoutInputFiles = (text: string): string => text.replace(/(?<![<\d])<(?![<(&])\s{0,4}["']?[^\s"'<>|;&()]{1,200}["']?/g, ' ');

/** Encrypting a file with a key of the program's choosing. */
export const ENCRYPTS = /\bopenssl\s+(?:enc|aes-\d{3}-\w{3})\b(?![^\n]{0,200}\s-d\b)|\bgpg\s+(?:--batch\s+)?(?:-c|--symmetric|--encrypt|-e)\b|\bage\s+(?:-p|--passphrase|-r)\b|\bFernet\([^)]{0,200}\)\.encrypt\b|\.encrypt\(|\bAES\.new\(|\bcreateCipheriv\(|\bProtect-CmsMessage\b|\bConvertTo-SecureString\b[^\n]{0,200}\bAesManaged\b/;
/** Removing the original file. */
export const REMOVES_FILE = /\brm\s+(?:-\w+\s+)*["']?\$|\bshred\b|\bos\.(?:remove|unlink)\(|\.unlink\(|\bunlinkSync\(|\bRemove-Item\b/;
/** The user's own files, or a walk over a whole tree. */
export const USER_FILES = /~\/(?:Documents|Desktop|Pictures|Downloads|Music|Videos)?(?:\/\*|\b|["'\s])|\$HOME\b|\$\{HOME\}|\bexpanduser\(|\bPath\.home\(\)|\bos\.homedir\(\)|\$env:USERPROFILE|\bos\.walk\(|\bfind\s+(?:~|\/|\$HOME)/;

/** A path on rclone's placeholder remote made of placeholder words only (`remote:bucket`, `remote:path/to/dir/`), never the remote's root. */
/** A listing filter every item passes: empty, a bare wildcard, or a wildcard on a field every cloud resource has (`name:*`, `name~.*`). */
export const MATCHES_EVERY_ITEM = /^(?:\*|\.\*|(?:(?:name|id|projectId|projectNumber|displayName|selfLink|createTime|creationTimestamp)(?::|~)(?:\*|\^?\.\*\$?)))?$/;
/** A name given a pattern read from the environment that falls back to one every name matches (`P = re.compile(os.environ.get("P", ".*"))`, `const p = new RegExp(process.env.P ?? "*")`). */
export const MATCH_ALL_DEFAULT_HELD = /\b([A-Za-z_$][\w$]{0,60})\s{0,4}:?=\s{0,4}(?:re\.compile\(\s{0,4}|new\s+RegExp\(\s{0,4}|Regexp\.new\(\s{0,4}|regexp\.MustCompile\(\s{0,4})?(?:os\.environ\.get\(|os\.getenv\(|ENV\.fetch\()\s{0,4}["'][\w.-]{1,60}["']\s{0,4},\s{0,4}r?["'](?:\^?\.[*+]\$?|\*)["']\s{0,4}\)|\b([A-Za-z_$][\w$]{0,60})\s{0,4}=\s{0,4}(?:new\s+RegExp\(\s{0,4})?process\.env\.\w{1,60}\s{0,4}(?:\?\?|\|\|)\s{0,4}["'`](?:\^?\.[*+]\$?|\*)["'`]/;
/** A statement that deletes one item: an HTTP DELETE named as the method, or a delete or remove call. */
export const DELETES_AN_ITEM = /["'`]DELETE["'`]|\b(?:delete|remove|destroy|unlink(?:Sync)?|rmtree|rm(?:Sync)?|rmdir(?:Sync)?|RemoveAll|Delete\w{0,40}|delete_\w{1,40})\s{0,4}\(/;
/** A working folder's whole content as a shell path (`./*`, `*`, `.`, `./.[!.]*`). */
export const WORKING_FOLDER_CONTENT = /^(?:\.\/?|(?:\.\/)?\*|(?:\.\/)?\.\[!\.\]\*|(?:\.\/)?\.\*)$/;
/** A shell folder that climbs above one a variable names (`${CACHE_ROOT}/..`, `$X/../..`): the parent of whatever it is set to, or the root when empty. */
export const ABOVE_VARIABLE_FOLDER = /^\$\{?[A-Za-z_]\w{0,60}(?::-[^}]{0,60})?\}?(?:\/\.\.){1,8}\/?$/;
/** A call handed a PHP app's whole storage folder, its user-files folder, or the root of a storage disk (`storage_path()`, `storage_path('app')`, `Storage::disk('x')->path('')`); group 1 is the callee. */
export const WHOLE_APP_STORAGE_HANDED = /((?:[A-Za-z_]\w{0,60}::|\$\w{1,60}->)?[A-Za-z_]\w{0,60})\(\s{0,4}(?:storage_path\(\s{0,4}(?:["']app(?:\/public)?\/?["']\s{0,4})?\)|Storage::disk\([^()\n]{0,60}\)->path\(\s{0,4}(?:["']\/?["']\s{0,4})?\))\s{0,4}[,)]/;
/** A loop over the snapshots a listing returned (`for (const s of out.Snapshots ?? [])`, `DBSnapshots.forEach(`, `range out.Snapshots`). */
export const SNAPSHOT_LISTING_WALKED = /\bfor\s{0,4}\(\s{0,4}(?:const|let|var)\s{1,4}([\w$]{1,60})\s{1,4}of\s{1,4}(?:[\w$?]{1,60}\.){0,3}(?:DB(?:Cluster)?)?Snapshots\b|\b(?:DB(?:Cluster)?)?Snapshots\??\.forEach\(|\brange\s{1,4}(?:\w{1,60}\.){0,3}Snapshots\b/;
/** A snapshot's creation time found older than something other than now (`s.StartTime.Before(cutoff)`, `snap.CreateTime < cutoff`). */
export const SNAPSHOT_AGE_COMPARED = /\.(?:StartTime|SnapshotCreateTime|CreateTime|CreationTime|CreatedAt)\w{0,20}(?:\.Before\(\s{0,4}(?!time\.Now\(\))\w|\s{0,4}<=?\s{0,4}(?!time\.Now\(\)|Date\.now\(\))\w)/;
/** A cutoff some days before now (`AddDate(0, 0, -30)`, `-14 * 24 * time.Hour`, `timedelta(days=30)`). */
export const PAST_CUTOFF = /\bAddDate\(\s{0,4}-?\d{1,4},\s{0,4}-?\d{1,4},\s{0,4}-\s{0,4}[1-9]|-\s{0,4}[1-9]\d{0,4}\s{0,4}\*\s{0,4}24\s{0,4}\*\s{0,4}time\.Hour|\btimedelta\(\s{0,4}(?:days|weeks)\s{0,4}=\s{0,4}[1-9]|\b[1-9]\d{0,4}\s{0,4}\*\s{0,4}(?:86400|864e5)/;
/** An SDK's call that deletes a backup snapshot (`new DeleteSnapshotCommand(…)`, `.deleteSnapshot(`, `.DeleteSnapshot(`), beside the Python spelling that `DATA_WIPE` names; read only inside a loop over a listing of snapshots (its header within the 300 characters before). */
export const SDK_SNAPSHOT_DELETE = /\bnew\s+Delete(?:DB(?:Cluster)?)?SnapshotCommand\b|\.deleteSnapshot\(|\.DeleteSnapshot(?:WithContext)?\(/;
/** A collection set to empty in the branch that handles a failure (`catch (…) { $used = []; }`, `except Exception:\n    keep = set()`); group 1 or 2 is its name. */
export const EMPTIED_ON_FAILURE = /\bcatch\s{0,4}(?:\([^)\n]{0,80}\)\s{0,4})?\{\s{0,8}\$?([A-Za-z_]\w{0,60})\s{0,4}=\s{0,4}(?:\[\s{0,4}\]|array\(\s{0,4}\)|new\s+Set\(\s{0,4}\)|\{\s{0,4}\})\s{0,4};?\s{0,8}\}|\b(?:except|rescue)\b[^\n:]{0,80}:?\s{0,12}([A-Za-z_]\w{0,60})\s{0,4}=\s{0,4}(?:set\(\)|frozenset\(\)|\[\]|\{\}|Set\.new)/g;
/** A call that removes a file or a folder tree in a language read line by line (Swift, Kotlin, Perl), whose loops over literal lists are not traced. */
export const SCANNED_REMOVAL = /\.removeItem\(|\.deleteRecursively\(|\bremove_tree\(|\brmtree\(/;
/** The user's home folder as a call or a setting (`NSHomeDirectory()`, `System.getProperty("user.home")`, `$ENV{HOME}`, `os.getenv("HOME")`). */
export const USER_HOME_CALL = /\bNSHomeDirectory\(\)|\bhomeDirectoryForCurrentUser\b|\bgetProperty\(\s{0,4}["']user\.home["']\s{0,4}\)|\$ENV\{\s{0,4}["']?HOME["']?\s{0,4}\}|\bos\.getenv\(\s{0,4}["']HOME["']\s{0,4}\)/;
/** The items of a list literal (`[…]`, `listOf(…)`, a Perl list in parentheses), on one line or several. */
export const LISTED_ITEMS = /(?:\[|\(|\b(?:listOf|arrayOf|setOf|mutableListOf)\()([^[\]()]{0,1200})[\])]/g;
/** A home-relative personal or synced folder written as a whole string (`"Documents"`, `"Library/Mobile Documents/com~apple~CloudDocs"`). */
export const PERSONAL_FOLDER_LITERAL = /["'](?:Documents|Desktop|Pictures|Downloads|Music|Movies|Library\/Mobile Documents(?:\/[\w~.-]{1,80}){0,3}|\.ssh|\.gnupg)\/?["']/;
export const RCLONE_PLACEHOLDER = /^["']?remote:(?:bucket|container|path|dir|directory|folder)(?:\/(?:path|to|dir|directory|folder|subdir)){0,4}\/?["']?$/;

/**
 * Whether a listing filter is only a date bound every item meets: on or after a day no stored item predates
 * (`receivedDateTime ge 1900-01-01`, `creationTimestamp>1970-01-01`), or before a day none has reached (`lt 2999-12-31`).
 */
export function boundsNoDate(filter: string): boolean {
  const bound = /^[\w.]{1,60}\s{0,4}(\s(?:ge|gt)\s|\s(?:le|lt)\s|[<>]=?)\s{0,4}(\d{4})-\d\d-\d\d[\w:.+-]{0,30}$/i.exec(filter.replace(/["']/g, '').trim());
  if (!bound) return false;
  const year = Number(bound[2]);
  return /g|>/i.test(bound[1]!) ? year <= 1970 : year >= 2100;
}

/** One entry at an end of a folder listed by time (`ls -1t dir | tail -n 1`: the oldest), never the whole folder. */
export const OLDEST_ENTRY = /^[^$]{0,400}\/\s*\$\(\s*ls\s+-[A-Za-z1]{0,6}t[A-Za-z1]{0,6}\s[^|()]{0,300}\|\s*(?:tail|head)\s+-(?:n\s*)?1\s*\)\s*["']?\s*$/;
/** Deleting objects, versions or buckets of cloud storage. */
export const STORAGE_DELETE = /(?:^|\.)(?:delete|delete_objects|delete_object|delete_bucket|delete_blob|delete_blobs|deleteObjects|deleteObject|deleteBucket|deleteBlob|deleteIfExists)$|^(?:DeleteObjectsCommand|DeleteObjectCommand|DeleteBucketCommand)$/;
/** A bucket URL whose key names at least one plain folder and then a folder picked by a variable, nothing after it but a wildcard. */
export const RUN_FOLDER = /^["']?(?:s3|gs):\/\/[^\/\s"']{1,255}\/(?:[\w.-]{1,100}\/){1,6}[^\/\s"'$]{0,100}\$[^\/\s"']{1,100}\/?(?:\*\*?)?["']?$/;
/** A database or schema dropped, capturing the name as written (`{name}`, `$DB`, `app_ci`). */
export const DROPPED_STORE = /\bDROP\s{1,10}(?:DATABASE|SCHEMA)\s{1,10}(?:IF\s{1,10}EXISTS\s{1,10})?([^\s;"'`()]{1,100})/i;
/** A database or schema created without `IF NOT EXISTS`, so the statement fails when the name is already taken. */
export const CREATED_STORE = /\bCREATE\s{1,10}(?:DATABASE|SCHEMA)\s{1,10}(?!IF\b)([^\s;"'`()]{1,100})/gi;
/** A comparison in a condition (`<`, `>=`, `-lt`, `-ot`). */
export const AGE_COMPARISON = /\s(?:[<>]=?|-(?:lt|gt|le|ge|ot|nt))\s/;
/** A duration of at least one day, hour or week before now (`timedelta(days=35)`, `AddDays(-7)`, `30 * 86400`, `7 * 24 * 3600 * 1000`). */
export const POSITIVE_AGE = /\btimedelta\(\s{0,4}(?:days|weeks|hours)\s{0,4}=\s{0,4}[1-9]|\b(?:relativedelta|Duration)\(\s{0,4}(?:days|weeks|months|hours)\s{0,4}=\s{0,4}[1-9]|\bAdd(?:Days|Hours|Months)\(\s{0,4}-\s{0,4}[1-9]|\b[1-9]\d{0,4}\s{0,4}\*\s{0,4}(?:86400|864e5|24\s{0,4}\*\s{0,4}(?:60|3600))/;
/** A Python comprehension that keeps only the items a condition on them accepts (`for v in page["Versions"] if not v["IsLatest"]`). */
export const COMPREHENSION_CONDITION = /\bfor\s+([A-Za-z_]\w{0,40})\s+in\s+[^:\n]{1,300}?\bif\s+(?:not\s+)?\1\s*[.[]/;
/** Listings of every bucket, object or version of a storage account. */
export const LISTS_EVERYTHING = /\bbuckets\.all\(\)|\blist_buckets\(|\blist_blobs\(|\blist_objects(?:_v2)?\b|\blist_object_versions\b|\bobjects\.all\(\)|\bobject_versions\.all\(\)|\bobject_versions\b|\bList(?:Buckets|Objects|ObjectsV2|ObjectVersions)Command\b|\blistObjects(?:V2)?\(|\blistBlobsFlat\(|\bgetFiles\(|\blistBuckets\(|\bget_paginator\(\s*["']list_/;
/** The file name of a git hook, at the end of a path. */
/** Options of a cluster client that choose where it connects and take a value. */
export const CLUSTER_CONNECTION_OPTION = /^(?:--context|--kubeconfig|--cluster|--user|--server|-s|--token|--namespace|-n|--as|--request-timeout)$/;

/** A listing of every branch of the remote (`git ls-remote --heads origin`, `run("ls-remote", "origin")`, `git branch -r`); tags alone are not branches. */
export const REMOTE_BRANCH_LISTING = /\bls-remote\b(?![^\n]{0,200}?--tags\b)|\bbranch["',\s]{1,10}(?:-r|--remotes|-a|--all)\b|\bfor-each-ref\b[^\n]{0,200}?\brefs\/remotes\b/;

/**
 * A table emptied whose name is put in at run time (`DELETE FROM {table}`, `"TRUNCATE " + t`, `${t}`, `TRUNCATE \"$t\"` inside a
 * quoted shell argument, or an identifier placeholder bound to it: `raw("TRUNCATE ??", [t])`), capturing the name.
 */
export const EMPTIES_NAMED_TABLE = /\b(?:DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+\\?[`"[{]?(?:\{\{?\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\}|\$\{\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\}|\$([A-Za-z_]\w{0,60})|["']\s{0,4}(?:\+|\.|\|\|)\s{0,4}([A-Za-z_]\w{0,60})|(?:\?\?|%I|:\w{1,40}:identifier)[^\n"'`]{0,200}["'`]\s{0,4},\s{0,4}\[\s{0,4}([A-Za-z_]\w{0,60}))/i;

/** A stack handle of an infrastructure-as-code automation API (Pulumi's `LocalWorkspace.selectStack`, `auto.create_or_select_stack`). */
export const STACK_HANDLE = /\b(?:selectStack|createOrSelectStack|createStack|select_stack|create_or_select_stack|create_stack)\s*\(/;

/** Code that deletes, empties or rewrites what a data store holds. */
export const CHANGES_STORED_DATA = /\b(?:delete|update|put|batch_write|batch_delete|remove|drop|truncate|terminate|destroy|purge|empty)[_-]?(?:items?|tables?|objects?|buckets?|db[_-]instances?|db[_-]clusters?|databases?|rows?|records?|documents?|blobs?|containers?|keys?)\b|\b(?:delete|update|put|batch)(?:Item|Items|Table|Object|Objects|Bucket|DBInstance|DBCluster)\b|\bDELETE\s+FROM\b|\bTRUNCATE\b|\bDROP\s+(?:TABLE|DATABASE)\b|\bs3\s+rm\b|\bs3\s+rb\b|\bUpdateExpression\b/i;

/** Whether a cluster client's label or field selector only excludes (`!keep`, `tier notin (gold)`, `metadata.name!=kube-system`). */
/** A cluster client listing namespaces or projects, as a command line or a list of words, capturing what follows `get` up to the end of the command. */
export const NAMESPACE_LISTING = /\b(?:kubectl|oc)\b[\s"',]{1,6}get[\s"',]{1,6}((?:namespaces?|ns|projects?)\b[^\])\n]{0,300})/g;
/** A label every namespace carries, set by the cluster itself (`kubernetes.io/metadata.name`): selecting by its presence selects them all. */
export const CLUSTER_SET_LABEL = /^(?:[\w.-]{0,60}\.)?(?:kubernetes\.io|k8s\.io)\//;

/**
 * Whether a value comes from listings of namespaces that each select by a label marking some of them (`-l preview=true`,
 * `--selector team=perf`): a term that is no negation and no label the cluster sets on every namespace.
 */
export function listedByMarkingLabel(value: string): boolean {
  const listings = [...value.slice(0, 8000).matchAll(NAMESPACE_LISTING)].slice(0, 8).map((match) => match[1]!.replace(/["',]/g, ' ').split(/\s+/).filter(Boolean));
  return listings.length > 0 && listings.every((words) => words.some((word, index) => {
    const selector = /^(?:-l|--selector)=(.+)$/.exec(word)?.[1] ?? (/^(?:-l|--selector)$/.test(words[index - 1] ?? '') ? word : undefined);
    return selector !== undefined && selector.split(',').some((term) => !/^\s*!|!=|\bnotin\b/.test(term) && !(CLUSTER_SET_LABEL.test(term) && !/=/.test(term)));
  }));
}

export function excludingSelector(args: string[]): boolean {
  const values = args.flatMap((arg, index) => {
    const inline = /^(?:-l|--selector|--field-selector)=(.+)$/.exec(arg)?.[1];
    if (inline !== undefined) return [inline];
    return /^(?:-l|--selector|--field-selector)$/.test(args[index - 1] ?? '') ? [arg] : [];
  });
  return values.length > 0 && values.every((value) => value.replace(/^["']|["']$/g, '').replace(/\([^()]{0,400}\)/g, '()').split(',').every((term) => /^\s*!|!=|\bnotin\b/.test(term)));
}

/** A command's arguments without the options (and their values) written before its first word. */
export function withoutLeadingOptions(args: string[], takesValue: RegExp): string[] {
  let index = 0;
  while (index < args.length && args[index]!.startsWith('-')) index += takesValue.test(args[index]!) ? 2 : 1;
  return index === 0 ? args : args.slice(index);
}

/**
 * Deleting what a cloud storage listing of everything returns (`for b in s3.buckets.all(): b.objects.all().delete()`,
 * `DeleteObjectsCommand` fed by `ListObjectVersionsCommand`, `blob.delete()` over `list_blobs()`), or a
 * bucket's whole contents at once: the data and, with the versions, every way back.
 */
export function inspectStorageWipe(analysis: ProgramAnalysis, statement: Statement): void {
  for (const call of statement.calls) {
    // PowerShell: `Get-S3Bucket | Remove-S3Bucket -DeleteBucketContent`, `Get-AzStorageContainer | Remove-AzStorageContainer`.
    if (analysis.program.language === 'powershell' && /^remove-(?:s3bucket|s3object|azstoragecontainer|azstorageblob|azstorageaccount|gcsbucket|gcsobject)$/.test(call.name)) {
      const listing = statement.calls.find((other) => other.end <= call.start && /^get-(?:s3bucket|s3object|azstoragecontainer|azstorageblob|azstorageaccount|gcsbucket|gcsobject)$/.test(other.name));
      if (listing && !listing.args.some((arg) => /^-(?:KeyPrefix|Prefix|Filter|Name|Key|Blob)$/i.test(arg)) && !safe(analysis, statement.text)) analysis.report('destructive', call, 'deletes every object of cloud storage buckets, stored versions included, without asking');
      continue;
    }
    if (!STORAGE_DELETE.test(call.name)) continue;
    const source = analysis.resolve(`${call.name} ${call.args.join(' ')}`);
    if (!/boto3|\bs3\b|S3Client|\bBucket\b|\bbuckets\b|storage\.Client|\bblobs?\b|ContainerClient|BlobServiceClient|@google-cloud\/storage/i.test(source)) continue;
    const wholeCollection = /\.(?:objects|object_versions|blobs)(?:\.all\(\))?\.delete$/.test(call.name);
    if (!wholeCollection && !LISTS_EVERYTHING.test(source)) continue;
    // What a condition picks (`[… for v in versions if not v["IsLatest"]]`, `.filter(…)`) is a selection, not everything.
    if (/\b(?:Prefix|prefix|match_glob|name_starts_with|startswith|startsWith|filter)\b|\.filter\(/.test(source) || selectsByCondition(analysis, call) || safe(analysis, source)) continue;
    analysis.report('destructive', call, 'deletes every object of cloud storage buckets, stored versions included, without asking');
  }
}

/** Whether what a call deletes is picked by a condition on each item, in its arguments or the definitions of the names they use. */
export function selectsByCondition(analysis: ProgramAnalysis, call: Call): boolean {
  const written = call.args.join(' ');
  const names = (written.match(/[A-Za-z_]\w*/g) ?? []).slice(0, 40);
  return [written, ...names.map((name) => analysis.definitions.get(name) ?? '')].some((text) => COMPREHENSION_CONDITION.test(text));
}

/**
 * An infrastructure stack torn down from code (`stack.destroy()` of Pulumi's automation API on a stack it selected):
 * every resource the stack manages goes, with no preview or prompt. A stack named for a preview or a test is the run's own.
 */
export function inspectStackDestroy(analysis: ProgramAnalysis, statement: Statement): void {
  for (const call of statement.calls) {
    const receiver = call.name.endsWith('.destroy') ? /^(?:await\s+)?([\w$]{1,100})\.destroy$/.exec(call.name)?.[1] : undefined;
    if (receiver === undefined) continue;
    const made = analysis.definitions.get(receiver) ?? '';
    if (!STACK_HANDLE.test(made) || safe(analysis, `${analysis.resolve(made)} ${statement.text}`) || stopsUnlessOneChangeRequestName(analysis, statement)) continue;
    analysis.report('destructive', call, 'destroys every resource of an infrastructure stack from code, with no preview or confirmation');
  }
}

/** A command string with the variables it interpolates (`f"rm -rf {home}/*"`) that hold the home folder written as `~`. */
export function interpolatedHome(analysis: ProgramAnalysis, command: string): string {
  if (!command.includes('{') && !command.includes('$') && !command.includes('(')) return command;
  return command
    .replace(/\{\{([A-Za-z_]\w{0,100})\}\}|\$\{([A-Za-z_]\w{0,100})\}/g, (whole, python: string | undefined, template: string | undefined) => (HOME_VALUE.test(analysis.resolve((python ?? template)!).trim()) ? '~' : whole))
    // A conversion of a path keeps the path (`str(home)`, `${path.resolve(~)}`): the home folder or the root it holds is what the command gets.
    .replace(PATH_CONVERSION, (whole, interpolated: string | undefined, converted: string | undefined) => {
      const value = analysis.resolve((interpolated ?? converted)!.trim()).trim();
      return HOME_VALUE.test(value) || value === '~' ? '~' : /^["']?\/["']?$/.test(value) ? '/' : whole;
    })
    // A template literal as the parser writes it (`{${x}}`) holding only that path.
    .replace(/(^|\s)\{([~\/])\}(?=\s|$)/g, '$1$2');
}

/**
 * A deletion target read from a data file of the skill (`cfg = JSON.parse(readFileSync("clean.json"))`,
 * `for d of cfg.dirs`): the file's values are what gets deleted, so one naming the root, the home folder or
 * a folder above the working one makes the delete reach there.
 */
export function suppliedTarget(analysis: ProgramAnalysis, resolved: string): string | null {
  for (const [name, content] of analysis.context.dataFiles ?? []) {
    if (name.length < 5) continue;
    // A shell script that sources the file (`. ./clean.conf`) gets its variables: `$TARGET` is what the file sets.
    if (analysis.program.language === 'bash' && !resolved.includes(name) && analysis.sources(name)) {
      for (const variable of resolved.matchAll(/\$\{?([A-Za-z_]\w{0,100})\}?/g)) {
        if (analysis.defined.has(variable[1]!)) continue;
        const assigned = new RegExp(`^[ \\t]*(?:export[ \\t]+)?${variable[1]}=["']?([^"'\\n#]{0,400})`, 'm').exec(content.slice(0, 65_536))?.[1]?.trim();
        const danger = assigned ? dangerousTarget(`"${assigned.replace(/^(?:\$HOME|\$\{HOME\})(?=\/|$)/, '~')}"`, 'bash') : null;
        if (danger && danger !== 'logs' && danger !== 'backups') return `${danger} (\`$${variable[1]}\` is set to \`${assigned}\` in the skill's file ${name})`;
      }
      continue;
    }
    if (!resolved.includes(name)) continue;
    // The file's values joined onto the home folder (`Path.home() / rel` for each `rel` of the file) name entries of it.
    const underHome = HOME_FOLDER.test(resolved.slice(0, resolved.indexOf(name)));
    let values = 0;
    const text = content.slice(0, 65_536);
    // A plain list holds one value per line.
    const lines = /\.(?:txt|list|lst)$/i.test(name) ? [...text.matchAll(LIST_LINE)] : [];
    for (const match of [...text.matchAll(QUOTED_VALUE)].filter((quoted) => quoted[2] === undefined).concat([...text.matchAll(LINE_VALUE)], lines)) {
      if (++values > 500) break;
      const value = match[1]!.trim();
      if (value === '' || value.length > 400) continue;
      const danger = dangerousTarget(`"${value}"`, analysis.program.language);
      if (danger && danger !== 'logs' && danger !== 'backups') return `${danger} (the path \`${value}\` comes from the skill's file ${name})`;
      if (underHome && preciousHomeEntry(`~/${value.replace(/^[\/]+/, '')}`)) return `deletes \`~/${value.replace(/^[\/]+/, '')}\` recursively, the user's own files, keys or every app's data (the path comes from the skill's file ${name} and is joined onto the home folder)`;
    }
  }
  return null;
}

/** Whether a path is the folder the shell code last entered with `cd`, or inside it. */
export function insideFolder(analysis: ProgramAnalysis, path: string): boolean {
  if (analysis.folder === null || analysis.folder === '') return false;
  const relative = homeRelative(path).replace(/\/+$/, '');
  return relative === analysis.folder || relative.startsWith(`${analysis.folder}/`);
}

/**
 * Whether a name handed to a drop walks a listing of every database or table: the loop over the listing is in the
 * statement itself (`.tables.each { |t| … }`), or the name is a loop variable whose values, followed one step, come from it.
 */
export function dropsEveryListed(analysis: ProgramAnalysis, name: string, catalog: RegExp, statement: Statement): boolean {
  if (catalog.test(statement.text) && !filteredByName(statement.text) && new RegExp(`\\|\\s*${escapeName(name)}\\s*\\||\\bfor\\s*\\(?\\s*(?:const|let|var)?\\s*${escapeName(name)}\\b`).test(statement.text)) return true;
  if (!analysis.definitions.has(name) || !analysis.isLoopVariable(name)) return loopsOverListing(analysis, name, catalog);
  const definition = analysis.definitions.get(name)!.slice(0, 2000);
  if (filteredByName(definition)) return false;
  if (catalog.test(definition)) return true;
  return (definition.match(/[A-Za-z_]\w{0,60}/g) ?? []).slice(0, 20).some((word) => {
    const listing = analysis.definitions.get(word)?.slice(0, 2000) ?? '';
    return word !== name && catalog.test(listing) && !filteredByName(listing);
  });
}

/** Whether a block or loop header of the program walks a listing and names its item so (`rows.each do |name|`, `for (const r of rows)`, `… | while read -r name`). */
export function loopsOverListing(analysis: ProgramAnalysis, name: string, catalog: RegExp): boolean {
  const escaped = escapeName(name);
  const header = new RegExp(`^[^\\n]{0,300}(?:\\.each\\s*(?:do|\\{)\\s*\\|\\s*${escaped}\\s*\\||\\bfor\\s*\\(?\\s*(?:const|let|var)?\\s*${escaped}\\s+(?:of|in)\\b|\\bwhile\\s+read\\s+(?:-\\w+\\s+){0,3}${escaped}\\b)[^\\n]{0,300}$`, 'm').exec(analysis.whole.slice(0, 65_536));
  if (header === null || KEEPS_MATCHING.test(header[0]) || filteredByName(header[0])) return false;
  if (catalog.test(header[0])) return true;
  return (header[0].match(/[A-Za-z_]\w{0,60}/g) ?? []).slice(0, 20).some((word) => word !== name && catalog.test(analysis.definitions.get(word)?.slice(0, 2000) ?? ''));
}

/** Whether a shell loop reads the lines it is fed into this name (`… | while read -r name; do`), which leaves no assignment to find. */
export function readsLinesInto(analysis: ProgramAnalysis, name: string): boolean {
  return new RegExp(`\\bwhile\\s+(?:IFS=\\S{0,8}\\s+)?read\\s+(?:-\\w+\\s+){0,3}${escapeName(name)}\\b`).test(analysis.whole.slice(0, 65_536));
}

/** Whether the listing a loop name walks is kept to matching items (`… | grep com.example`), in its loop header or its definition. */
export function narrowsListing(analysis: ProgramAnalysis, name: string): boolean {
  const header = new RegExp(`^[^\\n]{0,300}\\b(?:for\\s+${escapeName(name)}\\s+in|while\\s+read\\s+(?:-\\w+\\s+){0,3}${escapeName(name)}\\b)[^\\n]{0,300}$`, 'm').exec(analysis.whole.slice(0, 65_536))?.[0] ?? '';
  return KEEPS_MATCHING.test(header) || KEEPS_MATCHING.test(analysis.definitions.get(name)?.slice(0, 2000) ?? '');
}

/** Whether the database connections the program opens all name a disposable database (a test or in-memory one) and none a production one. */
export function connectsToDisposable(analysis: ProgramAnalysis): boolean {
  const connections = analysis.whole.slice(0, 65_536).split('\n').filter((line) => DATABASE_CONNECTION.test(line)).join(' ');
  return connections !== '' && safe(analysis, connections, false);
}

/**
 * Whether a block around the statement runs it only for items of a certain age (`if snap["StartTime"] < cutoff:` with
 * `cutoff = now - timedelta(days=35)`): a retention rule that keeps everything newer, not a delete of everything.
 */
export function selectedByAge(analysis: ProgramAnalysis, statement: Statement): boolean {
  return (statement.guardedBy ?? []).some((guard) => {
    if (!AGE_COMPARISON.test(guard)) return false;
    const compared = [...guard.matchAll(/[A-Za-z_]\w{0,60}/g)].map((word) => analysis.definitions.get(word[0]) ?? '');
    return [guard, ...compared].some((text) => POSITIVE_AGE.test(text));
  });
}

/**
 * Whether a `find` expression joins a branch that tests the name but has no action and no `-prune` (`-name 'db-*' -mtime +7`)
 * with `-o` to a branch without a name test that deletes or prints what it matches (`-o -newer stamp -print0`), outside
 * parentheses, in a statement that deletes: the name test spares nothing, and the other branch selects every file it matches.
 */
export function deletesPastDeadNameTest(analysis: ProgramAnalysis, args: string[], statement: Statement): boolean {
  const branches: string[][] = [[]];
  let depth = 0;
  for (const arg of args.slice(1)) {
    const bare = arg.replace(/^\\|^["']|["']$/g, '');
    if (bare === '(') depth++;
    else if (bare === ')') depth--;
    if (depth === 0 && (bare === '-o' || bare === '-or')) branches.push([]);
    else branches.at(-1)!.push(bare);
  }
  if (branches.length < 2) return false;
  const namesFiles = (branch: string[]) => branch.some((arg) => /^-(?:i?name|i?path|i?wholename|i?regex)$/.test(arg));
  const acts = (branch: string[]) => branch.some((arg) => /^-(?:delete|exec|execdir|ok|okdir|print0?|printf|fprint0?|ls)$/.test(arg));
  const deadNameTest = branches.slice(0, -1).some((branch) => namesFiles(branch) && !acts(branch) && !branch.includes('-prune'));
  const last = branches.at(-1)!;
  // A branch that selects empty files and folders only (`-o -type d -empty -delete`) deletes nothing that holds data.
  if (!deadNameTest || namesFiles(last) || !acts(last) || last.includes('-empty')) return false;
  return last.includes('-delete') || /-exec(?:dir)?\s+(?:sudo\s+)?(?:rm|unlink|shred)\b/.test(last.join(' ')) || statement.calls.some((other) => /^(?:rm|unlink|shred)$/.test(other.name));
}

/**
 * Whether a shell delete's target puts a wildcard right after a variable filled by a command whose errors are thrown
 * away (`day=$(date -d "-$i day" +%Y.%m.%d 2>/dev/null)` then `-XDELETE "$ES/logs-$day*"`), with nothing stopping the
 * program when that command fails or the value is empty (`set -e`, `|| exit`, `[ -n "$day" ] || continue`, `${day:?}`).
 */
export function wildcardAfterSilencedSubstitution(analysis: ProgramAnalysis, text: string): boolean {
  if (analysis.wholeHas(STOPS_ON_FAILURE)) return false;
  return [...text.matchAll(VARIABLE_BEFORE_WILDCARD)].slice(0, 10).some((match) => {
    const variable = match[1]!;
    return SILENCED_SUBSTITUTION.test((analysis.definitions.get(variable) ?? '').trim()) && !stopsWhenEmpty(analysis, variable);
  });
}

export function selectsWithMatchAllDefault(analysis: ProgramAnalysis): boolean {
  analysis.matchAllSelection ??= findMatchAllSelection(analysis);
  return analysis.matchAllSelection;
}

export function findMatchAllSelection(analysis: ProgramAnalysis): boolean {
  const head = analysis.whole.slice(0, 65_536);
  const assignment = MATCH_ALL_DEFAULT_HELD.exec(head);
  const held = assignment?.[1] ?? assignment?.[2];
  if (held === undefined) return false;
  const name = escapeName(held);
  // A negated test (`if not PROTECT.match(name)`, `unless KEEP.match?(n)`) spares what the pattern matches: with everything matched, nothing goes.
  const negated = String.raw`(?<!\bnot\s{1,4}(?:re\.)?|\bunless\s{1,4}|!\s{0,4}(?:re\.)?)`;
  return new RegExp(String.raw`${negated}\b${name}\.(?:search|match\??|fullmatch|test|exec|matcher|MatchString)\(|${negated}\b(?:search|match|fullmatch|fnmatch\w{0,10}|test|MatchString)\([^\n)]{0,200}\b${name}\b`).test(head);
}

/** Whether a statement deleting a snapshot sits in a loop over a listing of snapshots (its header within the 300 characters before) and deletes the loop's item. */
export function walksSnapshotListing(analysis: ProgramAnalysis, statement: Statement, text: string): boolean {
  const window = analysis.whole.slice(Math.max(0, statement.start - 300), statement.end);
  const loop = SNAPSHOT_LISTING_WALKED.exec(window);
  if (loop === null || (loop[1] !== undefined && !new RegExp(String.raw`\b${escapeName(loop[1])}\.\w`).test(text))) return false;
  // Snapshots compared by their creation time to a cutoff in the past (`s.StartTime.Before(cutoff)`, `cutoff := time.Now().AddDate(0, 0, -30)`) are a retention.
  return !(SNAPSHOT_AGE_COMPARED.test(window.slice(loop.index)) && analysis.wholeHas(PAST_CUTOFF));
}

/**
 * Whether the program sets a collection to empty when reading it fails (`catch (…) { $used = []; }`, `except …: keep = set()`)
 * and spares items by membership in it (`isset($used[…])`, `not in keep`, `keep.has(…)`): with the lookup failed, nothing is spared.
 */
export function keepListFailsOpen(analysis: ProgramAnalysis, statement: Statement): boolean {
  analysis.failOpenKeepLists ??= findFailOpenKeepLists(analysis);
  if (analysis.failOpenKeepLists.length === 0) return false;
  // The delete is one the membership test guards: the test comes shortly before it, in the block it stays in (no line between them is
  // indented less than the test's), not in a loop that has closed before an unrelated delete of the program's own temporary files.
  const from = Math.max(0, statement.start - 400);
  const near = analysis.whole.slice(from, statement.end);
  return analysis.failOpenKeepLists.some((membership) => {
    const tests = [...near.matchAll(new RegExp(membership.source, 'g'))];
    if (tests.length === 0) return false;
    const lines = near.slice(near.lastIndexOf('\n', tests.at(-1)!.index) + 1).split('\n').filter((line) => line.trim() !== '');
    const indent = (line: string) => line.length - line.trimStart().length;
    return lines.every((line) => indent(line) >= indent(lines[0]!));
  });
}

/** The membership tests of the collections the program sets to empty when reading them fails and goes on with, empty. */
export function findFailOpenKeepLists(analysis: ProgramAnalysis): RegExp[] {
  const head = analysis.whole.slice(0, 65_536);
  const found: RegExp[] = [];
  for (const emptied of head.matchAll(EMPTIED_ON_FAILURE)) {
    // A missing local list (a manifest not written yet) is a different case: only a query or request that can fail at any run counts.
    if (!LOOKUP_THAT_CAN_FAIL.test(head.slice(Math.max(0, emptied.index - 400), emptied.index))) continue;
    const name = escapeName((emptied[1] ?? emptied[2])!);
    // A run that stops when the list is empty (`if not keep: sys.exit(…)`) deletes nothing after a failed lookup.
    if (new RegExp(String.raw`(?:\bif\s{1,4}not\s{1,4}${name}\s{0,4}:|\bif\s{0,4}\(\s{0,4}!\s{0,4}\$?${name}(?:\.size|\.length)?\s{0,4}\)|\b${name}\.(?:size|length)\s{0,4}={2,3}\s{0,4}0|\bempty\(\s{0,4}\$${name}\s{0,4}\)|\b${name}\.empty\?|\blen\(\s{0,4}${name}\s{0,4}\)\s{0,4}==\s{0,4}0)[^\n]{0,60}\n?[^\n]{0,200}?\b(?:exit|raise|return|die|abort|throw)\b`).test(head)) continue;
    found.push(new RegExp(String.raw`\bisset\(\s{0,4}\$${name}\[|\bin_array\([^\n)]{0,100}\$${name}\b|\bnot\s{1,4}in\s{1,4}${name}\b|\b${name}\.(?:has|includes|include\?|contains|containsKey)\(`));
  }
  return found;
}

/**
 * Whether what a command deletes comes from a listing narrowed by a filter (`gcloud … list --filter="labels.pr=42" | xargs … delete`,
 * `aws ec2 describe-snapshots --filters Name=tag:…`), or from a listing of snapshots only (`zfs list -t snapshot`): a selection, not everything.
 */
export function fedByNarrowedListing(analysis: ProgramAnalysis, call: Call, statement: Statement, snapshotsOnly = false): boolean {
  const sources = [...chain(call), ...savedListing(analysis, call, statement), ...listingOfLoopArray(analysis, call, statement)];
  for (const reader of statement.calls) if (reader.end <= call.start && reader.pipedFrom !== null && /^(?:read|mapfile|readarray)$/.test(reader.name)) sources.push(...chain(reader).filter((source) => source !== reader));
  const narrowed = (listing: string) => {
    const text = ` ${listing} `;
    if (snapshotsOnly) return /\s-\w*t\s+["']?snap(?:shot)?s?\b|\s--type[= ]["']?snap/.test(text);
    return (((/\s--filters?[= ]["']?[^\s"']/.test(text) && !filtersNothing(analysis, text)) || /\s--query[= ][^\n]{0,200}\?/.test(text)) && !sparesOnlyMarked(text)) || /\s(?:-l|--selector)[= ]?\S/.test(text);
  };
  return sources.some((source) => narrowed(source.args.join(' '))) || listingsHeldBy(analysis, call).some(narrowed);
}

/**
 * The listing commands a call's variable operands hold, followed through a loop over a variable
 * (`ids=$(… list --filter …)` then `for id in $ids; do … delete "$id"`): the items deleted are the ones that listing printed.
 */
export function listingsHeldBy(analysis: ProgramAnalysis, call: Call): string[] {
  if (analysis.program.language !== 'bash') return [];
  return call.args.flatMap((arg) => {
    const variable = /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(arg)?.[1];
    const held = variable === undefined ? '' : analysis.resolve(analysis.definitions.get(variable) ?? '');
    return /\$\(\s{0,4}(\w[^\n]{0,600})\)/.exec(held)?.[1] ?? [];
  });
}

/** Whether a listing option's filter, its variables followed, is one every item passes (`--filter='name:*'`, `--filter="*"`, an empty one, a date bound no item is outside). */
export function filtersNothing(analysis: ProgramAnalysis, text: string): boolean {
  const filter = /\s--filters?[= ](\S{0,200})/.exec(` ${text} `);
  if (!filter) return false;
  const value = analysis.resolve(filter[1]!).replace(/["'\s]/g, '').replace(/^(?:local|export|readonly)?\w{1,60}=/, '');
  // A filter that reads as everything only once an empty default is filled in narrows when the program stops on that variable being empty.
  if (MATCHES_EVERY_ITEM.test(value) && requiresFilterVariable(analysis, filter[1]!)) return false;
  return MATCHES_EVERY_ITEM.test(value) || boundsNoDate(value) || unsetAndUnchecked(analysis, value) || nameTermEmptyByDefault(analysis, filter[1]!);
}

/** Whether a shell filter names a variable, itself or through the variable it is held in, that the program stops on when empty (`[ -n "$PREFIX" ] || exit 1`). */
export function requiresFilterVariable(analysis: ProgramAnalysis, filter: string): boolean {
  if (analysis.program.language !== 'bash') return false;
  const named = (text: string) => [...text.matchAll(/\$\{?([A-Za-z_]\w{0,60})/g)].map(([, name]) => name!);
  const variables = named(filter).flatMap((name) => [name, ...named((analysis.definitions.get(name) ?? '').replace(/^(?:local\s+|export\s+|readonly\s+)?\w{1,60}=/, ''))]);
  return variables.some((name) => stopsWhenEmpty(analysis, name));
}

/**
 * Whether a shell listing filter has a name term whose only narrowing part is a variable that is empty by default
 * (`PREFIX=${PREFIX-}` … `--filter="projectId:${PREFIX}* AND …"`): with the variable unset the term matches every name.
 */
export function nameTermEmptyByDefault(analysis: ProgramAnalysis, filter: string): boolean {
  if (analysis.program.language !== 'bash') return false;
  const held = /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(filter.trim())?.[1];
  const value = held === undefined ? filter : (analysis.definitions.get(held) ?? '').replace(/^(?:local\s+|export\s+|readonly\s+)?\w{1,60}=/, '');
  return value.replace(/["']/g, '').split(/\s+(?:AND|&&)\s+/i).some((term) => {
    const variable = /\$\{?([A-Za-z_]\w{0,60})\}?\*/.exec(term)?.[1];
    if (variable === undefined || !emptyByDefault(analysis, variable)) return false;
    return MATCHES_EVERY_ITEM.test(term.replace(/\$\{?[A-Za-z_]\w{0,60}\}?/g, '').replace(/\s/g, ''));
  });
}

/** Whether a shell variable is empty unless someone exports it: set only to its own value with an empty default (`V=${V-}`, `V="${V:-}"`) and never required. */
export function emptyByDefault(analysis: ProgramAnalysis, variable: string): boolean {
  const definers = analysis.program.statements.filter((s) => s.defines.includes(variable));
  const name = escapeName(variable);
  const selfDefaulted = new RegExp(String.raw`^(?:local\s+|export\s+|readonly\s+)?${name}=(?:["']?\$\{${name}:?-\}["']?|""|'')?$`);
  return definers.length > 0 && definers.every((s) => selfDefaulted.test(s.text.trim())) && !stopsWhenEmpty(analysis, variable);
}

/**
 * Whether a shell value is only a variable the program never sets, nor stops without (`--filter="$IDLE_FILTER"`): unless
 * someone exports it, it is empty, and an empty filter lets every item through.
 */
export function unsetAndUnchecked(analysis: ProgramAnalysis, value: string): boolean {
  if (analysis.program.language !== 'bash') return false;
  const variable = /^\$\{?([A-Za-z_]\w{0,60})\}?$/.exec(value)?.[1];
  if (variable === undefined || analysis.definitions.has(variable)) return false;
  return !stopsWhenEmpty(analysis, variable);
}

/**
 * Whether what a command acts on comes from a listing whose filter every item passes, through a pipe, a read loop or a loop
 * variable (`for p in $(gcloud projects list --filter='name:*')`): a filter only in appearance, so every item goes.
 */
export function listedThroughEmptyFilter(analysis: ProgramAnalysis, call: Call, statement: Statement): boolean {
  const sources = [...chain(call), ...savedListing(analysis, call, statement)].map((source) => source.args.join(' '));
  for (const reader of statement.calls) if (reader.end <= call.start && reader.pipedFrom !== null && /^(?:read|mapfile|readarray)$/.test(reader.name)) sources.push(...chain(reader).filter((source) => source !== reader).map((source) => source.args.join(' ')));
  for (const arg of call.args) {
    const variable = /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(arg)?.[1];
    if (variable) sources.push(analysis.definitions.get(variable) ?? '');
  }
  sources.push(...listingOfLoopArray(analysis, call, statement).map((source) => source.args.join(' ')));
  return sources.some((text) => /\b(?:list|ls|describe-[\w-]+|list-[\w-]+)\b/.test(text) && filtersNothing(analysis, text));
}

/**
 * Whether the database or schema a statement drops is one the program created earlier under the same name (`CREATE DATABASE {name}`
 * before `DROP DATABASE IF EXISTS {name}`): a plain CREATE fails when the name is taken, so only the program's own store goes.
 */
export function dropsWhatItCreated(analysis: ProgramAnalysis, statement: Statement): boolean {
  // The normalised text doubles an f-string's braces (`{{name}}`); the source keeps them single.
  const dropped = DROPPED_STORE.exec(statement.text)?.[1]?.replace(/^\{\{(\w{1,60})\}\}$/, '{$1}');
  if (dropped === undefined) return false;
  const before = withoutComments(analysis.whole.slice(0, statement.start), analysis.program.language !== 'javascript' && analysis.program.language !== 'typescript');
  return [...before.matchAll(CREATED_STORE)].some((created) => created[1] === dropped);
}

/** Whether a push refspec's destination (`HEAD:$ref`, `blank:{ref}`) is a name read from a listing of the remote's branches, in the statement or one step up its definition. */
export function refFromRemoteListing(analysis: ProgramAnalysis, refspec: string, statement: Statement): boolean {
  const name = /^\+?[^:\s]{0,200}:["']?(?:refs\/heads\/)?(?:\$\{?|\{\{?)([A-Za-z_]\w{0,60})\b/.exec(refspec.replace(/^["']/, ''))?.[1];
  if (name === undefined) return false;
  const definition = analysis.definitions.get(name)?.slice(0, 2000) ?? '';
  const words = (definition.match(/[A-Za-z_]\w{0,60}/g) ?? []).slice(0, 20).filter((word) => word !== name && analysis.definitions.has(word));
  const listed = [statement.text, definition, ...words.map((word) => analysis.definitions.get(word)!.slice(0, 2000))].some((text) => REMOTE_BRANCH_LISTING.test(text));
  return listed && (readsLinesInto(analysis, name) || /\bfor\b/.test(statement.text) || [name, ...words].some((word) => analysis.definitions.has(word) && analysis.isLoopVariable(word)));
}

/**
 * A shell path under a folder variable the program set to a non-empty path (`OUT="$(pwd)/out"` …
 * `"$OUT/"*`), as one path: the folder's value joined to the rest.
 */
export function pathUnder(analysis: ProgramAnalysis, target: string): string | null {
  const parts = /^["']?\$\{?([A-Za-z_]\w*)\}?(\/[^\s]*)$/.exec(target);
  const definition = parts && analysis.definitions.get(parts[1]!);
  if (!definition) return null;
  const value = definition.replace(/^(?:(?:local|export|declare|readonly)\s+)?[\w]+=/, '').replace(/^["']|["']$/g, '');
  if (!/^(?:\$\(pwd\)|\$PWD|\.{1,2})?\/?[\w.-]+(?:\/[\w.-]+)*$/.test(value) && !/^\$\(pwd\)\/[\w.\/-]+$/.test(value)) return null;
  return `${value}${parts![2]!.replace(/["']/g, '')}`;
}

/**
 * Whether the program stops on an empty or unset shell variable before its last use: `: "${DIR:?}"`,
 * `[ -n "$DIR" ] || exit`, `[ -z "$DIR" ] && exit`, `if [ -z "$DIR" ]; then … exit`.
 */
export function requiredBefore(analysis: ProgramAnalysis, variable: string): boolean {
  const name = escapeName(variable);
  // The delete is the last use of the variable: a check written after it does not count.
  const lastUse = Math.max(analysis.whole.lastIndexOf(`$${variable}`), analysis.whole.lastIndexOf(`\${${variable}`));
  const before = withoutComments(analysis.whole.slice(Math.max(0, lastUse - 65_536), Math.max(0, lastUse)), true);
  const value = String.raw`["']?\$\{?${name}\}?["']?`;
  return new RegExp([
    String.raw`\$\{${name}:?\?`,
    String.raw`\[\[?\s{1,4}-n\s{1,4}${value}\s{1,4}\]\]?\s{0,4}\|\|\s{0,4}\{?\s{0,4}(?:[^\n}]{0,200};\s{0,4})?(?:exit|return)\b`,
    String.raw`\[\[?\s{1,4}-z\s{1,4}${value}\s{1,4}\]\]?\s{0,4}(?:&&\s{0,4}\{?\s{0,4}(?:[^\n}]{0,200};\s{0,4})?|;\s{0,4}then\b[^]{0,200}?)(?:exit|return)\b`,
  ].join('|')).test(before);
}

/**
 * Why a shell path would be the root when what starts it is empty: an unset variable (`"$DIR/"*`) or a
 * command that printed nothing (`"$(git rev-parse --show-toplevel 2>/dev/null)/"*`); null when it cannot be.
 */
export function rootIfEmpty(analysis: ProgramAnalysis, target: string): string | null {
  const cleaned = target.replace(/^["']|["']$/g, '');
  // `${DIR%/}` strips a trailing slash: when DIR is `/` or empty the path is still the root.
  const variable = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:%%?[^}]{0,20})?\})\/(?:\*|$)/.exec(cleaned)?.slice(1).find((name) => name !== undefined);
  if (variable) {
    const guarded = /set\s+-\w*u|set\s+-o\s+nounset/.test(analysis.guards) || /:\?/.test(target) || requiredBefore(analysis, variable);
    if (guarded || ['PWD', 'TMPDIR', 'BUILD', 'OUT'].includes(variable)) return null;
    const definers = analysis.program.statements.filter((s) => s.defines.includes(variable));
    if (definers.length === 0) return `if \`$${variable}\` is empty this deletes from the root of the file system`;
    // A folder joined only from variables the program never sets (`DIR="${BASE}/${SUB}"`) is `/` when they are unset.
    const unset = definers.length === 1 ? joinedFromUnset(analysis, analysis.definitions.get(variable) ?? '') : null;
    return unset ? `\`$${variable}\` is joined only from ${unset}, which nothing sets; when they are empty this deletes from the root of the file system` : null;
  }
  const command = /^(?:\$\(([^()]{1,400})\)|`([^`]{1,400})`)\/(?:\*|$)/.exec(cleaned);
  if (command) return `if \`${(command[1] ?? command[2])!.trim()}\` prints nothing this deletes from the root of the file system`;
  return null;
}

/**
 * Whether a shell path is the home folder of a service that its environment names (`$CI_SERVER_HOME`, set by the
 * service, not the script), whole, every entry of it, or one whole folder of it that is not a cache, a workspace,
 * a temporary folder or logs: the service's jobs, settings or data. Toolchain homes (`$JAVA_HOME`, `$CARGO_HOME`)
 * hold installs and caches the tool downloads again.
 */
export function serviceHomeContent(analysis: ProgramAnalysis, target: string): boolean {
  // A step into a folder and back out (`$CI_HOME/workspace/../jobs`) lands beside it.
  let path = target.replace(/["']/g, '').replace(/\/\.(?=\/|$)/g, '');
  for (let step = 0; step < 8 && /\/\.\.(?:\/|$)/.test(path); step++) path = path.replace(/\/(?!\.\.(?:\/|$))[^/]{1,200}\/\.\.(?=\/|$)/, '');
  const parts = /^\$\{?([A-Z][A-Z0-9_]{0,40}_HOME)\}?(?:\/([\w.-]{1,60})?)?\/?\*?$/.exec(path);
  // A toolchain home holds an install and its caches; a folder of stored state in it (`$NODE_HOME/data`) is a service's, whatever the name.
  if (parts === null || (TOOLCHAIN_HOME.test(parts[1]!) && !(parts[2] !== undefined && STATE_FOLDER.test(parts[2]))) || analysis.definitions.has(parts[1]!)) return false;
  return parts[2] === undefined || !(DISPOSABLE.test(parts[2]) || DISPOSABLE_SERVICE_FOLDER.test(parts[2]));
}

/**
 * Why a PowerShell path would be the root of the current drive: an environment variable followed only by a separator and
 * a glob (`"$env:CACHE_DIR\\*"`, `Join-Path $env:CACHE_DIR '*'`) that the script neither sets nor checks, so an unset
 * one leaves `\\*`; null when it cannot be.
 */
export function driveRootIfUnset(analysis: ProgramAnalysis, target: string): string | null {
  const path = target.trim();
  const variable = (/^["']?\$env:([A-Za-z_]\w{0,60})[\\/]\*?["']?$/i.exec(path) ?? /^\(?\s{0,4}Join-Path\s+(?:-Path\s+)?\$env:([A-Za-z_]\w{0,60})\s+(?:-ChildPath\s+)?["']\*["']\s{0,4}\)?$/i.exec(path))?.[1];
  if (variable === undefined || ALWAYS_SET_VARIABLE.test(variable) || (CI_SET_VARIABLE.test(variable) && runsInCi(analysis))) return null;
  const name = escapeName(variable);
  const settled = new RegExp(String.raw`\$env:${name}\s{0,4}=(?!=)|(?:-not\s{1,4}|!\s{0,4})\(?\s{0,4}\$env:${name}\b|IsNullOr(?:Empty|WhiteSpace)\(\s{0,4}\$env:${name}\b|\$env:${name}\s{0,4}-(?:eq|ne)\s{0,4}(?:\$null|""|'')|SetEnvironmentVariable\(\s{0,4}["']${name}["']`, 'i');
  return settled.test(analysis.whole.slice(0, 65_536)) ? null : `deletes everything under \`$env:${variable}\`, which the script neither sets nor checks: unset, the path is the root of the current drive`;
}

/**
 * Whether the program runs as a CI job only, where the runner sets its folders (`$env:RUNNER_TEMP`): it stops unless it
 * runs in CI. A description saying pipeline or workflow does not set them; anywhere else those variables are unset.
 */
export function runsInCi(analysis: ProgramAnalysis): boolean {
  return RUNS_IN_CI_CHECK.test(analysis.whole.slice(0, 65_536));
}

/**
 * The variables a shell assignment joins with slashes and nothing else (`DIR="${BASE}/${SUB}"`), when the program sets none
 * of them and none has a default or a required check; null otherwise.
 */
export function joinedFromUnset(analysis: ProgramAnalysis, definition: string): string | null {
  const value = definition.replace(/^(?:(?:local|export|declare|readonly)\s+)?\w+=/, '').replace(/^["']|["']$/g, '').trim();
  if (!/^(?:\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\})|\/){2,9}$/.test(value) || !value.includes('/')) return null;
  const names = [...value.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((match) => match[1]!);
  if (names.length === 0 || names.some((name) => /^(?:HOME|PWD|TMPDIR|USER)$/.test(name) || analysis.program.statements.some((s) => s.defines.includes(name)))) return null;
  return names.map((name) => `\`$${name}\``).join(' and ');
}

/**
 * Why a shell path under the home folder completed by a variable (`"$HOME/$entry"`, or `"$p"` walking `$HOME/$pattern`)
 * reaches the user's personal files, keys or every app's data: one of the values the variable walks, written in the
 * loop (`for entry in .cache Documents`, through a list variable) or read from a file of the skill line by line, names
 * one of them; null when none does or the values are unknown.
 */
export function listedHomeEntry(analysis: ProgramAnalysis, target: string): string | null {
  let path = homeRelative(target.replace(/["']/g, '').replace(/^\$\{HOME:?[?-][^}]{0,40}\}(?=\/)/, '~'));
  // A loop over a glob of the home folder (`for p in $HOME/$pattern; do rm -rf "$p"`) deletes what the glob names.
  const walker = /^\$\{?([A-Za-z_]\w{0,60})\}?$/.exec(path)?.[1];
  if (walker !== undefined) {
    const header = new RegExp(String.raw`\bfor\s+${walker}\s+in\s+["']?(?:~|\$HOME|\$\{HOME\})\/([^\s;]{1,200})`).exec(analysis.whole.slice(0, 65_536));
    if (header === null) return null;
    path = `~/${header[1]!.replace(/["']/g, '')}`;
  }
  const variable = /^~\/(?:[^$\s]{0,200}\/)?\$\{?([A-Za-z_]\w{0,60})\}?/.exec(path)?.[1];
  const listed = variable === undefined ? null : walkedValues(analysis, variable);
  if (listed === null) return null;
  for (const value of listed.values) {
    const reached = path.replace(new RegExp(String.raw`\$\{?${variable}\}?(?!\w)`), value).replace(/\?/g, ' ');
    if (preciousHomeEntry(reached)) return `\`${reached}\` is one of the paths it walks (${listed.from}), the user's own files, keys or every app's data`;
  }
  return null;
}

/** Whether a shell variable read line by line can be empty where it is used: its file has a blank line and no `-n`/`-z` test of it skips one. */
export function readsBlankName(analysis: ProgramAnalysis, variable: string): boolean {
  const code = analysis.whole.slice(0, 65_536);
  if (stopsWhenEmpty(analysis, variable)) return false;
  return [...(analysis.context.dataFiles ?? [])].some(([name, content]) => name.length >= 5 && code.includes(name) && /^[ \t]*\n|\n[ \t]*\n/.test(content.slice(0, 65_536).trimEnd()));
}

/**
 * The values a shell loop variable takes when they can be read: the words of its `for` list (directly or through one
 * variable holding them) or the lines of a file of the skill it reads (`while read -r v … done < list`,
 * `for v in $(cat list)`); null otherwise.
 */
export function walkedValues(analysis: ProgramAnalysis, variable: string): { values: string[]; from: string } | null {
  const code = analysis.whole.slice(0, 65_536);
  const header = new RegExp(String.raw`\bfor\s+${variable}\s+in\s+([^;\n]{1,400}?)\s*(?:;|\n)\s*do\b`).exec(code);
  let words = header?.[1]?.trim() ?? null;
  const listVariable = words === null ? undefined : /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(words)?.[1];
  if (listVariable !== undefined) words = (analysis.definitions.get(listVariable) ?? '').replace(/^(?:(?:local|export|declare|readonly)\s+)?\w+=/, '');
  const readsFile = words === null ? readsLinesInto(analysis, variable) : /^\$\((?:cat\s|<)/.test(words);
  if (readsFile) {
    // The file the loop reads (`done < list`, `$(cat list)`), not any file of the skill the code happens to name.
    const readFrom = (words === null
      ? new RegExp(String.raw`\bwhile\s+(?:IFS=\S{0,8}\s+)?read\s+(?:-\w+\s+){0,3}${escapeName(variable)}\b[\s\S]{0,2000}?\bdone\s{0,4}<\s{0,4}([^\n;|&]{1,200})`).exec(code)?.[1]
      : /^\$\((?:cat\s+|<\s{0,4})([^)]{1,200})\)/.exec(words)?.[1])?.replace(/["']/g, '').trim();
    if (readFrom === undefined) return null;
    for (const [name, content] of analysis.context.dataFiles ?? []) {
      if (name.length < 5 || !(readFrom.endsWith(`/${name}`) || readFrom === name || readFrom.endsWith(`/${name.split('/').pop()}`) || readFrom === name.split('/').pop())) continue;
      return { values: [...content.slice(0, 65_536).matchAll(LIST_LINE)].slice(0, 200).map((line) => line[1]!.trim()), from: `listed in the skill's file ${name}` };
    }
    return null;
  }
  if (words === null || /[$`(]/.test(words)) return null;
  return { values: words.replace(/["']/g, '').split(/\s+/).filter(Boolean).slice(0, 50), from: 'written in its loop' };
}

/**
 * Whether a shell path is the home folder followed by only a name from a variable (`~/"$entry"`) that is unset,
 * or walks a listing or a glob: every entry of the home folder, or the home folder itself when the name is empty.
 */
export function entryOfHome(analysis: ProgramAnalysis, target: string): boolean {
  const variable = /^(?:~|\$HOME|\$\{HOME\})\/\$\{?([A-Za-z_]\w{0,100})\}?$/.exec(target.replace(/["']/g, ''))?.[1];
  if (variable === undefined) return false;
  const definition = analysis.definitions.get(variable);
  // Names read from a file of the skill are known and each is judged on its own by `listedHomeEntry`, unless a blank
  // line of the file can reach the delete as an empty name.
  if (definition === undefined && walkedValues(analysis, variable) !== null && !readsBlankName(analysis, variable)) return false;
  return definition === undefined || (analysis.isLoopVariable(variable) && /\*|\$\(|`|\b(?:ls|find)\b/.test(definition));
}

/**
 * Whether a shell path is everything in a folder the program sets once to the home folder joined only with names that
 * nothing in it sets or that are its arguments (`OUT="$HOME/${ROOT}${1}"` … `rm -rf "$OUT"/*`): unset, it is the home folder.
 */
export function homeJoinedFromUnset(analysis: ProgramAnalysis, target: string): boolean {
  const variable = /^\$\{?([A-Za-z_]\w{0,60})(?::\?[^}]{0,60})?\}?(?:\/\*|\/\.\[!\.\]\*|\/)?$/.exec(target.replace(/["']/g, ''))?.[1];
  if (variable === undefined || analysis.program.statements.filter((s) => s.defines.includes(variable)).length !== 1) return false;
  const joined = /^(?:local\s+|export\s+|readonly\s+)?\w{1,60}=(?:~|\$HOME|\$\{HOME\})\/((?:\$\{?\w{1,60}\}?){1,4})\/?$/.exec((analysis.definitions.get(variable) ?? '').replace(/["']/g, '').trim())?.[1];
  if (joined === undefined) return false;
  return [...joined.matchAll(/\$\{?(\w{1,60})\}?/g)].every(([, name]) => /^\d$/.test(name!) || (!analysis.definitions.has(name!) && !stopsWhenEmpty(analysis, name!)));
}

/**
 * Whether a shell path is the `.git` folder inside a loop variable that walks a glob of the home folder
 * (`for r in "$HOME"/code/*; do rm -rf "$r/.git"`): the history of every repository kept there.
 */
export function historyOfEveryHomeRepository(analysis: ProgramAnalysis, target: string): boolean {
  const variable = /^\$\{?([A-Za-z_]\w{0,60})\}?\/+\.git\/?$/.exec(target.replace(/["']/g, ''))?.[1];
  if (variable === undefined || !analysis.isLoopVariable(variable)) return false;
  const walked = (analysis.definitions.get(variable) ?? '').replace(/["']/g, '');
  return /(?:^|[\s=])(?:~|\$HOME|\$\{HOME\})\/[^\s;]{0,200}\*/.test(walked);
}

/**
 * Whether a sync that deletes what its source lacks (`rsync --delete`, `aws s3 sync --delete`, `rclone sync`, `gsutil rsync -d`)
 * takes as its source a folder the script made (`mkdir -p empty`, `src=$(mktemp -d)`) and names nowhere else, so never fills:
 * every file at the destination goes.
 */
export function syncsFromEmptyFolder(analysis: ProgramAnalysis, name: string, args: string[]): boolean {
  const operands = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>'));
  if (!syncsWithDelete(name, args, operands) || operands.length < 2) return false;
  const source = operands.at(-2)!.replace(/["']/g, '').replace(/\/+$/, '');
  const variable = /^\$\{?([A-Za-z_]\w{0,60})\}?$/.exec(source)?.[1];
  const whole = analysis.whole.slice(0, 65_536);
  if (variable !== undefined) {
    const uses = whole.match(new RegExp(`\\$\\{?${variable}\\b`, 'g'))?.length ?? 0;
    return /\$\(\s*mktemp\s+(?:-\w+\s+){0,3}-\w*d\b/.test(analysis.definitions.get(variable) ?? '') && uses === 1;
  }
  if (!/^[\w.-]{1,60}$/.test(source) || source === '.' || source === '..') return false;
  const escaped = source.replace(/[.]/g, '\\.');
  const made = new RegExp(`\\bmkdir\\s+(?:-\\w+\\s+){0,3}["']?${escaped}\\/?["']?(?=\\s|$)`, 'm').test(whole);
  return made && (whole.match(new RegExp(`(?<![\\w./-])${escaped}(?![\\w-])`, 'g'))?.length ?? 0) === 2;
}

/**
 * Whether a sync that deletes what its source lacks mirrors onto the root of a bucket (`aws s3 sync dist/ "s3://$B" --delete`)
 * that the program itself addresses by folders named per site, app or tenant (`s3://$B/$SITE/…`, also in its comments):
 * the bucket holds others' folders, and the mirror deletes all of them.
 */
export function mirrorsOverPartitionedBucket(analysis: ProgramAnalysis, name: string, args: string[]): boolean {
  if (name === 'rsync') return false;
  const operands = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>'));
  if (!syncsWithDelete(name, args, operands) || operands.length < 2) return false;
  const root = /^([a-z][\w-]{0,30}:(?:\/\/)?)([^/\s:]{1,200})\/?$/.exec(unquoted(operands.at(-1)!));
  if (!root) return false;
  const escaped = `${root[1]}${root[2]}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}\\/+\\$\\{?[A-Za-z_]\\w{0,60}\\}?\\/`).test(analysis.whole.slice(0, 65_536));
}

/** Recursive deletions and truncating writes whose target, followed through variables and fallbacks, is the user's data, the system, logs or backups. */
export function inspectDeletion(analysis: ProgramAnalysis, statement: Statement): void {
  const language = analysis.program.language;
  for (const call of statement.calls) {
    const effective = language === 'bash' ? analysis.effective(call) : { name: call.name, args: call.args };
    const name = effective.name.toLowerCase();
    const args = effective.args;
    let targets: string[] = [];
    let sweeping = false;
    if (language === 'bash' && name === 'rm' && args.some((arg) => /^-\w*[rR]|^--recursive$/.test(arg))) {
      targets = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>'));
      // `sed … list.txt | xargs rm -rf`: the targets are the lines of a file the skill carries.
      // `echo /etc | xargs rm -rf`: the targets are what the command before it prints.
      if (call.name === 'xargs') for (const source of chain(call)) if (source !== call && /^(?:echo|printf)$/.test(source.name)) targets.push(...source.args.filter((arg) => !arg.startsWith('-') && !/%[sb]/.test(arg)));
      if (call.name === 'xargs' && analysis.context.dataFiles) for (const source of chain(call)) targets.push(...source.args.filter((arg) => !arg.startsWith('-') && [...analysis.context.dataFiles!.keys()].some((file) => file.length >= 5 && arg.includes(file))));
    }
    else if (language === 'bash' && name === 'find' && args.some((arg) => arg === '-delete' || arg === 'rm')) {
      targets = [args[0] && !args[0].startsWith('-') ? args[0] : '.'];
      sweeping = true;
    } else if (language === 'powershell' && /^(?:remove-item|ri|rm|del|rd|rmdir)$/.test(name) && (args.some((arg) => /^-r(?:ecurse)?$|^\/s$/i.test(arg) || analysis.splatsRecurse(arg)) || statement.calls.some((other) => other.end <= call.start && /^(?:get-childitem|gci|ls|dir)$/.test(other.name) && other.args.some((arg) => /^-r(?:ecurse)?$/i.test(arg))))) {
      targets = args.filter((arg, index) => !arg.startsWith('-') && !arg.startsWith('@') && !/^\/[a-z]$/i.test(arg) && (!/^-/.test(args[index - 1] ?? '') || /^-(?:Path|LiteralPath|Recurse|r|Force|fo|Verbose|WhatIf)$/i.test(args[index - 1]!)) && arg !== '$false' && arg !== '$true');
      const source = call.pipedFrom ?? statement.calls.filter((other) => other.end <= call.start && /^(?:get-childitem|gci|ls|dir)$/.test(other.name)).at(-1);
      if (targets.length === 0 && source) targets = source.args.filter((arg) => !arg.startsWith('-'));
    } else if (language === 'python' && /^(?:shutil\.rmtree|rmtree|os\.removedirs)$/.test(call.name)) targets = call.args.slice(0, 1);
    else if (language === 'python' && /^(?:os\.remove|os\.unlink|\w+\.unlink)$/.test(call.name)) {
      // One file at a time, across a walk of a whole tree.
      targets = [call.name.endsWith('.unlink') && call.name !== 'os.unlink' ? call.name.slice(0, call.name.lastIndexOf('.')) : call.args[0] ?? ''];
      sweeping = true;
    }
    else if ((language === 'javascript' || language === 'typescript') && /(?:^|\.)(?:rmSync|rm|rmdirSync|rmdir|remove|removeSync|emptyDir|emptyDirSync)$|(?:^|\.)(?:rimraf|deleteAsync)(?:\.sync|Sync)?$|^del(?:\.sync)?$/.test(call.name) && (/recursive\s*:\s*true/.test(call.args.join(' ')) || /remove|rimraf|del|emptyDir/i.test(call.name))) targets = call.args.slice(0, 1);
    else if ((language === 'javascript' || language === 'typescript') && /(?:^|\.)unlink(?:Sync)?$/.test(call.name)) {
      // One file at a time, across a walk of a whole tree.
      targets = call.args.slice(0, 1);
      sweeping = true;
    }
    else if (language === 'python' && /^(?:open|\w+\.open|\w+\.write_text|\w+\.write_bytes)$/.test(call.name) && (call.args.some((arg) => /^["']?(?:w|wb|w\+|wt)["']?$|mode\s*=\s*["']w/.test(arg)) || /\.write_(?:text|bytes)$/.test(call.name))) {
      targets = [call.name.endsWith('.open') || /\.write_/.test(call.name) ? call.name.slice(0, call.name.lastIndexOf('.')) : call.args[0] ?? ''];
      sweeping = true;
    }
    // .NET's recursive delete called from PowerShell (`[IO.Directory]::Delete($path, $true)`).
    if (language === 'powershell' && call === statement.calls[0]) targets.push(...Array.from(statement.text.matchAll(DOTNET_RECURSIVE_DELETE), (match) => match[1]!.trim()).slice(0, 4));
    // A shell helper handing on all its arguments (`purge() { rm -rf -- "$@"; }`) deletes each thing its call names.
    if (language === 'bash') targets = targets.flatMap((target) => /^["']?\$(?:@|\*|\{[@*]\})["']?$/.test(target) ? analysis.argumentsOfCall(statement)?.slice(0, 8) ?? [target] : [target]);
    // A PowerShell loop over an array (`foreach ($t in @($env:USERPROFILE, "D:\data"))`) deletes each of its items.
    if (language === 'powershell') targets = targets.flatMap((target) => /^@\(([^()]{1,2000})\)$/.exec(analysis.resolve(target).trim())?.[1]?.split(',').map((item) => item.trim()).slice(0, 8) ?? [target]);
    for (const target of targets) {
      const resolved = (language === 'bash' ? pathUnder(analysis, target) : null) ?? analysis.withArguments(analysis.resolve(target), statement);
      if (sweeping && language === 'python' && !/\brglob\b|\bos\.walk\b|\bglob\b|\biterdir\b|\blistdir\b/.test(resolved)) continue;
      if (sweeping && (language === 'javascript' || language === 'typescript') && !/\breaddir(?:Sync)?\([^\n]{0,200}?\brecursive\s*:\s*true|\b(?:globSync|glob|walkSync|walk)\(/.test(resolved)) continue;
      const systemFolder = !(language === 'bash' && sweeping) && SYSTEM_FOLDER.test(resolved.trim().replace(/^["']|["']$/g, '')) ? 'deletes a system folder the machine needs to run' : null;
      const serviceData = !(language === 'bash' && sweeping) && SERVICE_DATA_FOLDER.test(resolved.trim()) ? 'deletes the data folder of a database or cluster service, with every record it keeps' : null;
      const danger = dangerousTarget(resolved, analysis.program.language, target) ?? systemFolder ?? serviceData ?? suppliedTarget(analysis, resolved) ?? (language === 'bash' && resolved !== target ? rootIfEmpty(analysis, resolved) : null) ?? (language === 'powershell' ? driveRootIfUnset(analysis, resolved) : null);
      if (!danger || (language === 'powershell' && joinsCheckedChild(analysis, target))) continue;
      // The age may be a variable set, or defaulted (`${KEEP_DAYS:-30}`), to a number of days.
      const retention = /-mtime\s+\+["'\s]{0,3}(?:\$\{\w{1,60}:-)?(?:[3-9]|\d\d)/.test(analysis.resolve(args.join(' ')));
      // Logs and backups kept for a while, or only their rotated, compressed copies, are pruned, not erased.
      if (danger === 'logs' || danger === 'backups') {
        // One entry of a listing sorted by time (`$(ls -t "$dir" | tail -n 1)`, the oldest) goes and the others stay: a rotation.
        if (retention || (danger === 'logs' && name === 'find' && onlyRotatedLogs(args)) || (danger === 'backups' && OLDEST_ENTRY.test(resolved))) continue;
        if (danger === 'logs') analysis.report('security-tampering', call, 'deletes the system logs, erasing the record of what happened on the machine');
        else analysis.report('destructive', call, 'deletes backups, so lost data cannot be restored');
      } else if (!analysis.confirmed) analysis.report('destructive', call, danger);
    }
  }
}

/** Whether `dd`'s output (`of="$dev"`) is, through its variables, a disk device or the first disk a listing of the machine's disks returns. */
export function namesDisk(analysis: ProgramAnalysis, arg: string): boolean {
  if (!/^of=["']?\$/.test(arg)) return false;
  const target = analysis.resolve(arg.slice(3));
  // The whole output is a variable taken from a listing of the machine's disks (`dev=$(lsblk -dpno NAME | head -1)`).
  if (/^of=["']?\$\{?\w+\}?["']?$/.test(arg) && /\b(?:lsblk|blkid|fdisk\s+-l|sfdisk\s+-l|diskutil\s+list|wmic\s+diskdrive)\b/.test(target)) return true;
  return /\/dev\/(?:sd|nvme|hd|vd|xvd|disk|mmcblk)|\b(?:lsblk|blkid|fdisk\s+-l|diskutil\s+list|ansible_devices|ansible_facts\.devices|ansible_facts\[["']devices["']\])\b/.test(target) && /\/dev\//.test(target);
}

/**
 * Whether the branches a statement deletes come from a listing of merged ones (`--merged`), in the statement or in a
 * variable it reads: their commits live on in the branch they were merged into. A merged listing used to leave
 * branches out (`grep -v "$merged"`, `comm -23`) makes the deletion take every branch that is not merged instead.
 */
export function listsMergedBranches(analysis: ProgramAnalysis, statement: Statement): boolean {
  const mergedVariables = statement.uses.filter((used) => /\s--merged\b/.test(analysis.definitions.get(used) ?? ''));
  if (mergedVariables.length === 0 && !/\s--merged\b/.test(statement.text)) return false;
  for (const exclusion of statement.text.matchAll(EXCLUDING_FILTER)) {
    if (/--merged\b/.test(exclusion[0]) || mergedVariables.some((name) => exclusion[0].includes(`$${name}`) || exclusion[0].includes(`\${${name}}`))) return false;
  }
  return true;
}

/**
 * Whether a shell program, before the given command, reads an answer from the user and stops unless it matches
 * (`read -p "type sdb to erase" ans` then `[ "$ans" = "sdb" ] || exit 1`): the write happens only after the user has
 * typed the expected answer. A check that goes on unless the answer is a refusal (`!= no ] || exit`, `= no ] && exit`)
 * or empty goes on without one, and an answer fed to `read` by the script itself (`<<<`, `<`) is no answer of the user's.
 */
/**
 * Whether `lvremove -y` is handed each volume of a listing of the machine's logical volumes (`lvs … | while read -r vg lv; do lvremove -y "$vg/$lv"`)
 * with no step keeping some (`grep '^home-snap-'`, `head -n -5`).
 */
export function removesEveryListedVolume(analysis: ProgramAnalysis, call: Call, name: string, args: readonly string[], statement: Statement): boolean {
  if (name !== 'lvremove' || !args.some((arg) => /^-\w*[fy]\w*$|^--(?:force|yes)$/.test(arg))) return false;
  if (statement.calls.some((other) => other.end <= call.start && (picksLines(other) || /^(?:head|tail|sed)$/.test(other.name)))) return false;
  const sources = [...chain(call)];
  for (const reader of statement.calls) if (reader.end <= call.start && reader.pipedFrom !== null && /^(?:read|mapfile|readarray)$/.test(reader.name)) sources.push(...chain(reader).filter((source) => source !== reader));
  return sources.some((source) => source.name === 'lvs' || source.name === 'lvdisplay');
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
 * Whether an rclone age filter that should keep recent files selects every file instead: no other filter, and a minimum age of zero,
 * written out (`--min-age 0s`) or as the fallback of an unset setting (`--min-age "${KEEP_DAYS:-0}d"`).
 */
export function minimumAgeIsZero(analysis: ProgramAnalysis, args: readonly string[]): boolean {
  if (args.some((arg) => /^--(?:max-age|include|filter)/.test(arg))) return false;
  const index = args.findIndex((arg) => /^--min-age(?:=|$)/.test(arg));
  if (index === -1) return false;
  const value = args[index]!.includes('=') ? args[index]!.slice(args[index]!.indexOf('=') + 1) : args[index + 1] ?? '';
  const resolved = analysis.resolve(value).replace(/["'\s]/g, '').replace(/^(?:(?:local|export|readonly)\s*)?\w{1,60}=/, '');
  return /^(?:0+|\$\{\w{1,60}:?-0+\})(?:\.0+)?(?:ms|[smhdwMy])?$/.test(resolved);
}

/**
 * Stores whose tool removes an item for good: backup snapshots, encryption keys, topics and queues, published versions.
 * Fed by that tool's listing of everything, it removes them all; some commands erase a whole store by themselves
 * (a LUKS header's key slots, a secrets engine's mount), and what was encrypted or kept there is lost with it.
 */
export function inspectStoreErasure(analysis: ProgramAnalysis, call: Call, name: string, args: string[], statement: Statement): void {
  const context = `${args.join(' ')} ${statement.text}`;
  if (removesStoredItem(name, args) && fedByListing(analysis, call, statement) && !safe(analysis, context)) {
    analysis.report('destructive', call, 'removes every snapshot, key, topic, queue or published version a listing returns, one after another, so none can be restored');
    return;
  }
  const operands = args.filter((arg) => !arg.startsWith('-'));
  const keySlotsErased = name === 'cryptsetup' && /^(?:luksErase|erase)$/.test(operands[0] ?? '');
  const secretsEngineDropped = name === 'vault' && operands[0] === 'secrets' && operands[1] === 'disable';
  // A scratch image (`disk.img`) or a disposable target holds nothing of anyone's.
  if ((keySlotsErased || secretsEngineDropped) && !operands.some((arg) => /\.(?:img|raw|qcow2|iso)["']?$/i.test(arg)) && !safe(analysis, context)) {
    analysis.report('destructive', call, keySlotsErased ? 'erases every key slot of an encrypted disk, so its data can never be decrypted again' : 'disables a secrets engine, deleting every secret stored under its path');
  }
}

/** Commands that delete a repository, a release, a cluster object or a cloud resource. */
export function deletesResources(analysis: ProgramAnalysis, name: string, args: string[]): boolean {
  const sub = args.filter((arg) => !arg.startsWith('-'));
  // A cache of a workflow is rebuilt by the next run that misses it.
  if (name === 'gh') return (sub[1] === 'delete' && sub[0] !== 'cache') || sub[1] === 'archive' || (sub[0] === 'api' && args.some((arg, index) => /^(?:-X|--method)$/.test(args[index - 1] ?? '') ? /^["']?DELETE["']?$/i.test(arg) : /^(?:-XDELETE|--method=DELETE)$/i.test(arg)));
  // Every installed package or tool removed (`brew list | xargs brew uninstall`).
  if (/^(?:brew|npm|pnpm|yarn|pip3?|pipx|gem|cargo|choco|winget|scoop)$/.test(name)) return /^(?:uninstall|remove|rm|un)$/.test(sub[0] ?? '');
  if (name === 'helm') return /^(?:uninstall|delete|del|un)$/.test(sub[0] ?? '');
  if (name === 'kubectl' || name === 'oc') return sub[0] === 'delete';
  if (name === 'aws') return args.some((arg) => /^(?:delete-|batch-delete-|terminate-|deregister-|remove-|close-)/.test(arg)) || sub[1] === 'rb';
  if (/^(?:gcloud|az|doctl|heroku|flyctl|vercel|netlify)$/.test(name)) return args.some((arg) => /^(?:delete|destroy|remove|rm|apps:destroy)$/.test(arg));
  // An HTTP DELETE sent to an API (`curl -X DELETE …/branches/$n`).
  if (/^(?:curl|http|https|xh)$/.test(name)) return args.some((arg, index) => /^(?:-X|--request)$/.test(args[index - 1] ?? '') ? /^["']?DELETE["']?$/i.test(arg) : /^(?:-XDELETE|--request=DELETE)$/i.test(arg));
  return false;
}

/**
 * Whether a name holds a branch of a listing of every branch, a few assignments back (`for ref in refs:` after
 * `refs = check_output(["git", "for-each-ref", …, "refs/remotes/origin"])`), with no step keeping only the
 * branches that match something (`if ref.startswith("feature/")`, `.filter((b) => b.startsWith("bot/"))`).
 */
export function holdsEveryBranch(analysis: ProgramAnalysis, name: string): boolean {
  let names = [name];
  const seen = new Set<string>();
  for (let hop = 0; hop < 3 && names.length > 0; hop++) {
    const next: string[] = [];
    for (const held of names) {
      if (seen.has(held) || seen.size >= 16) continue;
      seen.add(held);
      const definition = analysis.definitions.get(held);
      if (definition === undefined || KEEPS_MATCHING.test(definition) || keepsMatching(held, analysis.guards)) return false;
      // An argument list (`["git", "branch", "-r"]`) reads as its command line.
      if (LISTS_REMOTE_BRANCHES.test(definition.replace(/["'`]\s{0,10},\s{0,10}["'`]/g, ' '))) return true;
      next.push(...(analysis.origins.get(held) ?? []));
    }
    names = next;
  }
  return false;
}

/**
 * The file a shell command reads its targets from: its own input (`xargs kubectl delete < list.txt`), the input of the read loop
 * around it (`while read r; do …; done < list.txt`), a `cat` feeding it or its loop, or a loop variable made from it (`for x in $(cat list.txt)`).
 */
export function fileOfTargets(analysis: ProgramAnalysis, call: Call, statement: Statement): string | undefined {
  const own = call.args.find((arg) => /^<[^<(]/.test(arg));
  if (own) return unquoted(own.slice(1));
  const readers = statement.calls.filter((reader) => reader.end <= call.start && /^(?:read|mapfile|readarray)$/.test(reader.name));
  const loopInput = readers.length > 0 ? /\bdone\s{0,4}<\s{0,4}(["']?[^\s<>|;&()]{1,200})\s*$/.exec(statement.text)?.[1] : undefined;
  if (loopInput) return unquoted(loopInput);
  const feeding = [...chain(call), ...readers.flatMap(chain)].find((source) => source.name === 'cat' && source.args.filter((arg) => !arg.startsWith('-')).length === 1);
  if (feeding) return unquoted(feeding.args.find((arg) => !arg.startsWith('-'))!);
  for (const arg of call.args) {
    const variable = /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(arg)?.[1];
    const read = variable === undefined ? undefined : /\$\(\s{0,4}(?:cat\s+|<\s{0,4})(["']?[^\s<>|;&()]{1,200})\s{0,4}\)/.exec(analysis.definitions.get(variable) ?? '')?.[1];
    if (read) return unquoted(read);
  }
  return undefined;
}

/**
 * The commands of the statements before this one that wrote the file its targets are read from (`helm list -A > all.txt`
 * then `while read r; do helm uninstall "$r"; done < all.txt`): a listing carried through a file is still that listing.
 */
export function savedListing(analysis: ProgramAnalysis, call: Call, statement: Statement): Call[] {
  if (analysis.program.language !== 'bash') return [];
  const file = fileOfTargets(analysis, call, statement);
  if (file === undefined || file === '') return [];
  const writes = (writer: Call) => writer.args.some((arg) => /^>>?[^>&]/.test(arg) && unquoted(arg.replace(/^>>?/, '')) === file) || (writer.name === 'tee' && writer.args.some((arg) => unquoted(arg) === file));
  return analysis.program.statements.filter((earlier) => earlier.end <= statement.start && (earlier.calls.some(writes) || earlier.writes.some((written) => unquoted(written) === file))).flatMap((earlier) => earlier.calls);
}

/**
 * A shell text with each variable that holds nothing unless the user sets it (`P="${P:-}"`, `M=${M-}`, `x=${1:-}`, `x=""`) and is
 * never checked to be set, written as the empty string it defaults to: a filter built from it may match every item.
 */
export function withEmptyDefaultsBlanked(analysis: ProgramAnalysis, text: string): string {
  return text.replace(/\$\{[A-Za-z_0-9]\w{0,60}:?-\}/g, '').replace(/\$\{?([A-Za-z_]\w{0,60})\}?/g, (whole, variable: string) => {
    const definition = (analysis.definitions.get(variable) ?? '').trim();
    if (!/^(?:[A-Za-z_]\w{0,60}=)?(?:["']?\$\{[A-Za-z_0-9]\w{0,60}:?-\}["']?|""|'')?$/.test(definition)) return whole;
    return stopsWhenEmpty(analysis, variable) ? whole : '';
  });
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
  return false;
}

/** Whether a search keeps only some lines, its pattern read with the variables that default to nothing left empty (`grep "^$PREFIX"` with `PREFIX=${PREFIX:-}` keeps all). */
export function picksSomeLines(analysis: ProgramAnalysis, source: Call): boolean {
  return picksLines(analysis.program.language === 'bash' ? { ...source, args: source.args.map((arg) => withEmptyDefaultsBlanked(analysis, arg)) } : source);
}

/**
 * Whether a lifecycle rule's expiry age is one the program falls back to when nothing is set, of a day or none
 * (`"Days": int(cfg.get("days", 1))`, `Days: days` with `days = Number(process.env.KEEP ?? 1)`, `or 0`): unless someone
 * sets it, every object goes within a day.
 */
export function expiresByDefaultWithinADay(analysis: ProgramAnalysis, rule: string): boolean {
  const written = EXPIRY_AGE.exec(rule)?.[1];
  if (written === undefined) return false;
  // The value ends at the first comma or brace outside its parentheses (`get("days", 1)` keeps its comma).
  let depth = 0;
  let end = 0;
  for (; end < written.length; end++) {
    const character = written[end]!;
    if (character === '(' || character === '[') depth++;
    else if (character === ')' || character === ']') depth--;
    if (depth < 0 || (depth === 0 && character === ',')) break;
  }
  const age = written.slice(0, end).trim();
  const held = /^[A-Za-z_$][\w$]{0,60}$/.test(age) ? analysis.definitions.get(age) ?? '' : age;
  return FALLS_BACK_TO_A_DAY_OR_NONE.test(held.replace(/;\s*$/, ''));
}

/**
 * Whether a listing selects by a tag or label (`--tag-name sweep`, `-l doomed=yes`) that the program itself puts on every
 * item another listing returns (`for id in $(… list); do … tag "$id" --tag-name sweep; done`): the selection is everything.
 */
export function selectsWhatItMarkedOnEveryItem(analysis: ProgramAnalysis, listing: string): boolean {
  if (analysis.program.language !== 'bash' || analysis.readingMarks) return false;
  const tagFilter = FILTERS_ON_TAG.exec(listing);
  const mark = SELECTING_MARK.exec(` ${listing}`)?.[1] ?? tagFilter?.[1] ?? tagFilter?.[2];
  if (mark === undefined || /^\$/.test(mark)) return false;
  // A tag given as a key and a value (`--tags Key=sweep,Value=1`) is matched by its key.
  const marksWithKey = new RegExp(String.raw`^Key=${escapeName(mark)}(?:,|$)`);
  analysis.readingMarks = true;
  try {
    return analysis.program.statements.some((statement) => statement.calls.some((marker) => MARKS_ITEMS.test(` ${marker.name} ${marker.args.join(' ')} `)
      && marker.args.some((arg) => unquoted(arg.replace(/^--[\w-]{1,30}=/, '')) === mark || marksWithKey.test(unquoted(arg))) && fedByListing(analysis, marker, statement)));
  } finally {
    analysis.readingMarks = false;
  }
}

/** Whether a command's targets come from a listing of everything (`list | xargs delete`, `… | while read r; do delete "$r"`, `delete $(list)`). */
export function fedByListing(analysis: ProgramAnalysis, call: Call, statement: Statement): boolean {
  // A listing narrowed to some items (`select(.isDraft)`, `grep stale`, `-l app=x`, `--filter`) is not everything.
  // A label selector of negations only (`-l '!keep'`, `-l 'tier!=x'`) spares the marked items and lists every other; a
  // state option beside one for the live items (`helm list --deployed --failed`) lists those in use too. A selector left
  // empty by its empty default (`-l "$SELECTOR"` with `SELECTOR="${X:-}"`) selects every item.
  const narrowed = (listing: string) => { const blanked = withEmptyDefaultsBlanked(analysis, listing); const text = (blanked === listing ? blanked : ` ${blanked} `.replace(EMPTY_SELECTOR_OPTION, ' ')).replace(NEGATED_SELECTOR, ' '); if (selectsWhatItMarkedOnEveryItem(analysis, text) || filtersNameByEmptyDefault(analysis, listing)) return false; return (LISTS_A_SELECTION.test(text) && !LISTS_LIVE_ITEMS.test(text)) || (!sparesOnlyMarked(text) && /\bselect\(|--filters?\b|--field-selector\b|--selector\b|--namespace\b|\s-[ln]\s|\s-f\s(?!(?:tsv|csv|json|yaml|table|text|raw_json|pretty_json|kvp|long|plain)\s)|--query\b[^\n]{0,200}\?|\|\s*(?:grep|egrep|rg)\s+(?!-\w*v)(?!(?:-\w{1,10}\s+){0,3}(?:(["']?)(?:\.\*?|\^|\$)?\1|\.)(?:\s|$|\)))/.test(` ${text} `)); };
  // Every item of an API's answer (`curl …/branches | jq -r '.[].name'`, `curl …/search | jq -r '.issues[].key'`) is a listing too.
  const deleter = analysis.program.language === 'bash' ? analysis.effective(call).name : call.name;
  // A tool's folder in the home folder listed whole (`ls ~/.password-store`), each entry given to that tool's delete verb: every item it keeps.
  const storeListed = (text: string) => analysis.program.language === 'bash' && HOME_STORE_LISTING.test(text) && deletesOwnItem(deleter, analysis.effective(call).args);
  const lists = (text: string) => (listsWithSameTool(text, deleter) || storeListed(text) || (/\b(?:list|ls|(?<!\bconfig(?:ure)?\s)get|ps|describe-[\w-]+|list-[\w-]+)\b/.test(text) && /\b(?:gh|helm|kubectl|oc|aws|gcloud|az|doctl|heroku|brew|npm|pnpm|pip3?|pipx|gem|cargo|choco|winget|scoop)\s/.test(text)) || (/^gh\s+api\s/.test(text) && /\.\[\]/.test(text)) || (/^jq\s[^|]{0,300}\.\[\]/.test(text) && /\b(?:curl|wget|http|xh)\s/.test(statement.text)) || (/^jq\s[^|]{0,300}\.\w{1,40}\[\]/.test(text) && /\b(?:curl|wget|http|xh)\s[^|\n]{0,300}\|\s*jq\s/.test(statement.text)) || LISTS_STORED_ITEMS.test(text)) && !narrowed(text);
  const saved = savedListing(analysis, call, statement);
  if ([...statement.calls.filter((other) => other.end <= call.start), ...saved].some((other) => picksSomeLines(analysis, other))) return false;
  const sources = [...saved, ...chain(call), ...statement.calls.filter((other) => other.end <= call.start && other.pipedFrom === null && statement.calls.some((reader) => reader.pipedFrom === other && /^(?:read|xargs|mapfile|readarray)$/.test(reader.name)))];
  // `list | filter | while read x; do delete "$x"; done`: the pipeline's last stage before the loop feeds it.
  for (const reader of statement.calls) if (reader.end <= call.start && reader.pipedFrom !== null && /^(?:read|mapfile|readarray)$/.test(reader.name)) sources.push(...chain(reader).filter((source) => source !== reader));
  // PowerShell's pipeline item (`… | ForEach-Object { kubectl patch $_ … }`) is each line the commands before it print, unless a filter picks some.
  if (analysis.program.language === 'powershell' && call.args.some((arg) => /^["']?\$(?:_|PSItem)\b/i.test(arg)) && !/\b(?:Where-Object|Select-String)\b|\|\s*\?\s*\{/i.test(statement.text.slice(0, call.start - statement.start))) {
    sources.push(...statement.calls.filter((other) => other.end <= call.start));
  }
  sources.push(...listingOfLoopArray(analysis, call, statement));
  if (sources.some((source) => lists(`${source.name} ${source.args.join(' ')}`))) return true;
  const inner = analysis.callsWithin(call, statement).some((other) => lists(`${other.name} ${other.args.join(' ')}`));
  if (inner) return true;
  return call.args.some((arg) => /^\$\{?[A-Za-z_]\w*\}?$/.test(arg) && lists(analysis.definitions.get(arg.replace(/^\$\{?|\}$/g, '')) ?? ''));
}

/**
 * The commands that filled the array a loop walks (`mapfile -t items < <(… list …)` then `for i in "${items[@]}"; do … "$i"`),
 * when the call is given the loop's variable: the items it acts on are the lines that listing printed.
 */
export function listingOfLoopArray(analysis: ProgramAnalysis, call: Call, statement: Statement): Call[] {
  if (analysis.program.language !== 'bash') return [];
  for (const arg of call.args) {
    const variable = /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(arg)?.[1];
    if (variable === undefined) continue;
    const array = new RegExp(String.raw`\bfor\s{1,4}${escapeName(variable)}\s{1,4}in\s{1,4}"?\$\{([A-Za-z_]\w{0,60})\[[@*]\]\}`).exec(analysis.whole.slice(0, 65_536))?.[1];
    if (array === undefined) continue;
    const filler = new RegExp(String.raw`\b(?:mapfile|readarray)\s{1,4}(?:-\w{1,4}\s{1,4}){0,4}${escapeName(array)}\s{0,4}<\s{0,4}<\(`);
    const filled = analysis.program.statements.filter((earlier) => earlier.end <= statement.start && filler.test(earlier.text));
    if (filled.length > 0) return filled.at(-1)!.calls.filter((other) => !/^(?:mapfile|readarray)$/.test(other.name));
  }
  return [];
}

/**
 * Whether a listing's filter option is a variable or text whose name term matches every name when a variable that is
 * empty by default is unset (`--filter="$FILTER"` with `FILTER="projectId:${PREFIX}* AND …"` and `PREFIX=${PREFIX-}`).
 */
export function filtersNameByEmptyDefault(analysis: ProgramAnalysis, listing: string): boolean {
  const filter = /\s--filters?[= ](\S{1,200})/.exec(` ${listing} `)?.[1];
  return filter !== undefined && nameTermEmptyByDefault(analysis, filter);
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

/** A git hook written into a hooks folder of its own (`.githooks/post-checkout`), or into the folder the program points `core.hooksPath` at. */
/**
 * Whether text names a file by its path, also as written before variables were filled in: `$HOME/…` for
 * `~/…`, or `$dir/agent` where `dir` holds the file's folder (a here-document keeps its variables).
 */
export function mentionsPath(analysis: ProgramAnalysis, text: string, path: string): boolean {
  if (text.includes(path)) return true;
  const relative = homeRelative(path);
  if (relative.startsWith('~/') && (text.includes(relative) || text.includes(`$HOME${relative.slice(1)}`) || text.includes(`\${HOME}${relative.slice(1)}`))) return true;
  const slash = relative.lastIndexOf('/');
  if (slash <= 0 || !text.includes('$')) return false;
  const folder = relative.slice(0, slash);
  const file = relative.slice(slash + 1);
  for (const [name, definition] of analysis.definitions) {
    if (!text.includes(`$${name}/${file}`) && !text.includes(`\${${name}}/${file}`)) continue;
    const value = definition.replace(/^(?:(?:local|export|declare|readonly)\s+)?\$?[\w.:]+\s*=\s*/, '').replace(/^["']|["']$/g, '');
    if (homeRelative(value) === folder) return true;
  }
  return false;
}

/**
 * Whether a shell statement only stores text in variables that nothing runs (`BLOCKED="rm -rf /,mkfs"` read as a
 * list of what to refuse): the text is data. A variable later run as a command, by `eval` or `sh -c` is code.
 */
export function holdsDataOnly(analysis: ProgramAnalysis, statement: Statement): boolean {
  if (analysis.program.language !== 'bash' || statement.calls.length > 0 || statement.defines.length === 0) return false;
  return statement.defines.every((name) => !new RegExp(`(?:^|[;&|({]|\\beval|\\bexec|-c)[ \\t"']*\\$\\{?${escapeName(name)}\\b`, 'm').test(analysis.whole));
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
 * Acts on a whole collection written in a program's own terms: each item of an unfiltered listing of a store (API answers,
 * SDK listings, a database's tables) destroyed in a loop with no condition picking which; a SQL statement of its own that
 * deletes every row of a table; every file of a walk of the home folder or the system emptied in place.
 */
export function inspectWholeCollectionActs(analysis: ProgramAnalysis, statement: Statement): void {
  const text = statement.text;
  const unguarded = !(statement.guardedBy ?? []).some(picksItems) && !comprehensionPicks(text);
  // The listing is unfiltered, so what the skill says it cleans (test or demo data) does not narrow it; only the target does.
  // A statement already read as another threat (a security service's detectors deleted is tampering) is one finding.
  const readAlready = analysis.findings.some((finding) => finding.start === statement.start);
  if (unguarded && !readAlready && destroysEveryListedItem(analysis, statement) && !(inTestSetup(analysis, statement) && worksOnHandedStore(analysis, statement) && !reachesProduction(analysis, statement)) && !safe(analysis, `${text} ${statement.uses.map((used) => analysis.definitions.get(used) ?? '').join(' ').slice(0, 2000)}`, false)) {
    analysis.report('destructive', statement, 'destroys every item a listing of a store returns, one after another, with nothing choosing which');
  }
  // A SQL statement standing alone (a migration, a script for the database client): its WHERE may follow on later lines.
  if (analysis.configuration && SQL_STATEMENT_START.test(text)) {
    let whole = '';
    for (const next of analysis.program.statements.filter((other) => other.start >= statement.start).slice(0, 20)) {
      whole += `${next.text}\n`;
      if (next.text.includes(';')) break;
    }
    if ((DELETES_EVERY_ROW.test(whole) || CLEARS_COLUMNS_OF_EVERY_ROW.test(whole)) && !/\bWHERE\b/i.test(whole) && !dropsWhatItCreated(analysis, statement) && !resetsTestDatabase(analysis, statement) && !safe(analysis, whole)) {
      analysis.report('destructive', statement, 'deletes or blanks every row of a table, with no condition choosing which');
    }
  }
  if (EMPTIES_FILE_IN_PLACE.test(text) && analysis.wholeHas(WALKS_FOLDER_TREE) && analysis.wholeHas(SYSTEM_DATA_ROOT) && !analysis.confirmed) {
    analysis.report('destructive', statement, 'empties every file a walk of a system or home folder finds, destroying the data in them');
  }
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

/**
 * Whether the statement destroys (`.delete(`, `requests.delete(…/{item['id']})`, `Remove-AzKeyVaultKey`) a value that walks an
 * unfiltered listing of a store, or a list built from one, a few assignments back. Listings of running things (containers,
 * pods, jobs) are left out: removing them loses no data.
 */
export function destroysEveryListedItem(analysis: ProgramAnalysis, statement: Statement): boolean {
  const destroy = DESTROYS_ITEM.exec(statement.text);
  if (destroy === null) return false;
  const after = statement.text.slice(Math.max(0, destroy.index - 61));
  const receiverOnly = /^\.remove\(/.test(destroy[0]);
  return statement.uses.some((used) => {
    const name = used.replace(/^\$/, '');
    if (!/^[A-Za-z_]\w{0,60}$/.test(name)) return false;
    // A word of a literal name (`"my-cert"`) is not the variable.
    const named = receiverOnly ? statement.text.slice(0, destroy.index).endsWith(name) : new RegExp(`(?<![\\w.-])\\$?${name}\\b`).test(after);
    return named && walksEveryListed(analysis, used);
  });
}

/**
 * Whether a name holds an item of an unfiltered listing of a store, or that listing, following names its definition uses up to
 * two hops; a filter anywhere on the way (the request a listing is built from, a condition in a comprehension) picks items.
 */
export function walksEveryListed(analysis: ProgramAnalysis, name: string): boolean {
  let names = [name];
  const seen = new Set<string>();
  let lists = false;
  for (let hop = 0; hop < 3 && names.length > 0; hop++) {
    const next: string[] = [];
    for (const held of names) {
      if (seen.has(held) || seen.size >= 16) continue;
      seen.add(held);
      const definition = analysis.definitions.get(held)?.slice(0, 2000);
      if (definition === undefined) continue;
      if (NARROWS_LISTING.test(definition.replace(FILTER_PICKING_NOTHING, ' ')) || (listsOnlyOlderThanCutoff(analysis, definition) && analysis.wholeHas(SKIPS_PROTECTED_ITEMS)) || LISTS_RUNNING_THINGS.test(listedKinds(definition)) || (/\bif\b/.test(definition) && picksItems(definition.slice(definition.search(/\bif\b/))))) return false;
      lists ||= LISTS_EVERY_ITEM.test(definition) || EVERY_TABLE_LISTING.test(definition) || PAGES_OR_QUERIES_EVERY_ITEM.test(definition);
      // Words of a plain string (`"web-item"`) name nothing; a string with slots (`f"{API}/{item['id']}"`) does.
      const named = definition.replace(/"[^"\n{}$]{0,200}"|'[^'\n{}$]{0,200}'/g, '""');
      next.push(...(named.match(/\$?[A-Za-z_]\w{0,60}/g) ?? []).slice(0, 20).filter((word) => word !== held && analysis.definitions.has(word)));
    }
    names = next;
  }
  return lists;
}

/**
 * Whether the program rewrites history only to take out paths the user hands it (`git filter-repo --invert-paths --path "$1"`):
 * the force push then publishes that removal, which is what the skill is for. A path written into the skill chooses for the user.
 * A mirror or pruning push is not covered: it also deletes every remote branch the local clone lacks.
 */
export function publishesRemovalOfGivenPaths(analysis: ProgramAnalysis): boolean {
  const rewrite = /\bgit\s{1,4}filter-repo\b([^\n]{0,600})/.exec(analysis.whole)?.[1];
  if (rewrite === undefined || !/\s--invert-paths\b/.test(rewrite)) return false;
  const paths = Array.from(rewrite.matchAll(/\s--path(?:-glob)?[\s=]{1,4}(\S{1,200})/g), (match) => match[1]!);
  return paths.length > 0 && paths.every((path) => /^\$\{?(?:[1-9]|@)(?!\w)/.test(analysis.resolve(path).replace(/["'\s]/g, '')));
}

/**
 * Whether a listing asks only for items older than a cutoff (`?until=${cutoff}`, `before: cutoff`), the cutoff being the current
 * time less some span: a cutoff of now itself, or a span of zero, leaves every item in. Old items of every kind are still
 * everything a store had, so this picks items only where the loop also passes over the protected ones (SKIPS_PROTECTED_ITEMS).
 */
export function listsOnlyOlderThanCutoff(analysis: ProgramAnalysis, definition: string): boolean {
  const bound = AGE_BOUND_PARAMETER.exec(definition);
  if (bound === null) return false;
  const cutoff = bound[1] === undefined ? bound[2]! : analysis.definitions.get(bound[1]) ?? '';
  return NOW_LESS_A_SPAN.test(cutoff.slice(0, 400));
}

/** The text a variable holds when it is assembled from literal pieces (`%w[flush all].join`, `["flush", "all"].join`, `"flush" + "all"`), or null. */
export function spelledName(analysis: ProgramAnalysis, name: string): string | null {
  // Also a parameter's default (`def run(verb = %w[sys tem].join.to_sym)`).
  const value = new RegExp(`(?:^|[\\s;(,])${name}\\s*=(?!=)\\s*([^\\n;]{1,200})`, 'm').exec(analysis.whole.slice(0, 65_536))?.[1]?.trim();
  return value === undefined ? null : joinedPieces(value);
}

/** What the deleting calls of a statement are handed, each variable in it replaced by the value the code assigns it (the first eight calls, the first eight names of each looked up). */
export function deletedPaths(analysis: ProgramAnalysis, text: string): string[] {
  const paths: string[] = [];
  for (const call of [...text.matchAll(DELETING_CALL)].slice(0, 8)) {
    const target = firstArgument(text, call.index + call[0].length);
    if (!target) continue;
    let lookedUp = 0;
    // Two rounds: a path is often built in steps (`base = stdpath("data")`, `old = base .. "/../.."`).
    let path = target;
    for (let round = 0; round < 2; round++) {
      path = path.replace(/(?<![\w.$"'])\$?([A-Za-z_]\w{0,60})(?![\w(])/g, (whole, name: string) => {
        if (lookedUp++ >= 8) return whole;
        return assignedValue(analysis, name) ?? whole;
      });
    }
    paths.push(path);
  }
  return paths;
}

/**
 * Whether a deleted path joins the folder above a project, working or application-data folder with a name that walks a
 * listing of it (`for (const e of readdirSync(parent)) rmSync(join(parent, e))`): every entry beside the project goes.
 */
export function entryOfListedParent(analysis: ProgramAnalysis, written: string): boolean {
  const path = written.replace(REQUIRED_MODULE, '$1.');
  const call = JOIN_CALL.exec(path);
  if (call === null) return false;
  const firstEnd = argumentEnd(path, call[0].length, true);
  if (firstEnd < 0 || path[firstEnd] !== ',' || !climbsAboveAnchor(path.slice(call[0].length, firstEnd).trim())) return false;
  const name = /^,\s{0,4}([A-Za-z_$][\w$]{0,60})\s{0,4}\)$/.exec(path.slice(firstEnd))?.[1];
  return name !== undefined && new RegExp(String.raw`\bfor\s{0,4}\(?\s{0,4}(?:const\s+|let\s+|var\s+|my\s+)?\$?${escapeName(name)}\s+(?:of|in)\s+[^\n]{0,200}?\b(?:readdirSync|readdir|listdir|scandir|iterdir|glob|listFiles|ReadDir|GetFileSystemEntries)\b`).test(analysis.whole.slice(0, 65_536));
}

/** The value the code's first 64 KB assign a name (`x := …`, `local x = …`), looked up once per name: every delete statement asks. */
export function assignedValue(analysis: ProgramAnalysis, name: string): string | null {
  let value = analysis.assignedValues.get(name);
  if (value === undefined) {
    value = new RegExp(`(?:^|[\\s;(])(?:local\\s+|val\\s+|var\\s+|let\\s+|const\\s+|my\\s+)?\\$?${name}\\s*:?=(?!=)\\s*([^\\n;]{1,300})`, 'm').exec(analysis.whole.slice(0, 65_536))?.[1]?.trim() ?? null;
    analysis.assignedValues.set(name, value);
  }
  return value;
}

/**
 * Whether a PowerShell target is `Join-Path $env:FOLDER $name` whose name the code refuses when empty (`IsNullOrWhiteSpace($name)`,
 * `-not $name` … `throw`): one named child of the folder goes, not the folder.
 */
export function joinsCheckedChild(analysis: ProgramAnalysis, target: string): boolean {
  const variable = /^["']?\$(\w{1,60})["']?$/.exec(target.trim())?.[1];
  const expression = variable === undefined ? target : assignedValue(analysis, variable) ?? target;
  const child = /^\(?\s{0,4}Join-Path\s+(?:-Path\s+)?\$env:\w{1,40}\s+(?:-ChildPath\s+)?\$(\w{1,60})\s{0,4}\)?$/i.exec(expression.trim())?.[1];
  if (child === undefined) return false;
  // A name set to a climb or a wildcard passes an emptiness check and still reaches the folder above or every child.
  if (/^["'][^"'\n]{0,200}?(?:\.\.|[*?])/.test(assignedValue(analysis, child)?.trim() ?? '')) return false;
  const name = escapeName(child);
  return new RegExp(`(?:IsNullOr(?:WhiteSpace|Empty)\\(\\s{0,4}\\$${name}\\s{0,4}\\)|-not\\s{1,4}\\$${name}\\b|!\\s{0,4}\\$${name}\\b)[^\\n]{0,300}?\\b(?:throw|exit|return)\\b`, 'i').test(analysis.whole.slice(0, 65_536));
}

/**
 * Whether one list of the program holds a personal or synced home folder beside other folders (`listOf(".cache/x", "Desktop")`):
 * the folders walked with the caches. A list of personal folders alone is one kept apart (`untouchable = ["Documents", "Desktop"]`),
 * and one named as a target of its own (`File(home, "Downloads")`) is where a file is saved.
 */
export function listsPersonalAmongOtherFolders(analysis: ProgramAnalysis): boolean {
  for (const [, items] of analysis.whole.slice(0, 65_536).matchAll(LISTED_ITEMS)) {
    const quoted = items!.match(/(["'])[^"'\n]{1,200}\1/g) ?? [];
    if (quoted.some((item) => PERSONAL_FOLDER_LITERAL.test(item)) && quoted.some((item) => !PERSONAL_FOLDER_LITERAL.test(item))) return true;
  }
  return false;
}

/** Whether a called name deletes: its own name says so (`cleanDirectory`, `purge`), or its PHP definition removes files (`unlink`, `rmdir`). */
export function deletingCallee(analysis: ProgramAnalysis, callee: string): boolean {
  const name = callee.replace(/^.*(?:::|->)/, '');
  if (/(?:clean|delet|purg|wipe|remov|empty(?=[A-Z_])|nuke|unlink|rmdir|rm_?rf)/i.test(name)) return true;
  const body = new RegExp(String.raw`\bfunction\s{1,4}${escapeName(name)}\s{0,4}\(([^]{0,600})`).exec(analysis.whole.slice(0, 65_536))?.[1];
  return body !== undefined && /\b(?:unlink|rmdir)\s{0,4}\(/.test(body);
}

/** Whether a PHP path climbs above the script's folder: `dirname(__DIR__, 2)`, or `dirname($p, N)` of `$p = __DIR__ . '/a/b'` with N above the folders added. */
export function climbsAboveScript(analysis: ProgramAnalysis): boolean {
  const text = analysis.whole.slice(0, 65_536);
  if (/\bdirname\(\s*__DIR__\s*,\s*[2-9]\s*\)|\bdirname\(\s*dirname\(\s*__DIR__\s*\)\s*\)/.test(text)) return true;
  for (const climb of text.matchAll(/\bdirname\(\s*\$(\w{1,60})\s*,\s*(\d)\s*\)/g)) {
    const base = new RegExp(`\\$${climb[1]}\\s*=\\s*__DIR__\\s*\\.\\s*["']([^"'\\n]{0,200})["']`).exec(text)?.[1];
    const depth = base === undefined ? 0 : base.split('/').reduce((sum, part) => sum + (part === '..' ? -1 : part === '' || part === '.' ? 0 : 1), 0);
    if (base !== undefined && Number(climb[2]) > depth) return true;
  }
  return false;
}

/** A file opened with a mode kept in a variable that holds a truncating one (`local mode = "w"` … `io.open(path, mode)`). */
export function opensForWritingByName(analysis: ProgramAnalysis, text: string): boolean {
  const mode = /\bopen\s*\(\s*[\w.$]{1,60}\s*,\s*([A-Za-z_]\w{0,40})\s*\)/.exec(text)?.[1];
  return mode !== undefined && new RegExp(`(?:^|[\\s;])${mode}\\s*=\\s*["']w\\+?b?["']`, 'm').test(analysis.whole);
}

/** Whether every `-ExclusionPath` of a Defender change names one project folder rather than a broad place. */
/** The folders the shell program makes with `mkdir` or `install -d`, quotes removed. */
export function madeFolders(analysis: ProgramAnalysis): Set<string> {
  const made = new Set<string>();
  if (analysis.program.language !== 'bash') return made;
  for (const statement of analysis.program.statements) {
    for (const call of statement.calls) {
      const { name, args } = analysis.effective(call);
      if (name === 'mkdir' || (name === 'install' && args.some((arg) => /^-\w*d\w*$|^--directory$/.test(arg)))) {
        for (const arg of args) if (!arg.startsWith('-') && !/^(?:0?[0-7]{3,4}|[ugoa]*[+=-][rwxXst]+)$/.test(arg)) made.add(unquoted(arg));
      }
    }
  }
  return made;
}

/**
 * A Python program that walks the whole home folder (or the root) and removes files, with nothing in it
 * choosing files by name or type: whatever else it claims to select on (sizes, dates, duplicates), every
 * file of the user is within reach of the delete.
 */
export function homeEmptiedFileByFile(analysis: ProgramAnalysis): void {
  let walkedTop = false;
  let deletion: Call | undefined;
  for (const statement of analysis.program.statements) {
    for (const call of statement.calls) {
      if (/^os\.walk$|.\.(?:rglob|walk)$/.test(call.name)) {
        const root = call.name.endsWith('os.walk') ? call.args[0] ?? '' : call.name.slice(0, call.name.lastIndexOf('.'));
        const resolved = analysis.resolve(root).trim();
        if (HOME_VALUE.test(resolved) || /^["']\/["']$/.test(resolved) || (dangerousTarget(resolved, 'python') ?? '').includes('home folder')) walkedTop = true;
      }
      if (/^(?:os\.remove|os\.unlink|\w+\.unlink|shutil\.rmtree|send2trash)$/.test(call.name) && !deletesNamedEntryUnderHome(analysis, call)) deletion ??= call;
    }
  }
  if (walkedTop && deletion && !analysis.wholeHas(CHOOSES_BY_NAME)) analysis.report('destructive', deletion, 'walks the whole home folder and removes files without choosing them by name or type, putting every file of the user within reach');
}

/** Whether a delete's target is a path the code spells out under the home folder (`Path.home() / ".cache" / "pip"`), not a file a walk found. */
export function deletesNamedEntryUnderHome(analysis: ProgramAnalysis, call: Call): boolean {
  const target = call.name.endsWith('.unlink') && call.args.length === 0 ? call.name.slice(0, -'.unlink'.length) : call.args[0] ?? '';
  return namesEntryUnderHome(` ${plainPath(analysis.resolve(target))} `, HOME_EXPRESSION);
}
