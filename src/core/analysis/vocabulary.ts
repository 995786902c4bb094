// What the detectors recognise: sources of secrets, network and execution sinks, decoders, places
// that persist. Each pattern names a behaviour (a credential file, a decoder, a shell reading its
// program from a pipe), never one sample's strings. Every pattern is linear: alternations of literals,
// bounded gaps, no nested quantifiers.

/** Environment variables whose value is a credential, by name. */
export const SECRET_NAME = /TOKEN|SECRET|PASSW|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|SESSION_?(?:TOKEN|KEY|SECRET|COOKIE)|COOKIE|AUTH_?(?:TOKEN|KEY|HEADER)|(?:DEPLOY|SSH|GPG)_?KEY|(?:^|_)PAT(?:_|$)|SIGNING|DSN|CONN(?:ECTION)?_?STR/i;

/** Files and stores that hold credentials or private history. */
export const CREDENTIAL_STORE =
  /\.ssh(?:\/(?!(?:config|known_hosts|authorized_keys|[\w.-]{0,60}\.pub)\b)[\w.*-]+|\/?(?=[\s"'`)}]|$))|\bid_(?:rsa|dsa|ecdsa|ed25519)\b(?!\.pub)|(?<![\w.])id_\*(?![\w.*])|\/etc\/ssh\/ssh_host_\w{1,20}_key\b(?!\.pub)|\.aws\/(?:credentials|config)\b|\.config\/gh\b|\bgh\/hosts\.yml|\.netrc\b|\.npmrc\b|\.pypirc\b|\.docker\/config\.json|(?:~|\bHOME\}?)\/\.docker\/?(?=[\s"'`)}]|$)|\.kube\/config\b|\bkubeconfig\b|\.git-credentials\b|\.gnupg\b|\.vault-token\b|\.(?:azure|aws|kube)(?:\/|(?=[\s"'`)}]|$))|\bwp-config\.php\b|\.htpasswd\b|\bconfig\/master\.key\b|application_default_credentials|gcloud\/credentials|(?:^|[\/\s"'`(=,@])\.env(?:\.(?:local|production|prod|staging|stage|live))?(?![\w.\/-])|\bconfig\/secrets\.ya?ml\b|\bappsettings\.(?:Production|Staging|Prod|Live)\.json\b|Login Data|[\/\\]Cookies\b|["'`]Cookies["'`](?![ \t]{0,10}[:\]])|Local State|\.mozilla\/firefox|Google\/Chrome|Chrome\/User Data|BraveSoftware|\.(?:bash|zsh|sh|python|psql|mysql|node_repl)_history\b|ConsoleHost_history|fish_history|\/etc\/shadow\b|\bwallet\.dat\b|\.ethereum\/keystore|\.electrum\b|\.password-store|\bKeychains?\b|find-(?:generic|internet)-password|dump-keychain|\.claude\/(?:projects|history|\.credentials)|\.codex\/(?:sessions|auth)|\.config\/(?:Code|Cursor)\/User\/globalStorage|\.git\/config\b|\.cargo\/credentials|\.appstoreconnect\/private_keys\b|\.gem\/credentials|\.m2\/settings\.xml|\.gradle\/gradle\.properties|\.composer\/auth\.json|\bnuget\.config\b|\.yarnrc\.yml\b|\.config\/hub\b|credentials\.tfrc\.json|\.config\/gcloud\b|\.oci\/config|\.s3cfg\b|\.boto\b|\.pgpass\b|\.my\.cnf\b|\bkrb5cc_|\.keytab\b|\.tfstate\b|\b(?:terraform|tofu)\s+state\s+pull\b|HistorySavePath|\bkeyring\.get_(?:password|credential)\b|\bkubectl\s+get\s+secrets?\b|["']kubectl["']\s*,\s*["']get["']\s*,\s*["']secrets?["']|\bsecretsmanager\s+get-secret-value|\bssm\s+get-parameters?\b.{0,80}--with-decryption|\bsecrets\s+versions\s+access|\bvault\s+(?:kv\s+)?(?:read|get)\b|\bop\s+(?:read|item\s+get|inject)\b|\bgh\s+auth\s+token\b|\bnpm\s+config\s+get\s+\S{0,200}_?auth(?:Token)?\b|\byarn\s+config\s+get\s+npmAuthToken\b|\.composer\/auth\.json\b|[\/"'`]auth\.json\b|\bdocker-credential-[\w-]+\s+(?:get|list)|\bgit\s+credential(?:-store|-cache|-osxkeychain|-libsecret|-manager(?:-core)?)?\s+(?:fill|get)\b|["']credential(?:-store|-cache)?["']\s*,\s*["'](?:fill|get)["']|\bpass\s+show\b|\bexport-secret-(?:sub)?keys?\b|\bkeyvault\s+secret\s+show|(?:\/var)?\/run\/secrets\b|\/proc\/(?:\d+|self|\$\$?\w*|\*|\[0-9\]\*)\/environ|\bwlan\s+show\s+profile.{0,60}key=clear|\bsecret-tool\s+lookup|\bkeyring\s+get\b|Get-StoredCredential|\bcmdkey\s+\/list|ProtectedData\]?::Unprotect|\b(?:read|list)_namespaced_secret\b|\blist_secret_for_all_namespaces\b|\b(?:read|list)NamespacedSecret\b|\blistSecretForAllNamespaces\b|\.Secrets\([^()\n]{0,80}\)\.(?:Get|List)\(|\bkwallet-query\b.{0,120}?(?:\s|["'],\s{0,4}["'])(?:-r|--read-password)\b|\bkwalletcli\b|\bkwalletd\d?\b.{0,200}?\breadPassword\b|Local Storage\/leveldb\b|\.kaggle\/kaggle\.json\b|\/\.(?:config|cache)\/[\w.-]{1,40}\/[\w-]{0,30}?(?:token|api[_-]?key|cred(?:ential)?s|secrets?)(?:\.(?:json|toml|ya?ml|txt|ini))?(?![\w.-])/i;

/**
 * Places that hand out credentials on request: a cloud's instance-metadata credential and token addresses,
 * password-manager and secret-store command lines, git's credential helper (spelled as a command or an argv list).
 */
export const CREDENTIAL_SERVICE =
  /\b169\.254\.169\.254\/(?:latest\/meta-data\/(?:iam\/security-credentials|identity-credentials)|metadata\/identity\/oauth2\/token|computeMetadata\/v1\/instance\/service-accounts|opc\/v\d\/identity)|\bmetadata(?:\.google\.internal)?\/computeMetadata\/v1\/instance\/service-accounts|\b169\.254\.170\.2\/|\bAWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI\b|\/metadata\/identity\/oauth2\/token\b|(?<![\w.-])["']?(?:op|bw|rbw|lpass|gopass|pass|keepassxc-cli)["']?(?:[ \t]{1,10}|[ \t]{0,10},[ \t]{0,10}["'])(?:read|get|show|item|inject|export|list)\b|\bcredential["']?(?:[ \t]{1,10}|[ \t]{0,10},[ \t]{0,10}["'])fill\b|\bGet-StoredCredential\b|\bGet-Secret\b(?![\w-])|\bvault[ \t]{1,10}(?:kv[ \t]{1,10}get|read)\b/i;

export const CLIPBOARD = /\bcopyq\s+(?:read|eval|clipboard|-e)\b|\bcliphist\s+(?:list|decode)\b|\bgpaste-client\s+(?:history|get)\b|\bgreenclip\s+print\b|\bclipman\s+pick\b|\bGetHistoryItemsAsync\b|\bpbpaste\b|\bxclip\b.{0,40}-o|\bxsel\b.{0,40}(?:-o|--output)\b|\bwl-paste\b|\bGet-Clipboard\b|\bpyperclip\.paste\b|\bclipboard\.(?:paste|readText|read)(?:Sync)?\b|\bclipboardy\b|\bgetSystemClipboard\(\)|\bClipboard\.(?:GetText|GetDataObject|GetData)\b|\bgetreg\(\s*["'][+*]["']|\bNSPasteboard\b|\bUIPasteboard\b|\bClipboard::new\(\)/i;

/** The whole environment at once (not one named variable). */
export const WHOLE_ENVIRONMENT =
  /\bos\.environ\b(?!\s*(?:\[|\.get\b|\.setdefault\b|\.pop\b|\.update\b))|\bprocess\.env\b(?!\s*(?:\.\s*[A-Za-z_$]|\[|\?\.))|\bGet-ChildItem\s+env:|\b(?:gci|ls|dir)\s+env:|\bGetEnvironmentVariables\b|\bDeno\.env\.toObject\b|\bos\.environ\.(?:items|copy|keys|values)\b|\bENV\.(?:to_h|to_hash|to_a|each|each_pair|map|select|filter_map|inspect)\b|%ENV\b|\bos\.Environ\(\)|\benv::vars(?:_os)?\(\)|\bSystem\.getenv\(\s*\)|\bgetenv\(\s*\)|\$_ENV\b(?!\s*\[)|\bprocessInfo\.environment\b(?!\s*\[)|\bpopen\(\s*["'](?:env|printenv|set)["']|\bsys\.env\b(?!\s*(?:\(|\.get\b|\.getOrElse\b|\.contains\b))/i;

/** Named environment variables read in code, capturing the name. */
export const NAMED_ENVIRONMENT = /\bos\.(?:environ(?:\.get)?|getenv)\s*[[(]\s*["']([\w.-]{1,100})["']|\bprocess\.env\s*(?:\.\s*|\[\s*["'])([A-Za-z_][\w]{0,100})|\$env:([A-Za-z_][\w]{0,100})|GetEnvironmentVariable\s*\(\s*["']([\w.-]{1,100})["']|\bDeno\.env\.get\(\s*["']([\w.-]{1,100})["']|\bENV\[\s*["']([\w.-]{1,100})["']|\$ENV\{\s*["']?([\w.-]{1,100})|\bENV\.fetch\(\s*["']([\w.-]{1,100})["']|\$_ENV\[\s*["']([\w.-]{1,100})["']|\b(?:os\.Getenv|os\.LookupEnv|getenv|System\.getenv|env::var(?:_os)?)\(\s*["']([\w.-]{1,100})["']|\bprocessInfo\.environment\s*\[\s*["']([\w.-]{1,100})["']/gi;

/** Text near a credential that shows it is used to authenticate to the request's own service (an HTTP client's `'auth' => [user, password]` option, not a body field named auth). */
export const AUTH_CONTEXT = /authorization|bearer\b|\b(?:bearer|basic)_auth\b|\bsetBasicAuth\b|["']auth["']\s*=>\s*(?:\[|array\()|\bNetworkCredential\b|\bPasswordAuthentication\b|\bUsernamePasswordCredentials\b|\bURLCredential\b|\bCURLOPT_(?:USERPWD|HTTPAUTH|XOAUTH2_BEARER)\b|\bsmtp\.PlainAuth\b|\bcreateTransport\s{0,4}\([^;]{0,400}?\bauth\s{0,4}:\s{0,4}\{|\bauth_?type\s*(?::|=>?)\s*:?["']?(?:login|plain|cram_md5|xoauth2)\b|\bauthentication\s*(?::|=>?)\s*:?["']?(?:login|plain|cram_md5|xoauth2)\b|\bStaticTokenSource\b|\bkeyFilename\s{0,4}:|->credentials\s*\(|\bCredentials\.basic\(|x-api-key|api[-_]?key["':=]|private-token|x-auth|(?:^|[(,])\s*auth\s*=(?!=)|\b[A-Za-z_]\w{0,40}\.auth\s{0,4}=(?!=)|basic\s+auth|--user\b|^-u$|\bcredentials\s*:\s*["']?include|\bPRIVATE-TOKEN\b|\bx-goog-api-key|\bapikey=|\bclient_secret\b|\bgrant_type\b|\bparams\s*[=:]\s*\{[^}]{0,200}["'](?:key|api_?key|apikey|token|access_token|appid|app_id)["']|[?&](?:key|api_?key|apikey|access_token|token|appid|api_?secret)=|["'](?:[a-z0-9]{1,40}-){1,4}(?:token|key|secret|auth)["']\s*:|(?:^|["'\s])(?:[a-z0-9]{1,40}-){1,4}token\s{0,3}:/i;

/** Shell commands that talk to the network. */
export const SHELL_NETWORK = new Set(['curl', 'wget', 'nc', 'ncat', 'netcat', 'socat', 'telnet', 'ssh', 'scp', 'sftp', 'rsync', 'ftp', 'tftp', 'mail', 'mailx', 'sendmail', 'mutt', 'dig', 'nslookup', 'host', 'drill', 'http', 'https', 'xh', 'aria2c', 'ping', 'gh', 'aws', 'gsutil', 'az', 'azcopy', 's3cmd', 'rclone', 'websocat', 'wscat', 'lftp', 'git', 'openssl', 'smbclient', 'invoke-webrequest', 'iwr', 'invoke-restmethod', 'irm', 'send-mailmessage', 'resolve-dnsname', 'start-bitstransfer', 'test-netconnection', 'test-connection']);

/** HTTP, socket and message-broker clients of languages read line by line (Ruby, Perl, PHP, Go, Java, C#, Rust, Swift, Lua, Julia): a line using one sends data. */
export const OTHER_LANGUAGE_NETWORK =
  /\bNet::HTTP\b|\bHTTParty\.\w+|\bFaraday\.\w+|\bRestClient\.\w+|\bURI\.open\b|\bLWP::UserAgent\b|\bHTTP::Tiny\b|\bMojo::UserAgent\b|->(?:post|put|request|post_form)\s*\(|\bcurl_exec\b|\bfile_get_contents\(\s*["']https?:|\bwp_remote_(?:post|get|request)\b|\bhttp\.(?:Post|PostForm|NewRequest|Get|DefaultClient|Client)\b|\.Object\([^\n]{0,300}?\)\.NewWriter\(|\bs3\.PutObjectInput\b|\bFuel\.(?:post|put|patch|get|upload|request)\b|\bkhttp\.\w+|\breqwest::|\bureq::|\bHttpClient\b|\bWebClient\b|\bUnityWebRequest\.(?:Get|Post|PostWwwForm|Put|Delete|Head)\b|\bOkHttpClient\b|\bURLSession\b|\bHttpURLConnection\b|\bTCPSocket\.(?:new|open)\b|\bUDPSocket\b|\bIO::Socket::INET\b|\bnet\.Dial(?:TCP|UDP|IP|Timeout)?\b|\bnet\.ListenPacket\b|\bicmp\.ListenPacket\b|\bTcpStream::connect\b|\bUdpSocket::bind\b|\bnew\s+(?:Socket|DatagramSocket|MulticastSocket)\(|\bURI(?:\.parse)?\(\s*[^()\n]{0,200}\)\s*\.(?:open|read)\b|(?<![\w.$])open\(\s*["']https?:\/\/|\bfopen\(\s*["']https?:\/\/|\bnew\s+Ping\(\s*\)|\bSocket\.(?:new|tcp)\b|\bsocket\.(?:http|tcp|udp)\b|\bfsockopen\b|\bstream_socket_client\b|\bsocket_connect\b|\bresty\.New\b|[:.]request_uri\s*\(|\bngx\.location\.capture(?:_multi)?\s*\(|\bDownloads\.request\s*\(|\bHTTP\.(?:post|put|patch|request)\s*\(|\brequests\.(?:post|put|patch|get|delete|send)\s*\(|\bHttp\(\s*[^()\n]{1,300}\)\s*\.\s*(?:postData|postForm|postMulti|put|header|headers|param|params|asString|asBytes)\b|\bbasicRequest\b|\bsmtp\.(?:SendMail|Dial|NewClient)\b|\b(?:Async)?SmtpTransport\b|\bNet::SMTP\b|\bNet::(?:FTP|SFTP|SCP|SSH)\b|\bnew\s+FTPClient\(|\bftp_(?:connect|ssl_connect)\s*\(|\bFtpWebRequest\b|\bftp\.Dial\b|->datasend\s*\(|\bSmtpClient\b|\bnats\.Connect\b|\bamqp(?:091)?\.Dial\b|\bsarama\.NewSyncProducer\b|\bkafka\.NewWriter\b|\bmqtt\.NewClient\b|\bnew\s+(?:TcpClient|UdpClient|RestClient)\(|\bTransport\.send\(|\.openStream\(\)|\bURL\(\s*[A-Za-z_]\w{0,60}\s*\)\s*\.read(?:Text|Bytes)\(|\.openConnection\(|\bURL\(\s*["']https?:\/\/[^\n]{0,300}\.read(?:Text|Bytes)\(|\bURL\(\s*["']https?:\/\/[^"'\n]{0,300}["']\s*\)\s*\.\s*(?:text|bytes|getText\(|getBytes\(|newReader\(|withReader|withInputStream|eachLine)\b|\bURL\((?!\s*["']file:)(?:[^()\n]|\([^()\n]{0,200}\)){1,300}\)\s*\.\s*(?:(?:text|bytes|withReader|withInputStream|eachLine)\b|(?:getText|getBytes|newReader)\()|["']https?:\/\/[^"'\n]{0,300}["']\s*\.\s*toURL\(\s*\)\s*\.\s*(?:text|getText\(|bytes)\b|(?<![\w.])Socket\(\s*["']|\bhttps?\.request\s*[({]|\bsmtp\.send\s*[({]|\bsocket\.connect\(|\bAF\.(?:request|upload|download|streamRequest)\(|\bAlamofire\.|\bNWConnection\(|\b(?:String|Data|NSString|NSData)\(\s*contentsOf:\s*URL\(\s*string:\s*["']https?:|(?<![\w$>])mail\s*\(\s*["'$]/;

/** Shell commands that resolve names (data in a looked-up name leaves through DNS); `getent` and `resolvectl` only with their lookup verbs. */
export const DNS_COMMANDS = new Set(['dig', 'nslookup', 'host', 'drill', 'resolve-dnsname', 'getent', 'resolvectl']);

/** Calls in Python, JavaScript and PowerShell that send data over the network (product-analytics events and error reports carry what they are given). */
export const CODE_NETWORK =
  /^paho\.mqtt\.publish\.(?:single|multiple)$|^scapy\.(?:all\.|sendrecv\.)?(?:send|sendp|sr|sr1|srp|srp1|srloop)$|^(?:requests|httpx|urllib\d?|urllib\.request|aiohttp|http\.client|smtplib|ftplib|telnetlib|paramiko|pycurl|websocket|websockets|axios|got|needle|superagent|ky|undici|nodemailer|https?|net|tls|dgram|dns|dns\.promises|dns\.resolver|socket|\$|jQuery)\.|^(?:fetch|axios|got|needle|urlopen|Request|XMLHttpRequest|WebSocket|EventSource|sendBeacon|navigator\.sendBeacon|\$\.ajax|\$\.post)$|\.(?:sendall|sendto|send_message|sendmail|sendMail|urlopen|urlretrieve|storbinary|storlines|upload_file|upload_fileobj|put_object|UploadString|UploadFile|UploadData|UploadValues|DownloadString|DownloadFile|DownloadData|PostAsync|PutAsync|SendAsync|GetStringAsync|GetAsync|sendBeacon|gethostbyname|getaddrinfo|gethostbyname_ex|resolve4|resolve6|resolveTxt|resolveMx|resolveAny|resolveCname|createComment|createIssueComment|create_comment|create_issue_comment|createReview|createReviewComment|createCommitComment|createIssue|createRelease|createDiscussion|create_review|create_review_comment|create_issue|create_git_release)$|^(?:posthog|mixpanel|amplitude|analytics)\.(?:capture|track|identify|alias|group_identify|people_set)$|^(?:window\.)?(?:gtag|dataLayer\.push)$|^(?:sentry_sdk|Sentry|rollbar|Rollbar|bugsnag|Bugsnag|honeybadger|Honeybadger)\.(?:capture_message|capture_exception|capture_event|set_context|set_tag|set_extra|set_user|add_breadcrumb|captureMessage|captureException|captureEvent|setContext|setTag|setExtra|setUser|addBreadcrumb|report|notify|error|warning|info)$/;

/** Constructors whose result is a network client: calls on it are network calls. */
export const NETWORK_CLIENT = /\b(?:requests\.Session|httpx\.(?:Client|AsyncClient)|socket\.socket|socket\.create_connection|websocket\.create_connection|websockets\.(?:sync\.client\.)?connect|new\s+PostHog|new\s+Analytics|Mixpanel\.init|smtplib\.SMTP(?:_SSL)?|http\.client\.HTTPS?Connection|ftplib\.FTP|aiohttp\.ClientSession|paramiko\.SSHClient|net\.(?:connect|createConnection|Socket)|tls\.connect|new\s+WebSocket|WebSocket\(|XMLHttpRequest|createTransport|axios\.create|Net\.WebClient|Net\.Sockets\.TCPClient|TcpClient|Net\.Http\.HttpClient|NetworkInformation\.Ping|HttpClient|create_?[cC]lient\(\s{0,5}[\"'`]https?:\/\/|dgram\.createSocket|dns\.resolver\.Resolver(?=\()|pubsub_v1\.PublisherClient(?=\()|new\s+PubSub(?=\()|Deno\.connect|mqtt\.(?:Client|connect|connectAsync)(?=\()|nats\.connect(?=\()|KafkaProducer(?=\()|new\s+Kafka(?=\()|grpc\.(?:aio\.)?(?:insecure|secure)_channel(?=\()|pika\.(?:BlockingConnection|SelectConnection)(?=\()|aio_pika\.connect(?:_robust)?(?=\()|ServiceBusClient(?:\.from_connection_string)?(?=\()|(?:SysLogHandler|HTTPHandler|SocketHandler|DatagramHandler|SMTPHandler)(?=\()|sentry_sdk\.(?:push_scope|configure_scope|new_scope|isolation_scope|get_current_scope|get_isolation_scope)(?=\())\b/;

/**
 * Commands that install a package file they are handed (its install hooks run, or an application loads it), each with the
 * subcommand or option after which the file is named: `code --install-extension x.vsix`, `pip install x.whl`, `dpkg -i x.deb`.
 */
export const PACKAGE_FILE_INSTALLERS: ReadonlyArray<readonly [command: RegExp, installs: RegExp]> = [
  [/^(?:code|code-insiders|codium|cursor|windsurf)$/, /^--install-extension$/],
  [/^(?:pip\d?(?:\.\d{1,2})?|pipx|uv)$/, /^install$/],
  [/^(?:npm|pnpm|yarn|bun)$/, /^(?:install|i|add)$/],
  [/^gem$/, /^install$/],
  [/^dpkg$/, /^(?:-i|--install)$/],
  [/^rpm$/, /^-[iU]\w{0,6}$/],
  [/^(?:apt|apt-get|dnf|yum|zypper)$/, /^install$/],
  [/^installer$/, /^-pkg$/],
  [/^msiexec$/, /^\/i$/i],
];

/** Downloaders: their output is code from elsewhere. */
export const SHELL_FETCH = new Set(['curl', 'wget', 'fetch', 'aria2c', 'http', 'https', 'xh', 'iwr', 'invoke-webrequest', 'irm', 'invoke-restmethod', 'start-bitstransfer']);

/** Programs that run the code they read from standard input when given no script. */
export const STDIN_INTERPRETERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'ash', 'busybox', 'python', 'python2', 'python3', 'perl', 'ruby', 'node', 'php', 'pwsh', 'powershell', 'iex', 'invoke-expression', 'source', '.', 'lua', 'tclsh']);

/** Calls that run a string, bytes or a native library as code, per language. */
export const CODE_EXEC = /^(?:exec|eval|(?:ctypes\.)?(?:CDLL|PyDLL|WinDLL|OleDLL)|(?:ctypes\.)?(?:cdll|windll|oledll)\.LoadLibrary|process\.dlopen|compile|execfile|Function|new Function|vm\.runIn(?:This|New)?Context|vm\.Script|runInThisContext|setTimeout|setInterval|os\.system|os\.popen|os\.exec\w*|os\.spawn\w*|subprocess\.\w+|commands\.getoutput|pty\.spawn|runpy\.run_\w+|marshal\.loads|pickle\.loads|child_process\.\w+|cp\.\w+|execSync|execFileSync|spawnSync|spawn|execa|shell\.exec|Deno\.run|Bun\.spawn|invoke-expression|iex|invoke-command|start-process|add-type|\[scriptblock\]::Create|\[ScriptBlock\]::Create|\.Create|\.InvokeScript|\.Invoke|\.AddScript)$/i;
export const JS_PROCESS_CALL = /(?:^|\.)(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)$/;

/** Decoders and deobfuscators. */
export const DECODER =
  /\b(?:b64decode|b32decode|b16decode|b85decode|a85decode|urlsafe_b64decode|decodebytes|decodestring|fromhex|unhexlify|a2b_base64|a2b_hex|fromCharCode|fromCodePoint|atob|FromBase64String|FromHexString|decompress|inflateSync|inflateRawSync|gunzipSync|brotliDecompressSync|unzipSync|GZipStream|DeflateStream|rot_?13|maketrans)\b|Buffer\.from\([^)]{0,300}["'](?:base64|hex|base64url)["']|\bbase64\s+(?:-\w*[dD]\w*|--decode)\b|\bxxd\s+(?:-\w+\s+){0,3}-r|\bopenssl\s+(?:base64|enc)\b.{0,80}\s-d\b|\bmap\(\s*chr\b|\[::-1\]|\.reverse\(\)\s*\.join|\bchr\(|\[char\]|\[char\[\]\]\s{0,4}(?:@\s{0,4})?\(?\s{0,4}\d|\bcodecs\.decode|\bgunzip\b|\bzcat\b|\buudecode\b|\b(?:tr|y)[\s\/].{0,8}A-Za-z.{0,8}N-ZA-M|\bEncodedCommand\b|\bGetString\(|["'](?:[^"'{]{0,40}\{\d\}){2,20}[^"']{0,40}["']\s*-f\b|\[array\]::Reverse\(|\^\s*[\w.]{1,40}(?:\[[^\]\n]{0,60}\])?\)?\s+for\s+\w{1,40}\s+in\b|\bGet-Command\s+\S*[?*]|\bpack\(\s*["']H\*|\b(?:strict_|urlsafe_)?decode64\b|\bunpack1?\(|\bbase64_decode\b|\bdecode_base64\b|\bgz(?:inflate|uncompress|decode)\b|\bstr_rot13\b|\bhex2bin\b|\bconvert_uudecode\b|\bZlib::Inflate\b|\bDecodeString\(|\bget(?:Mime|Url)?Decoder\(\)|\bparseHex\(|\bhex::decode\(|\bstrrev\(|\bstring\.reverse\(|:reverse\(\)|[\w\"'\])]\.reverse\b(?![(!?\w])|\breverse\s{1,10}["']|\[\]byte\{\s{0,4}\d{1,3}\s{0,4},|\bgzip\.NewReader\b|\bzlib\.NewReader\b|\bstring\.char\(|\.pack\(\s*["'][CcUu]\*|\bunb64\b|\bgeneral_purpose::\w+\.decode\(|\bBASE64_\w+\.decode\(|\bbase64Encoded:|\bDecoder\.decode\(|\bbase(?:64|32|85)\s{0,4}[.:]\s{0,4}decode\w{0,12}\s{0,4}\(|\bbase64-decode-(?:string|region)\b/i;

/** Places whose content runs again later, by itself. */
export const PERSISTENCE_PLACE =
  /\.(?:bashrc|bash_profile|bash_login|bash_logout|profile|zshrc|zprofile|zshenv|zlogin|cshrc|tcshrc|kshrc)\b|\.\$(?:\(basename\s{1,4}["']?\$\{?SHELL\}?["']?\)|\{SHELL##\*\/\})rc\b|config\.fish\b|\/etc\/pam\.d\/|\/etc\/(?:profile|bash\.bashrc|zsh\/zshrc|environment|rc\.local|crontab|cron\.(?:d|daily|hourly|weekly|monthly)|systemd\/system|init\.d|ld\.so\.preload|update-motd\.d)|\/var\/spool\/cron|\.config\/(?:systemd\/user|autostart)|\/systemd\/(?:user|system)\/|Library\/Launch(?:Agents|Daemons)|\.git\/hooks\/|\bhooks\/(?:pre-commit|post-commit|post-checkout|post-merge|pre-push|post-rewrite)\b|authorized_keys\b|sitecustomize\.py|usercustomize\.py|\.pth\b|Start Menu[\\/]Programs[\\/]Startup|[\\/]Startup[\\/]|CurrentVersion[\\/]Run(?:Once|Services)?\b|\.vscode\/tasks\.json|\.ssh\/rc\b|(?:^|[\/\s"'])\.envrc\b|\.(?:vimrc|exrc|gvimrc)\b|\.config\/nvim\/init\.(?:vim|lua)\b|\.tmux\.conf\b|\$PROFILE\b|WindowsPowerShell[\\/][\w.]*profile\.ps1|Microsoft[\\/]{1,2}(?:Word|Excel|PowerPoint|Outlook)[\\/]{1,2}(?:STARTUP|XLSTART)\b|\bXLSTART[\\/]/i;

/** Ways to schedule or register something to start by itself. */
export const PERSISTENCE_COMMAND = /^(?:crontab|at|batch|osascript|npm|schtasks|register-scheduledtask|new-scheduledtask|new-service|sc|launchctl|systemctl|update-rc\.d|chkconfig|reg|new-itemproperty|set-itemproperty)$/;

/**
 * A start-up entry dressed as part of the operating system: a launch agent labelled `com.apple.…`, a task filed in
 * Windows' own `\Microsoft\Windows\` folder, a program named after a system process kept in a user's folder. Nothing a
 * skill installs has a reason to pass for the system; implants do it so that nobody looks twice.
 */
const IMPERSONATES_SYSTEM = String.raw`<key>Label<\/key>\s{0,40}<string>com\.apple\.|-TaskPath\s{1,10}["']?\\{1,2}Microsoft\\{1,2}Windows\\{1,2}|(?:AppData|ApplicationData|ProgramData|\bTemp)\b[^\n]{0,200}?["'\\/](?:svchost|csrss|lsass|winlogon|wininit|ctfmon|smss|dwm|taskhostw|conhost|spoolsv|rundll32|explorer|services)\.exe\b`;

/**
 * A dot-named file inside a folder (`~/.cache/.pstate`, `/usr/local/lib/.hook.cjs`) started in the background with its
 * output thrown away, or preloaded into every interpreter: a program named to stay out of listings, run unseen.
 * A dot file straight under the home folder (`~/.fzf.bash`) is a settings file, and a relative one (`./.pnp.cjs`) the project's.
 */
const HIDDEN_PROGRAM_STARTED = String.raw`(?:~|\$\{?HOME\}?)?\/[^\s"';&|()]{1,200}\/\.\w[\w.-]{0,60}["']?[ \t]{0,4}(?:>{1,2}[ \t]{0,2}\/dev\/null|&(?!&))|(?:--require|--import|--loader|\bnode\s{1,4}-r|NODE_OPTIONS=["']?-r)[=\s]{1,3}["']?(?:~|\$\{?HOME\}?)?\/[^\s"';&|()]{1,200}\/\.\w[\w.-]{0,60}`;

/** Content that, once persisted, makes the persistence an attack. */
export const HOSTILE_PAYLOAD = new RegExp(String.raw`${IMPERSONATES_SYSTEM}|` +
  /https?:\/\/|\/dev\/tcp\/|\b(?:curl|wget|iwr|Invoke-WebRequest|DownloadString|xmrig|stratum)\b|\bbase64\s+-d|\bLD_PRELOAD\b|\balias\s+(?:sudo|ssh|git|ls|cd|su|gpg|docker|kubectl|npm|pip|python3?)=|NODE_TLS_REJECT_UNAUTHORIZED|\/tmp\/\.|\/dev\/shm\/|\bssh-(?:rsa|ed25519|dss)\s+AAAA|\becdsa-sha2-nistp\d+\s+AAAA|\bFromBase64String\b|\b(?:nc|ncat|netcat)\b[^\n;&|]{0,80}\s(?:-e|-c|--exec|--sh-exec)\s+["']?[^\s"']{0,60}?\b(?:(?:ba|z|da|k)?sh|cmd|powershell|pwsh)\b|\bsocat\b[^\n;&|]{0,200}\bexec:|\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,200}?\s-(?:e|ec|en|enc|enco|encodedcommand)\s+["']?[A-Za-z0-9+\/]{16,}|\b(?:nohup|setsid)\s+["']?(?:~|\$\{?HOME\}?|\/)[^\s"';&|]{0,200}\/\.[\w.-]{1,60}(?=["'\s;&|)]|$)/.source + `|${HIDDEN_PROGRAM_STARTED}`, 'i');

/**
 * Miners, mining pools and wallets; also a pool's login message, a JSON-RPC `login` whose parameters carry a worker
 * password (`pass`), as the Monero pool protocol has it, whatever the program calls itself.
 */
export const MINING =
  /\bstratum\d?\+(?:tcp|ssl|tls|ws|wss)\b|["']mining\.(?:subscribe|authorize|submit|notify)["']|\bmethod["']?\s{0,4}[:=,]\s{0,4}["']login["'][^\n]{0,300}[{,]\s{0,4}["']?pass["']?\s{0,4}[:=,]|\b(?:xmrig|xmr-stak|cpuminer|minerd|ccminer|ethminer|nbminer|t-rex|lolminer|phoenixminer|gminer|cgminer|bfgminer|nanominer|srbminer|srbminer-multi|teamredminer|nheqminer|bzminer|claymore|excavator|coinhive|cryptoloot|webminepool|cryptonight|minexmr|nanopool|supportxmr|2miners|f2pool|hashvault|moneroocean|c3pool|herominers|unmineable)\b|--donate-level\b|\b(?:rx\/0|cn\/r|kawpow|ethash|randomx)\b|\bsetAutoThreadsEnabled\b|\bthreads\s*:\s*navigator\.hardwareConcurrency\b|\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b/i;

/** Services that watch the machine: malware scanners, intrusion detection, mandatory access control, audit and system logs. */
const WATCHING_SERVICES = String.raw`(?:apparmor|auditd|clamav\S*|falcon\S*|osqueryd?|wazuh\S*|crowdstrike\S*|sentinel\S*|fail2ban|crowdsec|falco|rsyslog|syslog-ng|journald-audit\S*)`;
/** Firewall services. */
const FIREWALL_SERVICES = '(?:firewalld|ufw|nftables|iptables|netfilter-persistent)';

/** Either kind, as a configuration-management task names a service. */
const WATCHING_OR_FIREWALL = `(?:${WATCHING_SERVICES}|${FIREWALL_SERVICES})`;

/** A service named by `names` stopped or kept from starting, by systemd (`disable --now`, flags first), SysV `service`, `chkconfig` or `update-rc.d`. */
const stopsService = (names: string): string =>
  String.raw`\bsystemctl\s+(?:stop|disable|mask)\b[^\n;|&]{0,200}\b${names}(?![\w-])|\bservice\s+${names}\s+stop\b|\bchkconfig\s+(?:--level\s+\d+\s+)?${names}\s+off\b|\bupdate-rc\.d\s+(?:-f\s+)?${names}\s+(?:disable|remove)\b`;

/** A service named by `names` started or enabled again. */
const startsService = (names: string): string => String.raw`\bsystemctl\s+(?:start|enable|restart)\b[^\n;|&]{0,200}\b${names}(?![\w-])|\bservice\s+${names}\s+start\b`;

/** A scanner, audit or access control switched back on (`setenforce 1`, `-DisableRealtimeMonitoring $false`, a watching service started). */
const WATCHING_RESTORED = new RegExp(String.raw`\bsetenforce\s+1\b|\bSet-MpPreference\b.{0,120}-Disable\w*\s+(?:\$false|0)\b|\bauditctl\s+-e\s*1\b|\bspctl\s+--master-enable\b|\bcsrutil\s+enable\b|${startsService(WATCHING_SERVICES)}`, 'i');
/** A firewall switched back on (`ufw enable`, profiles enabled, its service started). */
const FIREWALL_RESTORED = new RegExp(String.raw`\bufw\s+(?:--force\s+)?enable\b|\bnetsh\s+(?:adv)?firewall\s+set\s+\w+\s+state\s+on\b|\bSet-NetFirewallProfile\b.{0,60}-Enabled\s+(?:True|\$true)\b|${startsService(FIREWALL_SERVICES)}`, 'i');

/** Address randomisation or the ptrace restriction set back on: to an enforcing value or to one a variable saved before. */
const MITIGATION_RESTORED = /\bkernel\.randomize_va_space\s{0,4}=\s{0,4}["']?(?:[12]\b|\$)|\bptrace_scope\s{0,4}=\s{0,4}["']?(?:[1-3]\b|\$)/i;

/**
 * Turning off a security control, system-wide or for good; `restoredBy` says how a later step switches the control back on,
 * `localTest` that turning it off for one command, or for a script that names no address but this machine's, is a local test.
 */
export const TAMPERING: Array<{ pattern: RegExp; what: string; restoredBy?: RegExp; localTest?: true }> = [
  { pattern: /\bhttp\.sslVerify\s+false\b|\bGIT_SSL_NO_VERIFY=(?:1|true)\b|\bstrict-ssl\s+false\b|\bstrict-ssl=false\b|NODE_TLS_REJECT_UNAUTHORIZED["'\]]*\s*=\s*(?:["']?0|String\(0\)|false)|\btrusted-host\b.{0,100}\bglobal\b|\bglobal\.trusted-host\b|PYTHONHTTPSVERIFY\s*=\s*["']?0|_create_default_https_context\s*=\s*\S{0,20}_create_unverified_context|ServerCertificateValidationCallback\s*=\s*\{\s*\$true|\bCURL_CA_BUNDLE=["']{2}|\binsecure\b.{0,20}>>\s*~\/\.curlrc|\bsslverify\s*=\s*(?:0|false)\b|\bssl_verify_mode\b.{0,30}VERIFY_NONE|\bcheck_hostname\s*=\s*False/i, what: 'turns off TLS certificate checks', localTest: true },
  { pattern: new RegExp(String.raw`\bSet-MpPreference\b.{0,120}-Disable\w*\s+(?:\$true|1)|\bAdd-MpPreference\b.{0,40}-Exclusion|\b(?:sc|sc\.exe)\s+(?:stop|delete|config)\s+WinDefend|\bStop-Service\b.{0,40}WinDefend|\bUninstall-WindowsFeature\b.{0,40}Defender|\bspctl\s+--master-disable|\bcsrutil\s+disable|\bsetenforce\s+0\b|\bSELINUX=(?:disabled|permissive)|\baa-(?:disable|complain)\b|${stopsService(WATCHING_SERVICES)}`, 'i'), what: 'disables malware protection, intrusion detection or mandatory access control', restoredBy: WATCHING_RESTORED },
  { pattern: /\bPermitRootLogin["']?\s*[:=,]?\s*["']?yes\b|\bPermitEmptyPasswords["']?\s*[:=,]?\s*["']?yes\b|\bHost[ \t]+\*[ \t]*\\n[ \t]*StrictHostKeyChecking[ \t=]+no\b|\bglobalAgent\s*=.{0,300}rejectUnauthorized\s*:\s*false|\bsetGlobalDispatcher\(.{0,300}rejectUnauthorized\s*:\s*false|\bSet-ExecutionPolicy\b(?=[^\n]{0,80}\b(?:Unrestricted|Bypass)\b)(?![^\n]{0,80}-Scope\s+Process)/i, what: 'weakens remote login, TLS or script-signing protections for the whole machine' },
  { pattern: new RegExp(String.raw`\bufw\s+(?:--force\s+)?disable\b|\biptables\s+(?:-t\s+\w+\s+)?-F\b|\biptables\s+-P\s+(?:INPUT|FORWARD)\s+ACCEPT|\bip6?tables\s+-[IA]\s+INPUT(?:\s+\d{1,4})?\s+-j\s+ACCEPT\b|\bnft\s+flush\s+ruleset|\bnetsh\s+(?:adv)?firewall\s+set\s+\w+\s+state\s+off|\bSet-NetFirewallProfile\b.{0,60}-Enabled(?:\s{1,4}|\s{0,4}:\s{0,4})\(?\s{0,4}(?:\[[\w.]{1,120}\]::)?(?:False|\$false)\b|${stopsService(FIREWALL_SERVICES)}`, 'i'), what: 'turns the firewall off', restoredBy: FIREWALL_RESTORED },
  { pattern: /\bhistory\s+-c\b|\bunset\s+HISTFILE\b|\bHISTFILE=\/dev\/null|\bHIST(?:FILE)?SIZE=0\b|\bset\s+\+o\s+history\b|\bauditctl\s+(?:-D|-e\s*0)\b|(?:>[ \t]{0,4}|truncate\s+-s\s*0\s+|shred\s+\S*\s*|rm\s+-\w*\s+)["']?\/var\/log\/?(?:\*|(?:auth|secure|syslog|messages|kern|daemon|sudo|faillog|lastlog|[wb]tmp|audit|journal)\b|[\s;&|\"']|$)|\bwevtutil(?:\.exe)?\s+cl\b|\bauditpol(?:\.exe)?\s+\/(?:clear|remove)\b|\bauditpol(?:\.exe)?\s+\/set\b[^\n]{0,200}:disable\b|\bClear-EventLog\b|\bRemove-EventLog\b|HistorySaveStyle\s+SaveNothing|\bjournalctl\s+--vacuum-time=\d+s\b|\bjournalctl\s+--rotate\b.{0,40}--vacuum-time=\d+s/i, what: 'erases or stops audit logs and shell history' },
  { pattern: /\bamsiInitFailed\b|\bAmsiUtils\b|\bAmsiScanBuffer\b/i, what: 'disables the antimalware scan interface' },
  { pattern: /-H\s+tcp:\/\/0\.0\.0\.0:2375\b|"hosts"\s*:\s*\[[^\]]{0,200}tcp:\/\/0\.0\.0\.0:2375|\bDOCKER_OPTS=.{0,100}tcp:\/\/0\.0\.0\.0:2375|"insecure-registries"\s*:\s*\[\s*"0\.0\.0\.0\/0"|\bAllowUnauthenticated\s+"?true|\ballow-insecure=yes/i, what: 'exposes an unauthenticated administration interface' },
  // Address randomisation or the ptrace restriction switched off; set back later (to a saved value or an enforcing one), it was off for a session.
  { pattern: /\bkernel\.randomize_va_space\s*=\s*0|\bptrace_scope\s*=\s*0/i, what: 'removes an exploit mitigation', restoredBy: MITIGATION_RESTORED },
  { pattern: /\baws\s+guardduty\s+(?:delete-detector|disassociate-from-[\w-]{1,60}|update-detector\s[^\n]{0,200}--no-enable)\b|\baws\s+cloudtrail\s+(?:stop-logging|delete-trail)\b|\baws\s+securityhub\s+disable-security-hub\b|\baws\s+configservice\s+(?:stop|delete)-configuration-recorder\b|\baz\s+security\s+pricing\s+create\b[^\n]{0,300}--tier\s+["']?free\b|\baz\s+security\s+auto-provisioning-setting\s+update\b[^\n]{0,300}--auto-provision\s+["']?off\b|\baz\s+monitor\s+diagnostic-settings\s+(?:subscription\s+)?delete\b/i, what: 'switches off a cloud account\'s threat detection or its audit trail' },
  // Pod Security enforcement taken off every namespace, and the webhooks through which policy engines admit workloads deleted (by a policy engine's name, or all a listing finds).
  { pattern: /\bkubectl\s+label\s+(?:ns|namespaces?)\s+(?:--all|-A)\s[^\n]{0,300}\bpod-security\.kubernetes\.io\/enforce(?:-(?![\w.])|=["']?privileged\b)|\bkubectl\s+label\s+(?:ns|namespaces?)\s[^\n]{0,300}\bpod-security\.kubernetes\.io\/enforce(?:-(?![\w.])|=["']?privileged\b)[^\n]{0,300}\s(?:--all|-A)\b|\bkubectl\s+delete\s+["']?(?:validating|mutating)webhookconfigurations?\b[^\n]{0,200}\b(?:gatekeeper|kyverno|opa|polic(?:y|ies)|sigstore|cosign|connaisseur|ratify|kubewarden)\b|\bkubectl\s+get\s+["']?(?:validating|mutating)webhookconfigurations?\b[^\n|]{0,200}\|[^\n]{0,300}\bxargs\b[^\n|]{0,60}\bkubectl\s+delete\b/i, what: 'removes the admission checks that keep unsafe workloads out of a cluster' },
  // direnv told to trust every `.envrc` under the root or the home folder, an editor's workspace trust switched off: code any cloned repository carries then runs unasked.
  { pattern: /\[whitelist\][^[]{0,200}\bprefix\s*=\s*\[[^\]\n]{0,200}\\?["'](?:\/|~\/?|\$HOME\/?)\\?["']|["']security\.workspace\.trust\.enabled["']\s*:\s*false\b/i, what: 'lets the code every repository carries run without the approval the shell or editor would ask for' },
  // Saved into the user's Go or npm settings, these reach every later download, not one build.
  { pattern: /\bgo\s+env\s+-w\s[^\n]{0,200}?\b(?:GOSUMDB=["']?off\b|GONOSUMDB=["']?\*|GONOSUMCHECK=["']?1\b|GOINSECURE=["']?\*|GOFLAGS=["']?[^\s"']{0,200}-insecure\b)|\b(?:npm|pnpm|yarn)\s+config\s+set\s+registry\s+["']?http:\/\/(?!localhost\b|127\.)/i, what: 'turns off the integrity checks of every package or module installed from then on' },
  // PHP's list of disabled functions emptied, or includes of code from an address allowed: the shell functions come back, or a request can make the server run a remote file.
  { pattern: /\bdisable_functions["']?\s{0,4}(?:=>|=|:)\s{0,4}(?:["']\s{0,4}["']|[;\/]|$)|\ballow_url_include["']?\s{0,4}(?:=>|=|:|,)\s{0,4}["']?(?:On|1|true|yes)\b/i, what: 'switches off PHP\'s protections: the disabled shell functions come back, or code included from an address runs' },
  // Signature checks of the system's package manager switched off in its settings (every repository, from then on); one local repository of the user's own packages is not.
  { pattern: /\bgpgcheck\s{0,4}=\s{0,4}(?:0|false|no)\b[^\n]{0,200}?["'\s]\/etc\/(?:dnf\/dnf\.conf|yum\.conf|yum\.repos\.d\/\*)|--setopt=["']?(?:[\w.*-]{1,60}\.)?gpgcheck=(?:0|false|no)\b[^\n]{0,200}--save\b|\bSigLevel\s{0,4}=\s{0,4}["']?Never\b|\brequire-sigs\s{0,4}=\s{0,4}false\b/i, what: 'turns off the signature checks of every package the system installs from then on' },
  // Defender's policy values set in the registry (`reg add … /v DisableAntiSpyware /d 1`, `Set-ItemProperty … -Value 1`): the scanner is off for every later boot.
  { pattern: /\b(?:DisableAntiSpyware|DisableAntiVirus|DisableRealtimeMonitoring|DisableBehaviorMonitoring|DisableOnAccessProtection|DisableIOAVProtection|DisableScanOnRealtimeEnable)\b[^\n]{0,160}?(?:\/d\s{1,4}["']?(?:0x0{0,7})?1\b|-Value\s{1,4}["']?1\b|=dword:0{0,7}1\b)/i, what: 'switches off Windows Defender through its policy settings' },
  // A CI platform's security jobs switched off by their documented variables (`SAST_DISABLED: "true"`): every later change ships unscanned.
  { pattern: /\b(?:SAST|SECRET_DETECTION|DEPENDENCY_SCANNING|CONTAINER_SCANNING|DAST|API_FUZZING|COVFUZZ|IAC_SCANNING|LICENSE_SCANNING|CODE_QUALITY)_DISABLED["']?\s{0,4}[:=]\s{0,4}["']?(?:true|1|yes)\b/i, what: 'switches off the pipeline\'s security scanners' },
  // Yarn told to skip certificate checks (`enableStrictSsl: false` in its settings or through `yarn config set`), for every install from then on.
  { pattern: /\benableStrictSsl["']?\s{0,4}(?::|\s)\s{0,4}["']?false\b/i, what: 'turns off TLS certificate checks for every package install' },
  { pattern: /\bcore\.hooksPath\s+\/dev\/null|\bgit\s+config\s+(?:--global\s+)?alias\.\w+\s+["']?commit\s+--no-verify/i, what: 'disables git hooks for good' },
];

/**
 * The end of a configuration-management task switching SELinux off (`selinux:` … `state: disabled`) or a firewall or
 * watching service stopped or kept off (`name: firewalld` … `state: stopped` / `enabled: false`), read back from its last line.
 */
export const MANAGED_CONTROL_OFF = new RegExp(String.raw`(?:\bselinux\s{0,4}:[ \t]{0,4}\n(?:[ \t]{1,16}[\w.]{1,40}\s{0,4}:[^\n]{0,120}\n){0,4}[ \t]{1,16}state\s{0,4}:\s{0,4}["']?(?:disabled|permissive)|\bname\s{0,4}:\s{0,4}["']?${WATCHING_OR_FIREWALL}["']?[ \t]{0,4}\n(?:[ \t]{1,16}[\w.]{1,40}\s{0,4}:[^\n]{0,120}\n){0,4}[ \t]{1,16}(?:state\s{0,4}:\s{0,4}["']?stopped|enabled\s{0,4}:\s{0,4}["']?(?:false|no)))["']?\s{0,4}$`, 'i');

/** Mining as a configuration or code read line by line shows it: pool URLs and logins, wallets, miner options, miner images (names in a list may be a deny-list). */
export const MINING_CONFIG = /\bstratum\d?\+(?:tcp|ssl|tls|ws|wss)\b|\bmethod["']?\s{0,4}[:=,]\s{0,4}["']login["'][^\n]{0,300}[{,]\s{0,4}["']?pass["']?\s{0,4}[:=,]|--donate-level\b|"donate-level"\s*:|\bimage:\s*["']?[\w./-]*(?:xmrig|xmr-stak|cpuminer|minerd|ethminer|nbminer|lolminer|srbminer|teamredminer)|\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b|"(?:algo|coin)"\s*:\s*"(?:rx\/0|cn\/r|kawpow|ethash|randomx|monero|xmr)"/i;

/** Granting administrator rights to everyone, to outsiders, or out of containers. */
export const PRIVILEGE: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /\bclusterrolebinding\b.{0,400}\bcluster-admin\b.{0,400}\bsystem:(?:unauthenticated|anonymous|serviceaccounts|authenticated)\b|\bsystem:(?:unauthenticated|anonymous)\b.{0,400}\bcluster-admin\b|\bclusterrolebinding\b.{0,400}\bsystem:(?:authenticated|serviceaccounts)\b.{0,400}\bcluster-admin\b/is, what: 'makes every caller of the cluster an administrator' },
  { pattern: /\bclusterrolebinding\b[^\n]{0,300}--clusterrole[= ]cluster-admin\b[^\n]{0,300}--serviceaccount[= ][^\s:]{1,63}:default\b/i, what: 'makes the default service account, which every pod of the namespace runs as, a cluster administrator' },
  { pattern: /--role=?\s*["']?roles\/(?:owner|editor|iam\.serviceAccountTokenCreator|iam\.securityAdmin|resourcemanager\.projectIamAdmin|iam\.serviceAccountKeyAdmin)\b/i, what: 'grants owner-level rights on a cloud project' },
  { pattern: /policy\/AdministratorAccess\b|"Principal"\s*:\s*\{\s*"AWS"\s*:\s*"(?:\*|arn:aws:iam::\d{12}:root)"|"Principal"\s*:\s*"\*"/i, what: 'grants administrator access or lets another account assume a role' },
  { pattern: /--privileged\b.{0,300}(?:-v\s+["']?\/:\/|--pid[= ]host)|\bnsenter\s+(?:--target|-t)\s+1\b|"privileged"\s*:\s*true.{0,400}\bnsenter\b|\bhostPID\s*:\s*true.{0,400}\bnsenter\b/is, what: 'escapes the container into the host as root' },
  { pattern: /\bchmod\s+(?:-\w+\s+)*(?:0?[0-7]?[67][67][67]|a\+w|o\+w|\+w)\s+\S*(?:docker\.sock|\/etc\/(?:passwd|shadow|sudoers|group)\b)/i, what: 'makes the system account files or the Docker socket writable by everyone' },
  { pattern: /NOPASSWD\s*:\s*[^\n"'|]{0,300}(?:\/usr\/bin\/env\b|\s\*|,\s*ALL\b|\/bin\/(?:ba|z|da)?sh\b|\bpython\d?(?:\.\d+)?\b|\bperl\b|\bvim?\b|\bless\b|\bfind\b|\btee\b)|\b!authenticate\b|\bDefaults\s+\S*\s*!requiretty.{0,100}NOPASSWD/i, what: 'lets a user run a shell or any program as root without a password' },
  { pattern: /\bhost(?:ssl|nossl|gssenc|nogssenc)?\s+all\s+all\s+(?:0\.0\.0\.0\/0|::\/0|all)\s+trust\b|\bGRANT\s[^;\n]{0,200}\bpg_execute_server_program\b/i, what: 'lets anyone log in to the database from any address without a password, or lets a role run programs on the database server' },
  // An account file entry other than root's with user id 0 (`svc:x:0:0::/var/lib/svc:/bin/bash`): a second root under another name.
  { pattern: /(?:^|[\s"'])(?!root:)[a-z_][\w.-]{0,31}:(?:x|\*|!{1,2}|\$\d\$[^:\s]{0,200})?:0:\d{1,10}:[^:\n]{0,100}:\/[^:\s]{0,200}:\/[\w\/.-]{1,60}/i, what: 'adds an account with user id 0, a second root account under another name' },
  { pattern: /\bEnableLUA\b.{0,80}\b0\b|\bConsentPromptBehaviorAdmin\b.{0,80}\b0\b|\bpolkit\.Result\.YES\b|:0:0:[^:\n]{0,100}:\/root:|\bLocalAccountTokenFilterPolicy\b.{0,80}\b1\b/i, what: 'turns off the system\'s administrator checks or adds a root account' },
];

/** A program or a setting root runs or reads at start-up or on schedule: a program folder's file, a cron, init or unit file, a login script. */
const ROOT_RUN_FILE = String.raw`["']?(?:\/usr(?:\/local)?\/s?bin|\/s?bin|\/etc\/(?:cron\.(?:d|hourly|daily|weekly|monthly)|init\.d|systemd\/system|profile\.d|sudoers\.d|update-motd\.d))\/[\w.@-]|["']?\/etc\/(?:crontab|rc\.local|ld\.so\.preload|profile|environment)(?![\w.\/-])`;

/** One of those files made writable by everyone (`chmod 777`, `o+w`): whoever edits it next has root run their code. */
export const ROOT_RUN_FILE_OPENED = new RegExp(String.raw`\bchmod\s+(?:-\w+\s+){0,3}(?:0?[0-7]?[0-7][0-7][2367]|[ugo]{0,3}[oa][ugo]{0,3}\+[rwxX]{0,3}w[rwxX]{0,3})\s+(?:${ROOT_RUN_FILE})`);

/** The setuid bit set by a chmod command line (`u+s`, `4755`); setgid alone (`g+s`, `2775`) is the shared-folder pattern. */
export const SETUID_CHMOD = /\bchmod\s+(?:-\w+\s+){0,3}["']?(?:(?:u|a|ug|ugo)?\+[rwxX]{0,3}s[rwxX]{0,3}|0?[4-7][0-7]{3})["']?\s/;

/**
 * A program its distribution installs setuid root, at its system path (`/usr/bin/newuidmap`, `/bin/ping`): it drops
 * or checks rights by itself, so giving it back that bit (an image build that lost it) grants nothing new.
 */
export const SETUID_BY_DESIGN = /^["']?\/(?:usr\/)?s?bin\/(?:newuidmap|newgidmap|passwd|su|sudo|ping6?|mount|umount|fusermount3?|chsh|chfn|gpasswd|newgrp|pkexec|unix_chkpwd)["']?$/;

/** Wiping data stores and their backups. */
export const DATA_WIPE = /\bFLUSHALL\b|\.(?:deleteMany|delete_many)\(\s*\{\s*\}\s*\)|\.remove\(\s*\{\s*\}\s*\)|\bgetCollectionNames\(\)[^\n]{0,200}\.(?:drop|deleteMany)\(|\.dropDatabase\(\)|(?:-X\s*DELETE|\.delete\(|method=["']?DELETE)\s*\S*\/_all\b|(?:-X\s*DELETE|--request\s+DELETE)\s+["']?https?:\/\/[^\s"'\/]{1,253}:9200\/\*["']?|\/_snapshot\/\*|\bdelete_(?:db_)?snapshot\b|\bdelete_recovery_point\b|\bdelete_backup_vault\b|\bBackupRetentionPeriod\s*=\s*0\b|\bSkipFinalSnapshot\s*=\s*True\b|--skip-final-snapshot\b|\brm\s+-\w*r\w*\s+[^\n]{0,200}\/var\/lib\/(?:postgresql|mysql|mongodb|redis|docker\/volumes|elasticsearch)|(?:-X\s*DELETE|--request\s+DELETE)\s+[\"']?https?:\/\/[^\s\"'\/]{1,253}:9200\/[\w.*,-]{1,200}[\"']?(?=\s|$)|\bWin32_ShadowCopy\b[^\n]{0,200}(?:\bRemove-(?:CimInstance|WmiObject)\b|\.Delete\(\))|\bvssadmin(?:\.exe)?(?:["']\s{0,20},\s{0,20}["']|\s+)delete\s+shadows|\bwbadmin(?:\.exe)?(?:["']\s{0,20},\s{0,20}["']|\s+)delete|\btmutil\s+delete/i;

/**
 * Client calls that drop a whole store at once: a database, every table a model knows (`metadata.drop_all`, an ORM's
 * forced sync `sync({ force: true })`, a framework's `manage.py flush` without its prompt), a site or app CLI emptying its whole
 * database with the prompt answered for it (`wp db reset --yes`, `pg:reset --confirm`), a bucket deleted with all it
 * holds (`delete(force=True)`), a cluster namespace with all it holds.
 */
export const DROPS_WHOLE_STORE = /\.sync\(\s{0,4}\{\s{0,4}force\s{0,4}:\s{0,4}true\b|\.delete\(\s{0,4}force\s{0,4}=\s{0,4}True\s{0,4}\)|\bmanage\.py["']?(?:\s{0,4},\s{0,4}["']|\s+)flush\b[^\n]{0,200}--no-?input\b|\b(?:Database|database|db|DB|getDatabase|getSiblingDB)\(\s*[^()\n]{1,200}\)\s*\.\s*(?:Drop|drop)\(|\bmetadata\.drop_all\(|\bdrop_database\(|\b(?:delete_namespace|deleteNamespace|DeleteNamespace)\(|\.Namespaces\(\)\s*\.\s*Delete\(|\bRemove-Az(?:ResourceGroup|StorageAccount|SqlDatabase|SqlServer|CosmosDBAccount|KeyVault)\b[^\n]{0,200}\s-Force\b|\bwp["']?(?:\s{0,4},\s{0,4}["']|\s+)(?:db["']?(?:\s{0,4},\s{0,4}["']|\s+)(?:reset|drop|clean)|site["']?(?:\s{0,4},\s{0,4}["']|\s+)empty)\b[^\n]{0,200}--yes\b|\bpg:reset\b[^\n]{0,200}--confirm\b|\bdrush["']?(?:\s{0,4},\s{0,4}["']|\s+)sql[:-]drop\b[^\n]{0,200}(?:\s-y\b|--yes\b)/;

/** Commands that ask before they act, or say the target is disposable: a destructive step here is deliberate. */
// `--confirm NAME` (a platform CLI's answer given in advance) skips the prompt; PowerShell's `-Confirm` asks, alone or given
// `$true`; given any other value (`-Confirm:0`, `-Confirm:$no`) it may be false and skip the prompt.
export const SAFE_CONTEXT = /\bread\s+(?:-\w+\s+){0,3}-p\b|(?<!-)\bconfirm\b(?!:\s*\$?false)|\bconfirmation_option\b|\binput\(|\bRead-Host\b|--dry-run|\[y\/N\]|\(y\/n\)|are you sure|(?<!-)-Confirm(?::\s{0,2}\$true\b|(?![:\w]))|-WhatIf\b/i;
// Underscores separate the words that only ever mean scratch data (`TEST_DATABASE_URL`, `myapp_test`); `CI_…` and `DEV_…` name settings, not targets.
export const DISPOSABLE = /(?<![a-z0-9])(?:test|tests|testing|tmp|temp|scratch|sandbox|ephemeral|e2e|disposable|throwaway|fixture)(?![a-z0-9])|\b(?:preview|dev|local|ci|example|demo)\b/i;

/** The number of one pull or merge request as CI platforms hand it to a job (GitHub Actions, GitLab, Jenkins, Bitbucket, Azure Pipelines). */
export const CHANGE_REQUEST_NUMBER = /\$\{\{\s{0,4}github\.event\.(?:pull_request\.)?number\s{0,4}\}\}|\$\{?(?:CI_MERGE_REQUEST_IID|CHANGE_ID|BITBUCKET_PR_ID|SYSTEM_PULLREQUEST_PULLREQUESTNUMBER)\b|\$\(System\.PullRequest\.PullRequestNumber\)/;

/** Targets that a recursive delete must never reach. */
export const PRECIOUS_PATH = /^(?:\/|\/\*|~|~\/|~\/\*|\$HOME\/?\*?|\$\{HOME\}\/?\*?|\/home\/?\*?|\/Users\/?\*?|\/root\/?|\/etc\/?|\/usr\/?|\/var\/?|\/boot\/?|\/bin\/?|\/lib\/?|\/opt\/?|C:\\?|C:\/|\$env:USERPROFILE\\?|\$env:HOMEDRIVE\\?|~\\|\/System\/?|\/Applications\/?)$/i;

/**
 * What follows a home-folder expression when the path goes on into one named entry of it (`$HOME/.cache`, `join(homedir(), ".cache")`,
 * `"#{Dir.home}/tmp"`, `homeDirectoryForCurrentUser.appendingPathComponent("Library/Caches")`, `home.resolve(".m2")`); a personal folder (Documents, .ssh…) is not such a narrowing, nor a glob.
 */
const ENTRY_AFTER_HOME = /^(?:\(\s{0,4}["']~\/?["']\s{0,4}\)|["']~["'])?[)}\]"']{0,4}(?:[\/\\]|\s{0,4}(?:,\s{0,4}["']|\+\s{0,4}["'][\/\\]|\.\s{0,4}(?:appendingPathComponent|appending|resolve|join|joinpath|child)\s{0,4}\(\s{0,4}(?:(?:path|component)\s{0,4}:\s{0,4})?["']))\s{0,4}\.?(?!(?:Documents|Desktop|Pictures|Downloads|Music|Videos|ssh|gnupg|OneDrive)\b)[A-Za-z0-9_-]/;
/** The same after a call that returns the home folder, joined with pathlib's operator (`Path.home() / ".cache"`, resolved as `Path.home() /.cache`); a credential store there is no such narrowing. */
const ENTRY_AFTER_HOME_CALL = /^\s{1,4}\/\s{0,4}["']?\.?(?!(?:Documents|Desktop|Pictures|Downloads|Music|Videos|ssh|gnupg|OneDrive)\b)[A-Za-z0-9_-]/;
/** The same after PowerShell's `Join-Path $HOME "name"`, whose parts are separated by spaces. */
const ENTRY_AFTER_JOINED_HOME = /^\s{1,4}(?:-ChildPath\s{1,4})?["']\.?(?!(?:Documents|Desktop|Pictures|Downloads|Music|Videos|ssh|gnupg|OneDrive)\b)[A-Za-z0-9_-]/i;

/**
 * Whether a path names entries inside the home folder rather than the folder itself: every home expression `home` (global) finds
 * is followed by a name, and no parent step (`..`) climbs back out.
 */
export function namesEntryUnderHome(text: string, home: RegExp): boolean {
  const found = Array.from(text.matchAll(home)).slice(0, 8);
  return found.length > 0 && !/(?:^|[\/\\"'])\.\.(?=$|[\/\\"'])/.test(text) && found.every((at) => {
    const end = at.index + at[0].length;
    const rest = `${at[0].endsWith('/') ? '/' : ''}${text.slice(end, end + 200)}`;
    return ENTRY_AFTER_HOME.test(rest) || (at[0].endsWith(')') && ENTRY_AFTER_HOME_CALL.test(rest) && !CREDENTIAL_STORE.test(rest.replace(/^\s{1,4}\/\s{0,4}["']?/, '/').slice(0, 200))) || (/Join-Path\s{1,4}(?:-Path\s{1,4})?$/i.test(text.slice(Math.max(0, at.index - 30), at.index)) && ENTRY_AFTER_JOINED_HOME.test(rest));
  });
}

/**
 * The data folder of a database, queue, cluster store or container engine under `/var/lib` (`/var/lib/postgresql`,
 * `/var/lib/etcd/member`), whole or emptied: every record the service keeps lives there.
 */
export const SERVICE_DATA_FOLDER = /^["']?\/var\/lib\/(?:postgresql|pgsql|mysql|mariadb|mongodb|mongo|redis|etcd|elasticsearch|opensearch|cassandra|clickhouse|influxdb|couchdb|neo4j|rabbitmq|kafka|zookeeper|minio|docker|containerd|mssql)(?:\/[\w.-]{1,60}){0,3}\/?\*?["']?$/;
