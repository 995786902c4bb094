// Readings of code execution: downloads run, fetched or decoded programs, installers, interpreters fed input.
import type { Call, Statement } from '../program.ts';
import { PACKAGE_FILE_INSTALLERS, STDIN_INTERPRETERS } from '../vocabulary.ts';
import { DIRECT_REFERENCE, escapeName, homeRelative, RELEASE_TAG, urlsIn } from './common.ts';
import { mainLabel, servedByNamedHost } from './hosts.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

/** Programs that copy, move, link or set the mode and owner of the files they are given, without running them. */
export const PLACES_FILES = /^(?:install|cp|mv|ln|chmod|chown|chgrp)$/;
/** A function written in place: `function (…) {…}`, `async () => …`, `x => …`. */
export const FUNCTION_LITERAL = /^\s*(?:async\s+)?(?:function\b|\([\w$,\s={}[\].]{0,200}\)\s*=>|[\w$]{1,60}\s*=>)/;
/** An inline program that reads its standard input (`sys.stdin`, `/dev/stdin`, `<&0`, `STDIN`, `process.stdin`). */
export const INLINE_READS_STDIN = /\bstdin\b|\/dev\/stdin|<&0|\binput\(|\breadline\b|\bARGF\b|<STDIN>|\$\(cat\)/i;
/** An inline program that evaluates text as code, or hands it to a shell. */
export const INLINE_EVALUATES = /\b(?:exec|eval|execfile|compile|source|Function|runpy|system|popen|spawn|instance_eval|loadstring)\b|\b(?:ba|z|da)?sh\b|\|\s*\w/;

/** A program's debugger under `Image File Execution Options` set to a command interpreter, in a .reg value, `reg add` or a PowerShell property. */
export const SHELL_AS_DEBUGGER = /Image File Execution Options[\\/][^\n]{0,200}?\bDebugger\b[^\n]{0,200}?(?:^|[\s"'\\/=])(?:cmd|powershell|pwsh|bash|sh|wscript|cscript|mshta)(?:\.exe)?(?=["'\s]|$)/i;

/**
 * A host under a platform's domain for its users' sites (`name.github.io`, `name.netlify.app`, `name.workers.dev`), capturing
 * the user's label: anyone may claim such a name, so the site is that user's, not the platform's.
 */
/**
 * Short-link hosts on which only their vendor makes links, with words naming that vendor's products: a link there leads
 * where the vendor chose (Microsoft's aka.ms points to its installers of the Azure tools, PowerShell and .NET).
 */
export const VENDOR_LINK_HOSTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['aka.ms', ['microsoft', 'azure', 'dotnet', 'nuget', 'powershell', 'pwsh', 'msbuild', 'vscode', 'bicep', 'winget', 'windows']],
]);
/** Visual Basic starting a command: the `Shell` statement or function, or a shell object's `Run`/`Exec` (`CreateObject("WScript.Shell").Run …`). */
export const VISUAL_BASIC_RUN = /^\s{0,40}(?:Call\s{1,10})?(?:VBA\.)?Shell\s{0,10}[\s(]|\.(?:Run|Exec)\s{0,10}[\s(][^\n]{0,200}?&/i;
/** Four or more characters given by their codes and joined (`Chr(112) & Chr(111) & Chr(119) & Chr(101)`), across continued lines too. */
export const SPELLED_IN_CHARACTER_CODES = /\bChrW?\$?\(\s{0,4}\d{1,5}\s{0,4}\)(?:\s{0,4}[&+]\s{0,4}(?:_\s{0,4}\r?\n\s{0,40})?ChrW?\$?\(\s{0,4}\d{1,5}\s{0,4}\)){3}/i;
/** Protocol buffer compilers, which start every plugin named on their command line (`protoc`, `python -m grpc_tools.protoc`). */
export const PLUGIN_HOST = /^(?:protoc|grpc_tools\.protoc)$/;
/** The program of a compiler plugin option (`--plugin=protoc-gen-x=bin/x`, `--plugin=bin/protoc-gen-x`), capturing its path. */
export const PLUGIN_OPTION = /^--plugin=(?:[\w-]{1,100}=)?(\S{1,500})$/;

/**
 * A checksum or signature check of a download; in code, a SHA-2 digest compared with an expected value
 * (`hashlib.sha256(data).hexdigest() != expected`, `createHash("sha256")….digest("hex") !== pinned`).
 */
export const VERIFIES_DOWNLOAD = /\bsha(?:1|256|512)sum\b|\bshasum\b|\bGet-FileHash\b|\bgpg\s+--verify\b|\bcosign\s+verify|\bminisign\b|\bslsa-verifier\b|--checksum\b|\bhashlib\.(?:sha256|sha384|sha512|file_digest)\([^\n]{0,300}?\.hexdigest\(\)\s{0,4}[!=]=|[!=]=\s{0,4}hashlib\.(?:sha256|sha384|sha512)\(|\bcreateHash\(\s{0,4}["'`]sha(?:256|384|512)["'`]\s{0,4}\)[^\n]{0,300}?\.digest\(\s{0,4}["'`](?:hex|base64)["'`]\s{0,4}\)\s{0,4}[!=]==?/i;

/** The folder an archive command unpacks into (`tar -x -C dir`, `unzip f -d dir`, `Expand-Archive -DestinationPath dir`). */
export function extractionFolder(call: Call): string | null {
  const name = call.name.toLowerCase();
  const args = call.args;
  const after = (flags: RegExp) => {
    const index = args.findIndex((arg) => flags.test(arg));
    return index !== -1 ? args[index + 1] ?? null : null;
  };
  if ((name === 'tar' || name === 'bsdtar') && args.some((arg) => /^-?[a-wyzA-Z]*x/.test(arg) || arg === '--extract')) return after(/^(?:-C|--directory)$/) ?? '.';
  if (name === 'unzip') return after(/^-d$/) ?? '.';
  if (name === 'expand-archive') return after(/^-DestinationPath$/i);
  return null;
}

/** A pipeline include read from an address (`- remote: "https://…/ci.yml"`). */
/** A plugin put on a Gradle build's classpath at whatever version is newest (`classpath 'g:n:+'`, `latest.release`, `1.+`). */
export const NEWEST_CLASSPATH_PLUGIN = /\bclasspath\s{0,4}\(?\s{0,4}["'][\w.-]{1,200}:[\w.-]{1,200}:(?:[\d.]{0,40}\+|latest\.(?:release|integration))["']/;
/** A repository given by its address in a Gradle script (`maven { url 'https://…' }`, `maven(url = "https://…")`), not a public registry named by its function. */
const ADDRESSED_REPOSITORY = /\bmaven\s{0,4}[({][^)}]{0,300}?\burl\s{0,4}[=(]?\s{0,4}(?:uri\s{0,4}\(\s{0,4})?["'](https?:\/\/[^"'\s]{1,500})["']/g;

/**
 * Whether a Gradle init script (its `initscript { }` block runs before every build it is given to) loads a plugin at
 * whatever version a repository given by address serves newest: every build runs what that server hands out that day.
 * The repositories' addresses, or undefined when it does not.
 */
export function initScriptLoadsNewestPlugin(analysis: ProgramAnalysis, text: string): string[] | undefined {
  if (!NEWEST_CLASSPATH_PLUGIN.test(text) || !analysis.wholeHas(/(?:^|[\s;])initscript\s{0,4}\{/)) return undefined;
  const addresses = Array.from(analysis.whole.slice(0, 20_000).matchAll(ADDRESSED_REPOSITORY), (match) => match[1]!).slice(0, 20);
  return addresses.length > 0 ? addresses : undefined;
}

/** A Gradle build script applied from an address, in Groovy (`apply from: 'https://…'`) or Kotlin (`apply(from = uri("https://…"))`), capturing the address. */
export const REMOTE_BUILD_SCRIPT = /\bapply\s{0,4}\(?\s{0,4}from\s{0,4}[:=]\s{0,4}(?:(?:uri|new\s{1,4}URL|URI)\s{0,4}\(\s{0,4})?["'](https?:\/\/[^"'\s]{1,2000})["']/;

export const REMOTE_CI_INCLUDE = /^[ \t]{0,40}(?:-[ \t]{1,10})?remote[ \t]{0,10}:[ \t]{0,10}["']?(https?:\/\/[^\s"']{1,2000})/m;

/** Public container registries, and the registries of the big clouds and forges. */
export const PUBLIC_REGISTRY = /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|ghcr\.io|quay\.io|gcr\.io|[\w-]{1,63}\.gcr\.io|[\w-]{1,63}-docker\.pkg\.dev|mcr\.microsoft\.com|public\.ecr\.aws|registry\.k8s\.io|registry\.gitlab\.com|nvcr\.io|lscr\.io|cgr\.dev|docker\.elastic\.co|container-registry\.oracle\.com|registry\.access\.redhat\.com|registry\.redhat\.io|localhost(?::\d{1,5})?|127\.0\.0\.1(?::\d{1,5})?)$|\.(?:amazonaws\.com|azurecr\.io)$/i;

/** Options of `docker run` that take a value. */
export const CONTAINER_OPTION_WITH_VALUE = /^(?:-[vepwulm]|--(?:volume|env|env-file|name|publish|workdir|user|label|memory|mount|network|net|gpus|restart|entrypoint|pid|cpus|hostname|add-host|device|cap-add|cap-drop|security-opt|platform|runtime|ipc|uts|log-driver|log-opt|tmpfs|ulimit|dns|link|expose|shm-size|stop-signal|health-cmd))$/;

/**
 * `docker run -v /:/host account/image`: an image of some registry account (not an official one) run with the
 * host's root folder mounted; the image named, or null.
 */
export function hostMountedImage(name: string, args: string[]): string | null {
  if (!/^(?:docker|podman|nerdctl)$/.test(name) || args[0] !== 'run') return null;
  let mountsRoot = false;
  // Rights over the host short of its file system: every device, its processes, its Docker daemon.
  let hostAccess = false;
  let image: string | null = null;
  for (let index = 1; index < args.length; index++) {
    const arg = args[index]!;
    const value = /^--?(?:v|volume|mount)=(.*)$/.exec(arg)?.[1] ?? (/^(?:-v|--volume|--mount)$/.test(arg) ? args[index + 1] ?? '' : null);
    if (value !== null && /^(?:["']?\/:|.*\bsource=\/(?:,|$))/.test(value)) mountsRoot = true;
    if ((value !== null && /docker\.sock\b/.test(value)) || arg === '--privileged' || /^--pid=host$/.test(arg) || (arg === '--pid' && args[index + 1] === 'host')) hostAccess = true;
    if (CONTAINER_OPTION_WITH_VALUE.test(arg)) {
      index++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    image = arg;
    break;
  }
  if (image === null) return null;
  if (mountsRoot && image.includes('/') && !/^(?:docker\.io\/library\/|library\/|mcr\.microsoft\.com\/|gcr\.io\/distroless\/|public\.ecr\.aws\/docker\/library\/)/.test(image)) return image;
  // An image from a registry server of its own (`registry.example.net/x`), not one of the public registries, given the host.
  const registry = /^([\w-]{1,63}(?:\.[\w-]{1,63}){1,10}(?::\d{1,5})?)\//.exec(image)?.[1];
  return hostAccess && registry !== undefined && !PUBLIC_REGISTRY.test(registry) ? image : null;
}

/** A command that is one positional argument of a shell function (`"$1"`, `${2}`), capturing its position. */
export const POSITIONAL_COMMAND = /^["']?\$\{?([1-9])\}?["']?$/;

/** Public code forges: a repository there is someone's published project, not an anonymous server. */
export const CODE_FORGE = /^(?:https?:\/\/|git@|ssh:\/\/git@)(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|git\.sr\.ht)[/:]/;

export const BASE64_RUN = /[A-Za-z0-9+/]{16,4096}={0,2}/g;

/** Base64 text decoded, when it decodes to printable text. */
export function base64Text(run: string): string | null {
  if (run.length % 4 === 1) return null;
  try {
    const decoded = atob(run.padEnd(Math.ceil(run.length / 4) * 4, '='));
    return /^[\x20-\x7e\t\r\n]*$/.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** A call of a script language that decodes text into bytes or code: `Buffer.from(x, "hex")`, `unescape("%65%76…")`. */
export function decodesInCode(call: Call): boolean {
  if (/^(?:Buffer\.from|Buffer\.alloc|new Buffer|Buffer)$/.test(call.name)) return /^(?:base64|base64url|hex)$/i.test(call.args.at(-1) ?? '');
  if (/^(?:unescape|decodeURIComponent|decodeURI)$/.test(call.name)) return /(?:%[0-9a-fA-F]{2}){4}|%u[0-9a-fA-F]{4}/.test(call.args[0] ?? '');
  return false;
}

export function isDecodeCommand(call: Call): boolean {
  const name = call.name.toLowerCase();
  const args = call.args.join(' ');
  if (name === 'base64') return /(?:^|\s)-\w*[dD]|--decode/.test(args);
  if (name === 'openssl') return /\b(?:base64|enc)\b/.test(args) && /(?:^|\s)-d\b/.test(args);
  if (name === 'xxd') return /(?:^|\s)-\w*r/.test(args);
  if (name === 'rev' || name === 'gunzip' || name === 'zcat' || name === 'uudecode' || name === 'bunzip2' || name === 'xz' && /-d/.test(args)) return true;
  if (name === 'tr') return /A-Za-z|a-zA-Z/.test(args) && /N-ZA-M|n-za-m/.test(args);
  if ((name === 'printf' || name === 'echo') && /\\x[0-9a-f]{2}|\\[0-7]{3}/i.test(args)) return true;
  return false;
}

/** Package manifests whose name, version and description a publish makes public. */
export const MANIFEST_FILE = /(?:^|[\/\s(])(?:package\.json|pyproject\.toml|setup\.cfg|Cargo\.toml|[\w-]+\.gemspec)\)?$/;

/** Reading the program's standard input in code (Perl's `<STDIN>`, which reads as `_STDIN_` once placeholders are taken out, `sys.stdin`, `os.Stdin`, Lua's `io.read(`, `$stdin`, `Console.ReadLine`, the shell's `read -r`). */
export const READS_STANDARD_INPUT = /[<_]STDIN[>_]|\bsys\.stdin\b|\bos\.Stdin\b|\bio\.read\s{0,4}\(|\$stdin\b|\bSTDIN\.(?:each_line|read|gets)\b|\bstd::io::stdin\b|\bio::stdin\b|\bprocess\.stdin\b|\bConsole\.(?:ReadLine|In)\b|\bread\s{1,4}-r\b/;

/** Base64 made in the program (`[Convert]::ToBase64String(…)`, `base64.b64encode(…)`, `btoa(…)`, `Buffer.from(s, "utf16le").toString("base64")`). */
export const SELF_ENCODING = /ToBase64String\(|\bb64encode\(|\bbtoa\(|\.toString\(\s{0,10}["']base64["']\s{0,10}\)/;

/** PowerShell that runs text as code or fetches it. */
export const RUNS_OR_FETCHES_POWERSHELL = /\b(?:iex|Invoke-Expression|irm|iwr|Invoke-RestMethod|Invoke-WebRequest|Start-BitsTransfer|Invoke-Command|icm|DownloadFile|DownloadData)\b/i;

/** The running shell script's own file (`$0`, `"${BASH_SOURCE[0]}"`). */
export const OWN_SCRIPT_PATH = /^["']?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\})["']?$/;
/** PyYAML loaders that construct arbitrary Python objects, as an argument of `yaml.load` (`Loader=yaml.UnsafeLoader`, `yaml.CLoader`). */
export const UNSAFE_YAML_LOADER = /^(?:Loader\s{0,4}=\s{0,4})?(?:yaml\.)?C?(?:Unsafe)?Loader$/;
/** A process started as a program alone, with no script or only a flag to read one from its input (`spawn("bash")`, `Popen(["python3", "-"])`). */
export const STARTED_WITHOUT_SCRIPT = /\b(?:spawn|Popen|execa)\s{0,4}\(\s{0,4}\[?\s{0,4}["'`]([\w./-]{1,60})["'`]\s{0,4}(?:\)|,\s{0,4}\[\s{0,4}(?:["'`]-s?["'`]\s{0,4})?\]|(?:,\s{0,4}["'`]-s?["'`]\s{0,4})?\]\s{0,4}(?:\)|,)|,\s{0,4}\{|,\s{0,4}stdin\b)/;
/** A JVM class loader over an address that is not a file on disk (`.toURI().toURL()`, `file:`). */
export const REMOTE_CLASS_LOADER = /\bURLClassLoader\s{0,4}\((?![^\n]{0,300}\.toURL\(\))[^\n]{0,300}?\bURL\s{0,4}\(\s{0,4}(?!["']file:)[^)\s]/;

/** Whether every operand of a storage command is one file (`remote:/notes/report.txt`), not a bucket or a folder. */
export function namesOneFile(args: readonly string[]): boolean {
  const operands = args.filter((arg) => !arg.startsWith('-'));
  return operands.length > 0 && operands.every((arg) => /[^/:.]\.[A-Za-z0-9]{1,8}["']?$/.test(arg));
}

/** What a download shown to the user before it runs is told. */
export const SHOWN_DOWNLOAD_RUN = 'runs a downloaded script after showing it for review; pin a version or verify a checksum so what runs is what was read';

/** A command that prints a file for someone to read: a pager, `cat`, `head`, `sed -n '1,200p'`. */
export function showsFile(command: { name: string; args: string[] }): boolean {
  if (command.name === 'sed') return command.args.includes('-n') && command.args.some((arg) => /^["']?[\d,$]{0,20}p["']?$/.test(arg));
  return /^(?:cat|less|more|most|bat|batcat|view|nl|head)$/.test(command.name);
}

/**
 * An evaluator looked up instead of named, and called at once: `getattr(__builtins__, "exec")(…)`,
 * `vars(builtins)["eval"](…)`, `getattr(os, "system")(…)`, `__builtins__.__dict__["exec"](…)`.
 */
export const PYTHON_EVALUATOR_LOOKUP = /^getattr\([\w.()"]{1,100},"(?:exec|eval|compile|execfile)"\)$|^getattr\((?:os|posix|nt),"(?:system|popen|exec\w{0,3}|spawn\w{0,3})"\)$|^getattr\(subprocess,"\w{1,20}"\)$|^(?:vars\((?:__builtins__|builtins)\)|(?:__builtins__|builtins)(?:\.__dict__)?|globals\(\)\["__builtins__"\](?:\.__dict__)?)(?:\["(?:exec|eval|compile)"\]|\.(?:exec|eval|compile))$/;
/** The socket of a key agent, by the variable that names it or the agent's socket file. */
export const AGENT_SOCKET = /\$\{?SSH_AUTH_SOCK\b|\bS\.gpg-agent(?:\.ssh|\.extra)?\b|\bssh-agent\.sock\b|\bagent\.\d{1,10}\b/;

/** Code that loads further code named only at run time: a computed module path, an import of a value, an evaluation. */
export const LOADS_CODE_BY_VALUE = /\b(?:require|import)\s{0,4}\(\s{0,4}(?!["'`\s])|\b(?:eval|exec|execSync|runpy\.run_path)\s{0,4}\(|\bimportlib\.import_module\(\s{0,4}(?!["'])|\bload\s{0,4}\(\s{0,4}(?!["'])/;

/** A query's rows written to a command the database server runs (PostgreSQL's `COPY … TO PROGRAM 'cmd'`), capturing the command. */
export const COPY_TO_PROGRAM = /\bTO\s{1,20}PROGRAM\s{1,20}E?'([^'\n]{1,2000})'/gi;

/** A local port forwarded to another machine (`ssh -L 6380:cache:6379 bastion`, `kubectl port-forward`): a loopback address there is that machine. */
export const FORWARDS_LOCAL_PORT = /\bssh\s[^\n]{0,200}?\s-\w{0,6}L\s{0,4}[\w.:[\]-]{1,100}:\d|\bkubectl\s[^\n]{0,200}?\bport-forward\b|\bsocat\s[^\n]{0,200}?\bTCP[46]?-LISTEN\b/;

/** @internal Whether a call writes to the input of a process started as a shell or interpreter with no script of its own (`spawn("bash").stdin.end(…)`). */
export function feedsInterpreterInput(analysis: ProgramAnalysis, call: Call): boolean {
  const receiver = /^([\w$]{1,60})\.(?:stdin\.(?:end|write)|communicate)$/.exec(call.name)?.[1];
  const started = receiver ? STARTED_WITHOUT_SCRIPT.exec(analysis.definitions.get(receiver) ?? '')?.[1] : undefined;
  return started !== undefined && STDIN_INTERPRETERS.has(started.replace(/^.*\//, '').toLowerCase());
}

/**
 * Whether the program given to `sh -c` / `python3 -c` runs what was downloaded: it holds the download
 * itself, or it reads its standard input and evaluates it. A fixed program that only parses the JSON or XML
 * piped into it (`curl … | python3 -c "import json,sys; print(json.load(sys.stdin))"`) runs nothing fetched.
 */
export function inlineProgramRunsFetched(analysis: ProgramAnalysis, program: string, statement: Statement): boolean {
  if (analysis.labelsOf(program, statement.uses).has('fetched')) return true;
  return INLINE_READS_STDIN.test(program) && INLINE_EVALUATES.test(program);
}

/** Whether a shell command reads its program from standard input (`bash`, `bash -s`, `python -`, `iex`). */
/** A shell function whose body runs the program it reads from its standard input (`run() { bash -s; }`). */
export function runsItsInput(analysis: ProgramAnalysis, name: string): boolean {
  if (analysis.program.language !== 'bash') return false;
  if (analysis.inputRunners === null) {
    // Found in one pass: inner calls are judged without this check, so nothing recurses.
    analysis.inputRunners = new Set();
    const runners = new Set<string>();
    for (const statement of analysis.program.statements) {
      const owner = statement.inFunction?.name;
      if (owner && statement.calls.some((inner) => inner.name !== owner && inner.pipedFrom === null && readsProgramFromStdin(analysis, inner))) runners.add(owner);
    }
    analysis.inputRunners = runners;
  }
  return analysis.inputRunners.has(name);
}

export function readsProgramFromStdin(analysis: ProgramAnalysis, call: Call): boolean {
  if (runsItsInput(analysis, call.name)) return true;
  const { name, args } = analysis.effective(call);
  if (!STDIN_INTERPRETERS.has(name.toLowerCase())) return false;
  if (name === 'source' || name === '.') return args.some((arg) => arg === '/dev/stdin' || arg === '-');
  const operands = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>') && !arg.startsWith('<') && !/^[0-9]*>&?[0-9]*$/.test(arg));
  if (args.some((arg) => arg === '-c' || arg === '-e' || arg === '-m' || arg === '-r' || arg === '-Command' || arg === '-File')) return false;
  return operands.length === 0 || args.includes('-s') || args.includes('-');
}

/**
 * Whether a URL belongs to the project the skill is about: its domain's main label (`starship` in
 * starship.rs, `docker` in get.docker.com), its GitHub owner, or its repository for a file of a release tag, is a word of
 * the skill's name or description, and it is fetched over HTTPS.
 * @internal
 */
export function isProjectInstaller(analysis: ProgramAnalysis, url: string): boolean {
  if (!servedByNamedHost(url)) return false;
  const parsed = new URL(url);
  const main = parsed.hostname.includes('.') ? mainLabel(parsed.hostname) : '';
  const forge = /^(?:raw\.githubusercontent\.com|github\.com|gitlab\.com)$/.test(parsed.hostname);
  const [owner = '', repository = '', ...rest] = forge ? parsed.pathname.split('/').slice(1).map((part) => part.toLowerCase()) : [];
  // The repository's name counts only for a file of one of its release tags (`…/fnm/v1.37.2/install.sh`): a branch is whatever it holds today.
  const owners = forge ? [owner, ...(rest.some((part) => RELEASE_TAG.test(part)) ? [repository] : [])] : [];
  // A vendor's own short-link host (only the vendor makes its links) serves that vendor's installers, for a skill about one of its products.
  const vendorProducts = VENDOR_LINK_HOSTS.get(parsed.hostname.toLowerCase());
  if (vendorProducts?.some((product) => analysis.context.subjectWords.has(product) || analysis.context.projectNames.has(product))) return true;
  // A word of the description counts when the skill writes it as a name, or runs it as the command it installs (`fnm install --lts`).
  return [main, ...owners].some((word) => word.length >= 3 && (analysis.context.projectNames.has(word.toLowerCase()) || (analysis.context.subjectWords.has(word.toLowerCase()) && runsCommandNamed(analysis, word.toLowerCase()))));
}

/** Whether the program runs a command of that name, at the start of a line or after a separator (`fnm env`, `&& starship init`). */
export function runsCommandNamed(analysis: ProgramAnalysis, word: string): boolean {
  return new RegExp(String.raw`(?:^|[;&|(]|\$\()[ \t]{0,40}${escapeName(word)}[ \t]{1,10}[\w-]`, 'mi').test(analysis.whole.slice(0, 65_536));
}

/** Commands that run or install what a URL points to: `deno run URL`, `npx URL`, `pip install URL`, `msiexec /i URL`, `mshta URL`. */
export function runsUrl(analysis: ProgramAnalysis, name: string, args: string[]): boolean {
  // `python3 -m pip install …`, `sys.executable -m pip install …`: pip under its interpreter.
  if (/^(?:python\d?(?:\.\d+)?|sys\.executable|py)$/.test(name) && args[0] === '-m' && /^pip\d?$/.test(args[1] ?? '')) return runsUrl(analysis, 'pip', args.slice(2));
  const installer = /^(?:msiexec|mshta|regsvr32|rundll32|start-process|installutil)(?:\.exe)?$/i.test(name);
  // A package named with its address (`"tool @ https://…"`, PEP 508) is installed from that address.
  const url = args.find((arg) => /^(?:git\+)?https?:\/\//i.test(arg) || /^\/i:https?:/i.test(arg) || DIRECT_REFERENCE.test(arg)) ?? (installer ? urlsIn(args.join(' '))[0] : undefined);
  if (!url) return false;
  if (/^(?:deno|bun)$/.test(name)) return args.includes('run') || args.includes('x');
  // A notebook extension installed from an address (`jupyter labextension install URL`) runs in every notebook the user opens.
  if (/^jupyter(?:-labextension|-nbextension)?$/.test(name)) return args.includes('install');
  if (/^https?:\/\/(?:localhost|127\.|\[::1\])/i.test(url)) return false;
  if (/^(?:npx|pnpx|bunx|uvx)$/.test(name)) return args.find((arg) => !arg.startsWith('-')) === url;
  if (/^(?:npm|pnpm|yarn|pip|pip3|pipx|uv|gem|cargo|go|conda|mamba|micromamba)$/.test(name)) {
    const verb = args.findIndex((arg) => /^(?:install|i|add|run|dlx|exec)$/.test(arg));
    if (verb === -1) return false;
    // `run` runs its first operand; a URL later on (`npm run smoke -- --url https://…`) is only an argument to it.
    if (args[verb] === 'run') return args.slice(verb + 1).find((arg) => !arg.startsWith('-')) === url;
    const endOfOptions = args.indexOf('--');
    return endOfOptions === -1 || args.indexOf(url) < endOfOptions;
  }
  // `rundll32 javascript:"…mshtml,RunHTMLApplication";GetObject("script:URL")` runs a scriptlet the address serves.
  return installer && args.some((arg) => /msiexec|\/i\b|\/i:/i.test(arg) || /^https?:/i.test(arg) || /^["']?(?:javascript|vbscript):/i.test(arg));
}

/** @internal */
export function allowedFetch(analysis: ProgramAnalysis, text: string): boolean {
  const urls = urlsIn(text);
  return urls.length > 0 && urls.every((url) => analysis.context.isAllowedInstaller(url));
}

/** The position of the argument a shell function runs as a command, if it runs one. */
export function runsItsArgument(analysis: ProgramAnalysis, name: string): number | undefined {
  if (analysis.program.language !== 'bash') return undefined;
  if (analysis.argumentRunners === null) {
    analysis.argumentRunners = new Map();
    for (const statement of analysis.program.statements) {
      const owner = statement.inFunction?.name;
      if (!owner) continue;
      for (const inner of statement.calls) {
        const ran = POSITIONAL_COMMAND.exec(analysis.effective(inner).name) ?? POSITIONAL_COMMAND.exec(inner.name);
        if (ran && !analysis.argumentRunners.has(owner)) analysis.argumentRunners.set(owner, Number(ran[1]));
      }
    }
  }
  return analysis.argumentRunners.get(name);
}

/** A program started from a file or folder this program downloaded (`curl -o tool …; ./tool`, `curl … | tar -x -C dir; dir/tool`). */
/** The program or script a shell call starts, by path: a script given to an interpreter (`bash kit/install.sh`), a relative path run inside a folder entered with `cd`, `make` there. */
export function startedPath(analysis: ProgramAnalysis, call: Call, effective: { name: string; args: string[]; path?: string }): string | undefined {
  const script = /^(?:(?:ba|z|da|k)?sh|python\d?(?:\.\d+)?|perl|ruby|node|source|\.)$/.test(effective.name) ? effective.args.find((arg) => !arg.startsWith('-')) : undefined;
  // A folder installed as a package (`pip install ./vendor/x`, `npm --prefix dir install`) runs its setup code and install hooks.
  const installedFolder = /^(?:pip\d?|pipx|uv|npm|pnpm|yarn)$/.test(effective.name) && effective.args.some((arg) => /^(?:install|i|add)$/.test(arg)) ? effective.args.find((arg, index) => /^(?:\.{1,2}|~|\/)\//.test(arg) || effective.args[index - 1] === '--prefix') : undefined;
  let started = effective.path ?? call.path ?? (script?.includes('/') ? script : installedFolder ? `${installedFolder.replace(/^\.\//, '').replace(/\/+$/, '')}/` : undefined);
  if (analysis.folder && started?.startsWith('./')) started = `${analysis.folder}/${started.slice(2)}`;
  if (analysis.folder && script && !script.includes('/')) started = `${analysis.folder}/${script}`;
  if (analysis.folder && effective.name === 'make') started = `${analysis.folder}/Makefile`;
  return started;
}

/** Whether a shell call runs a script of a repository cloned earlier, and where that repository lives. */
export function runsClone(analysis: ProgramAnalysis, call: Call, effective: { name: string; args: string[]; path?: string }): 'forge' | 'elsewhere' | null {
  const started = startedPath(analysis, call, effective);
  if (!started) return null;
  const path = homeRelative(started);
  for (const [folder, host] of analysis.cloned) if (path.startsWith(folder)) return host;
  return null;
}

export function runsDownloadedProgram(analysis: ProgramAnalysis, call: Call, effective: { name: string; args: string[]; path?: string }): 'here' | 'earlier' | null {
  const started = effective.path ?? call.path ?? startedPath(analysis, call, effective);
  let found: 'here' | 'earlier' | null = null;
  for (const path of analysis.downloaded) {
    // A download saved under a variable whose value is not a constant (`bin=/tmp/.t-$RANDOM`, `$(mktemp)`) is run by that variable.
    const savedInVariable = /^\$\{?[A-Za-z_]\w*\}?$/.test(path) && (call.name === path || effective.name === path);
    // A script that saved a download over its own file (`curl … -o "$0"`) and runs itself again runs the download.
    const overItself = OWN_SCRIPT_PATH.test(path) && [call.name, effective.name, effective.path ?? ''].some((name) => OWN_SCRIPT_PATH.test(name));
    const runs = path.endsWith('/') ? started !== undefined && homeRelative(started).startsWith(path) : savedInVariable || overItself || (!/^https?:/.test(path) && ((path.split('/').pop() === call.name && path.includes('/')) || (started !== undefined && path.split('/').pop() === effective.name)));
    if (!runs) continue;
    if (!analysis.inherited.has(path)) return 'here';
    found = 'earlier';
  }
  return found;
}

/**
 * Whether a tool is handed, as a plugin it starts, a program this script downloaded (`protoc --plugin=protoc-gen-x=bin/x`):
 * the tool runs the plugin as a process of its own, as surely as the script running it.
 */
export function runsDownloadedPlugin(analysis: ProgramAnalysis, effective: { name: string; args: string[] }): 'here' | 'earlier' | null {
  if (!PLUGIN_HOST.test(effective.name) && !effective.args.some((arg) => PLUGIN_HOST.test(arg))) return null;
  const plugins = effective.args.flatMap((arg) => PLUGIN_OPTION.exec(arg)?.[1] ?? []).map((path) => homeRelative(analysis.resolve(path).trim().replace(/^["']|["']$/g, '')).replace(/^\.\//, ''));
  if (plugins.length === 0) return null;
  let found: 'here' | 'earlier' | null = null;
  for (const path of analysis.downloaded) {
    if (analysis.allowedDownloads.has(path) || path.endsWith('/') || /^https?:/.test(path)) continue;
    const saved = homeRelative(analysis.resolve(path).trim().replace(/^["']|["']$/g, '')).replace(/^\.\//, '');
    if (!plugins.includes(saved)) continue;
    if (!analysis.inherited.has(path)) return 'here';
    found = 'earlier';
  }
  return found;
}

/**
 * Whether a package installer is handed a file this program downloaded (`curl -o x.vsix …` then `code --install-extension x.vsix`,
 * a wheel or a `.deb` fetched then installed): installing runs the package's hooks or loads it into an application.
 */
export function installsDownloadedPackage(analysis: ProgramAnalysis, effective: { name: string; args: string[] }): 'here' | 'earlier' | null {
  const installer = PACKAGE_FILE_INSTALLERS.find(([command]) => command.test(effective.name));
  const from = installer ? effective.args.findIndex((arg) => installer[1].test(arg)) : -1;
  if (from === -1) return null;
  const named = effective.args.slice(from + 1).map((arg) => homeRelative(arg.replace(/^["']|["']$/g, '')));
  let found: 'here' | 'earlier' | null = null;
  for (const path of analysis.downloaded) {
    if (analysis.allowedDownloads.has(path) || path.endsWith('/') || /^https?:/.test(path)) continue;
    const saved = homeRelative(path.replace(/^["']|["']$/g, ''));
    if (!named.some((arg) => arg === saved || arg.replace(/^\.\//, '') === saved.replace(/^\.\//, ''))) continue;
    if (!analysis.inherited.has(path)) return 'here';
    found = 'earlier';
  }
  return found;
}

/**
 * Whether a shell command runs only when an answer the user typed matches (`read -r -p "Type ERASE: " ok` … `[ "$ok" = ERASE ] && wipefs -a "$dev"`):
 * the test of the answer joined to the command on its own line.
 */
export function runsOnlyWhenAnswered(analysis: ProgramAnalysis, at: { start: number }): boolean {
  if (analysis.program.language !== 'bash') return false;
  const before = analysis.whole.slice(0, at.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const tested = /\[\[?\s+"?\$\{?([A-Za-z_]\w{0,60})\}?"?\s+==?\s+(?!""|'')\S[^\]\n]{0,200}\]\]?\s{0,4}&&\s{0,4}(?:sudo\s+)?$/.exec(line);
  if (tested === null) return false;
  const name = tested[1]!;
  const earlier = before.slice(0, before.length - line.length);
  // The answer is the user's only when `read` takes it from the terminal (no `-u` descriptor, no stdin the script redirected)
  // and nothing sets the variable after it (`ok=${ok:-ERASE}`, `ok=ERASE`).
  const read = [...earlier.matchAll(new RegExp(`\\bread\\s[^\\n|<]{0,300}\\b${name}\\s{0,4}(?:$|\\n|;)`, 'gm'))].at(-1);
  if (read === undefined || /\s-\w*u\w*\s/.test(read[0]) || /\bexec\s{1,4}(?:0\s{0,4})?<(?!&)/.test(earlier)) return false;
  return !new RegExp(`(?:^|[\\s;&|(])${name}=|\\$\\{${name}:?[-=]|\\bprintf\\s{1,4}-v\\s{0,4}${name}\\b`).test(`${earlier.slice(read.index + read[0].length)}${line}`);
}

/** Patterns that need no dataflow: miners, disabled controls, passwordless root, fork bombs. */
/**
 * A command started through Visual Basic's `Shell` or a shell object's `.Run`/`.Exec` whose text, as written or in the
 * variables it reads, is spelled out in character codes (`Chr(112) & Chr(111) & …`): what runs is hidden from a reader.
 */
export function inspectCharacterCodeCommand(analysis: ProgramAnalysis, statement: Statement): void {
  if (!analysis.configuration || !VISUAL_BASIC_RUN.test(statement.text)) return;
  const names = [...statement.text.matchAll(/(?<![\w."$])[A-Za-z_]\w{0,60}/g)].slice(0, 30).map((name) => name[0]);
  const reached = [statement.text, ...names.map((name) => analysis.definitions.get(name) ?? '')].join('\n');
  if (SPELLED_IN_CHARACTER_CODES.test(reached)) analysis.report('obfuscated-exec', statement, 'runs a command spelled out in character codes, so nobody reviewing the skill can read what it starts');
}

/**
 * A descriptor opened on a socket (`exec 5<>/dev/tcp/$HOST/$PORT`, host and port in variables or not)
 * whose lines are read (`read line <&5`) and handed to `eval` or a shell somewhere in the program.
 */
export function runsSocketInput(analysis: ProgramAnalysis, text: string): boolean {
  const descriptor = /\bexec\s+(\d{1,2})<>\s*["']?\/dev\/(?:tcp|udp)\/[^\s/]{1,253}\/[^\s/"']{1,100}/.exec(text)?.[1];
  if (descriptor === undefined) return false;
  const reads = new RegExp(`\\bread\\b[^\\n;|]{0,200}<&\\s*${descriptor}\\b|\\bdone\\s*<&\\s*${descriptor}\\b`);
  return reads.test(analysis.whole) && analysis.wholeHas(/\beval\b|\|\s*(?:ba|z|da)?sh\b|\b(?:ba|z|da)?sh\s+-c\s+["']?\$/);
}
