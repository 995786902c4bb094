// Readings of destruction: delete targets and their scope, the places, stores and histories destroyed. The guards that
// confine destructive code are in destructive-guards.ts, the listings it walks in destructive-listings.ts.
import type { Call, Statement } from '../program.ts';
import { DISPOSABLE, namesEntryUnderHome, SERVICE_DATA_FOLDER } from '../vocabulary.ts';
import { chain, escapeName, HOME_VALUE, homeRelative, joinedPieces, PASSWORD_PROMPTER, PATH_CONVERSION, unquoted, withoutComments } from './common.ts';
import {
  ALWAYS_SET_VARIABLE, CI_SET_VARIABLE, inTestSetup, reachesProduction, resetsTestDatabase, runsInCi, safe, STOPS_ON_FAILURE, stopsUnlessOneChangeRequestName,
  stopsWhenEmpty, worksOnHandedStore,
} from './destructive-guards.ts';
import {
  argumentEnd, comprehensionPicks, destroysEveryListedItem, fedByListing, LIST_LINE, LISTS_EVERYTHING, picksItems, preciousHomeEntry, selectsByCondition, STORAGE_DELETE,
  walkedValues, WALKS_FOLDER_TREE,
} from './destructive-listings.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

/** A cloud CLI pointed at a local emulator (`FIRESTORE_EMULATOR_HOST=localhost:8080`, `firebase emulators:exec "…"`). */
export const LOCAL_EMULATOR_TARGET = /\b(?:FIRESTORE|FIREBASE_DATABASE|FIREBASE_STORAGE|FIREBASE_AUTH|DATASTORE|PUBSUB|BIGTABLE|SPANNER|STORAGE)_EMULATOR_HOST\s{0,4}=|\bemulators:exec\b/;

/** A request sent with the DELETE method (`curl -X DELETE`, `method: "DELETE"`). */
export const HTTP_DELETE_METHOD = /(?:-X\s*|--request[= ]\s*|method\s*[:=]\s*["']?)DELETE\b/i;

/** A bucket's whole collection of objects or stored versions deleted at once (`bucket.object_versions.batch_delete!`). */
export const OBJECT_COLLECTION_DELETED = /(?<![\w.)"'\]])[A-Za-z_]\w{0,60}\.(?:object_versions|objects|versions)(?:\(\s{0,4}\))?\.(?:batch_delete!?|delete!?|destroy)(?![\w(])/;

/** A loop over the files of the home folder, a personal folder or a system folder (`for f in ~/.ssh/*`, `for f in $(ls ~/Documents)`). */
export const SWEPT_PERSONAL_FILES = /(?:^|\s)(?:in\s+)?(?:\$\(\s*ls\s+(?:-\w+\s+)*)?["']?(?:~|\$HOME|\$\{HOME\}|\/home|\/Users|\/etc)(?:\/[\w.-]{1,100}){0,4}(?:\/\*|\s*\))/;
/** A search or loop start that is the home folder, a personal folder in it, or a system folder. */
/** A folder of the system itself or of what its services keep and serve, named whole (`/etc`, `/usr/*`, `/var/lib`, `C:\\Windows`): the machine stops working without it. */
export const SYSTEM_FOLDER = /^(?:\/(?:etc|usr|var|var\/lib|var\/www|srv|boot|bin|sbin|lib|lib64|opt|home|Users|root|System|Applications)|[A-Za-z]:[\\/](?:Windows|Users|Program Files))[\\/]?\*?$/i;

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

export const BACKUP_FOLDER = /["'][^"'\n]{0,200}\/[Bb]ackups?(?:["'\/]|$)/;

export const TRUNCATING_OPEN = /\bopen\s*\(\s*(?:my\s+)?\$?\w{1,60}\s*,\s*["']\+?>["']|\bopen\s*\(\s*[\w.$]{1,60}(?:\([^()\n]{0,200}\))?\s*,\s*["']w\+?b?["']|\.truncate\(\s*0?\s*\)|\b[Tt]runcate\s*\(\s*[\w$]|\bos\.Create\(\s*\w|\bO_TRUNC\b/;

/** A call whose name says it deletes (`rmtree`, `rm_rf`, `RemoveAll`, `rmSync`, Gradle's `delete`, a helper named `nuke`): its first argument is what goes. */
export const DELETING_CALL = /\b(?:rmtree|rm_rf|rm_r|rmSync|rm|rmdir|RemoveAll|remove_dir_all|remove_tree|deleteRecursively|deleteDirectory|delete|remove|purge|wipe|nuke|erase)\s*\(/gi;

/** A sign that a path starts at the user's home folder. */
export const HOME_FOLDER = /\bDir\.home\b|\bexpanduser\(|\bos\.homedir\(\)|\bUserHomeDir\(\)|\$HOME\b|\bENV\[["']HOME["']\]|\bgetenv\(\s*["']HOME["']\s*\)|\bPath\.home\(\)|["']~\//;

/** Whether a path expression from the home folder names the SSH or GnuPG folder itself, or a glob of everything in it, rather than one file there. */
export function namesKeyFolderWhole(expression: string): boolean {
  if (!HOME_FOLDER.test(expression)) return false;
  const literals = [...expression.matchAll(/["']([^"'\n]{0,200})["']/g)].map((match) => match[1]!);
  const folder = literals.findIndex((literal) => /^(?:~\/)?\.(?:ssh|gnupg)(?:\/\*?)?$/.test(literal));
  return folder >= 0 && literals.slice(folder + 1).every((literal) => /^\/?\*$/.test(literal));
}

/** The first argument of a call whose `(` ends just before `from`. */
export function firstArgument(text: string, from: number): string {
  const end = argumentEnd(text, from, true);
  return end < 0 ? '' : text.slice(from, end).trim();
}

/** A system or home folder named as a root (a bare "/" is too common a string to count): where a walk that empties files destroys data nobody can restore. */
export const SYSTEM_DATA_ROOT = /["'](?:\/var\/lib|\/var|\/etc|\/home|\/Users|\/root|\/opt|\/usr)\/?["']|\bexpanduser\(\s*["']~\/?["']\s*\)|\bPath\.home\(\)|\$ENV\{HOME\}|\bDir\.home\b|\bos\.homedir\(\)|\bos\.UserHomeDir\(\)|\bos\.[Gg]etenv\(\s*["']HOME["']\s*\)|(?<![=!<>])(?::=|=)\s*["']\/["']/;

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

/** A shell variable followed at once by a wildcard (`logs-$day*`, `${stamp}*`); group 1 is its name. */
export const VARIABLE_BEFORE_WILDCARD = /\$\{?([A-Za-z_]\w{0,60})\}?\*/g;
/** A shell assignment from a command substitution that throws its errors away (`d=$(date … 2>/dev/null)`) and gives no fallback or stop (`|| exit`). */
export const SILENCED_SUBSTITUTION = /^[A-Za-z_]\w{0,60}=["']?\$\((?![^\n]{0,300}\|\|)[^\n]{0,300}2>\s{0,2}\/dev\/null[^\n]{0,100}$/;

/** A database handle taken by a name and dropped (`client.use(name).database.drop`, `db.getSiblingDB(name).dropDatabase()`). */
export const STORE_OF_NAME_DROPPED = /\b(?:use|getSiblingDB|get_database|getDatabase|database|Database)\(\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\)(?:\.database)?\.(?:drop|dropDatabase|Drop)\b/;
/** A variable given the store of a name (`const d = db.getSiblingDB(name)`, `db = client.get_database(name)`); group 1 is the name. */
export const storeOfNameHeld = (variable: string): RegExp => new RegExp(String.raw`(?<![\w.])${escapeName(variable)}\s{0,4}=\s{0,4}[\w.]{0,60}\b(?:getSiblingDB|get_database|getDatabase)\(\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\)`);
export const DROPS_DATABASE_BY_NAME = /\bdropdb\b[^\n;|&]{0,200}?\s["']?\$\{?([A-Za-z_]\w{0,60})|\bDROP\s+DATABASE\s+(?:IF\s+EXISTS\s+)?(?:\\?["'`[])?(?:\$\{?|#\{|\{\{?)([A-Za-z_]\w{0,60})|\.?\bdrop_?[Dd]atabase\(\s*([A-Za-z_]\w{0,60})\s*[,)]/;
/** A recursive `rm`, as a command or as the text of one handed to another shell (`adb shell "rm -rf …"`). */
export const RECURSIVE_RM_COMMAND = /(?:^|[\s"'`;(])rm\s+(?:-\w+\s+){0,3}-\w*[rR]|(?:^|[\s"'`;(])rm\s+(?:-\w+\s+){0,3}--recursive\b/;
/** The shared storage of an Android device, whole or one of its media folders whole (`/sdcard/*`, `/storage/emulated/0/DCIM`). */
export const DEVICE_SHARED_STORAGE = /(?:^|[\s"'=])\/(?:sdcard|mnt\/sdcard|storage\/emulated\/(?:\d{1,3}|\$\{?\w{1,40}\}?)|storage\/self\/primary)(?:\/(?:DCIM|Pictures|Download|Documents|Movies|Music))?(?:\/(?:\.\[!\.\]|\.)?\*)?\/?(?=["'\s,;)\]]|$)/;
/** An app's data cleared or the app removed by a name held in a variable (`pm clear "$p"`, `adb uninstall $app`); group 1 is the name. */
export const CLEARS_APP_BY_NAME = /\b(?:pm\s+clear|(?:adb|pm)\s+(?:-s\s+\S{1,100}\s+)?uninstall)\s+(?:--user\s+\S{1,20}\s+)?["']?\$\{?([A-Za-z_]\w{0,60})/;

/** A table dropped by a name held in a variable through an ORM or query builder (`drop_table(t)`, `dropTableIfExists(r.table_name)`); group 1 is the name. */
export const DROPS_TABLE_BY_NAME = /\b(?:drop_table|dropTable(?:IfExists)?|drop_table_if_exists)\s*\(?\s*([A-Za-z_$][\w$]{0,60})(?:\.\w{1,60})?\s*[,)\n]/;
/** The server's own list of its databases. */
export const DATABASE_CATALOG = /\bpg_database\b|\bSHOW\s+DATABASES\b|\bsys\.databases\b|\blist_database_names\b|\blistDatabases?\b|\bgetDBNames\b|\bpsql\s+(?:-\w+\s+){0,4}-\w*l\w*\b|\bdatabase_names\b/i;

export const TABLE_CATALOG = /\b(?:pg_tables|pg_class|information_schema\.tables|sqlite_master|sqlite_schema|sys\.tables|all_tables|user_tables)\b|\bSHOW\s+TABLES\b/i;

/** Python code choosing files by name or type: an extension, a pattern, a fixed name. */
export const CHOOSES_BY_NAME = /\.endswith\(|\.startswith\(|\bfnmatch\b|\.suffix(?:es)?\b|\bsplitext\(|\bre\.(?:search|match|fullmatch)\(|\.match\(|\.r?glob\(\s*["'](?!\*\*?(?:\/\*)?["'])|[!=]=\s*["']|\bin\s+\{\s*["']/;

/** Values of a data file: quoted strings (a key is one followed by `:`), and what follows `=` or `:` at the start of a line. */
export const QUOTED_VALUE = /"((?:[^"\\\n]|\\.){0,400})"([ \t]*:)?/g;

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

/**
 * An environment read that gives an empty text when the setting is unset, as a whole value: with an empty fallback
 * (`os.environ.get("OUT", "")`, `process.env.OUT || ""`), or Ruby's `ENV["OUT"]`, whose nil interpolates as nothing.
 */
const SETTING_OR_EMPTY = /^(?:process\.env(?:\.\w{1,60}|\[\s{0,4}["'`]\w{1,60}["'`]\s{0,4}\])\s{0,4}(?:\|\||\?\?)\s{0,4}(["'`])\1|os\.(?:environ\.get|getenv)\(\s{0,4}["']\w{1,60}["']\s{0,4},\s{0,4}(["'])\2\s{0,4}\)|ENV\[\s{0,4}["']\w{1,60}["']\s{0,4}\])$/;
/** The same in a command line whose quotes are gone (`(process.env.OUT || )`, `os.environ.get( OUT )`); the statement shows whether the fallback was empty. */
const SETTING_UNQUOTED = /^\(?\s{0,4}(?:process\.env\.\w{1,60}\s{0,4}(?:\|\||\?\?)|os\.(?:environ\.get|getenv)\(\s{0,4}\w{1,60}\s{0,4}\))\s{0,4}\)?$/;
/** An environment read with an empty fallback anywhere in a statement. */
const EMPTY_FALLBACK_READ = /\b(?:environ\.get|getenv)\(\s{0,4}["']\w{1,60}["']\s{0,4},\s{0,4}(["'])\1\s{0,4}\)|\bprocess\.env(?:\.\w{1,60}|\[\s{0,4}["'`]\w{1,60}["'`]\s{0,4}\])\s{0,4}(?:\|\||\?\?)\s{0,4}(["'`])\2/;

/**
 * What a recursive delete run as a command string starts from when that is only a setting followed by `/` or `/*`
 * (`execSync(\`rm -rf ${process.env.OUT || ""}/*\`)`, `os.system(f"rm -rf {out}/*")` with `out = os.environ.get("OUT", "")`):
 * the setting named, or null.
 */
export function rootWhenSettingUnset(analysis: ProgramAnalysis, args: string, statement: string): string | null {
  const target = /^(?:-\S{1,20}\s{1,4}){0,4}(\S[^\n]{0,300}?)\/\*?(?:\s|$)/.exec(args)?.[1]?.trim();
  if (target === undefined) return null;
  const inner = (/^\{\$?\{([^{}]{1,200})\}\}$/.exec(target)?.[1] ?? target).trim();
  if (SETTING_UNQUOTED.test(inner) && EMPTY_FALLBACK_READ.test(statement)) return `\`${inner.replace(/^\(|\)$/g, '').trim()}\``;
  const definition = /^[A-Za-z_]\w{0,60}$/.test(inner) ? analysis.definitions.get(inner)?.replace(/^\s*(?:(?:const|let|var)\s+)?[A-Za-z_]\w{0,60}\s*=\s*/, '').replace(/;?\s*$/, '') : undefined;
  if (definition !== undefined && SETTING_OR_EMPTY.test(definition)) return `\`${inner}\` (\`${definition}\`)`;
  return null;
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

/**
 * A makefile's value that falls back to a name (`$(or $(OUT),build)`, `$(if $(OUT),$(OUT),build)`, `$(firstword $(OUT) build)`,
 * read as a command of the shell), put as that name: make gives it when the setting is empty, so the path is never the root.
 */
const MAKE_FALLBACK_CALL = /\s?\$\((?:or|make_if|firstword)\s[^()\n]{0,400}?[,\s]([\w.\/-]{1,100})\s{0,4}\)\s?/g;
function withMakeFallbacks(path: string): string {
  return path.includes('$(') ? path.replace(MAKE_FALLBACK_CALL, '$1') : path;
}

export const HOME_EXPRESSION = /\$env:USERPROFILE\b|\$\{?HOME\}?|\bhomedir\(\)|\bPath\.home\(\)|\bexpanduser\(\s{0,4}["']~\/?["']\s{0,4}\)|\bos\.environ\[\s{0,4}["'](?:HOME|USERPROFILE)["']\s{0,4}\]|\b(?:environ\.get|getenv)\(\s{0,4}["'](?:HOME|USERPROFILE)["']\s{0,4}\)|\bprocess\.env\.(?:HOME|USERPROFILE)\b/g;
/** A path's leading `~` put back as the home folder (`p.replace(/^~/, os.homedir())`): the path is still the value it was made from. */
const TILDE_EXPANDED = /\.replace\(\s{0,4}(?:\/\^?~\/[gu]{0,2}|["'`]~\/?["'`])\s{0,4},\s{0,4}(?:[\w$]{1,20}\.|require\(\s{0,4}["'](?:node:)?os["']\s{0,4}\)\.)?homedir\(\)\s{0,4}\)/g;

export function dangerousTarget(target: string, language: string, written = ''): string | null {
  const resolved = plainPath(language === 'powershell' ? joinedPowerShellPath(target) : target);
  const text = ` ${resolved} `;
  if (/\/var\/log\/?\*?(?=["'\s)]|$)/.test(text)) return 'logs';
  // (Also the store of Windows File History, the user's own backup of their files.)
  if (/(?:^|[\s"'\/\\])(?:backups?|Backups?|FileHistory)(?=[\s"'\/\\]|$)/.test(text)) return 'backups';
  if (!namesEntryUnderHome(text, HOME_EXPRESSION) && /(?:\$env:(?:USERPROFILE|HOMEDRIVE|APPDATA|LOCALAPPDATA|OneDrive)|%(?:USERPROFILE|APPDATA|LOCALAPPDATA|OneDrive)%|%HOMEDRIVE%%HOMEPATH%|\[(?:System\.)?Environment\]::GetFolderPath\(\s*["']?(?:\[(?:System\.)?Environment\+SpecialFolder\]::)?(?:MyDocuments|Personal|Desktop|DesktopDirectory|MyPictures|MyMusic|MyVideos|UserProfile)["']?\s*\)|\$HOME|\$\{HOME\}|(?:^|[\s"'(])~|\bhomedir\(\)|Path\.home\(\)|expanduser\(\s*["']~\/?["']\s*\)|\bos\.environ\[\s*["'](?:HOME|USERPROFILE)["']\s*\]|\bos\.(?:environ\.get|getenv)\(\s*["'](?:HOME|USERPROFILE)["']\s*\)|\bprocess\.env(?:\.(?:HOME|USERPROFILE)\b|\[\s*["'](?:HOME|USERPROFILE)["']\s*\])|\bENV\[\s*["']HOME["']\s*\])(?:["'\s,)]*[\\/]?\s*["']?(?:Documents|Desktop|Pictures|Downloads|Music|Videos|\.ssh|\.gnupg|OneDrive)["']?)?\)*\s*["']?(?:[\\/]\*?)?["']?(?=[\s),\]]|$)/.test(text)) return 'deletes the user\'s home folder or personal folders recursively';
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

/**
 * `Join-Path $base "child"` written as the path it makes (`$base\\child`), so a named folder under a personal folder is read as that folder.
 * A child of only `.` or `..` steps (`"."`, `"..\\.."`, `"Documents\\.."`) names no folder below the base.
 */
export function joinedPowerShellPath(expression: string): string {
  return expression.replace(/\(?\s{0,4}\bJoin-Path\s+(?:-Path\s+)?(\$[\w:]{1,60})\s+(?:-ChildPath\s+)?(["'])(?![.\s]{0,10}(?:[\\/]|["']))(?![^"'\n]{0,200}[\\/]\.\.)([^"'*?\n]{1,200})\2\s{0,4}\)?/gi, '$1\\$3');
}

/** An erase done by the drive itself (`nvme format --ses=1`, `hdparm --security-erase`): every block of the drive is gone at once. */
export function erasesDriveFirmware(name: string, args: readonly string[]): boolean {
  return (name === 'nvme' && args[0] === 'format') || (name === 'hdparm' && args.some((arg) => /^--security-erase(?:-enhanced)?$/.test(arg)));
}

/**
 * A storage folder of one run, build or change (`s3://bucket/builds/$BUILD_ID/`, `gs://bucket/runs/${RUN}/**`): a named folder of
 * the bucket holding a folder picked by a value, the output a pipeline writes and later clears. A folder of backups is not one.
 */
export function namesRunFolder(arg: string): boolean {
  return RUN_FOLDER.test(arg) && !/backup|snapshot|dump/i.test(arg);
}

/** Home variables of toolchains and package managers: installs and download caches, fetched again when gone. */
export const TOOLCHAIN_HOME = /^(?:JAVA|JDK|JRE|ANDROID(?:_SDK)?|GRADLE(?:_USER)?|MAVEN|M2|ANT|CARGO|RUSTUP|GO|NVM|PYENV|RBENV|SDKMAN|VOLTA|BUN|DENO|PNPM|NPM|YARN|HOMEBREW|FLUTTER|DART|CONDA|NODE|DOTNET|NUGET|PUB|XDG_CACHE|POETRY|PIPX|UV|HF|TRANSFORMERS|TORCH|KERAS)_HOME$/;

/** A folder of stored state, settings or keys, which no toolchain install or cache has. */
export const STATE_FOLDER = /^(?:data|config|keys?|keyring[\w-]{0,20}|wallets?|db|databases?|state|secrets?)$/i;
/** Folders of a service's home that hold what it can make again: caches, workspaces, temporary files, logs. */
export const DISPOSABLE_SERVICE_FOLDER = /^(?:\.?caches?|workspaces?|logs?|tmp|temp|\.?trash|crash\w{0,20}|downloads?)$/i;

/** A listing of every item a store holds: an SDK's list or describe call, a history, a search given nothing but paging, every row of a collection, an API's JSON answer, a PowerShell `Get-`. */
/**
 * Every row of a table deleted through an ORM model with nothing narrowing it: Active Record's `Order.delete_all`,
 * `Customer.in_batches(of: 500).destroy_all`, and Prisma's `prisma.user.deleteMany()` as its `deleteMany({})` is.
 */
export const EVERY_MODEL_ROW_DELETED = /(?<![\w.])[A-Z]\w{0,60}(?:\.(?:all|unscoped)|\.in_batches(?:\(\s{0,4}(?:of:\s{0,4}[\d_]{1,10})?\s{0,4}\))?){0,2}\.(?:delete_all|destroy_all)\b|\bprisma\.\w{1,60}\.deleteMany\(\s{0,4}\)/;

/** The start of a SQL statement that changes rows. */
export const SQL_STATEMENT_START = /^\s*(?:DELETE\s+FROM|UPDATE)\s/i;

/** That UPDATE as the argument of a command, ending with the statement or the argument. */
export const CLIENT_CLEARS_COLUMNS_OF_EVERY_ROW = /\bUPDATE\s+[\w.`[\]]{1,200}\s+SET\s+(?:[\w`[\]]{1,60}\s{0,4}=\s{0,4}(?:NULL|'')\s{0,4},\s{0,4}){0,20}[\w`[\]]{1,60}\s{0,4}=\s{0,4}(?:NULL|'')\s{0,4}(?:;|["'`)]|\\n|$)/im;

/** An UPDATE that sets columns to nothing (`SET password_hash = NULL, token = ''`), the data in them gone. */
export const CLEARS_COLUMNS_OF_EVERY_ROW = /^\s*UPDATE\s+[\w."`[\]]{1,200}\s+SET\s+(?:[\w"`[\]]{1,60}\s*=\s*(?:NULL|''|"")\s*,\s*){0,20}[\w"`[\]]{1,60}\s*=\s*(?:NULL|''|"")\s*;?\s*$/i;

/** A file emptied where it is (`fs.truncateSync(p, 0)`, `writeFileSync(p, "")`). */
export const EMPTIES_FILE_IN_PLACE = /\btruncate(?:Sync)?\(\s*[\w$.]{1,60}\s*,\s*0\s*\)|\bwriteFileSync\(\s*[\w$.]{1,60}\s*,\s*(?:""|''|``)\s*\)/;

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

export const CURRENT_USER = /\$\{?(?:USER|LOGNAME|SUDO_USER)\b|\$\(\s{0,4}(?:whoami|id\s+-u?n|logname)\s{0,4}\)|`(?:whoami|id\s+-u?n|logname)`|\$env:USERNAME\b|\[(?:System\.)?Environment\]::UserName\b|%USERNAME%|\bgetpass\.getuser\b|\bos\.userInfo\(|\bos\.getlogin\b/i;

/** A SQL statement that drops or empties a database, a schema or a table. */
export const DROPS_OR_EMPTIES = /\b(?:DROP\s+(?:DATABASE|SCHEMA|TABLE)|TRUNCATE|DELETE\s+FROM)\b/i;

/** A shell text with the affixes its expansions strip or replace left out (`${db%_test}`, `${db/_test/}` name `$db` without `_test`, not a test database). */
export const withoutRemovedAffixes = (text: string): string => text.replace(/\$\{([A-Za-z_]\w{0,60})(?:%%?|##?|\/\/?)[^}]{0,100}\}/g, '$${$1}');

/** A sync that deletes at its destination what its source lacks (`rsync --delete`, `aws s3 sync --delete`, `rclone sync`, `gsutil rsync -d`). */
export function syncsWithDelete(name: string, args: string[], operands: string[]): boolean {
  return (name === 'rsync' && args.some((arg) => /^--delete/.test(arg))) || (name === 'aws' && operands[0] === 's3' && operands[1] === 'sync' && args.includes('--delete'))
    || (name === 'rclone' && operands[0] === 'sync') || (name === 'gsutil' && operands.includes('rsync') && args.some((arg) => /^-\w*d/.test(arg)));
}

/** A shell text without its input redirections (`< /tmp/names.txt`, `<list`), keeping here-documents and here-strings. */
export const withoutInputFiles = (text: string): string => text.replace(/(?<![<\d])<(?![<(&])\s{0,4}["']?[^\s"'<>|;&()]{1,200}["']?/g, ' ');

/** Encrypting a file with a key of the program's choosing. */
export const ENCRYPTS = /\bopenssl\s+(?:enc|aes-\d{3}-\w{3})\b(?![^\n]{0,200}\s-d\b)|\bgpg\s+(?:--batch\s+)?(?:-c|--symmetric|--encrypt|-e)\b|\bage\s+(?:-p|--passphrase|-r)\b|\bFernet\([^)]{0,200}\)\.encrypt\b|\.encrypt\(|\bAES\.new\(|\bcreateCipheriv\(|\bProtect-CmsMessage\b|\bConvertTo-SecureString\b[^\n]{0,200}\bAesManaged\b/;
/** Removing the original file. */
export const REMOVES_FILE = /\brm\s+(?:-\w+\s+)*["']?\$|\bshred\b|\bos\.(?:remove|unlink)\(|\.unlink\(|\bunlinkSync\(|\bRemove-Item\b/;
/** The user's own files, or a walk over a whole tree. */
export const USER_FILES = /~\/(?:Documents|Desktop|Pictures|Downloads|Music|Videos)?(?:\/\*|\b|["'\s])|\$HOME\b|\$\{HOME\}|\bexpanduser\(|\bPath\.home\(\)|\bos\.homedir\(\)|\$env:USERPROFILE|\bos\.walk\(|\bfind\s+(?:~|\/|\$HOME)/;

/** A statement that deletes one item: an HTTP DELETE named as the method, or a delete or remove call. */
export const DELETES_AN_ITEM = /["'`]DELETE["'`]|\b(?:delete|remove|destroy|unlink(?:Sync)?|rmtree|rm(?:Sync)?|rmdir(?:Sync)?|RemoveAll|Delete\w{0,40}|delete_\w{1,40})\s{0,4}\(/;
/** A working folder's whole content as a shell path (`./*`, `*`, `.`, `./.[!.]*`). */
export const WORKING_FOLDER_CONTENT = /^(?:\.\/?|(?:\.\/)?\*|(?:\.\/)?\.\[!\.\]\*|(?:\.\/)?\.\*)$/;
/** A shell folder that climbs above one a variable names (`${CACHE_ROOT}/..`, `$X/../..`): the parent of whatever it is set to, or the root when empty. */
export const ABOVE_VARIABLE_FOLDER = /^\$\{?[A-Za-z_]\w{0,60}(?::-[^}]{0,60})?\}?(?:\/\.\.){1,8}\/?$/;

/** A call that removes a file or a folder tree in a language read line by line (Swift, Kotlin, Perl), whose loops over literal lists are not traced. */
export const SCANNED_REMOVAL = /\.removeItem\(|\.deleteRecursively\(|\bremove_tree\(|\brmtree\(/;
/** The user's home folder as a call or a setting (`NSHomeDirectory()`, `System.getProperty("user.home")`, `$ENV{HOME}`, `os.getenv("HOME")`). */
export const USER_HOME_CALL = /\bNSHomeDirectory\(\)|\bhomeDirectoryForCurrentUser\b|\bgetProperty\(\s{0,4}["']user\.home["']\s{0,4}\)|\$ENV\{\s{0,4}["']?HOME["']?\s{0,4}\}|\bos\.getenv\(\s{0,4}["']HOME["']\s{0,4}\)/;

export const RCLONE_PLACEHOLDER = /^["']?remote:(?:bucket|container|path|dir|directory|folder)(?:\/(?:path|to|dir|directory|folder|subdir)){0,4}\/?["']?$/;

/** One entry at an end of a folder listed by time (`ls -1t dir | tail -n 1`: the oldest), never the whole folder. */
export const OLDEST_ENTRY = /^[^$]{0,400}\/\s*\$\(\s*ls\s+-[A-Za-z1]{0,6}t[A-Za-z1]{0,6}\s[^|()]{0,300}\|\s*(?:tail|head)\s+-(?:n\s*)?1\s*\)\s*["']?\s*$/;

/** A bucket URL whose key names at least one plain folder and then a folder picked by a variable, nothing after it but a wildcard. */
export const RUN_FOLDER = /^["']?(?:s3|gs):\/\/[^\/\s"']{1,255}\/(?:[\w.-]{1,100}\/){1,6}[^\/\s"'$]{0,100}\$[^\/\s"']{1,100}\/?(?:\*\*?)?["']?$/;
/** A database or schema dropped, capturing the name as written (`{name}`, `$DB`, `app_ci`). */
export const DROPPED_STORE = /\bDROP\s{1,10}(?:DATABASE|SCHEMA)\s{1,10}(?:IF\s{1,10}EXISTS\s{1,10})?([^\s;"'`()]{1,100})/i;
/** A database or schema created without `IF NOT EXISTS`, so the statement fails when the name is already taken. */
export const CREATED_STORE = /\bCREATE\s{1,10}(?:DATABASE|SCHEMA)\s{1,10}(?!IF\b)([^\s;"'`()]{1,100})/gi;

/** The file name of a git hook, at the end of a path. */
/** Options of a cluster client that choose where it connects and take a value. */
export const CLUSTER_CONNECTION_OPTION = /^(?:--context|--kubeconfig|--cluster|--user|--server|-s|--token|--namespace|-n|--as|--request-timeout)$/;

/**
 * A table emptied whose name is put in at run time (`DELETE FROM {table}`, `"TRUNCATE " + t`, `${t}`, `TRUNCATE \"$t\"` inside a
 * quoted shell argument, or an identifier placeholder bound to it: `raw("TRUNCATE ??", [t])`), capturing the name.
 */
export const EMPTIES_NAMED_TABLE = /\b(?:DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+\\?[`"[{]?(?:\{\{?\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\}|\$\{\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}\}|\$([A-Za-z_]\w{0,60})|["']\s{0,4}(?:\+|\.|\|\|)\s{0,4}([A-Za-z_]\w{0,60})|(?:\?\?|%I|:\w{1,40}:identifier)[^\n"'`]{0,200}["'`]\s{0,4},\s{0,4}\[\s{0,4}([A-Za-z_]\w{0,60}))/i;

/** A stack handle of an infrastructure-as-code automation API (Pulumi's `LocalWorkspace.selectStack`, `auto.create_or_select_stack`). */
export const STACK_HANDLE = /\b(?:selectStack|createOrSelectStack|createStack|select_stack|create_or_select_stack|create_stack)\s*\(/;

/** Code that deletes, empties or rewrites what a data store holds. */
export const CHANGES_STORED_DATA = /\b(?:delete|update|put|batch_write|batch_delete|remove|drop|truncate|terminate|destroy|purge|empty)[_-]?(?:items?|tables?|objects?|buckets?|db[_-]instances?|db[_-]clusters?|databases?|rows?|records?|documents?|blobs?|containers?|keys?)\b|\b(?:delete|update|put|batch)(?:Item|Items|Table|Object|Objects|Bucket|DBInstance|DBCluster)\b|\bDELETE\s+FROM\b|\bTRUNCATE\b|\bDROP\s+(?:TABLE|DATABASE)\b|\bs3\s+rm\b|\bs3\s+rb\b|\bUpdateExpression\b/i;

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
    if (versionsUnderEmptyPrefix(analysis) && !safe(analysis, source)) {
      analysis.report('destructive', call, 'deletes stored object versions by id, beyond recovery, under a prefix that falls back to empty and so covers the whole bucket');
      continue;
    }
    const wholeCollection = /\.(?:objects|object_versions|blobs)(?:\.all\(\))?\.delete$/.test(call.name);
    if (!wholeCollection && !LISTS_EVERYTHING.test(source)) continue;
    // What a condition picks (`[… for v in versions if not v["IsLatest"]]`, `.filter(…)`) is a selection, not everything.
    if (/\b(?:Prefix|prefix|match_glob|name_starts_with|startswith|startsWith|filter)\b|\.filter\(/.test(source) || selectsByCondition(analysis, call) || safe(analysis, source)) continue;
    analysis.report('destructive', call, 'deletes every object of cloud storage buckets, stored versions included, without asking');
  }
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
  // A shell loop's variable, whole or with its `~` expanded (`"${d/#\~/$HOME}"`), takes each line of a list the skill ships.
  const walker = analysis.program.language === 'bash' ? /^\s*["']?\$\{?([A-Za-z_]\w{0,60})(?:\/#?\\?~\/\$\{?HOME\}?)?\}?["']?\s*$/.exec(resolved)?.[1] : undefined;
  const walked = walker === undefined ? null : walkedValues(analysis, walker);
  for (const value of walked?.values ?? []) {
    const danger = value.length <= 400 ? dangerousTarget(`"${value}"`, 'bash') : null;
    if (danger && danger !== 'logs' && danger !== 'backups') return `${danger} (the path \`${value}\` is one it walks, ${walked!.from})`;
  }
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
      // A JSON string writes a backslash as two (`"%USERPROFILE%\\Documents"`).
      const value = (/\.json5?$/i.test(name) ? match[1]!.replace(/\\\\/g, '\\') : match[1]!).trim();
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
 * Whether a `find` expression deletes (`-delete`, `-exec rm`) before the tests that read as its selection (`-delete -name '*.log'
 * -mtime +14`): find applies its expression left to right, so every file that reaches the action goes, and the tests after it
 * narrow nothing. Only a type or depth limit before the action does not count as a selection. An expression with `-o` is left
 * to the branch check.
 */
export function deletesBeforeItsTests(args: readonly string[]): boolean {
  const start = args.findIndex((arg) => /^[-(!\\]/.test(arg));
  const expression = start < 0 ? [] : args.slice(start);
  if (expression.length === 0 || expression.some((arg) => arg === '-o' || arg === '-or')) return false;
  const action = expression.findIndex((arg, index) => arg === '-delete' || ((arg === '-exec' || arg === '-execdir') && /^(?:sudo\s+)?(?:rm|unlink|shred)$/.test(expression[index + 1] ?? '')));
  if (action < 0) return false;
  const selects = (arg: string) => /^-(?:i?name|i?path|i?wholename|i?regex|[acm](?:time|min)|newer\w{0,2}|size|user|group|uid|gid|perm|links|inum|samefile|empty)$/.test(arg);
  return !expression.slice(0, action).some(selects) && expression.slice(action + 1).some(selects);
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
    return SILENCED_SUBSTITUTION.test((analysis.definitions.get(variable) ?? '').trim()) && !stopsWhenEmpty(analysis, variable) && !refilledWhenEmpty(analysis, variable);
  });
}

/**
 * Whether every wildcard index a delete names is a shell variable followed by `*` (`$ES/${prefix}*`) that the program
 * refills with a fixed word when empty: the prefix is never empty, so the wildcard does not take every index.
 */
export function wildcardIndexOfRefilledPrefix(analysis: ProgramAnalysis, text: string): boolean {
  if (analysis.program.language !== 'bash') return false;
  const found = [...text.matchAll(new RegExp(WILDCARD_INDEX_DELETE.source, 'g'))].slice(0, 10);
  // The index segment of each match: `$name*` or `${name}*` (not `_all` nor a bare `*`).
  const prefixes = found.map((match) => /\/\$\{?(\w{1,60})\}?\*$/.exec(match[0])?.[1]);
  return prefixes.length > 0 && prefixes.every((name) => name !== undefined && refilledWhenEmpty(analysis, name));
}

/**
 * Whether the program gives a shell variable a fixed fallback of its own when it is empty (`prefix=${prefix:-nightly}`,
 * `: "${prefix:=nightly}"`): after that line the value is never empty. A fallback that is itself a variable or empty does not count.
 */
export function refilledWhenEmpty(analysis: ProgramAnalysis, variable: string): boolean {
  const name = escapeName(variable);
  // `name=${name:-word}` or `: ${name:=word}` at the start of a line, the word holding no `$`, quote or brace.
  const refill = new RegExp(String.raw`^[ \t]{0,40}(?:${name}=["']?\$\{${name}:-|:[ \t]{1,4}["']?\$\{${name}:=)[^\s$"'{}]{1,200}\}`, 'm');
  return refill.test(analysis.whole.slice(0, 65_536));
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
  // A variable read through another (`$proj = $env:X` … `"$proj\"`) comes back padded with spaces.
  const variable = (/^["']?\$env:([A-Za-z_]\w{0,60})\s{0,2}[\\/]\*?["']?$/i.exec(path) ?? /^\(?\s{0,4}Join-Path\s+(?:-Path\s+)?\$env:([A-Za-z_]\w{0,60})\s+(?:-ChildPath\s+)?["']\*["']\s{0,4}\)?$/i.exec(path))?.[1];
  if (variable === undefined || ALWAYS_SET_VARIABLE.test(variable) || (CI_SET_VARIABLE.test(variable) && runsInCi(analysis))) return null;
  const name = escapeName(variable);
  const settled = new RegExp(String.raw`\$env:${name}\s{0,4}=(?!=)|(?:-not\s{1,4}|!\s{0,4})\(?\s{0,4}\$env:${name}\b|IsNullOr(?:Empty|WhiteSpace)\(\s{0,4}\$env:${name}\b|\$env:${name}\s{0,4}-(?:eq|ne)\s{0,4}(?:\$null|""|'')|SetEnvironmentVariable\(\s{0,4}["']${name}["']`, 'i');
  return settled.test(analysis.whole.slice(0, 65_536)) ? null : `deletes everything under \`$env:${variable}\`, which the script neither sets nor checks: unset, the path is the root of the current drive`;
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

/** Whether a shell variable read line by line can be empty where it is used: its file has a blank line and no `-n`/`-z` test of it skips one. */
export function readsBlankName(analysis: ProgramAnalysis, variable: string): boolean {
  const code = analysis.whole.slice(0, 65_536);
  if (stopsWhenEmpty(analysis, variable)) return false;
  return [...(analysis.context.dataFiles ?? [])].some(([name, content]) => name.length >= 5 && code.includes(name) && /^[ \t]*\n|\n[ \t]*\n/.test(content.slice(0, 65_536).trimEnd()));
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
      // Each item a recursive listing passes down the pipeline (`Get-ChildItem -Path "$root\" -Recurse | … { Remove-Item $_.FullName }`)
      // lies under the folder it searched: that folder is the reach.
      else if (source && targets.length > 0 && targets.every((target) => /^["']?\$(?:_|PSItem)(?:\.(?:FullName|PSPath|Path))?["']?$/i.test(target)) && source.args.some((arg) => /^-r(?:ecurse)?$/i.test(arg))) {
        targets = source.args.filter((arg, index) => !arg.startsWith('-') && (!/^-/.test(source.args[index - 1] ?? '') || /^-(?:Path|LiteralPath|Recurse|r|Directory|File|Force)$/i.test(source.args[index - 1]!))).slice(0, 1);
      }
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
      const resolved = withMakeFallbacks((language === 'bash' ? pathUnder(analysis, target) : null) ?? analysis.withArguments(analysis.resolve(target.includes('homedir()') ? target.replace(TILDE_EXPANDED, '') : target), statement));
      if (sweeping && language === 'python' && !/\brglob\b|\bos\.walk\b|\bglob\b|\biterdir\b|\blistdir\b/.test(resolved)) continue;
      if (sweeping && (language === 'javascript' || language === 'typescript') && !/\breaddir(?:Sync)?\([^\n]{0,200}?\brecursive\s*:\s*true|\b(?:globSync|glob|walkSync|walk)\(/.test(resolved)) continue;
      const systemFolder = !(language === 'bash' && sweeping) && SYSTEM_FOLDER.test(resolved.trim().replace(/^["']|["']$/g, '')) ? 'deletes a system folder the machine needs to run' : null;
      const serviceData = !(language === 'bash' && sweeping) && SERVICE_DATA_FOLDER.test(resolved.trim()) ? 'deletes the data folder of a database or cluster service, with every record it keeps' : null;
      const danger = dangerousTarget(resolved, analysis.program.language, target) ?? systemFolder ?? serviceData ?? suppliedTarget(analysis, resolved) ?? (language === 'bash' && resolved !== target ? rootIfEmpty(analysis, resolved) : null) ?? (language === 'powershell' ? driveRootIfUnset(analysis, resolved) : null) ?? (ROOT_WHEN_SETTING_MISSING.test(resolved) ? 'deletes a folder read from a setting with an empty fallback and a separator after it: when the setting is missing that folder is the root of the file system' : null);
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

/** Whether a called name deletes: its own name says so (`cleanDirectory`, `purge`), or its PHP definition removes files (`unlink`, `rmdir`). */
export function deletingCallee(analysis: ProgramAnalysis, callee: string): boolean {
  const name = callee.replace(/^.*(?:::|->)/, '');
  if (/(?:clean|delet|purg|wipe|remov|empty(?=[A-Z_])|nuke|unlink|rmdir|rm_?rf)/i.test(name)) return true;
  const body = new RegExp(String.raw`\bfunction\s{1,4}${escapeName(name)}\s{0,4}\(([^]{0,600})`).exec(analysis.whole.slice(0, 65_536))?.[1];
  return body !== undefined && /\b(?:unlink|rmdir)\s{0,4}\(/.test(body);
}

/**
 * A path made of a setting with an empty fallback and a separator after it (`($cfg['dir'] ?? '') . '/'`, `(conf.get("dir") or "") + "/"`,
 * `` `${process.env.DIR ?? ""}/` ``): when the setting is missing the path is the root of the file system.
 */
export const ROOT_WHEN_SETTING_MISSING = /(?:\?\?|\?:|\|\||\bor)\s{0,4}(["'])\1\s{0,4}\)\s{0,4}(?:\.|\+)\s{0,4}(["'])[\\/]\2|(?:\?\?|\|\|)\s{0,4}(["'])\3\s{0,4}\}[\\/]`/;

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

/** A work tree that is the whole home folder or the root (`~`, `$HOME`, `/`), once quotes and the variables holding it are resolved. */
function homeOrRootTree(analysis: ProgramAnalysis, tree: string): boolean {
  return /^(?:~|\$\{?HOME\}?|\/)\/?$/.test(analysis.resolve(tree).replace(/["'\s]/g, ''));
}

/**
 * A forced `git clean` whose work tree is the home folder or the root (a bare dotfiles repository's `--work-tree=$HOME`,
 * `GIT_WORK_TREE=~`): everything there the repository does not track is untracked, so the clean deletes the user's files.
 */
export function cleansHomeWorkTree(analysis: ProgramAnalysis, statement: Statement): Call | null {
  for (const call of statement.calls) {
    if (call.name !== 'git') continue;
    const sub = call.args.indexOf('clean');
    if (sub < 0) continue;
    const options = call.args.slice(sub + 1).map(unquoted);
    if (!options.some((arg) => /^-[a-zA-Z]*f/.test(arg) || arg === '--force') || options.some((arg) => /^-[a-zA-Z]*[ni]/.test(arg) || arg === '--dry-run' || arg === '--interactive')) continue;
    let tree: string | undefined;
    call.args.slice(0, sub).forEach((arg, at, before) => {
      if (arg.startsWith('--work-tree=')) tree = arg.slice('--work-tree='.length);
      else if (arg === '--work-tree') tree = before[at + 1];
    });
    const line = analysis.whole.slice(analysis.whole.lastIndexOf('\n', call.start) + 1, call.end);
    tree ??= /\bGIT_WORK_TREE=(\S{1,200})/.exec(line)?.[1];
    if (tree === undefined && analysis.definitions.has('GIT_WORK_TREE')) tree = '$GIT_WORK_TREE';
    if (tree !== undefined && homeOrRootTree(analysis, tree)) return call;
  }
  return null;
}

/** A listing of every workspace or stack of an infrastructure tool, production ones included. */
const LISTS_EVERY_ENVIRONMENT = /\b(?:terraform|tofu)\s+workspace\s+list\b|\bpulumi\s+stack\s+(?:ls|list)\b/;

/**
 * Whether an infrastructure destroy targets a loop variable that walks every workspace or stack the tool lists
 * (`for ws in $(terraform workspace list)` … `terraform workspace select "$ws"`, `pulumi stack ls | while read s`),
 * with no filter picking some names out of the listing: every environment, production among them, is torn down.
 */
export function destroysEveryListedEnvironment(analysis: ProgramAnalysis, tool: string, args: readonly string[], call: Call): boolean {
  let target: string | undefined;
  if (tool === 'pulumi') {
    const at = args.findIndex((arg) => arg === '--stack' || arg === '-s');
    target = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith('--stack='))?.slice('--stack='.length);
  }
  else {
    const line = analysis.whole.slice(analysis.whole.lastIndexOf('\n', call.start) + 1, call.end);
    target = /\bTF_WORKSPACE=(\S{1,200})/.exec(line)?.[1] ?? lastMatchBefore(analysis, String.raw`\b(?:terraform|tofu)\s+workspace\s+select\s+(?:-\S+\s+){0,3}(\S{1,200})`, call.start)?.[1];
  }
  const variable = target === undefined ? undefined : /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(target)?.[1];
  if (variable === undefined) return false;
  const loop = lastMatchBefore(analysis, String.raw`\bfor\s+${variable}\s+in\s+([^\n;]{1,400})`, call.start);
  const reading = lastMatchBefore(analysis, String.raw`\|\s{0,4}while\s+(?:IFS=\S{0,10}\s+)?read\s+(?:-\w+\s+){0,3}${variable}\b`, call.start);
  let listing: string | undefined;
  if (loop && (!reading || loop.index! > reading.index!)) listing = loop[1];
  else if (reading) listing = analysis.whole.slice(analysis.whole.lastIndexOf('\n', reading.index!) + 1, reading.index);
  if (listing === undefined) return false;
  const resolved = analysis.resolve(listing);
  // A grep, a jq select or an awk pattern keeps some names only (`grep -E '^pr-'`); a grep -v drops some and keeps the rest.
  return LISTS_EVERY_ENVIRONMENT.test(resolved) && !/\bgrep\s+(?!-v\b)|\bselect\s*\(|\bawk\s+["']?\//.test(resolved);
}

const matchesOfPattern = new WeakMap<ProgramAnalysis, Map<string, RegExpMatchArray[]>>();

/**
 * The last match of a pattern in the program's text before `end`, as a search of that part alone finds it. The whole text
 * is searched once per pattern and analysis, so a program of many calls asking about the text before each stays linear.
 */
function lastMatchBefore(analysis: ProgramAnalysis, source: string, end: number): RegExpMatchArray | undefined {
  let byPattern = matchesOfPattern.get(analysis);
  if (!byPattern) matchesOfPattern.set(analysis, (byPattern = new Map()));
  let matches = byPattern.get(source);
  if (!matches) byPattern.set(source, (matches = [...analysis.whole.matchAll(new RegExp(source, 'g'))]));
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (matches[middle]!.index! < end) low = middle + 1;
    else high = middle;
  }
  const last = matches[low - 1];
  if (last === undefined || last.index! + last[0].length <= end) return last;
  // A match that runs past `end` is searched for again in the part before it, from where it starts.
  const again = [...analysis.whole.slice(0, end).slice(last.index).matchAll(new RegExp(source, 'g'))].at(-1);
  if (!again) return matches[low - 2];
  again.index! += last.index!;
  return again;
}

/** A fact of the whole program, worked out once per analysis however many statements ask for it. */
function programFact(compute: (analysis: ProgramAnalysis) => boolean): (analysis: ProgramAnalysis) => boolean {
  const known = new WeakMap<ProgramAnalysis, boolean>();
  return (analysis) => {
    let fact = known.get(analysis);
    if (fact === undefined) known.set(analysis, (fact = compute(analysis)));
    return fact;
  };
}

/** A value that falls back to the empty string when its setting is missing (`os.environ.get("P", "")`, `x or ""`, `env.P || ""`). */
const EMPTY_FALLBACK = /\.get\(\s{0,4}["'][^"'\n]{1,80}["']\s{0,4},\s{0,4}["']{2}\s{0,4}\)|\bor\s{1,4}["']{2}|(?:\|\||\?\?)\s{0,4}(?:["']{2}|``)/;

/**
 * Whether a storage delete removes object versions by their id (a permanent delete, no delete marker left) from a version
 * listing whose prefix falls back to empty, with nothing stopping the program when it is: the whole bucket's history goes.
 */
export const versionsUnderEmptyPrefix = programFact((analysis) => {
  if (!/\bVersionId\b/.test(analysis.whole) || !/\blist_object_versions\b|\bListObjectVersionsCommand\b|\blistObjectVersions\(/.test(analysis.whole)) return false;
  const prefix = /\bPrefix\s{0,4}[=:]\s{0,4}([A-Za-z_]\w{0,60})\b/.exec(analysis.whole)?.[1];
  if (prefix === undefined) return false;
  const value = analysis.definitions.get(prefix) ?? '';
  if (!EMPTY_FALLBACK.test(value)) return false;
  // A check that refuses an empty prefix (`if not prefix: sys.exit(…)`, `if (!prefix) throw …`) keeps the delete scoped.
  return !new RegExp(String.raw`\bif\s{1,4}(?:not\s{1,4}${prefix}\b|\(\s{0,4}!\s{0,4}${prefix}\b)|\b${prefix}\s{0,4}(?:==|===)\s{0,4}["']{2}`).test(analysis.whole);
});

/** A read or slice of a file's first bytes whose length is a name (`fh.read(n)`, `head -c "${N:-0}"`, `.subarray(0, n)`). */
const SIZED_READ = /\.read\(\s{0,4}([A-Za-z_][\w.]{0,60})\s{0,4}\)|\bhead\s+-c\s+["']?\$\{([A-Za-z_]\w{0,60})(:-0\})?|\.(?:subarray|slice)\(\s{0,4}0\s{0,4},\s{0,4}([A-Za-z_][\w.]{0,60})\s{0,4}\)/g;
/** A setting read with zero as the value it falls back to (`environ.get("N", "0")`, `env.N || 0`, `getenv("N") or 0`). */
const ZERO_FALLBACK = /\.get\(\s{0,4}["'][^"'\n]{1,80}["']\s{0,4},\s{0,4}["']?0["']?\s{0,4}\)|(?:\|\||\?\?|\bor)\s{0,4}["']?0["']?(?![\w.])/;
/** A content hash computed by a library or a checksum command. */
const CONTENT_HASH = /\bhashlib\.|\bcreateHash\(|\b(?:sha\d{1,3}|md5|b2)sum\b|\bxxh(?:32|64|128)?sum\b/;
/** A call that deletes one file. */
const FILE_DELETE_CALL = /^(?:os\.(?:remove|unlink)|[\w$.]{1,60}\.unlink(?:Sync)?|fs\.(?:rmSync|promises\.unlink|promises\.rm)|rm|unlink)$/;

/** Whether the program hashes a read of a file's first bytes whose length falls back to zero, so every file gets the hash of nothing. */
const hashesEmptyReadByDefault = programFact((analysis) => {
  if (!CONTENT_HASH.test(analysis.whole)) return false;
  for (const match of analysis.whole.slice(0, 200_000).matchAll(SIZED_READ)) {
    if (match[3] !== undefined) return true;
    const name = match[1] ?? match[2] ?? match[4]!;
    const option = /^[A-Za-z_]\w{0,60}\.([A-Za-z_]\w{0,60})$/.exec(name)?.[1];
    // An option read from the command line (`args.probe_bytes`) takes the default its parser gives it.
    const zero = option !== undefined
      ? new RegExp(String.raw`\badd_argument\(\s{0,4}["']--${option.replace(/_/g, '[-_]')}["'][^)\n]{0,200}\bdefault\s{0,4}=\s{0,4}["']?0["']?\s{0,4}[,)]`).test(analysis.whole)
      : ZERO_FALLBACK.test(analysis.definitions.get(name) ?? '');
    if (zero) return true;
  }
  return false;
});

/**
 * A file deleted as a repeat of another when files are told apart by a hash of their first bytes and that byte count
 * falls back to zero: every file has the same key, so all but one of the files walked are deleted.
 */
export function deletesByBlankContentKey(analysis: ProgramAnalysis, statement: Statement): Call | null {
  const call = statement.calls.find((each) => FILE_DELETE_CALL.test(each.name));
  return call !== undefined && hashesEmptyReadByDefault(analysis) ? call : null;
}
