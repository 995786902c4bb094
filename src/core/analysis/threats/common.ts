// Patterns and helpers shared by the dataflow core of the analysis and by several families of readings.
import type { Call } from '../program.ts';
import type { Label } from './types.ts';

export const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'`<>|;)]{1,2000}/g;

/** A download named without its scheme (`irm bun.sh/install.ps1`): fetched over HTTPS by default. */
export const BARE_ADDRESS = /(?:^|[\s"'(])((?:[a-z0-9-]{1,63}\.){1,10}(?:com|net|org|io|dev|sh|rs|app|cloud|co|so|ai|run|tools)\/[^\s"'`<>|;)]{1,2000})/gi;

export function urlsIn(text: string): string[] {
  const urls = text.match(URL_IN_TEXT);
  if (urls) return urls;
  return [...text.matchAll(BARE_ADDRESS)].map((match) => `https://${match[1]!}`);
}

export function escapeName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A program written into a folder of the PATH under the name of a command it then runs by its full path
 * (`~/.local/bin/git` calling `/usr/bin/git`): a wrapper that every later use of the command goes through.
 * Returns the command's name.
 */
/** PowerShell's format operator on string literals (`'{1}{0}' -f 'ex','i'`). */
/** A list of two or more literal words (`["git", "credential", "fill"]`, `{ "gh", "auth", "token" }`), capturing the words. */
export const QUOTED_WORD_LIST = /[[{(]\s{0,10}((?:["'][^"'\n,]{1,200}["']\s{0,10},\s{0,10}){1,30}["'][^"'\n,]{1,200}["'])\s{0,10},?\s{0,10}[\]})]/g;
export const FORMAT_OPERATOR = /(["'])((?:\{\d\}|[^"'{}\n]){1,200})\1\s{0,10}-f\s{0,10}((?:["'][^"'\n]{0,100}["']\s{0,10},\s{0,10}){0,9}["'][^"'\n]{0,100}["'])/gi;

/** A boto3 client bound to a name: `ct = boto3.client("cloudtrail")`, `ec2 = session.client('ec2', region_name=…)`. */
export const BOTO3_CLIENT = /^([A-Za-z_]\w{0,60})\s*=\s*(?:[A-Za-z_][\w.]{0,80}\.)?client\(\s*["']([a-z0-9-]{1,60})["']/;

/** The AWS CLI's name for an SDK service where the two differ. */
export function cliService(sdkName: string): string {
  return sdkName === 'config' ? 'configservice' : sdkName === 's3' ? 's3api' : sdkName;
}

/** `StopLogging` → `stop-logging`, the CLI's spelling of an operation. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Text with each format operator on literals replaced by the string it makes, so a name assembled that way reads as the name. */
export function formatted(text: string): string {
  if (!/\s-f\s/i.test(text)) return text;
  return text.replace(FORMAT_OPERATOR, (_, quote: string, template: string, list: string) => {
    const values = Array.from(list.matchAll(/["']([^"'\n]{0,100})["']/g), (value) => value[1]!);
    return `${quote}${template.replace(/\{(\d)\}/g, (_whole, index: string) => values[Number(index)] ?? '')}${quote}`;
  });
}
/** The folder holding a path kept in a variable (`cfg.parent`, `os.path.dirname(cfg)`, `filepath.Dir(cfg)`), capturing the variable. */
export const PARENT_OF_PATH = /^([A-Za-z_$][\w$]{0,60})\s{0,4}\.\s{0,4}(?:parent|Parent|parentFile|getParent(?:File)?\(\s{0,4}\))$|^(?:(?:os\.)?path\.dirname|filepath\.Dir|Path\.GetDirectoryName|File\.dirname)\(\s{0,4}([A-Za-z_$][\w$]{0,60})\s{0,4}\)$/;

/** A shell function named after a command that asks for a password (`sudo() { … }`, `function ssh { … }`). */
export const PASSWORD_PROMPTER = /(?:^|[\s;])(?:function\s+)?(?:sudo|su|doas|ssh|passwd|kinit|pkexec|gpg|mysql|psql)\s*(?:\(\s*\)\s*)?\{/gm;

/** The words of a shell brace expansion (`{gh,hub}`), read where a `{` stands. */
export const BRACE_WORDS = /\{([\w.-]{0,60}(?:,[\w.-]{0,60}){1,20})\}/y;

/** The paths shell brace expansions after a path name (`~/.config/{gh,hub}` → `~/.config/gh ~/.config/hub`), or ''. */
export function braceExpanded(text: string): string {
  const paths: string[] = [];
  for (let open = text.indexOf('{'); open !== -1 && paths.length < 40; open = text.indexOf('{', open + 1)) {
    BRACE_WORDS.lastIndex = open;
    const words = BRACE_WORDS.exec(text);
    if (!words) continue;
    let from = open;
    while (from > 0 && open - from < 200 && /[~\w.\/-]/.test(text[from - 1]!)) from--;
    if (from === open) continue;
    const prefix = text.slice(from, open);
    for (const word of words[1]!.split(',')) paths.push(`${prefix}${word}`);
  }
  return paths.join(' ');
}

/** Writes `$HOME/…` and `${HOME}/…` as `~/…` so paths compare. */
export function homeRelative(path: string): string {
  return path.replace(/^["']|["']$/g, '').replace(/^(?:\$HOME|\$\{HOME\})(?=\/|$)/, '~');
}
/** An expression whose value is the user's home folder, in the languages whose deletes `dangerousTarget` reads. */
/**
 * A command line given to ssh as one word runs on the remote machine: the home paths it names (`"mkdir -p ~/.ssh"`) are
 * that machine's, and nothing of this one is read for them. A command substitution in it runs here, so such a word is kept whole.
 */
export function withoutRemotePaths(arg: string): string {
  if (!/\s/.test(arg) || arg.includes('$(') || arg.includes('`') || /^[<>]/.test(arg)) return arg;
  return arg.replace(REMOTE_HOME_PATH, ' ');
}

/** A path under the home folder (`~/.ssh`, `$HOME/.config/app`). */
export const REMOTE_HOME_PATH = /(?:~|\$\{?HOME\}?)\/[\w.*\/-]{0,200}/g;

/** The value one name of a JavaScript declaration list gets (`os` in `const fs = require("fs"), os = require("os")`), or null for a single declaration. */
export function declaredValue(definition: string, name: string): string | null {
  // Without a comma there is no list, and without a declaration keyword no declaration: the pattern below is built only when it can match.
  if (!definition.includes(',') || !/^\s*(?:const|let|var)\s/.test(definition)) return null;
  const declarator = new RegExp(`^\\s*(?:const|let|var)\\s+([^\\n]{0,2000}?,\\s*)?${escapeName(name)}\\s*(?::[^=,]{0,80})?=(?!=)\\s*`).exec(definition);
  if (declarator === null) return null;
  const rest = definition.slice(declarator[0].length);
  const next = /,\s*[A-Za-z_$][\w$]*\s*=(?![=>])/.exec(rest);
  if (next === null) return declarator[1] === undefined ? null : rest.replace(/;\s*$/, '');
  return rest.slice(0, next.index);
}
/** Functions that write into the object passed first: `setattr(obj, name, value)`, `Object.assign(target, …)`, `dict.update(d, …)`. */
export const FILLS_FIRST_ARGUMENT = /^(?:setattr|Object\.assign|Reflect\.set|dict\.update|dict\.__setitem__|array_push|array_merge_recursive)$/;

/**
 * A task handed to a queue to run later (`tidy.delay(path)`, `tidy.apply_async(args=[path], eta=…)`, `tidy.apply_async((path,))`):
 * the task function is called with those arguments, only later.
 */
export function queuedTaskCall(call: Call): { task: string; args: string[] } | null {
  const parts = /^([A-Za-z_]\w{0,60})\.(delay|apply_async)$/.exec(call.name);
  if (parts === null) return null;
  if (parts[2] === 'delay') return { task: parts[1]!, args: call.args.filter((arg) => !/^\w{1,40}=/.test(arg)) };
  const list = call.args.find((arg) => /^args\s{0,4}=/.test(arg))?.replace(/^args\s{0,4}=\s{0,4}/, '') ?? call.args.find((arg) => /^[[(]/.test(arg));
  const inner = /^[[(]([^\n]{0,2000})[\])]$/.exec(list?.trim() ?? '')?.[1];
  if (inner === undefined) return null;
  const args: string[] = [];
  let depth = 0;
  let piece = '';
  for (const char of inner) {
    if (char === ',' && depth === 0) {
      if (piece.trim() !== '') args.push(piece.trim());
      piece = '';
      continue;
    }
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    piece += char;
  }
  if (piece.trim() !== '') args.push(piece.trim());
  return { task: parts[1]!, args: args.slice(0, 8) };
}

export function chain(call: Call): Call[] {
  const calls: Call[] = [];
  for (let source = call.pipedFrom; source && calls.length < 50; source = source.pipedFrom) calls.push(source);
  return calls;
}

/** A temporary folder: made by a temporary-folder call, or under the system's temporary folders. */
export const TEMPORARY_FOLDER = /\b(?:mkdtemp\w{0,10}|TemporaryDirectory|gettempdir|tmpdir|mktmpdir|mktemp|TempDir|GetTempPath|CreateTempSubdirectory)\b|(?:^|["'`=\s(])\/(?:var\/)?tmp\/|\bTMPDIR\b/;

/** The variable a path expression starts from (`stage / "x"`, `os.path.join(stage, n)`, `f"{stage}/x"`, `` `${stage}/x` ``), if any. */
export function folderOfPath(path: string): string | undefined {
  const joined = /^(?:os\.path\.join|path\.join|path\.resolve|(?:pathlib\.)?Path|join)\(\s{0,4}([A-Za-z_$][\w$]{0,100})\s{0,4}[,)]/.exec(path)?.[1];
  return joined ?? /^([A-Za-z_$][\w$]{0,100})\s{0,4}(?:\/|\+)/.exec(path)?.[1] ?? /^f?["'`]\$?\{\{?([A-Za-z_$][\w$]{0,100})\}\}?[\/\\]/.exec(path)?.[1];
}

/** Windows tools that download as a side line (`certutil -urlcache -f URL FILE`, `bitsadmin /transfer JOB URL FILE`). */
export function windowsDownload(call: Call): boolean {
  const name = call.name.toLowerCase().replace(/\.exe$/, '');
  if (name === 'certutil') return call.args.some((arg) => /^[-/]urlcache$/i.test(arg)) && call.args.some((arg) => /^https?:\/\//i.test(arg));
  return name === 'bitsadmin' && call.args.some((arg) => /^[-/](?:transfer|addfile)$/i.test(arg));
}

/** A shell word without the quotes around it. */
export const unquoted = (word: string): string => word.replace(/^["']|["']$/g, '');

/**
 * Well-known services that issue credentials, by the words a credential's name uses for them (`GH_TOKEN`,
 * `HF_TOKEN`), with the words of the hosts that belong to them (`githubusercontent`, `googleapis`, `hf.co`).
 * Only services without installations of their own: a forge or registry a company runs has a host of any name.
 */
export const ISSUING_SERVICES: ReadonlyArray<{ names: RegExp; hosts: readonly string[] }> = [
  { names: /^(?:github|gh)$/, hosts: ['github', 'ghcr'] },
  { names: /^openai$/, hosts: ['openai'] },
  { names: /^(?:anthropic|claude)$/, hosts: ['anthropic', 'claude'] },
  { names: /^(?:google|gcp|gcloud|gemini|youtube)$/, hosts: ['google', 'googleapis', 'youtube'] },
  { names: /^(?:huggingface|hf)$/, hosts: ['huggingface', 'hf'] },
  { names: /^slack$/, hosts: ['slack'] },
  { names: /^discord$/, hosts: ['discord', 'discordapp'] },
  { names: /^(?:telegram|tg)$/, hosts: ['telegram'] },
  { names: /^stripe$/, hosts: ['stripe'] },
  { names: /^(?:cloudflare|cf)$/, hosts: ['cloudflare'] },
  { names: /^vercel$/, hosts: ['vercel'] },
  { names: /^netlify$/, hosts: ['netlify'] },
  { names: /^heroku$/, hosts: ['heroku'] },
  { names: /^twilio$/, hosts: ['twilio'] },
  { names: /^sendgrid$/, hosts: ['sendgrid'] },
  { names: /^notion$/, hosts: ['notion'] },
  { names: /^linear$/, hosts: ['linear'] },
  { names: /^digitalocean$/, hosts: ['digitalocean'] },
];

/** A regular expression written as a literal (`/key: (\S+)/`, after `(`, `[`, `,` or `=~`) or as the pattern string of Python's `re` functions. */
export const PATTERN_LITERAL = /(?<=[[(,~]\s{0,4})\/(?![/*\s])(?:[^/\\\n]|\\.){1,300}\/[a-z]{0,6}|\bre\.(?:search|match|fullmatch|findall|finditer|compile|sub)\(\s{0,4}r?(?:"(?:[^"\\\n]|\\.){0,300}"|'(?:[^'\\\n]|\\.){0,300}')/g;
/** A string literal that holds one plain word (`'token'`, `"auth"`), with nothing interpolated into it. */
export const QUOTED_IDENTIFIER = /(["'])[A-Za-z_][\w-]{0,80}\1/g;

/** Whole-line comments of any language here, and `#` comments after code where `#` starts one. */
export function withoutComments(text: string, hashComments: boolean): string {
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(?:#|\/\/|\/\*|\*\s|-- |;|::|rem\s|<#)/i.test(line)) return '';
      if (!hashComments) return line;
      const at = line.search(/\s#/);
      return at === -1 ? line : line.slice(0, at);
    })
    .join('\n');
}

/**
 * A secret that was Base64- or hex-encoded before it went into a URL: a key a service asks for is passed as it is,
 * so an encoded one in a query or a host name is data smuggled out, not a login.
 */
export function encodedIntoUrl(arg: string, labels: Set<Label>): boolean {
  return labels.has('encoded') && (labels.has('secret') || labels.has('environment')) && /https?:\/\/|[?&][\w-]{1,40}=/.test(arg) && !/authorization|bearer\b|basic\s/i.test(arg);
}

/** One-way digests: what they print cannot be turned back into the secret. */
/** A variable's name in code, with or without a sigil (`$conf`, `conf`). */
export const VARIABLE_WORD = /\$?([A-Za-z_]\w{0,60})/g;

/** The target of an assignment (`x = `, `const { data } = `, `obj.key = `), without calls or strings in it. */
export const ASSIGNMENT_TARGET = /^\s{0,10}(?:(?:export\s+)?(?:const|let|var)\s+)?[^=()"'`\n]{1,300}?(?<![=!<>+\-*/%&|^])=(?![=>])/;

/** A package requirement naming the address it is installed from (`name @ https://…`, `name[extra] @ git+https://…`). */
export const DIRECT_REFERENCE = /^["']?[A-Za-z0-9][\w.-]{0,100}(?:\[[\w,. -]{0,100}\])?[ \t]{0,4}@[ \t]{0,4}(?:git\+)?https?:\/\//;

/** The name pieces spell when joined (`%w[sys tem].join`, `["ev", "al"].join`, `"sp" + "awn"`), or null. */
export function joinedPieces(value: string): string | null {
  const words = /^%w[\[(]([^\])\n]{1,200})[\])]\.join\b/.exec(value)?.[1];
  if (words !== undefined) return words.trim().split(/\s+/).join('');
  // A shell printf of bare words through a format of `%s` alone (`$(printf '%s%s' FLUSH ALL)`).
  const printed = /^\$\(\s{0,4}printf\s+["']((?:%s){2,8})["']((?:\s+["']?\w{1,30}["']?){2,8})\s{0,4}\)$/.exec(value);
  if (printed) {
    const pieces = printed[2]!.trim().split(/\s+/).map((piece) => piece.replace(/["']/g, ''));
    return pieces.length === printed[1]!.length / 2 ? pieces.join('') : null;
  }
  if (!/\.join\b|["']\s*\+\s*["']/.test(value)) return null;
  const pieces = [...value.matchAll(/["']([^"'\n]{0,60})["']/g)].map((match) => match[1]!);
  return pieces.length >= 2 ? pieces.join('') : null;
}

export const HOME_VALUE = /^(?:(?:str\()?(?:os\.path\.expanduser\(\s*["']~\/?["']\s*\)|(?:pathlib\.)?Path\.home\(\)|os\.homedir\(\)|os\.environ\[\s*["']HOME["']\s*\]|os\.(?:environ\.get|getenv)\(\s*["'](?:HOME|USERPROFILE)["']\s*\)|process\.env\.(?:HOME|USERPROFILE)|["']?~\/?["']?)\)?|\$HOME|\$\{HOME\})$/;

/** A path passed through a conversion that leaves it as it is: `str(x)`, `String(x)`, `path.resolve(x)`, `${x}` in a template. */
export const PATH_CONVERSION = /\$\{\s{0,20}(?:path\.(?:resolve|normalize)\()?([^{}()]{1,200})\)?\s{0,20}\}|\b(?:str|String|os\.path\.(?:abspath|realpath|normpath)|path\.(?:resolve|normalize))\(([^()]{1,200})\)/g;

/** A release tag as a path part of a forge's raw file address (`v1.37.2`, `2.0.1`). */
export const RELEASE_TAG = /^v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][\w.]{1,40})?$/;

export const XML_IDENTIFIERS = /<!DOCTYPE\s[^>\n]{0,400}>|\bxmlns(?::\w{1,40})?=["'][^"'\n]{0,400}["']/gi;

/** A database query or a network request (`->query(`, `.execute("SELECT`, `fetch(`, `requests.get(`). */
export const LOOKUP_THAT_CAN_FAIL = /\bSELECT\b|->query\(|\.(?:query|execute|fetchall|fetchAll|find|aggregate)\(|\bfetch\(|\brequests\.\w{1,10}\(|\burlopen\(|\baxios\b|\bNet::HTTP\b|\bcurl_exec\(/;

/** Parsers of settings files: `yaml.safe_load(f)`, `json.load(f)`, `tomllib.load(f)`, `JSON.parse(text)`, `require("./x.json")`. */
export const LOADS_SETTINGS = /\b(?:yaml\.(?:safe_|full_|unsafe_)?load(?:_all)?|YAML\.(?:load|parse|safe_load)|json\.loads?|JSON\.(?:parse|load)|toml(?:lib)?\.loads?|dotenv_values|ConfigParser|TOML\.parse|Psych\.(?:safe_)?load)\b|\brequire\(\s{0,10}["'`][^"'`\n]{1,200}\.json["'`]\s{0,10}\)/;

/** A file name with a settings file's extension, as a statement names it. */
export const SETTINGS_FILE_NAME = /[\w.-]{1,200}\.(?:jsonc?|json5|ya?ml|toml|conf|cfg|ini|env)\b/gi;
