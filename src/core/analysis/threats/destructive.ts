// Readings of destruction: delete targets and their scope, guards, listings walked, test and disposable environments.
import type { Call } from '../program.ts';
import { DISPOSABLE, namesEntryUnderHome } from '../vocabulary.ts';
import { escapeName, PASSWORD_PROMPTER, unquoted } from './common.ts';
import { LOOPBACK_NAME } from './hosts.ts';

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
export const XML_IDENTIFIERS = /<!DOCTYPE\s[^>\n]{0,400}>|\bxmlns(?::\w{1,40})?=["'][^"'\n]{0,400}["']/gi;
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

/** Something that relays a local port elsewhere: socat, netcat or an SSH tunnel, a proxy setting, a redirecting firewall rule, a tunnel tool. */
export const FORWARDER = /\b(?:socat|ncat|nc|netcat|ngrok|cloudflared|frpc|chisel|rinetd|redir|systemd-socket-proxyd|port-forward|proxy_pass|DNAT)\b|\bssh\b[^\n]{0,200}\s-[a-zA-Z]{0,6}[LRD]\b|\b(?:https?|all)_proxy\b|\bproxies\s{0,4}=|--proxy\b|\bREDIRECT\b|\bportproxy\b/i;
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

/** A release tag as a path part of a forge's raw file address (`v1.37.2`, `2.0.1`). */
export const RELEASE_TAG = /^v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][\w.]{1,40})?$/;
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
