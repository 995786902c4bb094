// Readings of exfiltration: credentials and the environment, where they are sent and whether only to log in.
import type { Call } from '../program.ts';
import { AUTH_CONTEXT, NAMED_ENVIRONMENT, SECRET_NAME } from '../vocabulary.ts';
import { homeRelative, ISSUING_SERVICES, PATTERN_LITERAL, unquoted, windowsDownload } from './common.ts';
import { SCHEMELESS_HOST, SELF_HOSTED } from './hosts.ts';

/** Text with each format operator on literals replaced by the string it makes, so a name assembled that way reads as the name. */
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
    if (operands.length >= 2) targets.push(/^(?:zip|7z)$/.test(call.name) ? operands[0]! : operands.at(-1)!);
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
    if ((/^(?:-o|--output|-O|--output-document|-OutFile|-Destination)$/i.test(args[i]!) || /^-[a-zA-Z]+[oO]$/.test(args[i]!)) && !args[i + 1]!.startsWith('-') && !OUTPUT_FORMAT.test(args[i + 1]!)) return args[i + 1]!;
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
/** Where a credential is read from, by name: an environment variable of a secret's name (`VAULT_TOKEN`) or a dot file of a secret's name in the home folder (`.vault-token`, `.docker/config.json`). */
export const CREDENTIAL_SOURCE_NAME = /\b([A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){0,4}_(?:TOKEN|KEY|SECRET|PASSWORD|PASS|AUTH|CREDENTIALS?))\b|["'/](\.[a-z][\w-]{0,40}(?:[-_](?:token|key|secret|credentials?)|\/config\.json|\/credentials))\b/g;

/** The seam between two quoted path pieces of chained join calls: `".docker").join("` in `home.join(".docker").join("config.json")`, `".kube").resolve("` in Java's `Path.resolve`. */
export const CHAINED_PATH_PIECES = /["']\s{0,10}\)\s{0,10}\.\s{0,10}(?:join|joinpath|resolve)\s{0,10}\(\s{0,10}["']/g;

/** A value that is the home folder: `os.path.expanduser("~")`, `Path.home()`, `os.homedir()`, `$HOME`. */
/** The home folder as a script spells it (`Path.home()`, `os.homedir()`, `process.env.HOME` …), with a `str(…)` around it. */
export const HOME_EXPRESSION_ANYWHERE = /(?:\bstr\()?(?:\bos\.path\.expanduser\(\s*["']~\/?["']\s*\)|\b(?:pathlib\.)?Path\.home\(\)|\bos\.homedir\(\)|\bos\.environ\[\s*["'](?:HOME|USERPROFILE)["']\s*\]|\bos\.(?:environ\.get|getenv)\(\s*["'](?:HOME|USERPROFILE)["']\s*\)|\bprocess\.env(?:\.(?:HOME|USERPROFILE)\b|\[\s*["'](?:HOME|USERPROFILE)["']\s*\]))\)?/g;
/** A path passed through a conversion that leaves it as it is: `str(x)`, `String(x)`, `path.resolve(x)`, `${x}` in a template. */
export const PATH_CONVERSION = /\$\{\s{0,20}(?:path\.(?:resolve|normalize)\()?([^{}()]{1,200})\)?\s{0,20}\}|\b(?:str|String|os\.path\.(?:abspath|realpath|normpath)|path\.(?:resolve|normalize))\(([^()]{1,200})\)/g;
export const HOME_VALUE = /^(?:(?:str\()?(?:os\.path\.expanduser\(\s*["']~\/?["']\s*\)|(?:pathlib\.)?Path\.home\(\)|os\.homedir\(\)|os\.environ\[\s*["']HOME["']\s*\]|os\.(?:environ\.get|getenv)\(\s*["'](?:HOME|USERPROFILE)["']\s*\)|process\.env\.(?:HOME|USERPROFILE)|["']?~\/?["']?)\)?|\$HOME|\$\{HOME\})$/;

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
