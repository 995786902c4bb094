// Readings of configuration changes: git settings and redirects, the hosts file, trust stores, security controls.
import { type Call, type Statement, statementAt } from '../program.ts';
import { LOADS_SETTINGS, SETTINGS_FILE_NAME, urlsIn } from './common.ts';
import { sendsAnything, WHOLE_PROFILE } from './credentials.ts';
import { safe } from './destructive-guards.ts';
import { listHoldsMatchAllEntry, settingsSections } from './destructive-listings.ts';
import { CHANGES_STORED_DATA, ENCRYPTS, homeEmptiedFileByFile, passwordPrompterBodies, REMOVES_FILE, USER_FILES } from './destructive.ts';
import { COPY_TO_PROGRAM } from './execution.ts';
import { connectsOnlyToPrivateNetwork, hostNameOf, isLoopbackUrl, mainLabel, PRIVATE_HOST, PRIVATE_REMOTE_SHELL } from './hosts.ts';
import { reportPipSettingsTrust } from './package-settings.ts';
import { ENDLESS_LOOP, SHELL_PROFILE } from './persistence.ts';
import type { ProgramAnalysis } from './program-analysis.ts';
import type { ThreatClass } from './types.ts';

/** A PowerShell module source registered as trusted: modules from it install without a prompt. */
export const TRUSTS_MODULE_SOURCE = /\bRegister-PSRepository\b.{0,400}-InstallationPolicy\s+Trusted/is;

/** A git setting whose value is a command git runs by itself, set with `git config`. */
export const GIT_COMMAND_OPTION_SET = /\bgit\s+config\b[^\n]{0,80}\b(?:core\.(?:fsmonitor|pager|sshCommand|editor|askPass|gitProxy)|sequence\.editor|diff\.external|credential\.helper|alias\.[\w-]{1,40}|filter\.[\w.-]{1,60}\.(?:smudge|clean|process)|diff\.[\w.-]{1,60}\.textconv|merge\.[\w.-]{1,60}\.driver)\b/;

/** A settings file included into the git settings (`include.path`, `includeIf.<condition>.path`). */
export const GIT_SETTINGS_INCLUDED = /\bgit\s+config\b[^\n]{0,80}\binclude(?:If\.\S{1,200})?\.path\b/i;
/** SDK calls on every resource of a kind at once (`ec2.instances.all().terminate()`). */
/** Pre-commit's skip list naming a secret scanner: commits stop being checked for leaked keys. */
export const SECRET_SCAN_SKIPPED = /\bSKIP=["']?[\w,.-]{0,300}\b(?:gitleaks|detect-secrets|trufflehog|detect-private-key|detect-aws-credentials|ggshield|talisman|secretlint|git-secrets|ripsecrets)\b/;

/** Git settings, as a settings file writes them, whose value is a command git runs by itself. */
export const GIT_COMMAND_SETTING = /^\s{0,8}(?:pager|fsmonitor|sshCommand|editor|askPass|gitProxy|textconv|smudge|clean|process|driver|helper|external)\s{0,4}=/im;
/** A file opened for writing from the start, which empties it (Perl `open($fh, '>', $f)`, Python `open(p, "w")`), or truncated outright. */
export const SECURITY_TRAIL = /["'](?:\/var\/log\/(?:auth\.log|secure|audit\/|wtmp|btmp|lastlog|faillog)|[^"'\n]{0,200}\/\.(?:\*|bash|zsh|sh)_history)/;
export const TRUST_ANCHORS = /^["']?\/(?:usr\/local\/share\/ca-certificates|etc\/pki\/ca-trust\/source\/anchors|etc\/ca-certificates\/trust-source\/anchors|usr\/share\/pki\/trust\/anchors|etc\/pki\/trust\/anchors)\b/;
export const SHIPPED_CERTIFICATE = /^["']?(?:\.\/)?[\w-][\w.-]{0,80}\/[^\s$`~]{0,200}\.(?:pem|crt|cer|der)["']?$/i;
/** A framework's refusal to wipe a production database, switched off. */
export const PRODUCTION_GUARD_OFF = /\bDISABLE_DATABASE_ENVIRONMENT_CHECK["']?\]?\s*[:=]{1,2}\s*["']?(?:1|true)\b/;
/** A command that runs code of the checked-out tree: its build, tests, install scripts or a script of its own. */
export const RUNS_PROJECT_CODE = /(?:^|[\s;&|(])(?:npm|npx|yarn|pnpm|bun|make|pip3?|python3?|node|go|cargo|mvn|gradle|pytest|tox|bundle|rake|composer|dotnet|deno|poetry|uv)\s|(?:^|[\s;&|(])\.\/[\w.-]|\b(?:ba)?sh\s+[\w./-]{1,200}\.sh\b/m;

/** Go settings that skip the checksum database or TLS for every module (`GOSUMDB=off`, `GONOSUMDB=*`, `GOFLAGS=-insecure`), in a shell or a Makefile (`GOSUMDB := off`). */
export const UNCHECKED_GO_MODULES = /\bGOSUMDB[ \t]{0,4}[:?]?=[ \t]{0,4}["']?off\b|\bGONOSUMDB[ \t]{0,4}[:?]?=[ \t]{0,4}["']?\*|\bGONOSUMCHECK[ \t]{0,4}[:?]?=[ \t]{0,4}["']?1\b|\bGOFLAGS[ \t]{0,4}[:?]?=[ \t]{0,4}["']?[^\s"']{0,200}-insecure\b|\bGOINSECURE[ \t]{0,4}[:?]?=/;

/**
 * Settings of a git configuration file that switch a check off for every remote and repository: TLS
 * verification in the plain `[http]` section (a `[http "https://host/"]` section covers one host), and
 * hooks pointed at nothing. Offsets of the lines that say so.
 */
export function gitChecksOff(text: string): Array<{ line: number; what: string }> {
  const found: Array<{ line: number; what: string }> = [];
  let section = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = /^[ \t]*\[([^\]\n]{1,200})\]/.exec(line);
    if (header) section = header[1]!.trim().toLowerCase();
    const setting = /^[ \t]*([A-Za-z][\w-]{0,60})[ \t]*=[ \t]*([^\s#;]{0,400})/.exec(line);
    if (setting && !header) {
      const key = setting[1]!.toLowerCase();
      const value = setting[2]!.replace(/^["']|["']$/g, '').toLowerCase();
      if (section === 'http' && key === 'sslverify' && /^(?:false|no|off|0)$/.test(value)) found.push({ line: offset, what: 'turns off TLS certificate checks for every git remote, leaving the machine open to attack' });
      if (section === 'core' && key === 'hookspath' && /^(?:\/dev\/null|nul)$/.test(value)) found.push({ line: offset, what: 'points git hooks at nothing, so every check a repository runs before a commit or push is skipped' });
    }
    offset += line.length + 1;
    if (found.length >= 5) break;
  }
  return found;
}

/** The system's hosts file, on Unix and on Windows. */
export const HOSTS_FILE = /\/etc\/hosts\b|\bdrivers[\\/]{1,2}etc[\\/]{1,2}hosts\b/i;
/** What may start an entry of the hosts file: an IPv4 or IPv6 address followed by a name. */
export const HOSTS_ENTRY_START = /(?:\d{1,3}\.){3}\d{1,3}[ \t]{1,20}[a-z]|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}[ \t]{1,20}[a-z]/i;
/** An entry of the hosts file: the address, then the names it is given on that line. */
export const HOSTS_ENTRY = /(?<![\w.:])((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})((?:[ \t]{1,20}[A-Za-z0-9][\w.-]{0,252}){1,20})/gi;
/** Addresses that send a name nowhere or to this machine: blocking a name or serving it locally. */
export const NOWHERE_ADDRESS = /^(?:0\.0\.0\.0|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1?|0{0,4}(?::0{0,4}){1,6}:0{0,3}1?)$/;
/**
 * Domains everyone's tools trust: code forges, package registries, update and sign-in services, large platforms and banks.
 * Names under them, and the sign-in, update, registry and banking hosts of any domain, are the ones an attacker takes over.
 */
export const TRUSTED_DOMAIN = /(?:^|\.)(?:github\.com|githubusercontent\.com|github\.io|ghcr\.io|gitlab\.com|bitbucket\.org|npmjs\.(?:org|com)|yarnpkg\.com|pypi\.org|pythonhosted\.org|python\.org|rubygems\.org|crates\.io|golang\.org|go\.dev|docker\.(?:io|com)|quay\.io|nuget\.org|maven\.org|apache\.org|packagist\.org|nodejs\.org|brew\.sh|ubuntu\.com|debian\.org|fedoraproject\.org|archlinux\.org|microsoft\.com|microsoftonline\.com|windowsupdate\.com|windows\.net|live\.com|office\.com|azure\.com|apple\.com|icloud\.com|google\.com|googleapis\.com|gstatic\.com|amazon\.com|amazonaws\.com|cloudflare\.com|paypal\.com|stripe\.com|anthropic\.com|openai\.com|okta\.com|slack\.com|facebook\.com|twitter\.com|x\.com|chase\.com|bankofamerica\.com|wellsfargo\.com|citi\.com|hsbc\.[a-z.]{2,6}|barclays\.[a-z.]{2,6})$|^(?:login|signin|sso|auth|accounts?|updates?|registry|bank(?:ing)?)\.(?:[\w-]{1,63}\.){1,5}[a-z]{2,24}$/i;

/** The names of trusted services that hosts-file entries in a text give an address of another machine. */
export function hijackedNames(text: string): string[] {
  const names: string[] = [];
  for (const entry of text.matchAll(HOSTS_ENTRY)) {
    if (NOWHERE_ADDRESS.test(entry[1]!)) continue;
    for (const name of entry[2]!.trim().split(/[ \t]+/)) if (TRUSTED_DOMAIN.test(name.replace(/\.$/, '')) && !names.includes(name)) names.push(name);
    if (names.length >= 5) break;
  }
  return names;
}

/** A rewrite of git remote addresses, `url.<base>.insteadOf <old>` or `pushInsteadOf`, as a command line or an argument list gives it. */
export const GIT_URL_REWRITE = /\burl\.["']?([^\s"']{1,300}?)["']?\.(push)?insteadof\b["']?\s{1,10}(?:--\S{1,20}\s{1,10})?["']?([^\s"']{1,300})/gi;
/** A credential helper that is a shell snippet (`credential.helper '!f() { … }; f'`), capturing the snippet. */
export const GIT_SHELL_HELPER = /\bcredential(?:\.[^\s"']{1,200})?\.helper["']?\s{1,10}(?:--\S{1,20}\s{1,10})?["']?!([^\n]{1,500})/gi;
/** A command or address in a shell snippet that talks to another host. */
export const SENDS_OUT = /\b(?:curl|wget|nc|ncat|socat|Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b|\bhttps?:\/\/|\/dev\/(?:tcp|udp)\//i;

export type GitRedirect = { threat: ThreatClass; why: string };

/**
 * What a rewrite of git remote addresses does: git sends a fetch or push meant for the old base, with the login the
 * new base carries, to the new base's host. A rewrite between two hosts of one service (HTTPS to SSH) or to a path or
 * an alias changes nothing of who receives it.
 */
export function gitRedirect(base: string, old: string, push: boolean): GitRedirect | null {
  const from = gitBaseHost(old);
  const to = gitBaseHost(base);
  if (!from || !to || PRIVATE_HOST.test(to.host) || mainLabel(from.host) === mainLabel(to.host)) return null;
  if (to.login) return { threat: 'exfiltration', why: `rewrites git addresses of ${from.host} to another host with a login in them, so every fetch and push hands that login to ${to.host}` };
  if (push) return { threat: 'exfiltration', why: `sends every push meant for ${from.host} to another host, which receives the user's code` };
  return { threat: 'download-exec', why: `makes every fetch from ${from.host} come from another host, which then decides what code is cloned, built and run` };
}

/** Rewrites of git remote addresses to another host, and credential helpers that send what git hands them, on command lines. */
export function gitRemoteRedirects(text: string): GitRedirect[] {
  const found: GitRedirect[] = [];
  for (const match of text.matchAll(GIT_URL_REWRITE)) {
    const redirect = gitRedirect(match[1]!, match[3]!, match[2] !== undefined);
    if (redirect) found.push(redirect);
    if (found.length >= 3) break;
  }
  for (const match of text.matchAll(GIT_SHELL_HELPER)) if (SENDS_OUT.test(match[1]!)) found.push(HELPER_SENDS);
  return found.slice(0, 4);
}

export const HELPER_SENDS: GitRedirect = { threat: 'exfiltration', why: 'installs a git credential helper that sends over the network the logins git hands it' };

/** The same rewrites and helpers in a git configuration file (`[url "…"]` with `insteadOf = …`, `[credential]` with `helper = !…`), by line. */
export function gitConfigRedirects(text: string): Array<GitRedirect & { line: number }> {
  const found: Array<GitRedirect & { line: number }> = [];
  let section = '';
  let base = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = /(?:^|[ \t])\[[ \t]*([A-Za-z]{1,20})(?:[ \t]+"([^"\n]{1,300})")?[ \t]*\]/.exec(line);
    if (header) {
      section = header[1]!.toLowerCase();
      base = header[2] ?? '';
    }
    const setting = /^[ \t]*([A-Za-z][\w-]{0,60})[ \t]*=[ \t]*(.{0,500})$/.exec(line);
    if (setting && !header) {
      const key = setting[1]!.toLowerCase();
      const value = setting[2]!.trim().replace(/^"|"$/g, '');
      const redirect = section === 'url' && (key === 'insteadof' || key === 'pushinsteadof') ? gitRedirect(base, value, key === 'pushinsteadof') : section === 'credential' && key === 'helper' && value.startsWith('!') && SENDS_OUT.test(value) ? HELPER_SENDS : null;
      if (redirect) found.push({ ...redirect, line: offset });
    }
    offset += line.length + 1;
    if (found.length >= 5) break;
  }
  return found;
}

/** The host of a git remote base (`https://user:token@host/`, `git@host:`, `ssh://host/`) and whether the base carries a login; null for a path or an alias. */
export function gitBaseHost(base: string): { host: string; login: boolean } | null {
  const match = /^(?:[a-z][\w+.-]{0,20}:\/\/)?(?:([^@/\s]{1,300})@)?([\w-]{1,63}(?:\.[\w-]{1,63}){1,10})(?::\d{1,5})?(?:[/:]|$)/i.exec(base);
  if (!match) return null;
  const user = match[1] ?? '';
  // `git@host:` names the account SSH logs in as; a password, a token or a variable standing for one is a login.
  return { host: match[2]!.toLowerCase(), login: /[:$%{]/.test(user) || user.length >= 20 };
}
/** A pattern that matches any path or line: `.*`, `.+`, `^.*$`, `(.*)`, with inline flags. */
export const MATCHES_ANYTHING = /^(?:\(\?[a-z]{1,4}\))?\^?\(?\.[*+]\??\)?\$?$/;

/**
 * Entries of a secret scanner's allowlist (gitleaks' `[allowlist]`, `[[allowlists]]`, `[[rules.allowlists]]`)
 * whose `paths`, `regexes` or `commits` pattern matches everything: offsets of the lines that hold them.
 */
export function allowlistMatchingEverything(text: string): number[] {
  const found: number[] = [];
  let inAllowlist = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = /^[ \t]*\[\[?([\w.]{1,80})\]\]?[ \t]*$/.exec(line);
    if (header) inAllowlist = /(?:^|\.)allowlists?$/.test(header[1]!);
    else if (inAllowlist && [...line.matchAll(/'([^'\n]{1,40})'|"([^"\n]{1,40})"/g)].some((quoted) => MATCHES_ANYTHING.test((quoted[1] ?? quoted[2])!.replace(/\\\\/g, '\\')))) found.push(offset);
    offset += line.length + 1;
    if (found.length >= 5) break;
  }
  return found;
}

/** Whether a function body reads silently (`read -s`, a password) and writes what it read to a file or the network. */
export function capturesSecretInput(body: string): boolean {
  const read = /\bread\b([^\n;|&]{1,300})/.exec(body);
  if (!read) return false;
  const words = read[1]!.trim().split(/\s+/);
  const variable = words.at(-1) ?? '';
  if (!words.some((word) => /^-[A-Za-z]*s[A-Za-z]*$/.test(word)) || !/^[A-Za-z_]\w{0,60}$/.test(variable)) return false;
  const rest = body.slice(read.index + read[0].length);
  const kept = new RegExp(`\\$\\{?${variable}\\b[^\\n;|]{0,200}(?:>>?\\s*["']?[~/$\\w.]|\\|\\s*(?:tee|curl|nc|ncat|wget)\\b)|\\b(?:curl|wget|nc)\\b[^\\n;]{0,300}\\$\\{?${variable}\\b`);
  return kept.test(rest);
}

/** Kinds of cluster admission policy (Kyverno, Gatekeeper, built-in admission policies, pod security policies), as `kubectl delete` names them. */
export const ADMISSION_POLICY = /^(?:clusterpolic(?:y|ies)|cpol|clusterpolicy\.kyverno\.io|polic(?:y|ies)\.kyverno\.io|constrainttemplates?|validatingadmissionpolic(?:y|ies)|validatingadmissionpolicybindings?|podsecuritypolic(?:y|ies)|psp|imagepolic(?:y|ies)|clusterimagepolic(?:y|ies))(?:[./][\w.-]{0,200})?$/i;
/** An item of a list kept under a key of loaded settings (`cfg["delete"]`, `cfg.patterns`, `conf.get("purge")`); group 1 is the settings, 2–4 the key. */
export const SETTINGS_LIST_ITEM = /^([A-Za-z_$][\w$]{0,60})(?:\[\s{0,4}["']([\w-]{1,60})["']\s{0,4}\]|\.(?!get\b)([A-Za-z_]\w{0,60})|\.get\(\s{0,4}["']([\w-]{1,60})["'][^)]{0,60}\))$/;

/** Groups that every caller, every signed-in user or every service account of a cluster belongs to. */
export const EVERYONE_GROUP = /^system:(?:unauthenticated|anonymous|authenticated|serviceaccounts)$/;

/**
 * Role bindings written as YAML (`kind: ClusterRoleBinding`, `roleRef` naming `cluster-admin`) whose subjects
 * are everyone (`system:authenticated`, `system:serviceaccounts`…) or a namespace's `default` service
 * account, which every pod there runs as: the whole cluster handed over. Read document by document, key by key.
 */
export function broadAdminGrants(text: string): Array<{ at: number; what: string }> {
  if (!/RoleBinding\b/.test(text) || !text.includes('cluster-admin')) return [];
  const grants: Array<{ at: number; what: string }> = [];
  let offset = 0;
  for (const document of text.split(/^---[ \t]*$/m)) {
    const start = offset;
    offset += document.length + 4;
    if (!/^kind:[ \t]*["']?(?:Cluster)?RoleBinding["']?[ \t]*$/m.test(document)) continue;
    let section = '';
    let roleIsAdmin = false;
    let subjectKind = '';
    let everyone = false;
    for (const line of document.split('\n')) {
      const top = /^([A-Za-z]\w*):/.exec(line);
      if (top) {
        section = top[1]!;
        continue;
      }
      const field = /^[ \t]*(?:-[ \t]+)?(kind|name)[ \t]*:[ \t]*["']?([\w:.-]{1,253})["']?[ \t]*$/.exec(line);
      if (!field) continue;
      if (section === 'roleRef' && field[1] === 'name' && field[2] === 'cluster-admin') roleIsAdmin = true;
      if (section !== 'subjects') continue;
      if (/^[ \t]*-/.test(line)) subjectKind = '';
      if (field[1] === 'kind') subjectKind = field[2]!;
      else if ((subjectKind === 'Group' && EVERYONE_GROUP.test(field[2]!)) || (subjectKind === 'ServiceAccount' && field[2] === 'default')) everyone = true;
    }
    if (roleIsAdmin && everyone) {
      const kind = /^kind:/m.exec(document);
      grants.push({ at: start + (kind?.index ?? 0), what: 'binds cluster-admin to everyone in the cluster or to a default service account that every pod of the namespace runs as' });
    }
    if (grants.length >= 5) break;
  }
  return grants;
}

/** A polkit rule that says yes only for named actions (`action.id == "…"`), not for every action it is asked about. */
export function polkitScoped(text: string): boolean {
  return /\baction\.id\s*===?\s*["'][\w.-]{3,200}["']/.test(text) && !/\baction\.id\s*!==?/.test(text);
}

/** Whether a numeric file mode (`0o4755`, `04755`, `2541`) sets the setuid or setgid bit. */
/** Scan exclusions that blind the scanner where payloads land: a drive or root, temporary, application-data, download, start-up or system folders, the skill's own folder. */
export const BROAD_SCAN_EXCLUSION = /^["']?(?:[A-Za-z]:[\\/]?|[\\/]|~|\*)["']?$|\$env:(?:TEMP|TMP|APPDATA|LOCALAPPDATA|ProgramData|SystemRoot|windir|PUBLIC)\b|[\\/](?:Temp|AppData|Downloads|Startup|Windows|ProgramData)\b|\$PSScriptRoot\b/i;

/** A whole drive named through the environment (`$env:SystemDrive + '\\'`, `"$env:SystemDrive\\"`) or a drive's root (`$_.Root` of `Get-PSDrive`). */
const WHOLE_DRIVE = /^\(?\s{0,4}["']?\s{0,4}\$env:(?:SystemDrive|HOMEDRIVE)\s{0,4}(?:\+\s{0,4})?(?:["']\s{0,4})?[\\/]?["']?\s{0,4}\)?$|^["']?\$[\w:]{1,60}\.Root["']?$/i;

/** Certificate checks switched off for a whole client: a session's `verify`, a library's default agent, Go's default transport or client. */
export const CLIENT_WIDE_TLS_OFF = /\b\w{1,60}\.verify\s*=\s*False\b|\b\w{1,60}\.defaults\.httpsAgent\s*=|\bhttp\.Default(?:Transport|Client)\b[^\n]{0,300}\bInsecureSkipVerify\s*:\s*true\b/;
/** Go's process-wide transport or client given a transport kept in a variable (`http.DefaultTransport = tr`), capturing its name. */
const DEFAULT_TRANSPORT_SET = /\bhttp\.Default(?:Transport|Client\.Transport)\s*=\s*([A-Za-z_]\w{0,60})\s*$|\bhttp\.DefaultClient\s*=\s*&?http\.Client\s*\{[^}\n]{0,200}\bTransport\s*:\s*([A-Za-z_]\w{0,60})\b/;
/**
 * Certificate checks skipped unless something switches them on: `true`, or a test of a setting that holds when the
 * setting is unset (`os.Getenv("STRICT") != "1"`, `os.Getenv("VERIFY") == ""`).
 */
const SKIPS_VERIFY_BY_DEFAULT = /\bInsecureSkipVerify\s*:\s*(?:true\b|os\.Getenv\(\s*"[\w-]{1,100}"\s*\)\s*(?:!=\s*"[^"\n]{1,40}"|==\s*"")\s*[,}\n])/;

/**
 * Whether a Go statement makes a transport the process-wide one (`http.DefaultTransport = tr`) whose TLS settings skip
 * certificate checks unless a setting switches them on: every request any package of the program makes then trusts
 * whoever answers.
 */
export function defaultTransportSkipsVerify(analysis: ProgramAnalysis, text: string): boolean {
  const set = DEFAULT_TRANSPORT_SET.exec(text.trim());
  const name = set?.[1] ?? set?.[2];
  if (!name) return false;
  const made = new RegExp(`\\b${name}\\s*:?=\\s*&?http\\.Transport\\s*\\{`).exec(analysis.whole);
  if (!made) return false;
  // The transport's literal, up to the brace that closes it on a line of its own.
  const literal = analysis.whole.slice(made.index, made.index + 3000);
  const closed = /\n[ \t]{0,20}\}/.exec(literal);
  return SKIPS_VERIFY_BY_DEFAULT.test(closed ? literal.slice(0, closed.index) : literal);
}

/** A public key written out in full (`ssh-ed25519 AAAA…`), not taken from a variable or a file. */
export const LITERAL_PUBLIC_KEY = /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com)\s{1,4}AAAA[0-9A-Za-z+/]{20}/;

/** A `chmod` mode that sets the setuid or setgid bit, symbolic (`u+s`, `+s`) or octal (`4755`, `2775`). */
export const SET_ID_MODE = /^(?:[ugoa]*\+[rwxX]*s[rwxX]*|0?[2467][0-7]{3})$/;

/** Whether a `chmod` mode sets the setgid bit without the setuid bit. */
export function setsGroupIdOnly(mode: string): boolean {
  const symbolic = /^([ugoa]*)\+/.exec(mode);
  if (symbolic) return symbolic[1] === 'g';
  const value = parseInt(mode, 8);
  return (value & 0o4000) === 0 && (value & 0o2000) !== 0;
}

/** Whether a `chmod` mode gives the group write access. */
export function groupWritable(mode: string): boolean {
  return /^[ugoa]*\+/.test(mode) ? mode.includes('w') : (parseInt(mode, 8) & 0o020) !== 0;
}

export function setsId(mode: string): boolean {
  const octal = /^0o?([0-7]{4})$/i.exec(mode)?.[1];
  const value = octal !== undefined ? parseInt(octal, 8) : /^0x/i.test(mode) ? parseInt(mode, 16) : Number(mode);
  return Number.isInteger(value) && value <= 0o7777 && (value & 0o6000) !== 0;
}

/** `xattr` arguments that delete macOS's quarantine attribute (`-d com.apple.quarantine`, `-dr …`) or clear every attribute (`-c`, `-cr`). */
export function stripsQuarantine(args: readonly string[]): boolean {
  const flags = args.filter((arg) => /^-[a-z]{1,4}$/.test(arg)).join('');
  return /c/.test(flags) || (/d/.test(flags) && args.some((arg) => /^["']?com\.apple\.quarantine["']?$/.test(arg)));
}

/** Security scanners of a pipeline, as actions, tools or CI templates name them. */
export const SECURITY_SCANNER = /codeql|trivy|snyk|semgrep|gitleaks|trufflehog|grype|anchore|dependency[-_]review|bandit|owasp|\bzap\b|checkov|tfsec|\bkics\b|sonar|scorecard|osv-scanner|secret[-_]detection|\bsast\b|-sast\b|dependency[-_]scanning|container[-_]scanning|gemnasium|brakeman|gosec|credscan|\bnpm\s+audit\b|pip-audit/i;
/** A setting that lets a job or step pass whatever it finds: switched off, allowed to fail, or told to exit with success. */
export const PASSES_WHATEVER = /^([ \t]*(?:-[ \t]+)?)(?:if[ \t]*:[ \t]*(?:false|["']?\$\{\{\s{0,4}false\s{0,4}\}\}["']?)|continue-on-error[ \t]*:[ \t]*true|allow_failure[ \t]*:[ \t]*true|fail-build[ \t]*:[ \t]*["']?false|exit-code[ \t]*:[ \t]*["']?0["']?|soft_fail[ \t]*:[ \t]*true|(?<=-[ \t]{1,4})when[ \t]*:[ \t]*["']?never["']?)[ \t]*(?:#[^\n]{0,400})?$/gm;

/**
 * Where a pipeline lets a security scan pass whatever it finds: the setting's job or step (found by indentation,
 * through `with:` and `env:`) names a scanner. Offsets of the settings.
 */
export function scansMadeToPass(text: string): Array<{ offset: number; switchedOff: boolean }> {
  const offsets: Array<{ offset: number; switchedOff: boolean }> = [];
  for (const setting of text.matchAll(PASSES_WHATEVER)) {
    let indent = setting[1]!.length;
    let blockStart = setting.index!;
    // Up to the line that opens the job or step holding the setting.
    // (`lineStart` is the newline before each line; -1 stands for the file's first line, the last one looked at.)
    for (let lineStart = text.lastIndexOf('\n', setting.index! - 1); lineStart >= -1 && blockStart > 0; lineStart = lineStart === -1 ? -2 : text.lastIndexOf('\n', lineStart - 1)) {
      const line = text.slice(lineStart + 1, text.indexOf('\n', lineStart + 1));
      const lineIndent = /^[ \t]*(?:-[ \t]+)?/.exec(line)![0].length;
      if (line.trim() === '' || lineIndent >= indent) continue;
      blockStart = lineStart + 1;
      indent = lineIndent;
      if (!/^[ \t]*(?:with|env|variables|rules)[ \t]*:/.test(line)) break;
    }
    const header = /^[ \t]*-?/.exec(text.slice(blockStart))![0].length;
    const after = text.slice(setting.index!).search(new RegExp(`\\n[ \\t]{0,${header}}(?:-[ \\t]|[^\\s-])`));
    const block = text.slice(blockStart, after < 0 ? text.length : setting.index! + after);
    if (SECURITY_SCANNER.test(block)) offsets.push({ offset: setting.index! + setting[1]!.length, switchedOff: /^[ \t-]*(?:if|when)\b/.test(setting[0]) });
    if (offsets.length >= 20) break;
  }
  return offsets;
}

/** A file that defines a CI pipeline: GitHub Actions workflows, GitLab CI, CircleCI, Azure Pipelines, Bitbucket, Jenkins. */
export const CI_DEFINITION = /\.github\/workflows\/|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/|\.circleci\/|azure-pipelines[\w.-]{0,40}\.ya?ml|bitbucket-pipelines\.ya?ml|\bJenkinsfile\b/;
/** A skill whose subject is security scanning itself (it may change how its own scan runs). */
const ABOUT_SCANNING = /\b(?:security|scan\w{0,6}|vulnerab\w{0,8}|sast|dast|audit\w{0,4}|compliance)\b/;
/** Whether the skill's name or description is about security scanning, or names a scanner: its scan changes are warnings. */
const aboutScanning = (analysis: ProgramAnalysis) => ABOUT_SCANNING.test(analysis.context.subject ?? '') || SECURITY_SCANNER.test(analysis.context.subject ?? '');
/** A deletion in code: Python's `del x[k]`, `x.pop(k)`, JavaScript's `delete x[k]`, a list's `remove`. */
const DELETES_ENTRY = /^\s{0,40}del\s|(?:^|\s)delete\s{1,4}[\w$.]{1,200}\[|\.(?:pop|remove|splice|delete)\s{0,4}\(|\.filter\(\s{0,4}\(?[\w$]{1,40}\)?\s{0,4}=>\s{0,4}!/;
/** A list rebuilt without the items a test rejects (`x = [i for i in xs if "…" not in i]`). */
const KEEPS_ITEMS_NOT_IN = /\bif\s[^\n]{0,200}\bnot\s{1,4}in\b/;

/**
 * Security scans taken out of a pipeline: a scanner's workflow file removed, a scanner's job deleted with a YAML tool
 * or a stream editor, a scanner's template no longer included, a scanner's workflow disabled, or code that deletes
 * the jobs it picks by scanner names. An error unless the skill is about security scanning itself.
 */
export function inspectScanRemoval(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  const about = aboutScanning(analysis);
  const report = (what: string) => analysis.report('security-tampering', statement.calls.length > 1 ? call : statement, what, about ? 'warning' : 'error');
  const language = analysis.program.language;
  if (language === 'bash' || language === 'powershell') {
    const { name, args } = analysis.effective(call);
    const lower = name.toLowerCase();
    const operands = args.filter((arg) => !arg.startsWith('-'));
    const scannerIn = (arg: string) => SECURITY_SCANNER.test(arg.replace(/\s+/g, '-'));
    const ciFile = (arg: string) => CI_DEFINITION.test(arg) || CI_DEFINITION.test(analysis.resolve(arg));
    const removes = /^(?:rm|unlink|remove-item|ri|del|erase)$/.test(lower) || (lower === 'git' && args[0] === 'rm');
    if (removes && operands.some((arg) => ciFile(arg) && scannerIn(arg.slice(arg.lastIndexOf('/') + 1)))) return report('removes the workflow of a security scan from the pipeline, so its checks stop running');
    const edits = /^(?:yq|jq|sed|gsed|perl)$/.test(lower) && operands.some(ciFile);
    if (edits && args.some((arg) => /\bdel\s{0,4}\(|\/d\b|\bdelpaths\b/.test(arg) && scannerIn(arg))) return report('deletes the jobs or templates of a security scan from the pipeline, so its checks stop running');
    if (lower === 'gh' && args[0] === 'workflow' && args[1] === 'disable' && operands.slice(2).some(scannerIn)) return report('disables the workflow of a security scan, so its checks stop running');
    if (lower === 'gh' && args[0] === 'api' && args.some((arg) => /(?:secret_scanning|push_protection|advanced_security|code_scanning|dependabot_security_updates)[\w\][]{0,80}\]?=["']?disabled\b/.test(arg))) return report('switches off the repository\'s secret or code scanning, so nothing it would catch is reported');
  }
}

/** Code that deletes the pipeline jobs it picks by the names of security scanners (`if "codeql" in name: del jobs[name]`). */
export function inspectScanJobDeletion(analysis: ProgramAnalysis, statement: Statement): void {
  const language = analysis.program.language;
  if (language === 'bash' || language === 'powershell' || analysis.configuration || !(DELETES_ENTRY.test(statement.text) || (/=\s{0,4}\[/.test(statement.text) && KEEPS_ITEMS_NOT_IN.test(statement.text)))) return;
  if (!analysis.wholeHas(CI_DEFINITION) && !(analysis.wholeHas(/\byaml\b/i) && analysis.wholeHas(/\bjobs\b|\bpipeline\b|\bworkflows?\b|\bstages\b/))) return;
  // The scanners' names pick what is deleted: in the deletion, its condition, or a list the condition reads.
  const deciding = [statement.text, ...(statement.guardedBy ?? [])].join('\n');
  const listed = [...new Set(deciding.match(/[A-Za-z_$][\w$]{0,60}/g) ?? [])].slice(0, 20).map((word) => analysis.definitions.get(word) ?? '').join('\n');
  const scanner = (text: string) => SECURITY_SCANNER.test(text) || /\bSecurity\/[\w-]{0,60}/.test(text);
  if (!scanner(deciding) && !scanner(listed)) return;
  const about = aboutScanning(analysis);
  analysis.report('security-tampering', statement, 'deletes the pipeline jobs it picks by the names of security scanners, so those checks stop running', about ? 'warning' : 'error');
}

/** A doas rule with `nopass` for a user or group, as root or with no target, that names no command (options first, as doas reads them). */
export const DOAS_NOPASS_ANY_COMMAND = /\bpermit\s+(?:(?:persist|keepenv)\s+){0,2}nopass\s+(?:(?:persist|keepenv)\s+){0,2}[:\w${}-]{1,64}(?:\s+as\s+root)?[ \t]*(?=["'\n|;&\\]|$)/;

/** AppArmor's `aa-complain`/`aa-disable` given only literal profile names or paths, at most a few, none a glob, a variable or a folder. */
export function namesApparmorProfiles(text: string): boolean {
  const commands = [...text.matchAll(/\baa-(?:complain|disable)\b([^\n;&|]{0,400})/gi)];
  return commands.length > 0 && commands.every(([, rest]) => {
    const profiles = rest!.trim().split(/\s+/).filter(Boolean);
    return profiles.length > 0 && profiles.length <= 3 && profiles.every((profile) => /^[\w.\/-]{1,200}$/.test(profile) && !profile.startsWith('-') && !profile.endsWith('/') && !/^\/etc\/apparmor\.d$/.test(profile));
  });
}

/**
 * A cluster administrator binding made for a person or a group (`--user=`, `--group=`), with the role and the subject in
 * either order and over continued lines; a workload's service account is not a person.
 */
export const CLUSTER_ADMIN_FOR_PERSON = /\bclusterrolebinding\b(?:[^\n]|\\\n){0,300}?(?:--clusterrole[= ]["']?cluster-admin\b(?:[^\n]|\\\n){0,300}?--(?:user|group)[= ]|--(?:user|group)[= ](?:[^\n]|\\\n){0,300}?--clusterrole[= ]["']?cluster-admin\b)/;

/** `kubectl proxy` (or `oc proxy`) told to accept requests for any host name (`--accept-hosts='.*'`, `"^.*$"`), which drops its check against requests from other machines. */
export const PROXY_ACCEPTS_EVERY_HOST = /--accept-hosts[= ]["']?\^?\.\*\$?["']?(?=[\s<"']|$)/;

/** A proxy or server bound to every interface (`--address=0.0.0.0`, `--address ::`). */
export const BOUND_TO_EVERY_INTERFACE = /--address[= ]["']?(?:0\.0\.0\.0|::|\[::\])(?![\w.:])/;

/** The home folder as a whole operand: `~`, `$HOME`, `"${HOME}/"`, not a folder inside it. */
export const HOME_OPERAND = String.raw`["']?(?:~|\$\{?HOME\}?)\/?["']?(?=[\s;&|)'"]|$)`;

/**
 * A static file server whose root is the home folder: Python's `http.server` started there (`cd ~ && python3 -m
 * http.server`) or pointed at it (`--directory "$HOME"`), Node's `http-server`/`serve`/`live-server` or PHP's built-in
 * server (`-t ~`) given it.
 */
export const SERVES_HOME_FOLDER = new RegExp(String.raw`\bcd\s+${HOME_OPERAND}\s{0,4}(?:&&|;)\s{0,4}(?:exec\s+|nohup\s+)?python[\d.]{0,4}\s+-m\s+(?:http\.server|SimpleHTTPServer)\b|\bpython[\d.]{0,4}\s+-m\s+http\.server\b[^\n;&|]{0,100}\s(?:--directory|-d)[= ]${HOME_OPERAND}|\b(?:http-server|live-server|serve)\s+${HOME_OPERAND}|\bphp\s+-S\s+\S{1,100}\s+-t\s+${HOME_OPERAND}`);

/** A server bound to this machine only (`--bind 127.0.0.1`, `-a localhost`, `php -S localhost:8000`). */
export const BOUND_TO_LOOPBACK = /(?:--bind|-b|-a|--address|--host|--listen|-l)[= ]["']?(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1)\b|\bphp\s+-S\s+(?:127\.|localhost\b|\[::1\])/;

/** A call that checks a webhook's signature: a provider SDK's (`constructEvent`, `construct_event`, `new Webhook(secret).verify`) or a constant-time comparison of the digest. */
export const SIGNATURE_CHECK_CALL = String.raw`(?:constructEvent|construct_event|verifyWebhook|verify_webhook|verifySignature|verify_signature|verifyHeader|verify_header|compare_digest|timingSafeEqual|\.verify)\s{0,4}\(`;

/**
 * A signature check run only when a setting is switched on (`if (process.env.X === "true") { …constructEvent(…) } else
 * { …JSON.parse(…) }`): unless someone sets it, the body is taken as the provider's without any check. The setting's
 * name is captured.
 */
export const OPT_IN_SIGNATURE_CHECK = new RegExp(String.raw`\bif\s{0,4}\(?\s{0,4}(?:process\.env\.|os\.environ\.get\s{0,4}\(\s{0,4}["']|os\.environ\[\s{0,4}["']|os\.getenv\s{0,4}\(\s{0,4}["']|ENV\[\s{0,4}["'])([A-Za-z_]\w{0,60})["']?\s{0,4}[\])]?\s{0,4}===?\s{0,4}["'](?:true|1|yes|on)["']\s{0,4}\)?\s{0,4}[{:][^{}]{0,300}?${SIGNATURE_CHECK_CALL}[^{}]{0,300}\}?\s{0,4}else\s{0,4}[{:][^{}]{0,200}?\b(?:JSON\.parse|json\.loads)\s{0,4}\(`);

/** A setting that names the environment or a stage (`NODE_ENV`, `IS_PRODUCTION`, `DEBUG`): checks kept to production are a development shortcut, not a default that skips them. */
export const STAGE_SETTING = /ENV|STAGE|PROD|DEV|TEST|LOCAL|DEBUG|MODE/i;

/** A variable set for one command that starts a development server: `NAME=0 npm run dev`, `NAME=0 yarn start:dev`. */
export const DEVELOPMENT_COMMAND = /^[ \t]*[A-Z_]{1,60}=\S{1,20}[ \t]+(?:npm|pnpm|yarn|bun)[ \t]+(?:run[ \t]+)?(?:dev|develop|start:dev|serve)[ \t]*$/;

/** A data store's way back switched off: DynamoDB point-in-time recovery, S3 versioning suspended, backups kept for zero days, deletion protection off, soft delete off. */
export const RECOVERY_OFF = /\bPointInTimeRecoveryEnabled\\?["']?\s{0,4}[:=]\s{0,4}(?:False|false|\$false)\b|\bStatus\\?["']?\s{0,4}[:=]\s{0,4}\\?["']?Suspended\b|--no-point-in-time-recovery\b|--backup-retention-period[= ]0\b|\bBackupRetentionPeriod\\?["']?\s{0,4}[:=]\s{0,4}0\b|--no-deletion-protection\b|\bDeletionProtection(?:Enabled)?\\?["']?\s{0,4}[:=]\s{0,4}(?:False|false|\$false)\b|--enable-(?:delete-retention|soft-delete|versioning)[= ](?:false|0)\b|--no-backup\b/;

/**
 * A command written into the current user's `shell\open\command` handler of a class that Windows programs
 * which raise themselves to administrator open (`ms-settings` for fodhelper, `mscfile` for eventvwr): the
 * program then runs the command as administrator without the consent prompt.
 */
export function inspectHandlerHijack(analysis: ProgramAnalysis, statement: Statement): void {
  const place = /shell[\\/]{1,2}open[\\/]{1,2}command|\\Environment\b/i;
  if (!analysis.wholeHas(/\bopen\b|\bEnvironment\b/i) || (!place.test(statement.text) && !statement.uses.some((used) => place.test(analysis.definitions.get(used) ?? '')))) return;
  const writes = statement.calls.some((call) => {
    const spawned = analysis.spawnedCommand(call);
    return /^(?:new-item|ni|new-itemproperty|set-itemproperty|sp|set-item|si)$|(?:^|\.)(?:CreateKey|CreateKeyEx|CreateSubKey|SetValue|SetValueEx)$/i.test(call.name) || (/^reg(?:\.exe)?$/i.test(call.name) && /^add$/i.test(call.args[0] ?? '')) || (spawned !== null && /^reg(?:\.exe)?$/i.test(spawned.name) && /^add\b/i.test(spawned.args));
  });
  if (!writes) return;
  const path = analysis.resolve(statement.text).replace(/[\\/]+/g, '\\');
  const handler = /Classes\\[\w.-]{1,100}\\shell\\open\\command/i.exec(path)?.[0] ?? '';
  const systemClass = /Classes\\(?:ms-settings|mscfile|exefile|Folder|Launcher\.SystemSettings|ms-windows-store|AppX[\w]{8,60})\\/i.test(handler);
  const elevates = analysis.wholeHas(/\bDelegateExecute\b|\b(?:fodhelper|computerdefaults|eventvwr|sdclt|slui|wsreset|CompMgmtLauncher|changepk)(?:\.exe)?\b/i);
  if (handler && (systemClass || elevates)) analysis.report('privilege-escalation', statement, 'writes a command into the handler that a self-elevating Windows program opens, so the command runs as administrator without the consent prompt');
  // The user's `windir` or `SystemRoot` redirected: scheduled system tasks that run elevated start a command from there.
  else if (/(?:HKCU:?|HKEY_CURRENT_USER)\\Environment\b/i.test(path) && /["'\s\\](?:windir|SystemRoot)["'\s]/i.test(path)) analysis.report('privilege-escalation', statement, 'redirects the user\'s Windows folder variable, so a system task that runs elevated starts a command of the skill\'s instead');
}

/**
 * Whether the program tests names against a pattern that falls back to one every name matches when its setting is unset
 * (`PATTERN = re.compile(os.environ.get("PATTERN", ".*"))` … `PATTERN.search(name)`): with nothing set, every item passes.
 */
/**
 * Whether a statement deletes by an item of a list read from a settings file the skill ships (`for pattern in
 * cfg["delete"]: requests.delete(f"{ES}/{pattern}")` with `cfg = yaml.safe_load(open("rotation.yaml"))`), and that list
 * in the file holds an entry every name matches (`"*"`, `_all`): whatever the other entries say, that one takes all.
 */
export function deletesMatchAllSettingsEntry(analysis: ProgramAnalysis, statement: Statement): boolean {
  const dataFiles = analysis.context.dataFiles;
  if (!dataFiles?.size) return false;
  for (const used of statement.uses.slice(0, 20)) {
    if (statement.defines.includes(used)) continue;
    const item = SETTINGS_LIST_ITEM.exec((analysis.definitions.get(used) ?? '').trim());
    if (item === null) continue;
    const loaded = analysis.definitions.get(item[1]!) ?? '';
    if (!LOADS_SETTINGS.test(loaded)) continue;
    const key = (item[2] ?? item[3] ?? item[4])!;
    const named = [...analysis.resolve(loaded).matchAll(SETTINGS_FILE_NAME)].map((match) => match[0].toLowerCase().replace(/^.*\//, '')).slice(0, 20);
    if ([...dataFiles].some(([name, content]) => named.includes(name.toLowerCase()) && listHoldsMatchAllEntry(content, key, settingsSections(loaded)))) return true;
  }
  return false;
}

/**
 * Whether the module source trusted is the user's own network (`-SourceLocation https://psgallery.corp.internal/nuget`): no one
 * outside it can serve modules there. A source named by a variable is read through its definition. A documentation name
 * (`feed.example`) stands for any host, the user's or not.
 */
export function trustsPrivateModuleSource(analysis: ProgramAnalysis, text: string): boolean {
  const location = /-SourceLocation\s{1,10}(\S{1,300})/i.exec(text)?.[1];
  if (location === undefined) return false;
  const urls = urlsIn(analysis.resolve(location));
  return urls.length > 0 && urls.every((url) => {
    const host = hostNameOf(url);
    return host !== '' && PRIVATE_HOST.test(host) && !/\.(?:example|test|invalid)$/.test(host);
  });
}

export function narrowScanExclusion(analysis: ProgramAnalysis, text: string): boolean {
  const paths = [...text.matchAll(/-ExclusionPath\s+(\([^()\n]{1,400}\)|\S{1,400})/gi)].map((match) => analysis.resolve(match[1]!).trim());
  return paths.length > 0 && paths.every((path) => !BROAD_SCAN_EXCLUSION.test(path) && !WHOLE_PROFILE.test(path) && !WHOLE_DRIVE.test(path));
}

/** Facts a configuration states over several lines: a container given the host, git's checks turned off for every repository. */
export function configurationWide(analysis: ProgramAnalysis, text: string): void {
  if (/^[ \t]*\[(?:url|credential)\b/im.test(text)) {
    for (const { line, threat, why } of gitConfigRedirects(text)) {
      const at = statementAt(analysis.program.statements, line);
      if (at) analysis.report(threat, at, why);
    }
  }
  if (/^[ \t]*\[(?:http|core)\][ \t]*$/m.test(text)) {
    for (const { line, what } of gitChecksOff(text)) {
      const at = statementAt(analysis.program.statements, line);
      if (at) analysis.report('security-tampering', at, what);
    }
  }
  if (/^[ \t]*trusted[-_]host[ \t]*[=:]/im.test(text)) reportPipSettingsTrust(analysis, text);
  if (/^[ \t]*\[\[?[\w.]{0,60}allowlists?\]\]?[ \t]*$/m.test(text)) {
    for (const line of allowlistMatchingEverything(text)) {
      const at = statementAt(analysis.program.statements, line);
      if (at) analysis.report('security-tampering', at, 'gives the secret scanner an allowlist entry that matches every file or line, so it never reports a secret again while still passing');
    }
  }
  // A workflow started by `pull_request_target` runs with the base repository's secrets and write token; checking out
  // the pull request's own code and then running a command runs whatever a stranger's pull request holds with them.
  if (text.includes('pull_request_target')) {
    const checkout = /^[ \t]*(?:-[ \t]*)?ref[ \t]*:[ \t]*["']?(?:\$\{\{\s*github\.(?:event\.pull_request\.head\.(?:sha|ref)|head_ref)\s*\}\}|refs\/pull\/)|\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout)\b[^\n]{0,200}(?:refs\/pull\/|\$\{\{\s*github\.(?:event\.pull_request\.head\.(?:sha|ref)|head_ref)\s*\}\})/m.exec(text);
    const after = checkout === null ? '' : text.slice(checkout.index + checkout[0].length);
    const runsLater = /^[ \t]*(?:-[ \t]*)?run[ \t]*:/m.test(after) && RUNS_PROJECT_CODE.test(after);
    const at = checkout === null ? undefined : statementAt(analysis.program.statements, checkout.index);
    if (runsLater && at) analysis.report('privilege-escalation', at, 'checks out a pull request\'s own code in a `pull_request_target` workflow and runs it, giving anyone who opens a pull request the repository\'s secrets and write token');
  }
  // Privileged, and with the host's root folder or process space: root on the host, not in a container.
  const privileged = /(?:^[ \t-]*|[{,][ \t]*)["']?privileged["']?[ \t]*:[ \t]*true\b/m.exec(text);
  if (privileged && (/^[ \t]*-[ \t]*["']?\/:\//m.test(text) || /^[ \t]*["']?(?:pid|hostPID)["']?[ \t]*:[ \t]*["']?(?:host|true)\b/m.test(text) || /^[ \t]*path[ \t]*:[ \t]*["']?\/["']?[ \t]*$/m.test(text))) {
    const at = statementAt(analysis.program.statements, privileged.index) ?? analysis.program.statements[0];
    if (at) analysis.report('security-tampering', at, 'runs a privileged container that also gets the host\'s root folder or processes, which is root on the host');
  }
  if (SECURITY_SCANNER.test(text)) {
    // One scan left non-blocking is common practice (GitLab's own scanning templates allow failure); a scan switched
    // off, or several scans of one pipeline disarmed together, is the pipeline's protection taken away. So is one scan
    // made to pass by a skill that tells its reader the checks stay required.
    const disarmed = scansMadeToPass(text);
    // A scan's workflow told to ignore every path (`paths-ignore: ["**"]`) never runs on any change.
    const ignoresAll = /^[ \t]*paths-ignore[ \t]*:[ \t]*(?:\[[ \t]*["']?\*\*(?:\/\*)?["']?[ \t]*\]|\n[ \t]*-[ \t]*["']?\*\*(?:\/\*)?["']?[ \t]*$)/m.exec(text);
    if (ignoresAll) disarmed.push({ offset: ignoresAll.index + (/^[ \t]*/.exec(ignoresAll[0])?.[0].length ?? 0), switchedOff: true });
    for (const { offset, switchedOff } of disarmed) {
      const at = statementAt(analysis.program.statements, offset);
      if (at) analysis.report('security-tampering', at, 'makes a security scan of the pipeline pass whatever it finds (switched off, allowed to fail or told to exit with success), while the check still shows green', switchedOff || disarmed.length >= 2 || analysis.context.promisesScansKept ? 'error' : 'warning');
    }
  }
  for (const grant of broadAdminGrants(text)) {
    const at = statementAt(analysis.program.statements, grant.at) ?? analysis.program.statements[0];
    if (at) analysis.report('privilege-escalation', at, grant.what);
  }
}

/** Facts that take the whole unit: a socket and a shell in the same program. */
export function unitWide(analysis: ProgramAnalysis): void {
  const text = analysis.whole;
  const language = analysis.program.language;
  if (analysis.configuration) configurationWide(analysis, text);
  if (language === 'bash' && /\bread\b/.test(text)) {
    for (const { start, body } of passwordPrompterBodies(text)) {
      if (capturesSecretInput(body)) analysis.report('privilege-escalation', { start, end: start + 1 }, 'replaces a command that asks for a password with a function that reads the password itself and keeps or sends a copy');
    }
  }
  // Python's password prompt replaced (`getpass.getpass = lambda …: record(orig(…))`) in a program that sends data out: every password typed is copied.
  if (language === 'python' && (text.includes('getpass') || text.includes('builtins.input'))) {
    const replaced = /^[ \t]*(?:getpass\.(?:getpass|unix_getpass|win_getpass)|builtins\.input)[ \t]*=(?!=)/m.exec(text);
    const at = replaced && analysis.program.statements.find((statement) => statement.start <= replaced.index + replaced[0].length && statement.end >= replaced.index + replaced[0].length - 1);
    if (at && sendsAnything(analysis)) analysis.report('exfiltration', at, 'replaces Python\'s password prompt with one that keeps a copy of what the user types, in a program that sends data off the machine');
  }
  // A loop without end that writes into shell start-up files again and again (`while :; do … >> "$rc"; sleep 300; done`): a hook the user removes comes back.
  if (language === 'bash' && ENDLESS_LOOP.test(text) && /\bsleep\s/.test(text)) {
    const loopStart = ENDLESS_LOOP.exec(text)!.index;
    // Within the loop: before the first `done` after its head (a loop nested in it ends there too, after its writes).
    const close = /(?:^|[\s;])done\b/.exec(text.slice(loopStart));
    const loopEnd = close ? loopStart + close.index : text.length;
    const intoProfile = (call: Call) => call.args.some((arg) => { const into = /^>>?(.+)$/.exec(arg)?.[1]; return into !== undefined && SHELL_PROFILE.test(analysis.resolve(into)); });
    const rewrites = analysis.program.statements.filter((statement) => statement.start > loopStart && statement.start < loopEnd).flatMap((statement) => statement.calls).find(intoProfile);
    if (rewrites) analysis.report('persistence', rewrites, 'writes its hook into shell start-up files again and again in an endless loop, so removing the hook does not stick');
  }
  // Rows of a query handed to a command the database server runs (`COPY (…) TO PROGRAM 'curl … https://…'`): the server itself sends them to another host.
  if (/\bPROGRAM\b/i.test(text)) {
    for (const match of text.matchAll(COPY_TO_PROGRAM)) {
      const command = match[1]!;
      const sends = (/\b(?:curl|wget|http|https|xh)\s/.test(command) && urlsIn(command).some((url) => !isLoopbackUrl(url))) || /\b(?:nc|ncat|socat|telnet)\s+(?!localhost\b|127\.)[\w.-]{1,253}\s+\d{1,5}\b/.test(command);
      const at = statementAt(analysis.program.statements, match.index);
      if (sends && at) analysis.report('exfiltration', at, 'has the database server send the rows of a query to another host through a shell command it runs');
    }
  }
  // The way back switched off (point-in-time recovery, bucket versioning, backups, deletion protection) where the same code deletes or rewrites data.
  if (RECOVERY_OFF.test(text)) {
    const at = analysis.program.statements.find((statement) => RECOVERY_OFF.test(statement.text));
    const rest = analysis.program.statements.filter((statement) => !RECOVERY_OFF.test(statement.text)).map((statement) => statement.text).join('\n');
    if (at && !safe(analysis, at.text)) {
      if (CHANGES_STORED_DATA.test(rest)) analysis.report('destructive', at, 'switches off the data store\'s recovery (point-in-time restore, versions, backups or deletion protection) and then deletes or rewrites its data, so nothing can be restored');
      else analysis.report('destructive', at, 'switches off a data store\'s recovery (point-in-time restore, versions, backups or deletion protection), so data lost later cannot be restored', 'warning');
    }
  }
  // Encrypting the user's files and removing the originals: what ransomware does.
  if (ENCRYPTS.test(text) && REMOVES_FILE.test(text) && USER_FILES.test(text) && /\bfor\s+\w+\s+in\b|\bos\.walk\(|\bfind\s|\bglob\b|\brglob\(|\breaddirSync\(|\bGet-ChildItem\b|\bforEach\b|\bxargs\b/.test(text)) {
    const at = analysis.program.statements.find((statement) => ENCRYPTS.test(statement.text)) ?? analysis.program.statements[0];
    if (at) analysis.report('destructive', at, 'encrypts the user\'s files and removes the originals, so they cannot be read without a key it keeps');
  }
  if (/authorized_keys/.test(text) && /\bssh-(?:rsa|ed25519|dss)\s+AAAA[0-9A-Za-z+/]{40,}|\becdsa-sha2-nistp\d+\s+AAAA[0-9A-Za-z+/]{40,}/.test(text) && /["']a\+?b?["']|>>|\btee\s+-a\b|appendFile|Add-Content|\.write\(/.test(text)) {
    const at = analysis.program.statements.find((statement) => /authorized_keys/.test(statement.text));
    if (at) analysis.report('persistence', at, 'writes an SSH key the skill carries into authorized_keys, giving its owner a way in');
  }
  if (language === 'python' && /\bwalk\(|\brglob\(/.test(text)) homeEmptiedFileByFile(analysis);
  const first = analysis.program.statements.find((statement) => statement.calls.length > 0 && /socket|TCPClient|net\.|tls\.connect|WebSocket|open_connection/i.test(statement.text)) ?? analysis.program.statements[0];
  if (!first) return;
  if (language === 'python' && /\basyncio\.open_connection\b|\basyncio\.start_server\b/.test(text) && /\bcreate_subprocess_(?:shell|exec)\b|\bsubprocess\.\w+\(|\bos\.(?:system|popen)\(/.test(text)) {
    analysis.report('reverse-shell', first, 'runs commands received over a network connection: a remote shell');
  }
  if (language === 'python' && /\bsocket\.(?:socket|create_connection|fromfd)\b|\bcreate_connection\(/.test(text) && /\bos\.dup2\b|\bpty\.spawn\b|\bstdin\s*=\s*\w+\.fileno\(\)|\bsubprocess\.\w+\([^)]{0,200}(?:\/bin\/(?:ba)?sh|cmd\.exe|powershell)/.test(text)) {
    if (connectsOnlyToPrivateNetwork(analysis, text)) analysis.report('reverse-shell', first, PRIVATE_REMOTE_SHELL, 'warning');
    else analysis.report('reverse-shell', first, 'wires a shell to a network socket, giving someone else control of the machine');
  }
  if ((language === 'javascript' || language === 'typescript') && /\bnet\.(?:connect|createConnection|Socket|createServer)\b|\btls\.connect\b|\bnew\s+(?:net\.)?Socket\b|\bnew\s+WebSocket\b/.test(text) && /\b(?:spawn|exec|execSync|fork)\s*\(/.test(text) && (/["'`](?:\/bin\/)?(?:ba|z)?sh["'`]|["'`]cmd(?:\.exe)?["'`]|["'`](?:powershell|pwsh)(?:\.exe)?["'`]|\.pipe\(/.test(text) || /\.on\(\s*["']data["']/.test(text))) {
    analysis.report('reverse-shell', first, 'wires a shell to a network socket, giving someone else control of the machine');
  }
  if (/\b(?:ttyd|gotty|wetty|shellinabox\w*|tmate)\b/.test(text) && /\b(?:cloudflared|ngrok|localtunnel|lt\s+--port|bore\s+local|serveo|tmate|--writable|-W\b)/.test(text) && /\b(?:ba|z)?sh\b|\bcmd\b|powershell/.test(text)) {
    analysis.report('reverse-shell', first, 'publishes a terminal on this machine to the internet');
  }
  // Imports name a socket library without opening a socket. Ruby's and Perl's command quotes (`` `#{line}` ``, `%x{}`, `qx//`) run a shell too.
  const used = language !== 'python' && language !== 'javascript' && language !== 'typescript' ? text.replace(/^[ \t]*(?:use\s|require\b|import\s|using\s+(?:static\s+)?[\w.]{1,200}\s*;|local\s+\w+\s*=\s*require\b)[^\n]*$/gm, '') : '';
  if (used !== '' && /\bfsockopen\b|\bTCPSocket\b|IO::Socket|\bSocket\.new\b|\bnet\.Dial\b|TcpStream::connect|\bsocket\.connect\(|\bsocket\.tcp\(|\bsockaddr_in\b/.test(used) && /\/bin\/(?:ba)?sh|cmd\.exe|\bsh\s+-i|\bproc_open\b|\bexec\s*\(|\bsystem\s*\(|\bpopen\b|(?<!::)\bspawn\b|\bProcess\.Start\b|\bexec\.Command\b|\bCommand::new\b|\bProcessBuilder\b|`[^`\n]{0,200}#\{|%x[({\[]|\bqx[({\[\/]/.test(used)) {
    analysis.report('reverse-shell', first, 'wires a shell to a network socket, giving someone else control of the machine');
  } else if (used !== '' && /\bnew\s+Socket\(|(?<![\w.])Socket\(\s*["']|\bTcpClient\b|\bNWConnection\(/.test(used) && /["'](?:\/bin\/|\/usr\/bin\/)?(?:ba|z|da)?sh["']|cmd\.exe|["'](?:powershell|pwsh)(?:\.exe)?["']/.test(used) && /\b(?:transferTo|copyTo|CopyTo\w{0,5}|(?:Redirect)?Standard(?:Input|Output)|standard(?:Input|Output)|redirect(?:Input|Output)|from_raw_fd)\b/.test(used)) {
    analysis.report('reverse-shell', first, 'wires a shell to a network socket, giving someone else control of the machine');
  }
  if (language === 'powershell' && /Net\.Sockets\.TCPClient|TcpClient|TcpListener/i.test(text) && /GetStream/i.test(text) && /\b(?:iex|Invoke-Expression)\b|Out-String/i.test(text)) {
    analysis.report('reverse-shell', first, 'runs commands received over a TCP connection: a remote shell');
  }
}
