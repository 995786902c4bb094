// Listings that destructive code walks: what a loop over a listing deletes, the filters and selections that narrow it
// (or fail to), keep lists, ages and snapshots, branches and items listed.
import type { Call, Statement } from '../program.ts';
import { chain, escapeName, homeRelative, LOOKUP_THAT_CAN_FAIL, unquoted } from './common.ts';
import { requiresArguments, stopsWhenEmpty } from './destructive-guards.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

/**
 * The project, context or account a cloud CLI has selected, read from the CLI itself (`$(firebase use)`,
 * `$(gcloud config get-value project)`, `$(kubectl config current-context)`, `$(az account show …)`): the user's working one.
 */
export const SELECTED_CLOUD_TARGET = /\$\(\s{0,4}(?:firebase\s+use\b|gcloud\s+config\s+get(?:-value)?\s+(?:core\/)?project\b|kubectl\s+config\s+current-context\b|az\s+account\s+show\b)/;

/**
 * A selector or filter option given an empty value (`-l ""`, `--selector=''`, `-l  -o json` once an empty variable is
 * blanked out), which narrows nothing: the next word is another option, the end of a substitution, or nothing. A value
 * joined to its option by `=` is the value even when it starts with a dash (`--filter=-users:*`, a negated term).
 */
export const EMPTY_SELECTOR_OPTION = /\s(?:-l|--selector|--field-selector|--filters?)(?:=(?:""|'')?(?=\s|\)|$)|\s{1,4}(?:""|'')?(?=\s{0,4}(?:-|\)|$)))/g;

/** A command that lists the machine's disks or the device a mount comes from. */
export const DISK_LISTING = /\b(?:lsblk|blkid|findmnt|fdisk\s{1,4}-l|sfdisk\s{1,4}-l|diskutil\s{1,4}list|wmic\s{1,4}diskdrive)\b/;

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

/** A filter that keeps what its pattern does not match (`grep -v`, `grep -vxFf`, `comm -23`), with what follows it up to the next pipe. */
export const EXCLUDING_FILTER = /\b(?:grep\s(?:[^|\n]{0,200}?\s)?-[A-Za-z]{0,6}v[A-Za-z]{0,6}|comm\s+-[123]{1,2})\b[^|\n]{0,300}/g;

/** `git reflog expire --expire=now` (or its unreachable entries) in a command line or an argument list: the reflog's way back is cut. */
export const EXPIRES_REFLOG_NOW = /\breflog["',\s]{1,6}expire\b[^\n;]{0,200}--expire(?:-unreachable)?[= ]["']?(?:now|all|0)\b/;

export const KEEPS_NONE_BY_DEFAULT = /\$ENV\{\w{1,60}\}\s*(?:\/\/|\|\|)\s*0\b|\benviron\.get\(\s*["']\w{1,60}["']\s*,\s*["']?0["']?\s*\)|\$\{\w{1,60}:-0\}|\bENV\.fetch\(\s*["']\w{1,60}["']\s*,\s*["']?0["']?\s*\)|\bgetenv\(\s*["']\w{1,60}["']\s*\)\s*(?:or|\|\||\?\?)\s*["']?0\b/;

/** A walk over a folder tree, file by file. */
export const FILE_WALK = /\bFile::Find\b|\bpopen\(\s*["']find\s|\bfind\s*\(\s*(?:sub\b|\\&)|\bos\.walk\(|\bFind\.find\(|\.rglob\(|\bwalkSync\(|\bfilepath\.Walk(?:Dir)?\(/;

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

/** A listing of every branch of a repository or its remote, with no filter to merged branches or to a pattern. */
export const LISTS_REMOTE_BRANCHES = /\bgit\s+(?:for-each-ref\b(?![^\n|;]{0,300}--(?:merged|contains|points-at)\b)[^\n|;]{0,300}\brefs\/(?:remotes|heads|tags)(?:\/[\w.${}-]{1,100})?\/?(?=[\s)"'`;]|$)|branch\s+(?:-r|--remotes|-a|--all)\b(?![^\n|;]{0,300}--(?:merged|contains|points-at)\b)|ls-remote\s+(?:--heads|-h|--branches|--tags|-t)\b|tag(?:\s+(?:-l|--list))?\s*(?=[)|;`]|$))(?![^\n;]{0,300}\|\s*(?:grep|egrep|rg)\s+(?!-\w*v))/;

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
 * match. No alternation or group, which could make the word optional. Letters inside a bracketed class (`[a-zA-Z]`,
 * `[^xy]`) are no word: the class is skipped whole. A match negated (`NOT LIKE`, `NOT datname LIKE`, `NOT (datname LIKE`,
 * `!~`) keeps every other name, so it does not count.
 */
export const QUERY_KEEPS_NAMED_AFTER_VARIABLE = /(?<!\bNOT\s{1,4}\(?\s{0,4}(?:[\w.`"\[\]]{1,60}\s{1,4})?|!)(?:\bI?LIKE|~\*?|\bSIMILAR\s+TO|\bREGEXP|\bRLIKE|\bGLOB)\s{0,4}E?\\?['"]\^?(?:\$(?:\{[A-Za-z_]\w{0,60}\}|[A-Za-z_]\w{0,60}\b)|#\{[A-Za-z_]\w{0,60}\}|\{\{?[A-Za-z_]\w{0,60}\}\}?|%s)(?:[^'"\n|()\[]|\[[^\]'"\n]{0,40}\]){0,40}?[A-Za-z]{2}[^'"\n|()]{0,60}\\?['"]/i;

/** A list entry every name matches: `*`, `**`, `_all`, `.*` (or `^.*$`), `%`, quoted or not. */
export const MATCH_ALL_ENTRY = /^["']?(?:\*{1,2}|_all|\^?\.\*\$?|%)["']?$/;

/**
 * Whether the list under `key` in a YAML, JSON or TOML settings text has an entry every name matches (`- "*"` under
 * `delete:`, `"patterns": ["logs-*", "*"]`, `purge = ["_all"]`). Entries of other keys do not count.
 */
export function listHoldsMatchAllEntry(content: string, key: string, sections: readonly string[] = []): boolean {
  let text = content.slice(0, 65_536);
  // Settings loaded under a section (`yaml.safe_load(f)["retention"]`) hold only that section's lists.
  for (const section of sections.slice(0, 4)) text = sectionText(text, section);
  const name = escapeName(key);
  const block = new RegExp(String.raw`^[ \t]{0,20}["']?${name}["']?[ \t]{0,4}:[ \t]{0,4}(?:#[^\n]{0,300})?\n((?:[ \t]{0,20}(?:-[^\n]{0,300}|#[^\n]{0,300})?\n){0,200})`, 'm').exec(text)?.[1] ?? '';
  const entries = [...block.matchAll(/^[ \t]{0,20}-[ \t]{1,4}([^#\n]{1,200})/gm)].map((entry) => entry[1]!.trim());
  const inline = new RegExp(String.raw`(?:^|[\s{,])["']?${name}["']?[ \t]{0,4}[:=][ \t]{0,4}\[([^\]]{0,4000})\]`, 'm').exec(text)?.[1] ?? '';
  entries.push(...inline.split(',').map((entry) => entry.replace(/#[^\n]*/g, '').trim()));
  return entries.some((entry) => MATCH_ALL_ENTRY.test(entry));
}

/**
 * The sections a settings load goes down to before the program reads its list (`yaml.safe_load(open(p))["retention"]`,
 * `json.load(f).get("purge")`, `toml.load(p)["a"]["b"]`), in order: the keys subscripted right after the loading call.
 */
export function settingsSections(loaded: string): string[] {
  // The subscripts after the last `)` of the definition: `["key"]`, `['key']` or `.get("key")`, one after another.
  const tail = /\)((?:\s{0,4}(?:\[\s{0,4}["'][\w-]{1,60}["']\s{0,4}\]|\.get\(\s{0,4}["'][\w-]{1,60}["'][^)]{0,60}\))){1,4})\s{0,4}$/.exec(loaded.trim().slice(-1000))?.[1] ?? '';
  return [...tail.matchAll(/["']([\w-]{1,60})["']/g)].map((match) => match[1]!);
}

/**
 * The part of a YAML, JSON or TOML settings text under a section key: the more-indented lines after `section:`, the
 * braces after `"section": {`, or the lines after `[section]` up to the next table. The whole text when none is found.
 */
function sectionText(text: string, section: string): string {
  const name = escapeName(section);
  const yaml = new RegExp(String.raw`^([ \t]{0,20})["']?${name}["']?[ \t]{0,4}:[ \t]{0,4}(?:#[^\n]{0,300})?$`, 'm').exec(text);
  if (yaml !== null) {
    const indent = yaml[1]!.length;
    const kept: string[] = [];
    for (const line of text.slice(yaml.index + yaml[0].length + 1).split('\n')) {
      if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break;
      kept.push(line);
    }
    return kept.join('\n') + '\n';
  }
  const json = new RegExp(String.raw`["']${name}["']\s{0,10}:\s{0,10}\{`).exec(text);
  if (json !== null) {
    const start = json.index + json[0].length;
    let depth = 1;
    let end = start;
    while (end < text.length && depth > 0) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}') depth--;
      end++;
    }
    return text.slice(start, end - 1);
  }
  const toml = new RegExp(String.raw`^\[[ \t]{0,4}["']?${name}["']?[ \t]{0,4}\][ \t]{0,4}$`, 'm').exec(text);
  if (toml !== null) return text.slice(toml.index + toml[0].length).split(/^\[/m)[0]!;
  return text;
}

export function filteredByName(text: string): boolean {
  return (FILTERED_BY_NAME.test(text) || ((QUERY_KEEPS_NAMED.test(text) || QUERY_KEEPS_NAMED_AFTER_VARIABLE.test(text)) && !QUERY_WIDENED.test(text))) && !MATCHES_EVERY_NAME.test(text);
}

/** A listing of the apps installed on a device. */
export const PACKAGE_LISTING = /\blist\s+packages\b/;

/** A listing of every table, from the catalog or through an ORM (`connection.tables`, `inspector.get_table_names()`, `metadata.sorted_tables`). */
export const EVERY_TABLE_LISTING = /\b(?:pg_tables|pg_class|information_schema\.tables|sqlite_master|sqlite_schema|sys\.tables|all_tables|user_tables)\b|\bSHOW\s+TABLES\b|\.(?:tables|data_sources)(?:\(\))?\s*(?:\.(?:select|filter|find_all|grep)\s{0,4}(?:\{[^}\n]{0,200}\}|\([^)\n]{0,200}\)))?\.each\b|\bconnection\.(?:tables|data_sources)\b|\bget_table_names\(|\bsorted_tables\b|\blistTables\(|\bgetTableNames\(/i;

export const LIST_LINE = /^[ \t]*([^\s#][^\n]{0,399})$/gm;

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

/** A walk of a folder tree: a library walk, or a reading of a folder's entries that tells folders apart to descend into them. */
export const WALKS_FOLDER_TREE = /\bwalkSync\(|\bos\.walk\(|\.rglob\(|\bfilepath\.Walk(?:Dir)?\(|\breaddir(?:Sync)?\([^\n]{0,100}withFileTypes|\brecursive\s*:\s*true\b/;

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
  if (pattern !== undefined && !source.args.some((arg) => /^-\w*F|^--fixed-strings$/.test(arg)) && GLOB_OF_VALUE.test(pattern)) return false;
  return pattern === undefined || !/^(["']?)(?:\.\*?|\^|\$|\^\.\*\$?)?\1$/.test(pattern);
}

/**
 * A search pattern that is a value followed by a glob's star (`grep "${ns%%-*}*"`, `grep "$prefix*"`): as a regular expression
 * the star only repeats the value's last character, so the search keeps every line holding the rest of it (all lines when the
 * value is one character or empty), not the names starting with the value.
 */
const GLOB_OF_VALUE = /^(["']?)\^?\$\{?[A-Za-z_][^}\s"']{0,60}\}?\*\1$/;

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

/** A filter term every item meets: a field equal to itself, a search for the empty text, a field that is present (`name:*`). */
export const ALWAYS_MET = /(?<![\w.])([\w.]{1,60})\s{0,4}==\s{0,4}\1(?![\w.])|\b(?:contains|starts_with|ends_with)\(\s{0,4}[\w.@]{1,60}\s{0,4},\s{0,4}(?:''|""|``|\\'\\')\s{0,4}\)|(?<![\w.])[\w.]{1,60}:\*(?![\w*])/g;

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

/** A path on rclone's placeholder remote made of placeholder words only (`remote:bucket`, `remote:path/to/dir/`), never the remote's root. */
/** A listing filter every item passes: empty, a bare wildcard, or a wildcard on a field every cloud resource has (`name:*`, `name~.*`). */
export const MATCHES_EVERY_ITEM = /^(?:\*|\.\*|(?:(?:name|id|projectId|projectNumber|displayName|selfLink|createTime|creationTimestamp)(?::|~)(?:\*|\^?\.\*\$?)))?$/;

/** A name given a pattern read from the environment that falls back to one every name matches (`P = re.compile(os.environ.get("P", ".*"))`, `const p = new RegExp(process.env.P ?? "*")`). */
export const MATCH_ALL_DEFAULT_HELD = /\b([A-Za-z_$][\w$]{0,60})\s{0,4}:?=\s{0,4}(?:re\.compile\(\s{0,4}|new\s+RegExp\(\s{0,4}|Regexp\.new\(\s{0,4}|regexp\.MustCompile\(\s{0,4})?(?:os\.environ\.get\(|os\.getenv\(|ENV\.fetch\()\s{0,4}["'][\w.-]{1,60}["']\s{0,4},\s{0,4}r?["'](?:\^?\.[*+]\$?|\*)["']\s{0,4}\)|\b([A-Za-z_$][\w$]{0,60})\s{0,4}=\s{0,4}(?:new\s+RegExp\(\s{0,4})?process\.env\.\w{1,60}\s{0,4}(?:\?\?|\|\|)\s{0,4}["'`](?:\^?\.[*+]\$?|\*)["'`]/;

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

/** The items of a list literal (`[…]`, `listOf(…)`, a Perl list in parentheses), on one line or several. */
export const LISTED_ITEMS = /(?:\[|\(|\b(?:listOf|arrayOf|setOf|mutableListOf)\()([^[\]()]{0,1200})[\])]/g;

/** A home-relative personal or synced folder written as a whole string (`"Documents"`, `"Library/Mobile Documents/com~apple~CloudDocs"`). */
export const PERSONAL_FOLDER_LITERAL = /["'](?:Documents|Desktop|Pictures|Downloads|Music|Movies|Library\/Mobile Documents(?:\/[\w~.-]{1,80}){0,3}|\.ssh|\.gnupg)\/?["']/;

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

/** Deleting objects, versions or buckets of cloud storage. */
export const STORAGE_DELETE = /(?:^|\.)(?:delete|delete_objects|delete_object|delete_bucket|delete_blob|delete_blobs|deleteObjects|deleteObject|deleteBucket|deleteBlob|deleteIfExists)$|^(?:DeleteObjectsCommand|DeleteObjectCommand|DeleteBucketCommand)$/;

/** A comparison in a condition (`<`, `>=`, `-lt`, `-ot`). */
export const AGE_COMPARISON = /\s(?:[<>]=?|-(?:lt|gt|le|ge|ot|nt))\s/;

/** A duration of at least one day, hour or week before now (`timedelta(days=35)`, `AddDays(-7)`, `30 * 86400`, `7 * 24 * 3600 * 1000`). */
export const POSITIVE_AGE = /\btimedelta\(\s{0,4}(?:days|weeks|hours)\s{0,4}=\s{0,4}[1-9]|\b(?:relativedelta|Duration)\(\s{0,4}(?:days|weeks|months|hours)\s{0,4}=\s{0,4}[1-9]|\bAdd(?:Days|Hours|Months)\(\s{0,4}-\s{0,4}[1-9]|\b[1-9]\d{0,4}\s{0,4}\*\s{0,4}(?:86400|864e5|24\s{0,4}\*\s{0,4}(?:60|3600))/;

/** A Python comprehension that keeps only the items a condition on them accepts (`for v in page["Versions"] if not v["IsLatest"]`). */
export const COMPREHENSION_CONDITION = /\bfor\s+([A-Za-z_]\w{0,40})\s+in\s+[^:\n]{1,300}?\bif\s+(?:not\s+)?\1\s*[.[]/;

/** Listings of every bucket, object or version of a storage account. */
export const LISTS_EVERYTHING = /\bbuckets\.all\(\)|\blist_buckets\(|\blist_blobs\(|\blist_objects(?:_v2)?\b|\blist_object_versions\b|\bobjects\.all\(\)|\bobject_versions\.all\(\)|\bobject_versions\b|\bList(?:Buckets|Objects|ObjectsV2|ObjectVersions)Command\b|\blistObjects(?:V2)?\(|\blistBlobsFlat\(|\bgetFiles\(|\blistBuckets\(|\bget_paginator\(\s*["']list_/;

/** A listing of every branch of the remote (`git ls-remote --heads origin`, `run("ls-remote", "origin")`, `git branch -r`); tags alone are not branches. */
export const REMOTE_BRANCH_LISTING = /\bls-remote\b(?![^\n]{0,200}?--tags\b)|\bbranch["',\s]{1,10}(?:-r|--remotes|-a|--all)\b|\bfor-each-ref\b[^\n]{0,200}?\brefs\/remotes\b/;

/** Whether a cluster client's label or field selector only excludes (`!keep`, `tier notin (gold)`, `metadata.name!=kube-system`). */
/** A cluster client listing namespaces or projects, as a command line or a list of words, capturing what follows `get` up to the end of the command. */
export const NAMESPACE_LISTING = /\b(?:kubectl|oc)\b[\s"',]{1,6}get[\s"',]{1,6}((?:namespaces?|ns|projects?)\b[^\])\n]{0,300})/g;

/** A label every namespace carries, set by the cluster itself (`kubernetes.io/metadata.name`): selecting by its presence selects them all. */
export const CLUSTER_SET_LABEL = /^(?:[\w.-]{0,60}\.)?(?:kubernetes\.io|k8s\.io)\//;

/**
 * Whether a value comes from listings of namespaces that each select by a label marking some of them (`-l preview=true`,
 * `--selector team=perf`): a term that is no negation and no label the cluster sets on every namespace.
 */
export function listedByMarkingLabel(value: string, whole = ''): boolean {
  const labelledEverywhere = labelsOnEveryNamespace(whole);
  const listings = [...value.slice(0, 8000).matchAll(NAMESPACE_LISTING)].slice(0, 8).map((match) => match[1]!.replace(/["',]/g, ' ').split(/\s+/).filter(Boolean));
  return listings.length > 0 && listings.every((words) => {
    // kubectl keeps only the last selector it is given (`-l a=b -l c` selects by `c`).
    const selector = words.flatMap((word, index) => {
      const given = /^(?:-l|--selector)=(.+)$/.exec(word)?.[1] ?? (/^(?:-l|--selector)$/.test(words[index - 1] ?? '') ? word : undefined);
      return given === undefined ? [] : [given];
    }).at(-1);
    // A label the program itself put on every namespace marks none of them.
    return selector !== undefined && selector.split(',').some((term) => !/^\s*!|!=|\bnotin\b/.test(term) && !(CLUSTER_SET_LABEL.test(term) && !/=/.test(term)) && !labelledEverywhere.has(term.split('=')[0]!.trim()));
  });
}

/** The label keys a program puts on every namespace (`kubectl label ns --all preview=true`, as a command line or a list of words). */
function labelsOnEveryNamespace(whole: string): Set<string> {
  const keys = new Set<string>();
  // `kubectl label ns|namespace(s) …` up to the end of the line, quotes and commas of a word list included.
  for (const match of whole.slice(0, 65_536).matchAll(/\b(?:kubectl|oc)\b[\s"',]{1,6}label[\s"',]{1,6}(?:namespaces?|ns)\b([^\n]{0,400})/g)) {
    const words = match[1]!.replace(/["',\])]/g, ' ').split(/\s+/).filter(Boolean);
    if (!words.includes('--all') && !words.includes('-A')) continue;
    for (const word of words) {
      const key = /^([\w./-]{1,100})=/.exec(word)?.[1];
      if (key !== undefined) keys.add(key);
    }
  }
  return keys;
}

export function excludingSelector(args: string[]): boolean {
  const values = args.flatMap((arg, index) => {
    const inline = /^(?:-l|--selector|--field-selector)=(.+)$/.exec(arg)?.[1];
    if (inline !== undefined) return [inline];
    return /^(?:-l|--selector|--field-selector)$/.test(args[index - 1] ?? '') ? [arg] : [];
  });
  return values.length > 0 && values.every((value) => value.replace(/^["']|["']$/g, '').replace(/\([^()]{0,400}\)/g, '()').split(',').every((term) => /^\s*!|!=|\bnotin\b/.test(term)));
}

/** Whether what a call deletes is picked by a condition on each item, in its arguments or the definitions of the names they use. */
export function selectsByCondition(analysis: ProgramAnalysis, call: Call): boolean {
  const written = call.args.join(' ');
  const names = (written.match(/[A-Za-z_]\w*/g) ?? []).slice(0, 40);
  return [written, ...names.map((name) => analysis.definitions.get(name) ?? '')].some((text) => COMPREHENSION_CONDITION.test(text));
}

/**
 * Whether a name handed to a drop walks a listing of every database or table: the loop over the listing is in the
 * statement itself (`.tables.each { |t| … }`), or the name is a loop variable whose values, followed one step, come from it.
 */
export function dropsEveryListed(analysis: ProgramAnalysis, name: string, catalog: RegExp, statement: Statement): boolean {
  if (catalog.test(statement.text) && !filteredByName(statement.text) && new RegExp(`\\|\\s*${escapeName(name)}\\s*\\||\\bfor\\s*\\(?\\s*(?:const|let|var)?\\s*${escapeName(name)}\\b`).test(statement.text)) return true;
  // A callback handed each name (`getDBNames().forEach(name => …)`), unless a test of the name before it keeps some (`.filter(n => n.startsWith("ci_"))`).
  if (catalog.test(statement.text) && !filteredByName(statement.text) && !KEEPS_MATCHING.test(statement.text) && new RegExp(`\\.(?:forEach|each|map)\\(\\s*(?:\\(\\s*)?(?:async\\s+)?${escapeName(name)}\\s*\\)?\\s*=>`).test(statement.text)) return true;
  if (!analysis.definitions.has(name) || !analysis.isLoopVariable(name)) return loopsOverListing(analysis, name, catalog);
  const definition = analysis.definitions.get(name)!.slice(0, 2000);
  if (filteredByName(definition)) return false;
  if (catalog.test(definition)) return true;
  return (definition.match(/[A-Za-z_]\w{0,60}/g) ?? []).slice(0, 20).some((word) => {
    const listing = analysis.definitions.get(word)?.slice(0, 2000) ?? '';
    return word !== name && catalog.test(listing) && !filteredByName(listing);
  });
}

/**
 * `DROP DATABASE` written as text continued by a value (`'DROP DATABASE ' || datname`, `format('DROP DATABASE %I', datname)`,
 * `CONCAT('DROP DATABASE \`', schema_name, …)`): a statement made for each name a query returns, then run.
 */
export const DROPS_DATABASE_OF_ROW = /\bDROP\s+DATABASE\s+(?:IF\s+EXISTS\s+)?(?:\\?["'`[])?(?:[\w."]{0,100}%[IsL]|["'`]\s*(?:\|\||,|\+|\)))/i;
/** The server's own list of its databases, as SQL reads it (MySQL's schemata are its databases). */
export const DATABASE_ROWS = /\bpg_database\b|\binformation_schema\.schemata\b|\bsys\.databases\b|\bSHOW\s+DATABASES\b/i;
/** A query condition that keeps rows of one name or a list of names (`datname = 'app_test'`, `schema_name IN ('a', 'b')`), not one that leaves some out. */
export const QUERY_KEEPS_LISTED = /(?<![<>!=])=\s{0,4}E?'[^'\n]|(?<!\bNOT\s{1,4})\bIN\s{0,4}\(\s{0,4}'/i;

/**
 * Whether a `DROP DATABASE` made of each name a query returns takes them from the server's list of its databases, with no
 * condition keeping some names: the query and the statement run by it are read together, up to a blank line either side
 * (`SELECT format(…) FROM pg_database … \\gexec`, `FOR r IN SELECT datname FROM pg_database … LOOP … EXECUTE …`). Names left
 * out (`datname <> 'postgres'`, `NOT IN (…)`) still leave every other database.
 */
export function dropsDatabaseOfEveryRow(analysis: ProgramAnalysis, statement: Statement): boolean {
  const query = queryAround(analysis, statement);
  return DATABASE_ROWS.test(query) && !filteredByName(query) && !QUERY_KEEPS_LISTED.test(query);
}

/**
 * Whether a `DROP DATABASE` made of each name a query returns takes only the databases the query keeps by name or by a pattern
 * with a literal start (`WHERE datname LIKE 'ci\\_%'`, `= 'app_test'`), none named as production: a set the skill chose.
 */
export function dropsDatabasesQueryKeeps(analysis: ProgramAnalysis, statement: Statement): boolean {
  if (!DROPS_DATABASE_OF_ROW.test(statement.text)) return false;
  const query = queryAround(analysis, statement);
  return DATABASE_ROWS.test(query) && (filteredByName(query) || QUERY_KEEPS_LISTED.test(query)) && !/(?:^|[^a-z])prod(?:uction)?(?![a-z])/i.test(query);
}

/** A statement with the lines around it up to a blank line either side (at most 600 characters each way): a query and what runs its rows. */
function queryAround(analysis: ProgramAnalysis, statement: Statement): string {
  const before = analysis.whole.slice(Math.max(0, statement.start - 600), statement.start).split(/\n[ \t]*\n/).at(-1)!;
  const after = analysis.whole.slice(statement.end, statement.end + 600).split(/\n[ \t]*\n/)[0]!;
  return `${before}${statement.text}${after}`;
}

/** A value chosen by a condition: Python's `a if c else b`, a `c ? a : b`. */
const CHOSEN_BY_CONDITION = /\sif\s[^\n]{1,300}?\selse\s|\?[^\n?:]{1,300}:/;
/** A string literal's text, an f-string's or a template's included. */
const LITERAL_TEXT = /(?<![\w])[fFrRbB]{0,2}(["'`])((?:(?!\1)[^\\\n]|\\.){0,400})\1/g;

/**
 * Whether a request or call that deletes works on an address whose value is chosen by a condition, one choice being the
 * other with its last parts cut off (`f"{API}/projects/{P}/pipelines" if P else f"{API}/projects"`): with the setting empty
 * the items it deletes are those of the wider collection, the projects themselves rather than their pipelines.
 */
export function collectionFallsBackToParent(analysis: ProgramAnalysis, statement: Statement): boolean {
  const names = [...statement.uses];
  for (const name of statement.uses.slice(0, 20)) names.push(...(analysis.origins.get(name) ?? []));
  return names.slice(0, 40).some((name) => {
    // A constant put in place keeps its quotes (`"{{"https://host/api"}}/projects"`, `{${"…"}}` in a template): they are dropped so the literal stays whole.
    const definition = (analysis.definitions.get(name)?.slice(0, 2000) ?? '').replace(/\{\$?\{(["'`])([^"'`\n{}]{0,200})\1\}\}/g, '{{$2}}');
    if (!CHOSEN_BY_CONDITION.test(definition)) return false;
    const literals = [...definition.matchAll(LITERAL_TEXT)].map((match) => match[2]!).filter((text) => /[\/{$]/.test(text)).slice(0, 6);
    return literals.some((wide) => /\/[\w{$]/.test(wide) && literals.some((narrow) => narrow.length > wide.length + 1 && narrow.startsWith(`${wide}/`)));
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
    // A positional argument's empty default (`x=${1:-}`) is never used when the program stops without that argument.
    const position = positionalDefault(analysis, variable);
    if (position !== undefined && (requiresArguments(analysis, Number(position)) || stopsWhenEmpty(analysis, position))) return whole;
    return stopsWhenEmpty(analysis, variable) ? whole : '';
  });
}

/** The argument position a shell variable is set from with an empty default (`x=${1:-}`, `local x="${2-}"`), when every line setting it does so. */
function positionalDefault(analysis: ProgramAnalysis, variable: string): string | undefined {
  const name = escapeName(variable);
  // `[local|export|readonly] name=${N:-}` at the start of a line, quoted or not, N one digit.
  const setter = new RegExp(String.raw`^[ \t]{0,40}(?:(?:local|export|readonly)[ \t]{1,4})?${name}=["']?\$\{([1-9]):?-\}["']?[ \t]{0,4}(?:[;#]|$)`, 'gm');
  const positions = [...analysis.whole.slice(0, 65_536).matchAll(setter)].map((match) => match[1]!);
  return positions.length > 0 && positions.every((position) => position === positions[0]) ? positions[0] : undefined;
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

/** A join that ends two or more levels above its base (`filepath.Join(mod, "..", "..")`, `path.resolve(dir, "../..")`). */
export const CLIMBS_TWO_LEVELS = /\b(?:join|Join|resolve|Combine)\(\s{0,4}[^\n]{1,300}?(?:(?:\s{0,4},\s{0,4}["'`]\.\.["'`]){2,8}|\s{0,4},\s{0,4}["'`]\.\.[\\/]\.\.(?:[\\/]\.\.){0,6}[\\/]?["'`])\s{0,4}\)/;

/**
 * Whether a deleted path is an entry, named by a variable, of a folder two or more levels above some location
 * (`filepath.Join(filepath.Join(cache, "..", ".."), e.Name())`): what lies there holds much more than the location the
 * code starts from (a cache's climb reaches the home folder or the tool's whole root), and each entry of it goes.
 */
export function entryOfFolderTwoUp(written: string): boolean {
  const path = written.replace(REQUIRED_MODULE, '$1.');
  const call = JOIN_CALL.exec(path);
  if (call === null) return false;
  const firstEnd = argumentEnd(path, call[0].length, true);
  if (firstEnd < 0 || path[firstEnd] !== ',') return false;
  const folder = path.slice(call[0].length, firstEnd).trim();
  const climb = CLIMBS_TWO_LEVELS.exec(folder);
  const entry = path.slice(firstEnd + 1, -1).trim();
  return climb !== null && /^(?:[\w$]{1,40}[.:]){0,4}$/.test(folder.slice(0, climb.index)) && climb.index + climb[0].length === folder.length && entry.length > 0 && !/^["'`]/.test(entry) && !/[,"'`]/.test(entry.replace(/\([^()\n]{0,200}\)/g, ''));
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
