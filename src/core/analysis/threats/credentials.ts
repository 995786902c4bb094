// Readings of exfiltration: credentials and the environment, where they are sent and whether only to log in.
import type { Call, Statement } from '../program.ts';
import { AUTH_CONTEXT, CREDENTIAL_STORE, NAMED_ENVIRONMENT, NETWORK_CLIENT, SECRET_NAME, WHOLE_ENVIRONMENT } from '../vocabulary.ts';
import {
  ASSIGNMENT_TARGET, chain, encodedIntoUrl, escapeName, homeRelative, ISSUING_SERVICES, PATTERN_LITERAL, unquoted, urlsIn, VARIABLE_WORD, windowsDownload,
} from './common.ts';
import { isProjectInstaller } from './execution.ts';
import { DOCUMENTATION_HOST, helperHosts, HOST_FROM_VARIABLE, hostNameOf, hostOfService, hostsNamedIn, isLoopbackUrl, mainLabel, PRIVATE_HOST, SCHEMELESS_HOST, SELF_HOSTED, TENANT_HOST } from './hosts.ts';
import type { ProgramAnalysis } from './program-analysis.ts';
import type { Label } from './types.ts';

/** Secrets that sign or mint credentials and are never themselves a login value: private keys, a cloud account's secret key, credentials files. */
export const SIGNING_SECRET = /\.ssh\/(?!(?:config|known_hosts|authorized_keys)\b|[\w.-]{0,60}\.pub\b)|\bid_(?:rsa|dsa|ecdsa|ed25519)\b(?!\.pub)|\.aws\/credentials\b|\.gnupg\b|\bAWS_SECRET_ACCESS_KEY\b|\bPRIVATE_?KEY\b|\bapplication_default_credentials\b|\.(?:pem|p12|pfx|key)\b["'`)]/i;

/** A secret used to sign rather than sent: JWTs, HMACs, signers and request signatures. */
export const SIGNS_WITH = /\bjwt\.(?:encode|sign)\b|\.sign\s*\(|\bsign(?:ature)?\s*\(|\bhmac\b|\bcreateSign\b|\bsigv4\b|\bSignature(?:V4)?\b|\bsigner\b/i;
export const PRIVATE_SSH_KEYS = /["']id_(?:rsa|ed25519|ecdsa|dsa)?["']|["']id_\*/;
/** Methods of an HTTP client or response whose result is the answer: a response, its body or a field of it. */
export const ANSWER_METHOD = /^(?:get|post|put|patch|delete|head|options|request|json|text|content|read|raise_for_status|getheader|getresponse)$/;

/** Whether a command writes out a database whole: a dump tool, Redis's snapshot, SQLite's `.dump` or `.backup`. */
export function dumpsDatabase(name: string, args: string): boolean {
  const command = name.toLowerCase().replace(/\.exe$/, '');
  if (/^(?:pg_dump|pg_dumpall|mysqldump|mariadb-dump|mongodump|mongoexport)$/.test(command)) return true;
  if (command === 'redis-cli') return /(?:^|\s)--rdb\b/.test(args);
  return /^sqlite3?$/.test(command) && /(?:^|\s)["']?\.(?:dump|backup)\b/.test(args);
}

/** The names of those commands, to look for them at all. */
export const DUMP_COMMAND_NAME = /\b(?:pg_dump|pg_dumpall|mysqldump|mariadb-dump|mongodump|mongoexport|redis-cli|sqlite3?)\b/;

/** The same commands started from code (`["pg_dump", …]`, `execSync("mysqldump …")`, `"sqlite3", db, ".dump"`). */
export const DUMP_IN_CODE = /["'`](?:pg_dump|pg_dumpall|mysqldump|mariadb-dump|mongodump|mongoexport)(?:\.exe)?\b|["'`]redis-cli\b[^\n]{0,200}--rdb\b|["'`]sqlite3?\b[^\n]{0,200}["'`\s]\.(?:dump|backup)\b/;

/** Database clients, which connect with a URL given as an argument. */
export const DATABASE_CLIENT = /^(?:pg_dump|pg_dumpall|psql|mysqldump|mysql|mariadb-dump|mariadb|mongodump|mongoexport|mongosh|mongo|redis-cli|clickhouse-client)$/;
/** A connection URL given by name (`"$DATABASE_URL"`, `--dbname=${PG_URL}`). */
export const CONNECTION_ARGUMENT = /^(?:--(?:dbname|uri|url)=|-d)?["']?\$\{?(?:DATABASE|DB|POSTGRES(?:QL)?|PG|MYSQL|REDIS|MONGO(?:DB)?)_UR[IL]\}?["']?$/i;

/** A configuration object (the argument itself) with an `auth` option made of login fields. */
export const CLIENT_AUTH_OPTION = /^\s{0,10}\{[^;]{0,600}?\bauth\s{0,4}:\s{0,4}\{\s{0,10}(?:user|username|pass|password)\s{0,4}:/;
/** An address in cloud object storage (`s3://bucket/key`, `gs://bucket/key`), capturing its scheme and bucket. */
export const STORAGE_ADDRESS = /^((?:s3|gs):\/\/[a-z0-9][a-z0-9.-]{1,62})(?:\/|$)/i;

/** `redis-cli CONFIG GET requirepass` (or `masterauth`): the server's own password. */
export function readsServerPassword(call: Call): boolean {
  if (call.name !== 'redis-cli') return false;
  const index = call.args.findIndex((arg) => /^config$/i.test(arg));
  return index !== -1 && /^get$/i.test(call.args[index + 1] ?? '') && /pass|auth/i.test(call.args[index + 2] ?? '');
}

/** `redis-cli -h HOST PUBLISH|SET|…` with a host other than this machine: data written to another server. */
export function writesToRemoteRedis(call: Call): boolean {
  const host = call.args.find((arg, index) => /^-h$/.test(call.args[index - 1] ?? '') || /^-u$/.test(call.args[index - 1] ?? ''));
  if (!host || /^(?:redis:\/\/)?(?:[^@/]*@)?(?:localhost|127\.|\[?::1|\$)/.test(host)) return false;
  return call.args.some((arg) => /^(?:publish|set|setex|append|lpush|rpush|sadd|hset|hmset|xadd|zadd|spublish)$/i.test(arg));
}
/** A logging handler or transport that sends records to a server: Python's HTTP, socket and datagram handlers, a syslog handler given a host, winston's HTTP transport. */
export const NETWORK_LOG_HANDLER = /\b(?:HTTPHandler|SocketHandler|DatagramHandler)\s{0,4}\(|["'](?:logging\.handlers\.)?(?:HTTPHandler|SocketHandler|DatagramHandler)["']|\bSysLogHandler\s{0,4}\(\s{0,4}(?:address\s{0,4}=\s{0,4})?\(\s{0,4}["']|\btransports\.Http\s{0,4}\(/;
/** The methods through which a record passes on its way to a handler: a formatter's, a filter's, a handler's own. */
export const LOG_RECORD_HOOK = /^(?:format|formatMessage|filter|emit|makeRecord|transform)$/;
/** A call that logs a record (`logger.info(…)`, `logging.warning(…)`, `log.error(…)`), or an adapter that adds fields to every record. */
export const LOG_CALL = /\b\w{1,60}\.(?:debug|info|warning|warn|error|critical|exception|log)\s{0,4}\(|\bLoggerAdapter\s{0,4}\(/;

/** Files a command writes: redirections, `tee`, and the target of a copy. */
export function writtenFiles(call: Call): string[] {
  const targets: string[] = [];
  for (const arg of call.args) {
    const redirect = /^(?:>>?|>\|)(.+)$/.exec(arg);
    if (redirect) targets.push(redirect[1]!);
  }
  if (call.name === 'tee') targets.push(...call.args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>')));
  if (/^(?:cp|mv|install|rsync|ln|copy-item|move-item|zip|7z)$/i.test(call.name)) {
    const operands = call.args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>'));
    // `7z a out.7z files`: the archive follows the command letter.
    const archive = call.name === '7z' && /^[aud]$/.test(operands[0] ?? '') ? operands[1] : /^(?:zip|7z)$/.test(call.name) ? operands[0] : operands.at(-1);
    if (operands.length >= 2 && archive) targets.push(archive);
  }
  // PowerShell: `Compress-Archive -DestinationPath out.zip`, `Out-File -FilePath f`.
  const flag = /^compress-archive$/i.test(call.name) ? /^-DestinationPath$/i : /^(?:out-file|export-clixml|export-csv)$/i.test(call.name) ? /^-(?:FilePath|Path|LiteralPath)$/i : null;
  const flagIndex = flag ? call.args.findIndex((arg) => flag.test(arg)) : -1;
  const flagged = flagIndex !== -1 ? call.args[flagIndex + 1] : undefined;
  if (flag && flagged && call.args.indexOf(flagged) > 0) targets.push(flagged);
  // `… | Out-File $path`, `Set-Content $path $value`: the first operand is the file.
  if (/^(?:out-file|set-content|add-content|sc|ac)$/i.test(call.name) && !flagged) {
    const operand = call.args.find((arg, index) => !arg.startsWith('-') && (index === 0 || !/^-(?:Encoding|Width|Value|Stream|Delimiter)$/i.test(call.args[index - 1]!)));
    if (operand) targets.push(operand);
  }
  if (call.name === 'tar') {
    // The first argument may bundle the flags without a dash (`tar czf out.tgz …` creates the archive).
    const index = call.args.findIndex((arg, at) => /^-\w*f$|^--file$/.test(arg) || (at === 0 && /^[A-Za-z]*f$/.test(arg) && /[cru]/.test(arg)));
    if (index !== -1 && call.args[index + 1]) targets.push(call.args[index + 1]!);
  }
  // A database dump written to the file its option names (`pg_dump -f out.dump`, `mysqldump --result-file=out.sql`, `mongodump --archive=out`).
  if (/^(?:pg_dump|pg_dumpall|mysqldump|mariadb-dump|mongodump|mongoexport)$/.test(call.name)) {
    const index = call.args.findIndex((arg) => /^(?:-f|--file|-r|--result-file|--archive|--out)$/.test(arg));
    const joined = call.args.map((arg) => /^(?:--file|--result-file|--archive|--out)=(.+)$/.exec(arg)?.[1]).find((path) => path !== undefined);
    const file = joined ?? (index !== -1 ? call.args[index + 1] : undefined);
    if (file && !file.startsWith('-')) targets.push(file);
  }
  // `fs.writeFileSync(p, code)`, `Path(p).write_text(code)`: a program writing a file whole.
  if (/(?:^|\.)(?:writeFileSync|writeFile)$/.test(call.name) && call.args[0]) targets.push(call.args[0]);
  if (/\.write_(?:text|bytes)$/.test(call.name)) targets.push(call.name.slice(0, call.name.lastIndexOf('.')));
  // A serialiser writing into a file it opens in place (`json.dump(data, open("cfg.json", "w"))`).
  const serialisedInto = /(?:^|\.)dump$/.test(call.name) ? OPENED_FOR_WRITING.exec(call.args.slice(1).join(' '))?.[1] : undefined;
  if (serialisedInto) targets.push(serialisedInto);
  const output = outputPath(call);
  if (output) targets.push(output);
  return targets;
}

/** Where a download is saved (`curl -o FILE`, `wget -O FILE`, `iwr -OutFile FILE`, the last operand of `certutil -urlcache`). */
export function outputPath(call: Call): string | null {
  const args = call.args;
  // `curl -O URL`, `curl -fsSLO URL`, `wget URL`, `wget -P dir URL`: the file is named after the address.
  const url = args.find((arg) => /^["']?https?:\/\//.test(arg))?.replace(/^["']|["']$/g, '');
  const remoteName = url ? /\/([\w.+-]{1,200})(?:[?#][^\s]{0,2000})?$/.exec(url)?.[1] : undefined;
  const wgetFolder = args[args.findIndex((arg) => /^(?:-P|--directory-prefix)$/.test(arg)) + 1];
  if (remoteName && call.name === 'curl' && args.some((arg) => /^-[a-zA-Z]{0,10}O[a-zA-Z]{0,10}$/.test(arg) || arg === '--remote-name') && !args.some((arg) => /^(?:-o|--output)$|^-[a-zA-Z]{0,10}o$/.test(arg))) return remoteName;
  if (remoteName && call.name === 'wget' && !args.some((arg) => /^(?:-O|--output-document)$|^-[a-zA-Z]{0,10}O$|^-O./.test(arg))) return wgetFolder && args.indexOf(wgetFolder) > 0 && /^(?:-P|--directory-prefix)$/.test(args[args.indexOf(wgetFolder) - 1]!) ? `${wgetFolder.replace(/\/+$/, '')}/${remoteName}` : remoteName;
  if (windowsDownload(call)) {
    // A redirect after the command (`>nul`) is not its operand.
    const last = args.filter((arg) => !/^\d?[<>]/.test(arg)).at(-1) ?? '';
    return /^https?:|^[-/]\w+$/i.test(last) ? null : last;
  }
  // Text searchers' `-o` prints only the matching part (`grep -Eo PATTERN file`): the pattern after it is no output file.
  if (/^(?:grep|egrep|fgrep|rg|ag|ack)$/.test(call.name)) return null;
  for (let i = 0; i < args.length - 1; i++) {
    // What follows is a file unless it is another option (`add_argument("-o", "--output-file")` declares one, writes nothing).
    if ((/^(?:-o|--output|-O|--output-document|-OutFile|-Destination|-out|--out|--out-?file)$/i.test(args[i]!) || /^-[a-zA-Z]+[oO]$/.test(args[i]!)) && !args[i + 1]!.startsWith('-') && !OUTPUT_FORMAT.test(args[i + 1]!)) return args[i + 1]!;
  }
  const joined = /(?:^|\s)-o(\S+)/.exec(args.join(' '));
  if (joined && joined[1] !== '-' && !OUTPUT_FORMAT.test(joined[1]!)) return joined[1]!;
  if (/urlretrieve|DownloadFile/.test(call.name) && args[1]) return args[1].replace(/^["']|["']$/g, '');
  return null;
}

/** The operand of an exclusion flag (`--exclude .env`, `--exclude='*.pem'`, `--ignore-file x`). */
export const EXCLUDED = /--(?:exclude|ignore)(?:-from|-file|-dir)?(?:=|\s+)\S{1,400}/g;

/**
 * Commands that print stored credentials, and CI expressions that expand to secrets: `kubectl config
 * view --raw` (client keys and tokens inline), `toJSON(secrets)` / `${{ secrets.X }}` in a workflow.
 */
export const PRINTS_CREDENTIALS = /\bkubectl\s+config\s+view\b[^\n|;]{0,80}--(?:raw|flatten)\b|\btoJSON\(\s*secrets\s*\)|\$\{\{\s*secrets\.\w{1,100}\s*\}\}|\baws\s+configure\s+export-credentials\b|\baws\s+configure\s+get\s+\w*(?:secret|key|token)|\bgcloud\s+auth\s+(?:print-access-token|print-identity-token)\b|\baz\s+account\s+get-access-token\b|\baws\s+(?:sts\s+(?:get-session-token|get-federation-token|assume-role(?:-with-(?:web-identity|saml))?)|ecr(?:-public)?\s+get-login-password|codeartifact\s+get-authorization-token)\b|\bgh\s+auth\s+status\s+(?:-t|--show-token)\b|\bnmcli\b[^\n|;]{0,200}?(?:\s|["'`])(?:-s|--show-secrets)\b/i;

/** `-o json`, `-o wide`, `-ojsonpath=…`: an output format (kubectl, az, gcloud), not a file. */
export const OUTPUT_FORMAT = /^=?(?:json|yaml|yml|wide|name|table|text|tsv|csv|none|jsonc|jsonpath|go-template|custom-columns|template)(?:$|[=-])/i;

/** Fields of a configuration that log in to its host (`password = …`, `_authToken=…`, `token: …`). */
export const LOGIN_FIELD = /\b(?:password|passwd|pass|_?auth(?:Token)?|token|login|username|user|secret|api[-_]?key|credentials?)\s*[=:]/i;

/** Client options whose value is the data sent. */
export const DATA_FLAG = /^(?:-d|--data(?:-\w+)?|-F|--form(?:-string)?|-T|--upload-file|--post-data|--body-data|-Body|-InFile)$/i;

/** A path on a file share named by a full host name (SMB, or WebDAV over the internet), as Windows writes it; `\\nas\backup` on the local network is not one. */
export const UNC_SHARE = /^["']?\\\\(?:(?:[\w-]{1,63}\.){1,10}[\w-]{1,63}(?:@SSL)?|[\w.-]{1,253}@SSL)(?:@\d{1,5})?\\/i;

/** A file opened for writing or appending by path (`open("/tmp/x", "w")`, `io.open(p, mode="ab")`), capturing the path. */
export const OPENED_FOR_WRITING = /\bopen\(\s*["'`]([^"'`\n]{1,400})["'`]\s*,\s*(?:mode\s*=\s*)?["'`][wax]\+?b?["'`]/;

/** A request opened by a call whose object is then written to (`const req = https.request(…); req.write(body)`). */
/** A gRPC stub constructed on one channel variable (`pb2_grpc.CollectorStub(channel)`), capturing the channel. */
export const STUB_ON_CHANNEL = /(?:^|[\s.=(])\w{0,100}Stub\(\s{0,4}([A-Za-z_]\w{0,100})\s{0,4}\)$/;

export const OPEN_REQUEST = /\b(?:https?|http2)\.request\(|\bhttp2\.connect\(|\bnew\s+ClientRequest\(/;
/** A whole profile or the folder of every profile (a project folder inside one is narrow). */
export const WHOLE_PROFILE = /^["']?(?:\$env:(?:USERPROFILE|HOMEDRIVE|HOMEPATH)|\$HOME|\$\{HOME\}|~|[A-Za-z]:[\\/]Users(?:[\\/][^\\/"'\s]{1,100})?)[\\/]?\*?["']?$/i;

/**
 * What a page script or browser extension can read of the user's sessions: all its cookies and whole web storage (one
 * item is usually the page's own session key), or the item a state library saves the app's whole state under
 * (`persist:root` of redux-persist, `vuex` of vuex-persistedstate), which holds the signed-in user's tokens with the rest.
 */
export const BROWSER_SECRETS = /\bdocument\.cookie\b|\b(?:chrome|browser)\.cookies\.(?:getAll|get|getAllCookieStores)\b|\b(?:JSON\.stringify|Object\.(?:entries|keys|values|assign|fromEntries))\(\s*(?:window\.)?(?:localStorage|sessionStorage)\b|\b(?:localStorage|sessionStorage)\.getItem\(\s{0,4}(?:["'`][\w.:-]{0,40}(?:token|auth|jwt|session|secret|credential|password)|["'`](?:persist:[\w.-]{1,40}|vuex)["'`])/i;

/** Environment variables holding a connection string, which carries the password: `DATABASE_URL`, `REDIS_URL`, `MONGODB_URI`. */
export const CONNECTION_URL = /^(?:DATABASE|DB|POSTGRES(?:QL)?|PG|MYSQL|REDIS|MONGO(?:DB)?|AMQP|RABBITMQ|BROKER|CELERY_BROKER)_UR[IL]$/i;

/** Cheap first looks before the patterns above: words every match contains. */
export const MAY_PRINT_CREDENTIALS = /kubectl|secrets|aws|gcloud|\baz\b|\bgh\b|nmcli/;
export const MAY_READ_BROWSER = /cookie|Storage/;

/** Where secrets are hidden inside something that looks harmless: headers, cookies, metadata, pixels. */
/** A pipe through a command that changes how a value looks, so log masking no longer finds it. */
export const MASK_DEFEATING = /\|\s*(?:rev|xxd|od|hexdump|fold|sed|tr|base32|base64(?!\s+(?:-d|--decode|-D)\b))\b/;
/** The API server of the cluster a pod runs in, by its in-cluster name or the address Kubernetes gives every pod. */
export const IN_CLUSTER_API = /^["'`]?https:\/\/(?:kubernetes\.default(?:\.svc(?:\.cluster\.local)?)?|\$\{?KUBERNETES_SERVICE_HOST\}?)(?=[:\/"'`]|$)/;
export const METADATA_CREDENTIALS = /\b169\.254\.169\.254\/latest\/meta-data\/(?:iam\/security-credentials|identity-credentials)|\bcomputeMetadata\/v1\/instance\/service-accounts\/[\w@.-]{1,100}\/(?:token|identity)\b|\/metadata\/identity\/oauth2\/token\b|\b169\.254\.170\.2\//;
export const METADATA_ADDRESS = /^["'`]?https?:\/\/(?:169\.254\.169\.254|169\.254\.170\.2|metadata\.google\.internal|metadata)(?=[:\/"'`]|$)/;
/** A call that starts a child process in Python or JavaScript. */
export const CHILD_SPAWN = /\b(?:subprocess\.\w{1,20}|Popen|execSync|execFileSync|execFile|exec|spawnSync|spawn|fork|execa)\s{0,10}\(/;
/** A variable given to a child process as its environment option (`env=env`, `{ env: childEnv }`). */
export const CHILD_ENVIRONMENT_VARIABLE = /\benv\s{0,10}[=:]\s{0,10}[A-Za-z_$][\w$]{0,60}(?=\s{0,10}[,)}])/g;

/**
 * A process started with an environment of its own does not hand that environment back: what it prints (`result =
 * subprocess.run(cmd, env=env)`) is its output. Whether the output is the environment (`printenv`) is read from
 * the command itself.
 */
export function withoutChildEnvironment(text: string): string {
  return CHILD_SPAWN.test(text) && !PRINTS_ENVIRONMENT_COMMAND.test(text) ? text.replace(CHILD_ENVIRONMENT_VARIABLE, ' ') : text;
}

/** A command that prints its environment (`["printenv"]`, `"env"`, `"export -p"`), started from code. */
export const PRINTS_ENVIRONMENT_COMMAND = /["'`](?:\/usr\/bin\/)?(?:printenv|env|set)(?:["'`]|\s{1,10}(?:["'`]|\||>))|["'`]export\s{1,10}-p\b/;

/** The whole environment given to a child process as its environment option, with or without additions. */
export const CHILD_ENVIRONMENT = /\benv\s{0,10}[=:]\s{0,10}(?:\{\s{0,10}(?:\*\*|\.\.\.)\s{0,10}(?:os\.environ|process\.env)\b|dict\(\s{0,10}os\.environ\b|(?:os\.environ|process\.env)(?:\.copy\(\))?(?=\s{0,10}[,)}]))/g;

/** A markdown image or link, or an HTML image, that points at a web address: rendering it requests the address. */
/**
 * The login a request to this server came with: its Authorization or Cookie header, read by name (`req.getHeader("Authorization")`,
 * `r.Header.Get("Cookie")`), or in OpenResty its login headers and cookies (`ngx.var.http_authorization`, `ngx.var.http_x_api_key`,
 * `ngx.var.cookie_session`, `ngx.req.get_headers()["Authorization"]`); not compared (`!= ""`, `~= nil`, a boolean).
 */
export const INCOMING_CREDENTIAL = /(?:\.(?:getHeader|Header\.Get|headers\.get|get_header)\(\s{0,4}["'](?:Authorization|Cookie|Proxy-Authorization)["']\s{0,4}\)|\bngx\.var\.(?:http_(?:proxy_)?authorization|http_cookie|http_x_(?:api_key|auth_token|access_token)|cookie_\w{1,60})\b|\bngx\.req\.get_headers\(\s{0,4}\)\s{0,4}\[\s{0,4}["'](?:Authorization|Cookie|Proxy-Authorization|X-Api-Key)["']\s{0,4}\])(?!\s{0,4}(?:[!=]==?|~=))/i;
/** OpenResty's variables of the incoming request's login headers (`ngx.var.http_authorization`): read, they name no header the code sets. */
export const NGINX_LOGIN_VARIABLES = /\bngx\.var\.http_(?:proxy_)?authorization\b/gi;
/** The keys of a key-value store listed by a pattern that names secrets (`redis.call('KEYS', '*token*')`, `--scan --pattern 'session:*'`), whose values are read next. */
export const SECRET_KEYS_LISTED = /(?:\bKEYS\b|\bSCAN\b|--pattern)["',\s]{1,20}(?:MATCH["',\s]{1,10})?["']?[\w:.*-]{0,30}(?:token|secret|passw|credential|api[_-]?key|session)[\w:.*-]{0,30}(?:["'\s]|$)/i;
/** A key listing piped straight into a line count (`redis-cli --scan --pattern 'session:*' | wc -l`): a number leaves, no key and no value. */
export const KEYS_ONLY_COUNTED = /(?:\bKEYS\b|\bSCAN\b|--pattern)[^|\n]{0,200}\|\s{0,4}wc\s{1,4}-l\s{0,4}(?:\)|["'`]|$)/im;
/** A framework's store of the application's decrypted secrets, read whole or key by key (Rails credentials and secrets, `rails credentials:show`). */
export const APP_SECRET_STORE = /\bRails\.application\.(?:credentials|secrets)\b|\bActiveSupport::EncryptedConfiguration\b|\brails\s{1,4}credentials:show\b/;
/** The database connection strings of a .NET app's settings, with the passwords they hold (`GetConnectionString("Db")`, `TryGetProperty("ConnectionStrings", …)`). */
export const CONNECTION_STRINGS_READ = /\bGetConnectionString\s{0,4}\(|\b(?:TryGetProperty|GetProperty|GetSection)\s{0,4}\(\s{0,4}"ConnectionStrings"|\[\s{0,4}"ConnectionStrings[:"]/;
/** A header set on a request or response (`setHeader(…)`, `Header.Set(…)`, `headers["Authorization"] = …`, `Authorization: …`). */
export const PASSES_HEADER_ON = /\b(?:setHeader|addHeader|header)\s{0,4}\(|\bHeader\.(?:Set|Add)\(|\bheaders\s{0,4}\[|["']?Authorization["']?\s{0,4}:/i;
/** Requests that send no body of their own: what leaves is the address. */
export const BODYLESS_REQUEST = /(?:^|\.)(?:GetAsync|GetStringAsync|GetByteArrayAsync|GetStreamAsync|head|HEAD|Head|urlopen)$|^(?:requests|httpx)\.(?:get|head)$/;
/** The same request written in a line read whole (`await http.GetAsync(url)`), capturing its address. */
export const BODYLESS_REQUEST_IN_LINE = /\.\s{0,4}(?:GetAsync|GetStringAsync|GetByteArrayAsync|GetStreamAsync|Head)\(\s{0,4}([A-Za-z_]\w{0,100})\s{0,4}\)/;
/** A line that also sends a body (`PostAsync`, `SendAsync`, `UploadString`). */
export const SENDS_BODY_IN_LINE = /(?<!\b(?:Console|Debug|Trace)\.)\b(?:Post|Put|Patch|Send|Upload|Write)\w{0,20}\s{0,4}\(/;
/** A value of the environment read in code (`os.environ`, `getenv`, `process.env`, `Environment.GetEnvironmentVariable`, `ENV[`). */
export const READS_ENVIRONMENT = /\b(?:environ|[Gg]etenv|GetEnvironmentVariable|env::var)\b|\bprocess\.env\b|\bENV\[/;
/** A field read out of a parsed value and nothing else: accessors with quoted keys (`src.Attribute("value")!.Value`, `entry["url"]`). */
/** Options of a body-less request that carry nothing to the host (`timeout=5`, `verify=False`). */
export const CARRYLESS_REQUEST_OPTION = /^(?:timeout|verify|allow_redirects|follow_redirects|stream)\s{0,4}=\s{0,4}[\w.]{1,40}$/;
/** A constant given for a missing field (`?? ""`, `|| 'x'`, `or None`, `?? string.Empty`, a getter's second argument). */
export const CONSTANT_FALLBACK = /\s{0,4}(?:\?\?|\|\||\bor\b)\s{0,4}(?:"[^"\\{}$\n]{0,200}"|'[^'\\{}$\n]{0,200}'|(?:[Ss]tring\.Empty|null|None|nil|undefined))$/;
export const GETTER_DEFAULT = /(\.get\(\s{0,4}["'][\w.-]{1,60}["'])\s{0,4},\s{0,4}(?:"[^"\\{}$\n]{0,200}"|'[^'\\{}$\n]{0,200}'|None|null|nil)\s{0,4}\)$/;

/** A field read with the constant it falls back to when missing: the field itself, for what the read takes from the file. */
export function withoutConstantFallback(value: string): string {
  return value.replace(CONSTANT_FALLBACK, '').replace(GETTER_DEFAULT, '$1)');
}

export const FIELD_READ = /^[A-Za-z_$][\w$]{0,60}(?:!?\??\.[A-Za-z_$][\w$]{0,60}|\(\s{0,4}["'][\w.-]{1,60}["']\s{0,4}\)|\[\s{0,4}["'][\w.-]{1,60}["']\s{0,4}\]|!){1,12}$/;
/** A header or cookie name that carries a login: `Cookie`, a session, a token, a key, a secret, a password. */
export const LOGIN_HEADER_NAME = /^(?:cookie|[\w-]{0,40}(?:session|token|key|secret|auth|passw)[\w-]{0,40})$/i;

/** A URL object made from a literal address (`new URL("https://px.example.net/s.gif")`), whose parameters the program may fill in later. */
export const URL_OBJECT_FROM_ADDRESS = /\bnew\s{1,4}URL\(\s{0,4}["'`](?:https?:)?\/\//;

/** A login header named for a service, set by name and value (`"X-Vault-Token", v`), capturing the service's word. */
export const SERVICE_LOGIN_HEADER = /["']X-([A-Za-z][A-Za-z0-9]{1,30})-(?:Token|Auth|Api-Key|Key|Session)["']\s{0,4},/i;
/** That header set by a call (`, value`) or in a headers object (`: value`), capturing the service's word. Bounded, linear. */
export const SERVICE_LOGIN_HEADER_SET = /["']X-([A-Za-z][A-Za-z0-9]{1,30})-(?:Token|Auth|Api-Key|Key|Session)["']\s{0,4}[,:]/i;
/** Where a credential is read from, by name: an environment variable of a secret's name (`VAULT_TOKEN`) or a dot file of a secret's name in the home folder (`.vault-token`, `.docker/config.json`). */
export const CREDENTIAL_SOURCE_NAME = /\b([A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){0,4}_(?:TOKEN|KEY|SECRET|PASSWORD|PASS|AUTH|CREDENTIALS?))\b|["'/](\.[a-z][\w-]{0,40}(?:[-_](?:token|key|secret|credentials?)|\/config\.json|\/credentials))\b/g;

/** The seam between two quoted path pieces of chained join calls: `".docker").join("` in `home.join(".docker").join("config.json")`, `".kube").resolve("` in Java's `Path.resolve`. */
export const CHAINED_PATH_PIECES = /["']\s{0,10}\)\s{0,10}\.\s{0,10}(?:join|joinpath|resolve)\s{0,10}\(\s{0,10}["']/g;

/** A value that is the home folder: `os.path.expanduser("~")`, `Path.home()`, `os.homedir()`, `$HOME`. */
/** The home folder as a script spells it (`Path.home()`, `os.homedir()`, `process.env.HOME` …), with a `str(…)` around it. */
export const HOME_EXPRESSION_ANYWHERE = /(?:\bstr\()?(?:\bos\.path\.expanduser\(\s*["']~\/?["']\s*\)|\b(?:pathlib\.)?Path\.home\(\)|\bos\.homedir\(\)|\bos\.environ\[\s*["'](?:HOME|USERPROFILE)["']\s*\]|\bos\.(?:environ\.get|getenv)\(\s*["'](?:HOME|USERPROFILE)["']\s*\)|\bprocess\.env(?:\.(?:HOME|USERPROFILE)\b|\[\s*["'](?:HOME|USERPROFILE)["']\s*\]))\)?/g;

/** Credential formats written as a pattern: AWS key ids, GitHub, GitLab, Slack, Stripe and OpenAI tokens, JWTs, private key blocks. */
export const CREDENTIAL_FORMAT = /AKIA\[|\bgh\[p|\bghp_\[|github_pat_|\bglpat-|\bxox\[|\bxox[abpr]-\[|\beyJ\[|\bsk_live_|\bsk-\[|\bAIza\[|BEGIN[ \w\\]{0,30}PRIVATE KEY/;

/** A header line written out by hand (`"\r\nX-Trace: " . $v`, `'Message-ID: <' + v`): a message's metadata, not its body. */
export const HEADER_LINE = /(?:^|["'\n\r]|\\n)[ \t]{0,4}(?:X-[\w-]{1,40}|Message-ID|References|In-Reply-To|Thread-Index|Comments|Keywords)[ \t]{0,2}:[ \t]/i;

/** Calls that write a file or an image out. */
/** The environment read by a name held in a variable (`os.environ.get(k)`, `process.env[name]`, `os.Getenv(k)`). */
export const DYNAMIC_ENVIRONMENT = /\bos\.(?:environ\.get|getenv)\(\s{0,10}[A-Za-z_]\w{0,40}\s{0,10}[,)]|\bos\.environ\[\s{0,10}[A-Za-z_]\w{0,40}\s{0,10}\]|\bprocess\.env\[\s{0,10}[A-Za-z_$][\w$]{0,40}\s{0,10}\]|\bos\.(?:Getenv|LookupEnv)\(\s{0,10}[A-Za-z_]\w{0,40}\s{0,10}\)|\bENV\[\s{0,10}[A-Za-z_]\w{0,40}\s{0,10}\]|\bENV\.fetch\(\s{0,10}[A-Za-z_]\w{0,40}|GetEnvironmentVariable\(\s{0,10}\$?[A-Za-z_]\w{0,40}\s{0,10}\)/;
/** A filter that keeps the entries whose key or name matches a pattern naming two or more kinds of credential (`Where(kv => Regex.IsMatch(kv.Key, "(?i)(password|secret|token)"))`, `.filter(([k]) => /token|secret/i.test(k))`). */
export const KEEPS_SECRET_NAMED_ENTRIES = /\b(?:Where|filter|FindAll|findAll|select|filterKeys)\s{0,4}[({][^\n]{0,200}?(?:\b(?:IsMatch|search|match|matches)\s{0,4}\(\s{0,4}(?:[\w.]{0,40}\.)?(?:Key|key|k|name|Name)\s{0,4},[^\n]{0,40}?(?:password|passwd|secret|token|credential|api_?key|connectionstrings?)\|(?:[\w.]{0,30}\|){0,8}(?:password|passwd|secret|token|credential|api_?key|connectionstrings?)|(?:password|passwd|secret|token|credential|api_?key|connectionstrings?)\|(?:[\w.]{0,30}\|){0,8}(?:password|passwd|secret|token|credential|api_?key|connectionstrings?)[^\n]{0,40}?\.(?:test|IsMatch|containsMatchIn|matches)\(\s{0,4}(?:[\w.]{0,40}\.)?(?:Key|key|k|name|Name|it)\s{0,4}\))/i;
/** A program choosing what to do by git's credential helper operations (`store`, `get`, `erase`). */
export const CREDENTIAL_HELPER_OPERATION = /(?:\beq|==|===|\bcase|\bwhen)\s{0,4}\(?\s{0,4}["'](?:store|erase)["']/;
/** A credential helper's answer to `get`: `password=…` written out. */
export const CREDENTIAL_HELPER_ANSWER = /["'`](?:username=[^"'`\n]{0,80})?password=/;
/** A quoted element of a list that may name a build property (`"signing.password"`, `"ossrhToken"`). */
export const LISTED_PROPERTY_NAME = /[[({,][ \t\n]{0,20}["']([A-Za-z][\w.-]{2,60})["'](?=[ \t\n]{0,20}[,)\]}])/g;
/** An upper-case name quoted as an item of a list, tuple or set (`("GITHUB_SHA", "NPM_TOKEN")`, `[]string{"DATABASE_URL"}`). */
export const LISTED_NAME = /[[({,][ \t\n]{0,20}["']([A-Z][A-Z0-9_]{2,60})["'](?=[ \t\n]{0,20}[,)\]}])/g;

/** Keyword arguments that hand an SSH client the private key it proves itself with (`key_filename=`, `pkey=`, `client_keys=`): the key signs, it is never sent. */
export const SSH_IDENTITY_KEYWORD = /^(?:key_filename|pkey|client_keys)\s*=(?!=)/;

/** A keyword argument that hands a client its credential: `token=…`, `api_key=…`, `access_token=…`. */
export const CREDENTIAL_KEYWORD = /^(?:token|api_?key|access_token|auth_token|hf_token)\s*=(?!=)/i;

/** The names a text reads a value of: environment variables however a language reads them, and shell or CI variables. */
export function credentialReferences(text: string): string[] {
  const names: string[] = [];
  NAMED_ENVIRONMENT.lastIndex = 0;
  for (let match = NAMED_ENVIRONMENT.exec(text); match && names.length < 20; match = NAMED_ENVIRONMENT.exec(text)) names.push(match.slice(1).find(Boolean) ?? '');
  for (const match of text.matchAll(/(?:\$\{?|%|\b(?:env|secrets|ENV)\.)([A-Za-z][A-Za-z0-9_]{1,100})/g)) if (names.length < 40) names.push(match[1]!);
  return names;
}

/** Perl's hash slice of the environment (`@ENV{qw(URL USER TOKEN)}`, `@ENV{'A', 'B'}`) reads several variables at once: their names. */
export const ENVIRONMENT_SLICE = /@ENV\{\s{0,10}(?:qw\s{0,4}[(\[{\/]([\w\s.-]{1,400})[)\]}\/]|([\w\s.,'"-]{1,400})\})/g;

export function environmentSliceNames(text: string): string[] {
  if (!text.includes('@ENV')) return [];
  return Array.from(text.matchAll(ENVIRONMENT_SLICE), (match) => (match[1] ?? match[2]!).match(/[A-Za-z_][\w.-]{0,100}/g) ?? []).flat().slice(0, 40);
}

/** The services whose credentials the names are (`GITHUB_TOKEN`, `hf_token`, `SLACK_BOT_TOKEN`). */
export function credentialServices(names: readonly string[]): Array<(typeof ISSUING_SERVICES)[number]> {
  const found = new Set<(typeof ISSUING_SERVICES)[number]>();
  for (const name of names) {
    // A credential of a company's own installation (`GH_ENTERPRISE_TOKEN`) belongs to a host of any name.
    if (!SECRET_NAME.test(name) || SELF_HOSTED.test(name)) continue;
    for (const word of name.toLowerCase().split('_')) {
      const service = ISSUING_SERVICES.find((each) => each.names.test(word));
      if (service) found.add(service);
    }
  }
  return [...found];
}

/** The first word of a credential's name that names no service: `TOKEN`, `BOT_TOKEN`, `API_KEY`, `SECRET`. */
export const GENERIC_CREDENTIAL_WORD = /^(?:token|bot|api|key|secret|access|auth|password|pass|client|app|bearer|pat)$/i;

/** Git's arguments from its command on, its global options (`-C dir`, `-c key=value`, `--git-dir=…`) left out. */
export function afterGitOptions(args: readonly string[]): readonly string[] {
  let at = 0;
  while (at < args.length && args[at]!.startsWith('-')) at += /^-[Cc]$|^--(?:git-dir|work-tree|namespace)$/.test(args[at]!) ? 2 : 1;
  return args.slice(at);
}

/** Whether a path given to a command names that file: the same path, or the file's own name given in the folder it was written in. */
export function sameFileName(arg: string, path: string): boolean {
  const unquoted = (text: string) => text.replace(/^["']|["']$/g, '');
  return sameFile(arg, path) || (/^[\w.-]{1,200}$/.test(unquoted(arg)) && unquoted(path).endsWith(`/${unquoted(arg)}`));
}

/** Whether a command's argument names a file saved earlier under that path, however it is quoted. */
export function sameFile(arg: string, path: string): boolean {
  const unquoted = (text: string) => homeRelative(text.replace(/^["']|["']$/g, ''));
  return unquoted(arg) === unquoted(path);
}

/**
 * The text with an object's metadata read on the right of an assignment (`{s.metadata.name: …}`,
 * `pod["metadata"]["labels"]["app"]`) left out: walking an object's fields names it, only metadata written carries a secret.
 */
export function withoutMetadataReads(text: string): string {
  const target = /^[^=\n]{0,200}?=(?![=>])/.exec(text)?.[0];
  if (target === undefined) return text;
  return target + text.slice(target.length).replace(/\.metadata(?=\??\.(?!(?:update|set\w{0,20}|add\w{0,20}|put|insert|append)\b)[A-Za-z_]|\[)|\[["']metadata["']\](?=\[|\.(?!(?:update|set\w{0,20}|add\w{0,20}|put|insert|append)\b)[A-Za-z_])/g, '.fields');
}

/**
 * Whether a statement asks the cloud's metadata service for the instance's credentials: the session token in its
 * header (`X-aws-ec2-metadata-token`) logs the request in, and what it answers is still the credentials.
 */
export function asksMetadataForCredentials(text: string): boolean {
  return METADATA_CREDENTIALS.test(text);
}

/**
 * A cloud CLI handing data to a function or a message topic (`aws lambda invoke --payload`, `gcloud pubsub topics publish
 * --message`, `gcloud functions call --data`): the payload goes to whoever owns the function or reads the topic.
 */
/**
 * Whether a command line sends what arrives on its standard input: a raw connection (`nc host port`, `socat - TCP:…`),
 * or an upload whose body is read from it (`curl --data-binary @-`, `curl -T -`, `wget --post-file=/dev/stdin`).
 */
export function sendsStandardInput(name: string, args: string): boolean {
  if (/^(?:nc|ncat|netcat|socat|telnet)$/.test(name)) return /[\w-]\.[a-z]{2,}|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|TCP|UDP/i.test(args);
  if (name === 'curl') return /(?:^|\s)(?:-[a-zA-Z]{0,6}[dF]|--data(?:-binary|-raw|-urlencode)?|--form|--json)\s{0,4}(?:[\w-]{1,40}=)?@(?:-|\/dev\/stdin)(?:\s|$)|(?:^|\s)(?:-T|--upload-file)\s{1,4}(?:-|\/dev\/stdin|\.)(?:\s|$)/.test(args);
  if (name === 'wget') return /--(?:post|body)-file[=\s](?:-|\/dev\/stdin)(?:\s|$)/.test(args);
  return false;
}

export function sendsToCloudFunctionOrTopic(name: string, args: readonly string[]): boolean {
  if (name === 'aws') return args.includes('lambda') && /^invoke(?:-async)?$/.test(args[args.indexOf('lambda') + 1] ?? '');
  if (name === 'gcloud') return (args.includes('pubsub') && args.includes('publish')) || (args.includes('functions') && args.includes('call'));
  return false;
}

/** Whether every address a command names is the API server of the cluster it runs in (`https://kubernetes.default.svc`, `https://$KUBERNETES_SERVICE_HOST`). */
export function sendsOnlyToClusterApi(args: readonly string[]): boolean {
  // A name resolved to another address or a proxy in between sends the request elsewhere, whatever host it names.
  if (args.some((arg) => REROUTING_OPTION.test(arg))) return false;
  // A host named without a scheme is an address too (curl reads `host/path` as `http://host/path`).
  const addresses = args.filter((arg, at) => /^["'`]?https?:\/\//.test(arg) || (SCHEMELESS_HOST.test(arg) && !VALUE_OPTION.test(args[at - 1] ?? '')));
  return addresses.length > 0 && addresses.every((arg) => IN_CLUSTER_API.test(arg));
}

/** Options of curl and wget that send a request to another address or through a proxy. */
export const REROUTING_OPTION = /^(?:--resolve|--connect-to|-x|--proxy|--preproxy|--socks[45]h?|--doh-url|--execute)(?:=|$)|^-x\S/;
/** Options whose value is a file, a header or a body rather than an address. */
export const VALUE_OPTION = /^(?:-[oOHdTFuKbcAew]|--(?:output|header|data[\w-]{0,12}|upload-file|form|user|config|cookie|cookie-jar|user-agent|referer|write-out|cacert|capath|cert|key|output-document|post-file|body-file))$/;

export function authenticates(text: string): boolean {
  // A pattern that cuts a value out of a file names the key it looks for (`[/api_key: (\S+)/, 1]`); it logs nothing in.
  const unpatterned = text.replace(PATTERN_LITERAL, ' ').replace(NGINX_LOGIN_VARIABLES, ' ');
  NAMED_ENVIRONMENT.lastIndex = 0;
  const named = NAMED_ENVIRONMENT.test(unpatterned);
  NAMED_ENVIRONMENT.lastIndex = 0;
  return AUTH_CONTEXT.test(named ? unpatterned.replace(NAMED_ENVIRONMENT, ' ') : unpatterned);
}

/** Names of private keys and key stores as a search spells them: `".pem"`, `"*.p12"`, `.endswith((".key", …))`. */
export const KEY_FILE_NAME = /["'`][*/]{0,20}\.(?:pem|key|p12|pfx|jks|keystore|ppk|kdbx|ovpn)["'`]|\*\.(?:pem|key|p12|pfx|jks|keystore|ppk|kdbx|ovpn)\b/i;
/** Walking a tree or matching names in it. */
export const FILE_SEARCH = /\b(?:find|walk|walkSync|expandGlob|glob|globSync|globby|fast-glob|fg|rglob|iterdir|listdir|scandir|readdir|readdirSync|Get-ChildItem|gci|endswith|extname|suffix|EnumerateFiles|GetFiles)\b/i;
/** The home folder or the root, as a search is started from it. */
export const SEARCH_ROOT = /\bhomedir\(\)|\bPath\.home\(\)|\bexpanduser\(\s*["'`]~|\$HOME\b|\$\{HOME\}|["'`](?:HOME|USERPROFILE)["'`]|\benv\.(?:HOME|USERPROFILE)\b|\$env:(?:USERPROFILE|HOMEPATH)\b|["'`]~\/?(?:\*\*)?["'`\/]|["'`]\/["'`]|["'`][A-Za-z]:\\{0,2}["'`]|(?:^|\s)~\/?(?=\s|$)|(?:^|\s)\/(?=\s)/;
/** Command lines that print a credential the tool keeps (`gh auth token`, `gcloud auth print-access-token`), with plain options only. */
export const STORED_CREDENTIAL_PRINTER = /^(?:gh\s+auth\s+token|glab\s+auth\s+token|gcloud\s+auth\s+(?:application-default\s+)?print-(?:access|identity)-token|az\s+account\s+get-access-token|aws\s+configure\s+(?:get|export-credentials)|aws\s+(?:sts\s+(?:get-session-token|get-federation-token|assume-role)|ecr(?:-public)?\s+get-login-password|codeartifact\s+get-authorization-token)|doctl\s+auth\s+token|op\s+read|vault\s+(?:kv\s+get|read))(?:\s+[^\s|;&<>$`(){}]{1,200}){0,8}$/;
/** Loops over a map that hand out each key with its value (PHP, Python, JavaScript, Ruby, Go), capturing key, value and the map. */
export const KEY_VALUE_LOOPS = [
  /\bforeach\s*\(\s*(?<store>[^\n]{1,200}?)\s+as\s+\$(?<key>\w+)\s*=>\s*\$(?<value>\w+)/,
  /\bfor\s+(?<key>\w+)\s*,\s*(?<value>\w+)\s+in\s+(?<store>[^\n:]{1,200}?)\.items\(\)/,
  /\bfor\s*\(\s*(?:const|let|var)\s*\[\s*(?<key>[\w$]+)\s*,\s*(?<value>[\w$]+)\s*\]\s+of\s+Object\.entries\(\s*(?<store>[^\n]{1,200}?)\)/,
  /(?<store>[\w@.[\]'":]{1,200}?)\.each(?:_pair)?\s*(?:do\s*|\{\s*)\|\s*(?<key>\w+)\s*,\s*(?<value>\w+)\s*\|/,
  /\bfor\s+(?<key>\w+)\s*,\s*(?<value>\w+)\s*:=\s*range\s+(?<store>[^\n{]{1,200})/,
];
/** An iteration over a map's entries, as the loop's statement reads (`auths.items()`, `Object.entries(auths)`, `range creds`). */
export const MAP_ENTRIES = /^(?:Object\.entries\(\s*[\w$.]{1,100}\s*\)|[\w$.]{1,100}\.(?:items\(\)|each_pair|each)|range\s+[\w.]{1,100})$/;
/** A value parsed from a file (`json.load(open(…))`, `JSON.parse(readFileSync(…))`, `json_decode(file_get_contents(…))`). */
export const PARSED_FROM_FILE = /\b(?:json\.loads?|JSON\.parse|json_decode|yaml\.(?:safe_)?load|toml\.loads?|tomllib\.loads?|YAML\.load_file|parse_ini_file)\b|\bnetrc\.netrc\(/;

/** A Redis client opened on a host or URL that is not this machine (`Redis(host="cache.prod")`, `from_url(os.environ["REDIS_URL"])`, `createClient({ url })`). */
export const REDIS_ELSEWHERE = /\b(?:from_url\(\s{0,4}|(?:Redis|StrictRedis|createClient|createCluster|Redis\.new)\s{0,4}\(\s{0,4}\{?[^()]{0,300}?\b(?:host|url)\s{0,4}[=:]\s{0,4})["'`]?(?!(?:redis:\/\/)?(?:localhost|127\.|\[?::1))[\w$]/;

/**
 * Whether a statement sets a login header named for a service by name and value (`.header("X-Vault-Token", v)`,
 * `req.Header.Set("X-Consul-Token", v)`, `setRequestHeader("X-Nomad-Token", v)`) and every credential the value is
 * read from, on the line or in the program's helpers it calls, is named for that same service (`VAULT_TOKEN`,
 * `~/.vault-token`): the credential goes as the login of the service that issued it, not hidden in a header. Another
 * service's credential under that header, or the whole environment, is not a login there. Whether it goes to that
 * service is `sendsOwnServiceLoginElsewhere`'s question.
 */
export function logsInWithOwnServiceHeader(analysis: ProgramAnalysis, text: string, statement: Statement): boolean {
  return ownServiceOfHeader(analysis, text, statement, SERVICE_LOGIN_HEADER) !== undefined;
}

/**
 * Whether a statement sends a service's own credential under the login header named for it (`"X-Consul-Token":
 * process.env.CONSUL_HTTP_TOKEN`, `.header("X-Vault-Token", token)`) to a public host the program writes out that is not
 * the service's. A self-hosted service runs where its setting points (`VAULT_ADDR`), on the user's network, or under a
 * name its owner registered for it (`vault.io`) or a host named for it under the company's own name (`vault.acme.com`); a hard-coded host whose registered name is not the service's
 * (`vault-renew.tunnelhub.io`), or a platform tenant anyone can own, only collects the login.
 */
export function sendsOwnServiceLoginElsewhere(analysis: ProgramAnalysis, text: string, statement: Statement): boolean {
  const service = ownServiceOfHeader(analysis, text, statement, SERVICE_LOGIN_HEADER_SET);
  if (service === undefined) return false;
  const written = hostsNamedIn(analysis.resolve(statement.text)).map(hostNameOf).filter((host) => host !== '');
  return written.some((host) => !PRIVATE_HOST.test(host) && !DOCUMENTATION_HOST.test(host) && (TENANT_HOST.test(host) || !(mainLabel(host).includes(service) || host.split('.').slice(0, -2).includes(service))));
}

/** The service a login header of a text is named for, when every credential its value is read from is that service's. */
function ownServiceOfHeader(analysis: ProgramAnalysis, text: string, statement: Statement, pattern: RegExp): string | undefined {
  const header = pattern.exec(text);
  if (!header) return undefined;
  const service = header[1]!.toLowerCase();
  const value = text.slice(header.index + header[0].length);
  const helpers = statement.calls.map((call) => call.name).filter((name) => name !== statement.inFunction?.name && value.includes(`${name}(`));
  const sources = [value, ...statement.uses.filter((name) => value.includes(name)).map((name) => analysis.definitions.get(name) ?? ''), ...helpers.flatMap((name) => analysis.statementsOf(name).map((each) => each.text))].join('\n').slice(0, 8000);
  const credentials = [...sources.matchAll(CREDENTIAL_SOURCE_NAME)].map((match) => (match[1] ?? match[2] ?? '').toLowerCase());
  if (credentials.length === 0 || WHOLE_ENVIRONMENT.test(sources)) return undefined;
  return credentials.every((name) => name.split(/[_.-]/).includes(service)) ? service : undefined;
}

/** @internal Whether a name holds an HTTP client object: one the program made from a client class, or from a class of its own that extends one. */
export function isClientObject(analysis: ProgramAnalysis, name: string): boolean {
  if (analysis.labelsOfName(name).has('client')) return true;
  const made = /^\s{0,10}(?:new\s{1,4})?([A-Za-z_$][\w$.]{0,80})\(/.exec((analysis.definitions.get(name) ?? '').replace(ASSIGNMENT_TARGET, ''))?.[1];
  if (made === undefined) return false;
  const declared = new RegExp(String.raw`\bclass\s{1,4}${escapeName(made)}\s{0,4}(?:\(([^)\n]{1,200})\)|extends\s{1,4}([\w$.]{1,100})|:\s{0,4}([\w.]{1,100}))`).exec(analysis.whole);
  return declared !== null && NETWORK_CLIENT.test(declared.slice(1).find(Boolean) ?? '');
}

/** @internal */
export function isEnvironmentDump(analysis: ProgramAnalysis, call: Call): boolean {
  if (analysis.program.language !== 'bash') return false;
  // `compgen -v` / `compgen -e` list every variable name; `${!name}` then reads each value.
  if (call.name === 'compgen') return call.args.some((arg) => /^-\w*[ve]/.test(arg)) || call.args.includes('-A');
  return (call.name === 'env' || call.name === 'printenv' || call.name === 'set' || (call.name === 'export' && (call.args[0] === '-p' || call.args.length === 0)) || (call.name === 'declare' && /^-\w*[xp]/.test(call.args[0] ?? ''))) && call.args.every((arg) => arg.startsWith('-') || arg.startsWith('>') || arg.startsWith('|'));
}

/** Whether the secrets in a call only authenticate it (a token in an Authorization header). */
export function onlyAuthenticates(analysis: ProgramAnalysis, call: Call, statement: Statement): boolean {
  // The cluster's own API server is the service that issued the pod's token and files; a request to it alone leaves the cluster not.
  if (sendsOnlyToClusterApi(call.args)) return true;
  // A helper of the program sends some of its parameters; a secret passed as another one is not sent by it.
  const sent = analysis.sentParameters.get(call.name);
  const params = analysis.parameterLists.get(call.name) ?? [];
  const startsProcess = analysis.program.language === 'bash' || analysis.spawnedCommand(call) !== null;
  const carriers = call.args.filter((arg, index) => {
    if (sent) {
      const keyword = /^([A-Za-z_$][\w$]*)\s*=(?!=)/.exec(arg)?.[1];
      const param = keyword && params.includes(keyword) ? keyword : params[index];
      if (param !== undefined && !sent.has(param)) return false;
    }
    // The address of the cloud's metadata service is where a secret is read from, not where one is sent.
    if (METADATA_ADDRESS.test(arg)) return false;
    // An object a request sends is data even under an `env` key (`post(url, { env: { ...process.env } })`): only a
    // process started with it takes it as its own environment.
    const labels = analysis.labelsOf(startsProcess ? arg : `(${arg})`, statement.uses);
    if (!labels.has('secret') && !labels.has('environment')) return false;
    if (!labels.has('environment') && sentToOwnService(analysis, arg, call)) return false;
    const previous = call.args[index - 1] ?? '';
    const operands = call.args.filter((other, i) => !other.startsWith('-') && !/^-/.test(call.args[i - 1] ?? '') && !other.startsWith('>'));
    // A shell helper of the program's own that posts this parameter as data (`ship() { curl --data-binary "$1" …; }`) takes data, not an address.
    // In code read line by line a helper's argument is a value of the program, never a command-line host.
    const postedAsData = sent !== undefined && (analysis.configuration || analysis.postedParameters.get(call.name)?.has(params[index] ?? '') === true);
    const isDestination = !postedAsData && (analysis.program.language === 'bash' || analysis.program.language === 'powershell') && /^\$\{?[A-Za-z_]\w*\}?$|^[A-Za-z_]\w*$/.test(arg) && !/^-(?:d|F|T|p)$|^--(?:data|form|upload|json|post)|^-Body$|^-InFile$/i.test(previous) && operands.at(-1) === arg && !call.args.some((other) => /^https?:\/\/|^[\w-]+(?:\.[\w-]+)+$/.test(other));
    // `-u user:token` is a login for HTTP clients; for `socat -u`, `nc -u`, `ssh -u` it means something else.
    // `--netrc-file path` hands curl the logins it picks from by the request's own host.
    const login = /^(?:--user|-Credential)$/i.test(previous) || (previous === '-u' && /^(?:curl|http|https|xh|lftp|ftp)$/i.test(call.name)) || (previous === '--netrc-file' && call.name === 'curl');
    // `ssh -i key -o Option=value`: the key proves who connects and the options configure the client; neither is sent.
    // `curl --cacert ca.crt --cert me.pem --key me.key`: the files the TLS handshake checks the server with or proves the client by.
    const identity = (/^(?:ssh|scp|sftp|autossh)$/.test(call.name) && /^-[iopFJlP]$/.test(previous)) || (/^(?:curl|wget)$/.test(call.name) && TLS_FILE_OPTION.test(previous)) || (analysis.program.language === 'python' && /(?:^|\.)connect$/.test(call.name) && SSH_IDENTITY_KEYWORD.test(arg));
    // A library client's own credential parameter (`api.upload_file(…, token=key)`) logs the call in; a helper of the program's own is judged by what it sends.
    const credentialParameter = sent === undefined && analysis.program.language !== 'bash' && CREDENTIAL_KEYWORD.test(arg);
    // A client's configuration object whose `auth` option holds the login (`createTransport({ host, auth: { user, pass } })`), with no address of its own to send to.
    const loginOption = sent === undefined && analysis.program.language !== 'bash' && CLIENT_AUTH_OPTION.test(arg) && !call.args.some((other) => /\b[a-z][\w+.-]{0,20}:\/\//i.test(other));
    // The whole environment is never a login, though it rides in the same options object as one.
    // The login the request being served came with, passed on under its own header, logs in as the caller.
    return !(isDestination || (authenticates(arg) && !encodedIntoUrl(arg, labels) && !sendsOwnServiceLoginElsewhere(analysis, arg, statement) && !analysis.carriesSigningSecret(arg, statement.uses) && !(labels.has('environment') && labels.has('encoded'))) || login || identity || credentialParameter || loginOption || passesIncomingLoginOn(analysis, arg) || (!labels.has('environment') && logsInWithOwnServiceHeader(analysis, arg, statement) && !sendsOwnServiceLoginElsewhere(analysis, arg, statement)));
  });
  // A request whose address is piped in (`printf 'url = "%s/bot%s/x"' "$BASE" "$TOKEN" | curl --config -`) is judged like one given it.
  const upstream = chain(call);
  const pipedToOwnService = upstream.length > 0 && upstream.every((source) => sentToOwnService(analysis, source.args.join(' '), { ...call, args: source.args }));
  const piped = !pipedToOwnService && [...analysis.upstreamLabels(call, statement), ...analysis.loopInput(call, statement)].some((label) => label === 'secret' || label === 'environment');
  // A client object that was given secrets outside any authentication (`s.headers["User-Agent"] = secret`) sends them with every call.
  const dot = call.name.lastIndexOf('.');
  const receiver = dot > 0 ? analysis.labelsOfName(call.name.slice(0, dot).replace(/^\$/, '')) : new Set<Label>();
  const carriedByReceiver = receiver.has('client') && (receiver.has('secret') || receiver.has('environment'));
  const dumped = call.end - call.start > 2 && analysis.callsWithin(call, statement).some((inner) => isEnvironmentDump(analysis, inner));
  return carriers.length === 0 && !piped && !carriedByReceiver && !dumped && !logsInToAnotherService(analysis, call);
}

/**
 * Whether a request logs in with a well-known service's credential (`GITHUB_TOKEN`, `OPENAI_API_KEY`) at a named
 * host that is none of that service's: a login only means something to the service that issued it, so anywhere
 * else the header, query or field hands the credential to whoever runs that host.
 */
export function logsInToAnotherService(analysis: ProgramAnalysis, call: Call): boolean {
  // A client object given its login before (`s.auth = ("bot", token)`) logs every request it makes in with it.
  const receiver = call.name.slice(0, Math.max(0, call.name.lastIndexOf('.')));
  const clientLogin = /^[A-Za-z_]\w{0,60}$/.test(receiver) ? new RegExp(`^[ \\t]{0,40}${receiver}\\.(?:auth|headers)\\b[^\\n]{0,400}`, 'm').exec(analysis.whole)?.[0] ?? '' : '';
  const written = `${call.args.join(' ')}${authenticates(clientLogin) ? ` ${clientLogin}` : ''}`.slice(0, 4000);
  const resolved = analysis.resolve(written);
  // The program's own variables that hold a credential (`gh_token = …`) name its service as well as the environment does.
  const held = analysis.program.language === 'bash' ? [] : [...written.matchAll(/(?<![\w$.])([A-Za-z][A-Za-z0-9_]{2,100})(?![\w(])/g)].map((match) => match[1]!).filter((name) => analysis.definitions.has(name));
  const references = [...credentialReferences(resolved), ...held];
  const services = credentialServices(references);
  if (services.length === 0) return false;
  // A service named only by a short form (`HF_TOKEN`, `CF_API_TOKEN`) is at the hosts it registered itself.
  const spelled = new Set(credentialServices(references.map((name) => name.split('_').filter((word) => word.length >= 3).join('_'))));
  const ownedBy = (host: string, service: (typeof ISSUING_SERVICES)[number]) => (spelled.has(service) ? hostOfService(host, service) : hostRegisteredByService(host, service));
  const hosts = urlsIn(resolved).map(hostNameOf).filter((host) => host !== '');
  // A request to a host given as a value is judged elsewhere; a private or local host is the user's own.
  const remote = hosts.filter((host) => !PRIVATE_HOST.test(host));
  return remote.length > 0 && !remote.some((host) => services.some((service) => ownedBy(host, service)));
}

/**
 * Whether a request without a body only asks for an address the user's own settings file names, taken from it
 * as it is (`var url = source.Attribute("value")!.Value` … `http.GetAsync(url)`): nothing but that address leaves,
 * and it goes to the host the file itself names.
 */
export function requestsStoredAddress(analysis: ProgramAnalysis, call: Call, statement: Statement): boolean {
  // A line read as a whole (a C# or Go statement) is the client's name with the line as its argument.
  const request = analysis.configuration ? BODYLESS_REQUEST_IN_LINE.exec(call.args.join(' ')) : BODYLESS_REQUEST.test(call.name) && call.args.length >= 1 && call.args.slice(1).every((arg) => CARRYLESS_REQUEST_OPTION.test(arg)) ? [call.args[0]!, call.args[0]!] : null;
  const address = request?.[1];
  if (!address || !/^[A-Za-z_]\w{0,100}$/.test(address) || (analysis.configuration && SENDS_BODY_IN_LINE.test(call.args.join(' ')))) return false;
  const definition = analysis.definitions.get(address) ?? '';
  const value = withoutConstantFallback(definition.replace(ASSIGNMENT_TARGET, '').trim().replace(/;$/, ''));
  if (value === definition.trim() || !FIELD_READ.test(value)) return false;
  // The table the field comes from must be read from a file (`json.load(open(p))`, a loop over `XDocument.Load(p)`'s
  // elements), not filled by the skill itself (`cfg = {"url": base + os.environ["KEY"]}`).
  const table = analysis.definitions.get(/^[A-Za-z_$][\w$]{0,60}/.exec(value)![0]) ?? '';
  const source = [table, ...[...table.matchAll(/(?<![\w$.])[A-Za-z_]\w{0,60}/g)].slice(0, 12).map((name) => analysis.definitions.get(name[0]) ?? '')].join('\n');
  if (!READS_SETTINGS_FILE.test(source) || READS_ENVIRONMENT.test(source)) return false;
  // A file the program itself wrote a secret into (`json.dump({"url": … + token}, open("cfg.json", "w"))`) is no setting of the user's.
  const readFiles = [...source.matchAll(/["'`]([^"'`\s]{2,300})["'`]/g)].map((quoted) => quoted[1]!);
  if (readFiles.some((path) => [...(analysis.files.get(path) ?? [])].some((label) => label === 'secret' || label === 'environment'))) return false;
  // The table as the user keeps it: no entry the program writes into it (`cfg["url"] = … + token`).
  const tableName = /^[A-Za-z_$][\w$]{0,60}/.exec(value)![0];
  const writesEntry = new RegExp(String.raw`(?:^|[^\w$.])\$?${escapeName(tableName)}\s{0,4}(?:\[[^\]\n]{0,200}\]|\.[A-Za-z_]\w{0,60})\s{0,4}=(?![=>])|(?:^|[^\w$.])\$?${escapeName(tableName)}\.(?:update|setdefault|merge|set|Add|SetAttributeValue|SetValue)\(`);
  if (analysis.program.statements.some((other) => writesEntry.test(other.text))) return false;
  // Nor any step before the request that names the table and carries a secret (`cfg.__setitem__(…, token)`, `cfg |= {…}`, `setattr(cfg, …)`).
  const namesTable = new RegExp(String.raw`(?<![\w$.])\$?${escapeName(tableName)}(?![\w$])`);
  // What the table holds itself (a credential file's entries) is no secret put into it; nor are the steps reading it or taking the address.
  const tableSources = new Set([tableName, ...[...table.matchAll(/(?<![\w$.])[A-Za-z_]\w{0,60}/g)].map((name) => name[0])]);
  const carriesSecret = (other: Statement) => READS_ENVIRONMENT.test(other.text) || other.uses.some((name) => !tableSources.has(name) && !other.defines.includes(name) && ['secret', 'environment', 'auth'].some((label) => analysis.labelsOfName(name).has(label as Label)));
  const readsTableOrAddress = (other: Statement) => other.defines.includes(address) || other.defines.includes(tableName);
  if (analysis.program.statements.some((other) => other.start < statement.start && namesTable.test(other.text) && !readsTableOrAddress(other) && carriesSecret(other))) return false;
  // Nothing else with a secret in it is used by the request (what the statement keeps of the answer is no part of it).
  return statement.uses.every((name) => name === address || statement.defines.includes(name) || !['secret', 'environment', 'auth'].some((label) => analysis.labelsOfName(name).has(label as Label)));
}

/**
 * Whether a request goes to the host a credential store files the credential under, carrying only that entry
 * (`foreach ($auth['http-basic'] as $host => $c)` … a request to `https://$host/` logged in with `$c`): each
 * login goes back to the host it belongs to. The store must be read as it is, with no entry the program adds.
 */
export function sentToHostStoredWith(analysis: ProgramAnalysis, call: Call, statement: Statement): boolean {
  const host = HOST_FROM_VARIABLE.exec(call.args.join(' '))?.[1];
  if (host === undefined) return false;
  // A secret the request reads by itself (`getenv('AWS_SECRET_ACCESS_KEY')`) is no part of the entry.
  const own = analysis.intrinsicLabels(call.args.join(' ')).labels;
  if (own.has('secret') || own.has('environment')) return false;
  const entry = keyValueLoop(analysis, host, statement);
  if (!entry) return false;
  const store = entry.store;
  // The store is parsed from a file the user keeps (`json.load(…)`, `json_decode(file_get_contents(…))`), with no address of the program's own in it.
  const storeDefinition = analysis.definitions.get(store) ?? '';
  if (!analysis.labelsOfName(store).has('secret') || !PARSED_FROM_FILE.test(storeDefinition) || /https?:\/\/|["'][\w-]{1,60}(?:\.[\w-]{1,60}){1,6}["']\s*(?::|=>)/.test(storeDefinition)) return false;
  // An entry written into the store by the program (`$auth['http-basic']['x.example'] = …`) is the program's own host, not the user's.
  const addsEntry = new RegExp(`(?:^|[^\\w])\\$?${store}\\s*(?:\\[[^\\]\\n]{0,200}\\]\\s*){1,6}=(?![=>])|(?:^|[^\\w])\\$?${store}\\.(?:update|merge|set|push|append|insert|setdefault)\\(|\\barray_merge(?:_recursive)?\\(\\s*\\$${store}\\b`);
  if (analysis.program.statements.some((other) => other !== statement && !other.text.includes(' as ') && addsEntry.test(other.text))) return false;
  // Every other name the request uses with a secret or a login in it comes from that entry.
  const fromEntry = (name: string): boolean => {
    const seen = new Set<string>();
    let names = [name];
    for (let depth = 0; depth < 3 && names.length > 0; depth++) {
      if (names.includes(entry.value)) return true;
      names = names.flatMap((each) => (seen.has(each) ? [] : (seen.add(each), analysis.origins.get(each) ?? [])));
    }
    return false;
  };
  return statement.uses.every((name) => {
    const labels = analysis.labelsOfName(name);
    return name === host || !(labels.has('secret') || labels.has('environment') || labels.has('auth')) || fromEntry(name);
  });
}

/**
 * The loop over a map that hands out `key` with a value (`foreach ($m as $key => $v)`, `for key, v in m.items()`,
 * `for (const [key, v] of Object.entries(m))`): the value's name and the map's, or null.
 */
export function keyValueLoop(analysis: ProgramAnalysis, key: string, before: Statement): { value: string; store: string } | null {
  const header = analysis.definitions.get(key) ?? '';
  const written = KEY_VALUE_LOOPS.map((pattern) => pattern.exec(header)?.groups).find((groups) => groups?.key === key);
  if (written) {
    const store = /^[\s(]*\$?([A-Za-z_]\w{0,60})/.exec(written.store!)?.[1];
    return store === undefined ? null : { value: written.value!, store };
  }
  // Read from a syntax tree: the loop over the map defines the key and then the value.
  const loop = analysis.program.statements.findLast((other) => other.start <= before.start && other.defines.length === 2 && other.defines[0] === key);
  if (!loop || !MAP_ENTRIES.test(loop.text)) return null;
  const store = /^(?:Object\.entries\(\s*)?\$?([A-Za-z_]\w{0,60})/.exec(loop.text)?.[1];
  return store === undefined ? null : { value: loop.defines[1]!, store };
}

/**
 * Whether the credentials in an argument are named after the service the call goes to
 * (`TELEGRAM_BOT_TOKEN` in a request to api.telegram.org): a key used with its own API.
 */
/**
 * Whether a request names only addresses of this machine (`http://localhost:11434/…`) in a program that sets up no
 * forwarder (a socat or netcat relay, an SSH tunnel, a proxy): what it sends reaches a local service and stays here.
 */
/** Whether the secret a statement reads, itself or through what its names were assigned two steps back (`token = ngx.var.http_authorization`), is only the login of the request being served. */
export function sendsIncomingLoginOnly(analysis: ProgramAnalysis, statement: Statement): boolean {
  const named = statement.uses.slice(0, 20).map((name) => analysis.definitions.get(name) ?? '');
  const sent = [statement.text, ...named, ...named.flatMap((definition) => [...definition.matchAll(/(?<![\w$.])[A-Za-z_]\w{0,60}/g)].slice(0, 12).map((name) => analysis.definitions.get(name[0]) ?? ''))].join('\n').slice(0, 8000);
  return INCOMING_CREDENTIAL.test(sent) && !CREDENTIAL_STORE.test(sent);
}

/**
 * Whether a request that carries the login of the request being served (its Authorization header, API key or session
 * cookie) asks a server to check it: the answer is kept and read by a later step (`local res = http:request_uri(…)` then
 * `if res.status ~= 200`), as token introspection decides on it. A login posted with its answer unread is handed over.
 */
export function checksIncomingLogin(analysis: ProgramAnalysis, statement: Statement, flow: Set<Label>): boolean {
  if (flow.has('environment') || !sendsIncomingLoginOnly(analysis, statement)) return false;
  const answer = /^\s{0,40}(?:local\s{1,10}|const\s{1,10}|let\s{1,10}|var\s{1,10})?([A-Za-z_]\w{0,60})(?:\s{0,4},\s{0,4}[A-Za-z_]\w{0,60}){0,3}\s{0,4}=(?!=)/.exec(statement.text)?.[1];
  if (!answer) return false;
  const read = new RegExp(String.raw`(?<![\w$.])${escapeName(answer)}(?:\s{0,4}[.\[]|\s{0,4}\)|\s{1,4}(?:then|and|or|~=|==|!=))|\bnot\s{1,4}${escapeName(answer)}\b|!\s{0,4}${escapeName(answer)}\b`);
  return analysis.program.statements.some((other) => other.start > statement.start && read.test(other.text));
}

/**
 * Whether a storage command copies or moves between places of one bucket (`aws s3 mv s3://b/x s3://b/archive/x`,
 * `gsutil cp gs://b/a gs://b/a.bak`): the storage service copies it where it is, so nothing leaves the machine or the bucket's owner.
 */
export function copiesWithinOneBucket(analysis: ProgramAnalysis, command: { name: string; args: string[] }): boolean {
  const name = command.name.toLowerCase();
  const verb = name === 'aws' && command.args[0] === 's3' ? 1 : name === 'gsutil' ? 0 : name === 'gcloud' && command.args[0] === 'storage' ? 1 : -1;
  if (verb === -1 || !/^(?:cp|mv|sync|rsync)$/.test(command.args[verb] ?? '')) return false;
  const operands = command.args.slice(verb + 1).filter((arg) => !arg.startsWith('-')).map((arg) => (arg.startsWith('$') || arg.startsWith('"$') ? analysis.resolve(arg) : arg).trim().replace(/^["']|["']$/g, ''));
  if (command.args.some((arg) => PUBLIC_STORAGE_GRANT.test(arg))) return false;
  const buckets = operands.map((operand) => STORAGE_ADDRESS.exec(operand)?.[1]);
  return buckets.length === 2 && buckets[0] !== undefined && buckets[0] === buckets[1];
}

/**
 * An argument of a storage copy that makes the copy readable by anyone (`--acl=public-read`, `-a public-read-write`,
 * `--predefined-acl=publicRead`, a grant to `…/groups/global/AllUsers` or `allAuthenticatedUsers`): a copy inside one
 * bucket that hands the object to everyone carries it away. Anchored words, no nested quantifiers: linear.
 */
const PUBLIC_STORAGE_GRANT = /public-?read|\ball-?(?:authenticated-?)?users\b|\bAuthenticatedUsers\b|authenticated-read/i;

/**
 * The names of the entries the variables of a text were read from in a settings table (`$key = $conf['MAILGUN_KEY']`,
 * `token = cfg.get("SLACK_TOKEN")`): such an entry names its credential, and so its service, as an environment variable's name does.
 */
export function settingKeysRead(analysis: ProgramAnalysis, text: string): string[] {
  const keys = new Set<string>();
  const tables = new Set<string>();
  // The values the text's variables were assigned, followed through their own variables, as written.
  const values: string[] = [];
  const queue = Array.from(text.matchAll(VARIABLE_WORD), (match) => match[1]!);
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < 40) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const definition = analysis.definitions.get(name) ?? analysis.definitions.get(`$${name}`);
    if (definition === undefined) continue;
    const value = definition.replace(ASSIGNMENT_TARGET, '');
    const entry = SETTING_ENTRY_READ.exec(value);
    if (entry) {
      keys.add(entry[2]!.toUpperCase());
      tables.add(entry[1]!);
      continue;
    }
    values.push(value);
    for (const match of value.matchAll(VARIABLE_WORD)) queue.push(match[1]!);
  }
  // The table sent whole (`json_encode($conf)`) carries every entry, not only the one its name is about.
  const sentWhole = [...tables].some((table) => {
    const bare = new RegExp(`(?<![\\w$./"'])\\$?${escapeName(table)}(?![\\w\\[.]|\\s{0,4}(?:\\[|=(?!=)))`);
    return [text, ...values].some((value) => bare.test(value));
  });
  return sentWhole ? [] : [...keys];
}

export function sentToOwnService(analysis: ProgramAnalysis, arg: string, call: Call): boolean {
  // Named as written and as resolved: a variable filled by `read` resolves to that command, not to its name.
  const resolved = `${arg} ${analysis.resolve(arg)}`;
  const names: string[] = [];
  NAMED_ENVIRONMENT.lastIndex = 0;
  for (let match = NAMED_ENVIRONMENT.exec(resolved); match && names.length < 20; match = NAMED_ENVIRONMENT.exec(resolved)) names.push(match.slice(1).find(Boolean) ?? '');
  // A program's own variable or parameter (`$token`, `bot_token`) names the credential as well.
  for (const match of resolved.matchAll(/\$\{?([A-Za-z][A-Za-z0-9_]{2,100})\}?/g)) if (names.length < 20) names.push(match[1]!.toUpperCase());
  if (analysis.program.language !== 'bash') for (const match of resolved.matchAll(/(?<![\w$.])([A-Za-z][A-Za-z0-9_]{2,100})(?![\w(])/g)) if (names.length < 20) names.push(match[1]!.toUpperCase());
  // An entry picked from a settings table by name is a credential when its name says so or calls it a key (`INDEXNOW_KEY`).
  const secretNames = [...names.filter((name) => SECRET_NAME.test(name)), ...settingKeysRead(analysis, arg).filter((name) => SECRET_NAME.test(name) || /_KEY$/.test(name))];
  const services = new Set(secretNames.map((name) => name.split('_')[0]!.toLowerCase()).filter((word) => word.length >= 3));
  // A credential named for no service of its own (`TOKEN`, `BOT_TOKEN`, `API_KEY`) is the one of the service the skill is about.
  if (secretNames.some((name) => GENERIC_CREDENTIAL_WORD.test(name.split('_')[0]!))) for (const word of analysis.context.subjectWords) services.add(word);
  // A credential named by its service's short form (`TG_BOT_TOKEN`, `HF_TOKEN`), too short to be read as a host, belongs to the hosts of that service.
  const shortForms = secretNames.map((name) => name.split('_')[0]!.toLowerCase()).filter((word) => word.length < 3);
  const issuers = ISSUING_SERVICES.filter((service) => shortForms.some((word) => service.names.test(word)));
  if (services.size === 0 && issuers.length === 0) return false;
  // A credential written as a message's text or a file's content (`"text": os.environ["TG_BOT_TOKEN"]`) is what the
  // request publishes, not how it logs in, whichever host it goes to.
  if (postsCredentialAsMessage(analysis, arg)) return false;
  // A helper of the program's own talks to the hosts its body names (`HTTPSConnection("api.telegram.org")`).
  const body = analysis.sentParameters.has(call.name) ? helperHosts(analysis, call.name) : [];
  // A connection object made for one host sends its requests there (`conn = HTTPSConnection("api.example.org")` … `conn.request(…)`).
  const dot = call.name.lastIndexOf('.');
  const connection = dot > 0 ? hostsNamedIn(analysis.resolve(analysis.definitions.get(call.name.slice(0, dot)) ?? '')) : [];
  // A helper is handed its address as an argument of its own; an address inside a data value (the request a
  // response came from, `exp = (await fetch(api)).headers…`) is where that value was read, not where it goes.
  const ownHost = (url: string) => {
    try {
      const host = new URL(url).hostname;
      return host.includes('.') && (services.has(mainLabel(host)) || issuers.some((service) => hostRegisteredByService(host, service)));
    } catch {
      return false;
    }
  };
  // Where the request goes is an argument that is an address; an address inside a header or a field (a referer, an
  // origin, a link in the body) goes nowhere. When the request names such arguments off this machine, every one must be the service's.
  const destinations = call.args.map((arg) => analysis.resolve(arg)).filter((value) => /^[\s"'`(]{0,4}https?:\/\//.test(value)).flatMap((value) => urlsIn(value).slice(0, 1));
  const remote = destinations.filter((url) => !isLoopbackUrl(url));
  if (!analysis.sentParameters.has(call.name) && remote.length > 0) return remote.every(ownHost);
  const addresses = analysis.sentParameters.has(call.name) ? destinations : [analysis.resolve(call.args.join(' '))];
  return [...addresses.flatMap((value) => urlsIn(value)), ...body, ...connection].some(ownHost);
}

/**
 * Whether a host is registered by a service under one of its own words (`api.telegram.org`, `hf.co`,
 * `api.github.com`): a short form in a credential's name (`HF_`, `CF_`) names no host by itself, so only a name the
 * service registered is its host, not one that merely contains its word (`cloudflare-cache-tools.net`) nor a tenant
 * of a platform anyone can own (`name.hf.space`).
 */
function hostRegisteredByService(host: string, service: (typeof ISSUING_SERVICES)[number]): boolean {
  if (TENANT_HOST.test(host) || SERVICE_TENANT_HOST.test(host)) return false;
  const registered = mainLabel(host);
  return hostOfService(host, service) && (service.hosts.includes(registered) || /^(?:githubusercontent|googleusercontent|cloudflarestorage)$/.test(registered));
}

/** Hosts a service hands to its users to run their own apps on (Hugging Face Spaces): anyone's, not the service's. */
const SERVICE_TENANT_HOST = /\.hf\.space$/i;

/**
 * A field of a request that carries text the request publishes or posts (`"text": …`, `content=…`, `caption: …`),
 * capturing its value up to the next field. Bounded classes and counts: linear.
 */
const MESSAGE_FIELD = /(?<![\w$.])["'`]?(?:text|content|contents|message|msg|caption|description|comment|note|markdown|html)["'`]?\s{0,4}(?:=>|[:=])(?!=)\s{0,4}([^,}\n]{1,200})/gi;

/** Whether an argument puts a credential, as written or through the variable it was read into, in a message field. */
function postsCredentialAsMessage(analysis: ProgramAnalysis, arg: string): boolean {
  for (const match of arg.matchAll(MESSAGE_FIELD)) {
    // The value as written, or the definition of the one variable it is (`"content": tok`).
    const word = /^\s{0,4}([A-Za-z_]\w{0,60})\s{0,4}$/.exec(match[1]!)?.[1];
    const value = word === undefined ? match[1]! : analysis.resolve(word);
    if ([...value.matchAll(NAMED_ENVIRONMENT)].some((named) => SECRET_NAME.test(named.slice(1).find(Boolean) ?? ''))) return true;
  }
  return false;
}

/**
 * Whether a request uploads a database dump as it is made, piped in (`pg_dump … | gzip | curl -T - URL`) or as the output a
 * program kept (`out = subprocess.run(["mysqldump", …])` … `requests.post(URL, data=out.stdout)`), to a web or FTP address
 * the skill names, not the user's own network nor the project the skill is about.
 */
export function sendsDatabaseDump(analysis: ProgramAnalysis, call: Call, effective: { name: string; args: string[] }): boolean {
  if (!analysis.wholeHas(DUMP_COMMAND_NAME)) return false;
  const shell = analysis.program.language === 'bash' || analysis.program.language === 'powershell';
  const sent = analysis.resolve(effective.args.join(' ').slice(0, 4000));
  // A dump written to a file first (`pg_dump db > d.sql && curl -F f=@d.sql …`) is sent when the request names that file.
  const files = analysis.program.language === 'bash' ? [...analysis.databaseDumps, ...analysis.program.statements.flatMap((other) => (other.start <= call.start ? other.calls.filter((each) => each.end <= call.start && dumpsDatabase(each.name, each.args.join(' '))).flatMap((each) => [...writtenFiles(each), ...each.args.flatMap((arg) => /^>>?(.+)$/.exec(arg)?.[1] ?? [])]) : []))] : [];
  const sendsFile = files.length > 0 && effective.args.some((arg) => files.some((path) => sameFile(arg.replace(/^(?:[\w-]{1,40}=)?[@<]/, ''), path)));
  const dumped = sendsFile || (shell ? chain(call).some((source) => dumpsDatabase(source.name, source.args.join(' '))) : DUMP_IN_CODE.test(sent));
  if (!dumped) return false;
  return [...urlsIn(sent), ...(sent.match(/\bftps?:\/\/[^\s"'`<>|;)]{1,500}/g) ?? [])].some((url) => {
    try {
      const parsed = new URL(url);
      return /^(?:https?|ftps?):$/.test(parsed.protocol) && !PRIVATE_HOST.test(parsed.hostname.toLowerCase()) && !isProjectInstaller(analysis, url);
    } catch {
      return false;
    }
  });
}

/** A command that prints a secret of the CI run: `echo "${{ secrets.X }}"`, `printenv X`, `echo "$X"` or `printenv "$name"` for a variable bound to one. */
/** Whether a path is one a CI configuration uploads as artifacts: listed there, inside a listed folder, or matched by a listed pattern (`coverage-*` listed with a trailing slash or not). */
export function namesUploadedArtifact(analysis: ProgramAnalysis, path: string): boolean {
  const file = path.replace(/^["']|["']$/g, '').replace(/^\.\//, '').replace(/\/$/, '');
  return analysis.context.artifactPaths?.some((artifact) => {
    const pattern = artifact.replace(/\/$/, '');
    if (!pattern.includes('*')) return file === pattern || file.startsWith(`${pattern}/`);
    const glob = new RegExp(`^${pattern.slice(0, 200).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '[^/]*')}(?:/|$)`);
    return glob.test(file);
  }) === true;
}

export function printsCiSecret(analysis: ProgramAnalysis, call: Call): boolean {
  const secrets = analysis.context.secretVariables;
  if (!/^(?:echo|printf|printenv|cat)$/.test(call.name)) return false;
  const bound = (names: string[]) => secrets !== undefined && names.some((name) => secrets.has(name));
  return call.args.some((arg) => /\$\{\{\s*secrets\./.test(arg) || (call.name === 'printenv' ? bound(`${arg} ${analysis.resolve(arg)}`.match(/[A-Za-z_]\w*/g) ?? []) : bound(Array.from(arg.matchAll(/\$\{?([A-Za-z_]\w*)/g), (match) => match[1]!))));
}

/**
 * Whether a folder a package manager publishes (its operand, or the working folder) holds a file the program wrote
 * credentials or the environment into; npm and its kin never pack the `.npmrc` at the package's root, where a publish
 * token belongs (one further down, or one a publisher of another kind is handed, ships with the package).
 */
export function publishesCopiedSecret(analysis: ProgramAnalysis, tool: string, args: string[]): boolean {
  const operand = args.find((arg, index) => !arg.startsWith('-') && !/^--(?:tag|access|registry|otp|workspace|w)$/.test(args[index - 1] ?? ''));
  const folder = operand === undefined ? '' : homeRelative(operand.replace(/^["']|["']$/g, '')).replace(/^\.\/?/, '').replace(/\/+$/, '');
  const roots = new Set([folder, ...(folder === '' && analysis.folder ? [analysis.folder.replace(/^\.\//, '')] : [])]);
  return [...analysis.files].some(([path, labels]) => {
    if (!(labels.has('secret') || labels.has('environment'))) return false;
    const relative = homeRelative(path.replace(/^["']|["']$/g, '')).replace(/^\.\//, '');
    if (/^(?:npm|pnpm|yarn|bun)$/.test(tool) && /(?:^|\/)\.npmrc$/.test(relative) && roots.has(relative.replace(/\/?\.npmrc$/, ''))) return false;
    return folder === '' ? !/^(?:\/|~|\$|[A-Za-z]:)/.test(relative) : relative.startsWith(`${folder}/`);
  });
}

/** Whether any call of the program talks to the network. */
export function sendsAnything(analysis: ProgramAnalysis): boolean {
  analysis.sends ??= analysis.program.statements.some((statement) => statement.calls.some((call) => analysis.isNetwork(call)));
  return analysis.sends;
}

/**
 * Whether the program creates the account `name` with a password of its own (`net user NAME PASS /add`, `NAME:PASS | chpasswd`,
 * `useradd -p HASH … NAME`, `New-LocalUser -Name NAME -Password (ConvertTo-SecureString "…")`); a prompt (`net user NAME * /add`) is not one.
 */
export function createdWithKnownPassword(analysis: ProgramAnalysis, name: string): boolean {
  const account = unquoted(name);
  if (!/^[A-Za-z_][\w.-]{0,31}$/.test(account) || ADMIN_GROUP_WORD.test(account)) return false;
  const named = account.replace(/[.]/g, '\\.');
  return new RegExp(String.raw`\bnet(?:\.exe)?\s+user\s+["']?${named}["']?\s+["']?(?![*\/])[^\s"']{1,100}["']?\s+\/add\b|(?:^|[\s"'])${named}:[^\s"':]{1,100}["']?\s{0,4}\|\s{0,4}(?:sudo\s+)?chpasswd\b|\buseradd\b[^\n]{0,200}\s-p\s[^\n]{0,200}\b${named}\b|\bNew-LocalUser\b[^\n]{0,200}\b${named}\b[^\n]{0,200}ConvertTo-SecureString\s+["']`, 'i').test(analysis.whole);
}

/** Whether the program hands its log records to a handler or transport that sends them to a server. */
export function shipsLogRecords(analysis: ProgramAnalysis): boolean {
  return analysis.wholeHas(NETWORK_LOG_HANDLER);
}

/**
 * Whether a statement puts the whole environment or a secret into a log record: inside a formatter or filter
 * (`def format(self, record)`), or as the fields of a log call (`log.info("ready", extra=dict(os.environ))`).
 */
export function putsEnvironmentInLogRecord(analysis: ProgramAnalysis, statement: Statement): boolean {
  const inRecordHook = LOG_RECORD_HOOK.test(statement.inFunction?.name ?? '');
  if (!inRecordHook && !LOG_CALL.test(statement.text)) return false;
  const labels = new Set([...analysis.intrinsicLabels(statement.text).labels, ...statement.uses.filter((used) => !statement.defines.includes(used)).flatMap((used) => [...analysis.labelsOfName(used)])]);
  return labels.has('environment') || labels.has('secret');
}

/**
 * Whether a request's headers pass on, under the Cookie or Authorization header, the login the request being served came
 * with (`{ headers: { cookie } }` of `cookie = request.headers.get("Cookie")`): the caller's own login, used as a login.
 */
export function passesIncomingLoginOn(analysis: ProgramAnalysis, arg: string): boolean {
  const passed = /[{,]\s{0,4}["']?(cookie|authorization)["']?\s{0,4}(?::\s{0,4}([A-Za-z_$][\w$]{0,60})\s{0,4}(?=[,}])|(?=\s{0,4}[,}]))/i.exec(arg);
  return passed !== null && INCOMING_CREDENTIAL.test(analysis.definitions.get(passed[2] ?? passed[1]!) ?? '');
}

/** The account running the code, however it is named: `$USER`, `$(whoami)`, `$env:USERNAME`, `getpass.getuser()`. */
/** The name of an administrators group, or the word that says which group (`localgroup`). */
export const ADMIN_GROUP_WORD = /^(?:sudo|wheel|root|admin|administrators|localgroup|group|user)$/i;

/** A file opened or parsed from disk (`open(p)`, `json.load(f)`, `XDocument.Load(p)`, `readFileSync(p)`). */
export const READS_SETTINGS_FILE = /\b(?:open|read_text|read_bytes|readFileSync|readFile|ReadAllText|ReadAllBytes|OpenRead|safe_load|load|Load|fromFile|parseFile)\s{0,4}\(/;

/** A value read from a settings table by the name of its entry (`$conf['X_KEY']`, `cfg["X_KEY"]`, `cfg.get("X_KEY")`), at the start of an assignment's value. */
export const SETTING_ENTRY_READ = /^\s{0,10}\$?([A-Za-z_]\w{0,60})(?:\[\s{0,4}|\.get\(\s{0,4})["']([A-Za-z][A-Za-z0-9_]{2,100})["']\s{0,4}[\])]/;

/** An address of a cloud's instance-metadata service, on the link-local network of the machine itself. */
/** Addresses of a metadata service that answer with the instance's credentials or tokens. */
/** Options of curl and wget naming the certificate authority, client certificate or client key of a TLS connection. */
export const TLS_FILE_OPTION = /^--(?:cacert|capath|cert|key|crlfile|proxy-cacert|ca-certificate|ca-directory|certificate|private-key)$/;
