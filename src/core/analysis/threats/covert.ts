// Readings of covert channels: secrets hidden in metadata, telemetry, names, timing and other carriers.
import type { Call } from '../program.ts';
import type { Label } from './types.ts';

/** Two or more bytes written as escapes (`\x63\x75`, `\143\165`). */
export const ESCAPED_BYTES = /(?:\\x[0-9a-fA-F]{2}|\\[0-7]{3}){2}/;

/** Calls that pause the program for a time given as an argument. */
export const PAUSE = /^(?:time\.sleep|sleep|asyncio\.sleep|setTimeout|Start-Sleep|Thread\.sleep|usleep)$/i;

/** One character or slice of a shell variable (`${bits:i:1}`, `${key[$i]}`), capturing its name. */
export const SECRET_PIECE = /\$\{([A-Za-z_]\w{0,100})(?::[^}\n]{1,40}|\[[^\]\n]{1,40}\])\}/g;

/** Calls in code that write a file's extended attributes, times or embedded image metadata, which copies of the file carry along. */
export const CODE_METADATA_WRITER = /(?:^|\.)(?:setxattr|lsetxattr|fsetxattr|set_xattr|utime|utimes|utimesSync|lutimesSync|futimesSync|Chtimes|SetLastWriteTime|SetCreationTime)$|^piexif\.insert$|\.with(?:Metadata|Exif|ExifMerge|IccProfile)\([^\n]{0,400}\)\.(?:toFile|toBuffer)$/;
export const RENDERED_ADDRESS = /!?\[[^\]\n]{0,200}\]\(\s{0,10}[<\s"'`{}$]{0,8}https?:\/\/|<(?:img|script|iframe|source|embed|video|audio)\b[^>\n]{0,200}\bsrc\s{0,10}=\s{0,10}[\s"'`{}$]{0,8}https?:\/\/|<link\b[^>\n]{0,200}\bhref\s{0,10}=\s{0,10}[\s"'`{}$]{0,8}https?:\/\/|\burl\(\s{0,10}[\s"'`{}$]{0,8}https?:\/\/|@import\s{1,10}["'`{}$]{1,6}https?:\/\//i;
/** Binary packet fields filled by hand. */
export const PACKET_BUILDER = /\bstruct\.pack(?:_into)?\(|\bbinary\.(?:Write|BigEndian|LittleEndian)\b|\.write(?:U?Int(?:8|16|32)|BigU?Int64)(?:BE|LE)?\(|\bpack\(\s*["'][!<>@=]?[BHILQbhilqxsNnCcVv]/;
/**
 * A write into an HTTP client's default headers or cookies, capturing the client's name, and `defaults` for axios's
 * defaults (a client by itself): `s.headers["X"] =`, `s.headers.update(`, `s.cookies.set(`,
 * `axios.defaults.headers.common["X"] =`, `client.DefaultRequestHeaders.Add(`.
 */
export const CLIENT_DEFAULT_HEADER = /(?:^|[\s;{])([A-Za-z_$][\w$]{0,60})\.(?:(defaults)\.headers(?:\.common)?|headers|cookies|DefaultRequestHeaders)(?:\[[^\]\n]{1,100}\]\s{0,4}=(?!=)|\.(?:update|set|setdefault|Add|TryAddWithoutValidation)\s{0,4}\()/;

/** A call that publishes a message to a topic (`topic.publishMessage(…)`, `publisher.publish(…)`). */
export const MESSAGE_PUBLISH = /(?:^|\.)publish(?:Message|JSON)?$/;
/** The attributes of a published message, as its options object names them (`attributes: attrs`, `"attributes": {…}`). */
export const MESSAGE_ATTRIBUTES = /["']?\battributes["']?\s{0,4}:/;

export const COVERT_CARRIER = /user[-_]?agent|\bheaders?\b|\bcookies?\b|\betag\b|if-none-match|\breferr?er\b|\bexif\b|usercomment|metadata|putpixel|\bpixels?\[|\bsteg|\/(?:Subject|Author|Keywords|Title|Creator|Producer)\b/i;

/** Tools that write into a file's metadata or hide data inside a picture, sound or document. */
export const METADATA_WRITER = /^(?:exiftool|exiv2|jhead|steghide|outguess|openstego|stegosuite|stegify|stegano-lsb|ffmpeg|convert|magick|mogrify|qpdf|pdftk|eyeD3|id3v2|mid3v2|setfattr|xattr)$/i;

/** The files a metadata writer changes or creates: `steghide -sf OUT` / `-cf COVER`, `ffmpeg … OUT`, else its file operands. */
export function hidingTargets(call: Call): string[] {
  const after = (flag: RegExp) => {
    const index = call.args.findIndex((arg) => flag.test(arg));
    return index !== -1 ? call.args[index + 1] : undefined;
  };
  if (/^steg/i.test(call.name)) {
    const target = after(/^(?:-sf|--stegofile)$/) ?? after(/^(?:-cf|--coverfile)$/);
    return target ? [target] : [];
  }
  const operands = call.args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>') && !arg.includes('='));
  return /^(?:ffmpeg|convert|magick)$/i.test(call.name) ? operands.slice(-1) : operands;
}

/** A value taken apart into bits (`(byte >> (7 - i)) & 1`, `f"{b:08b}"`, `.toString(2)`). */
export const SPLITS_BITS = />>\s{0,4}\(?\s{0,4}(?:\d|7\s{0,4}-)|&\s{0,4}1\b|:08b\b|["']08b["']|%08b|\.toString\(\s{0,4}2\s{0,4}\)|\bbin\(/;
/** Characters nobody sees used as an alphabet for bits: zero-width characters, or a tab against a space. */
export const INVISIBLE_ALPHABET = /\\u(?:200[bcd]|2060|feff)|\\xe2\\x80\\x8[bcd]|[\u200b-\u200d\u2060\ufeff]|["'](?:\\t|\t)["']\s{1,4}if\b[^\n]{0,120}\belse\s{1,4}["'] ["']|["'] ["']\s{1,4}if\b[^\n]{0,120}\belse\s{1,4}["'](?:\\t|\t)["']/;
/** The lowest bit of a byte cleared and set to a bit of something else (`(p & ~1) | bit`): data hidden in pixels or samples. */
export const SETS_LOW_BIT = /&\s{0,4}(?:~\s{0,4}1|0x[fF][eE]|254|0b1111_?1110)\s{0,4}\)?\s{0,4}\|/;
/** A build's project property read by its name (Gradle's `findProperty("x")`, `providers.gradleProperty("x")`, `project.property("x")`) or delegated to the project (`val x: String? by project`), capturing the name. */
export const BUILD_PROPERTY = /\b(?:findProperty|gradleProperty|project\.property|project\.properties\.get)\(\s{0,10}["']([\w.-]{1,100})["']\s{0,10}\)|\bproject\.properties\[\s{0,10}["']([\w.-]{1,100})["']|\bva[lr]\s{1,10}([A-Za-z_]\w{0,60})\s{0,10}(?::\s{0,10}[\w.?<>]{1,60}\s{0,10})?\bby\s{1,10}(?:project|rootProject|extra)\b/g;
/** A build's project property read by a name held in a variable (`findProperty(it)`). */
export const DYNAMIC_BUILD_PROPERTY = /\b(?:findProperty|gradleProperty|project\.property)\(\s{0,10}[A-Za-z_]\w{0,40}\s{0,10}\)/;

/** Tokens a CI runner hands every job, by the variable that holds them. */
export const CI_RUNNER_TOKEN = /\b(?:CI_JOB_TOKEN|CI_JOB_JWT\w{0,20}|ACTIONS_\w{0,40}TOKEN|ACTIONS_ID_TOKEN_REQUEST_\w{1,20}|SYSTEM_ACCESSTOKEN|BUILDKITE_AGENT_ACCESS_TOKEN)\b/;
/** One-way digests: what they print cannot be turned back into the secret. */
/** A variable's name in code, with or without a sigil (`$conf`, `conf`). */
export const VARIABLE_WORD = /\$?([A-Za-z_]\w{0,60})/g;
/** A hook a test runner calls by its name (pytest's `pytest_*` functions of a conftest or plugin). */
export const TEST_RUNNER_HOOK = /^pytest_\w{1,60}$/;
/** Test runner hooks whose returned text the runner prints into the run's output (pytest's header and collection lines). */
export const RUNNER_PRINTS_RETURN = /^pytest_report_(?:header|collectionfinish)$/;
/** A test runner's reporter, handed to a hook, writing into the run's output (`terminalreporter.write_line(…)`). */
export const RUNNER_REPORT_WRITE = /^[A-Za-z_]\w{0,60}\.(?:write_line|write_sep|write|section|line)$/;
export const HASHES = /\bhashlib\b|\bsha(?:1|224|256|384|512)\b|\bmd5\b|\bcreateHash\(|\bhexdigest\(|\.digest\(|\bblake2[bs]?\b|\bhmac\b/i;

/** The first argument of a program: the message file a commit-message hook is handed. */
export const MESSAGE_FILE_ARGUMENT = /\$\{?1\b|\bsys\.argv\[1\]|\bprocess\.argv\[2\]|\$args\[0\]|\bARGV\[0\]/;

/** Calls that set an image's metadata from their arguments: PNG text chunks, EXIF blocks, an image library's metadata options. */
/** Calls that set a document's or a font's properties: pypdf and pdf-lib, PyPDF2, a fontTools name table. */
export const DOCUMENT_PROPERTY_WRITER = /(?:^|\.)(?:add_metadata|addMetadata|set(?:Subject|Keywords|Author|Title|Creator|Producer))$|\[["']name["']\]\.setName$/;
/** A field of a Word, PowerPoint or Excel file's core properties set by assignment (`doc.core_properties.comments = …`). */
export const DOCUMENT_PROPERTY_SET = /\bcore_properties\.\w{1,40}\s{0,4}=(?!=)/g;
/** The configuration files of curl and wget, read by every later run. */
export const HTTP_CLIENT_CONFIG = /(?:^|[\/\\])[._](?:curlrc|wgetrc)$/;
/** A line of such a file that adds to each request. */
export const HTTP_CLIENT_CONFIG_CARRIER = /\b(?:header|user-agent|useragent|referer|cookie)\b/i;
/** The hook an error-reporting or analytics SDK calls with each event before sending it. */
export const TELEMETRY_SEND_HOOK = /\b(?:beforeSend(?:Transaction|Span)?|beforeBreadcrumb|onError|beforeSendEvent|beforeCapture)\s{0,4}[(:]/;
/** The event parameter of such a hook written inline (`beforeSend(event) {`, `beforeSend: (ev) =>`, `onError: function (report)`). */
export const TELEMETRY_HOOK_PARAMETER = /\b(?:beforeSend(?:Transaction|Span)?|beforeBreadcrumb|onError|beforeSendEvent|beforeCapture)\s{0,4}(?::\s{0,4}(?:async\s{1,4})?(?:function\s{0,4})?)?\(?\s{0,4}([A-Za-z_$][\w$]{0,60})/g;
/** A field of an event assigned in place (`event.tags = …`, `ev.context.x = …`). */
export const TELEMETRY_EVENT_FIELD = /[A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){1,4}\s{0,4}=(?!=)/;
/** A call that sets context an SDK adds to every event it sends (tags, extras, user, super properties, metadata). */
export const TELEMETRY_CONTEXT_SETTER = /\.(?:setTags?|setContext|setExtras?|setUser|addMetadata|register(?:_once|Once)?|identify|setGlobalContext(?:Property)?|setUserProperties|setUserProperty|setCustomAttribute|addAttributes?)\s{0,4}\(/;
/** A bundler option naming the files a build emits (webpack, rollup and vite, esbuild, parcel), with its value. */
export const EMITTED_FILE_NAME = /\b(?:filename|chunkFilename|assetModuleFilename|sourceMapFilename|cssFilename|entryFileNames|chunkFileNames|assetFileNames|entryNames|chunkNames|assetNames|distDir)\s{0,4}:\s{0,4}(`[^`]{0,300}`|"[^"]{0,300}"|'[^']{0,300}'|[\w$.]{1,100})/g;
/** Rollup's single output file (`output: { file: … }`), read only where an `output` option is set. */
export const OUTPUT_FILE_OPTION = /\b(?:file|dir)\s{0,4}:\s{0,4}(`[^`]{0,300}`|"[^"]{0,300}"|'[^']{0,300}'|[\w$.]{1,100})/g;
/** A field set on a trace: an attribute, an event, a tag. */
export const SPAN_FIELD_SETTER = /\.(?:set_attributes?|setAttributes?|add_event|addEvent|set_tag|setTag)\s{0,4}\(/;
/** An exporter that sends traces to a collector. */
export const TRACE_EXPORTER = /\b(?:OTLP\w{0,20}Exporter|Jaeger\w{0,20}Exporter|Zipkin\w{0,20}Exporter)\b|opentelemetry[-.\/]exporter|exporter-trace-otlp/;
/** The attributes of a telemetry resource, which every exported span carries. */
export const TELEMETRY_RESOURCE = /\bResource(?:\.create)?\s{0,4}\(/;
/** Baggage set on a trace context. */
export const TELEMETRY_BAGGAGE = /\b(?:createBaggage|set_baggage|setEntry)\s{0,4}\(/;
/** Propagation that writes the trace context, baggage included, into outgoing requests. */
export const BAGGAGE_PROPAGATION = /\bpropagation\.inject\s{0,4}\(|\bpropagate\.inject\s{0,4}\(|\binject\s{0,4}\(\s{0,4}(?:headers|carrier)\b|\bW3CBaggagePropagator\b|instrumentation-(?:http|fetch|undici)|opentelemetry\.instrumentation\.(?:requests|httpx|urllib)/;
/** A keep-alive ping whose payload is the argument: a WebSocket or HTTP/2 ping frame. */
export const PING_FRAME_CALL = /(?:^|\.)ping$/;
/** A command that builds container images. */
export const CONTAINER_BUILDER = /^(?:docker|podman|buildah|nerdctl)$/;
/** A container image pushed to a registry. */
export const IMAGE_PUSH = /\b(?:docker|podman|buildah|nerdctl)\s{1,4}(?:image\s{1,4})?push\b/;
/** The keyword that gives a connection the name it announces: the TLS server name, the SMTP greeting. */
export const ANNOUNCED_NAME = /(?:^|[{,\s])(?:server_hostname|local_hostname|servername)\s{0,4}[=:]/;
/** A loop over the lines an encoder prints: `… | base32 | while read -r l`. */
export const ENCODED_LINE_LOOP = /\b(?:base32|base64|basenc|xxd -p|od -|hexdump)\b[^\n;]{0,200}\|\s{0,4}while\s{1,4}(?:IFS=\S{0,8}\s{1,4})?read(?:\s{1,4}-r)?\s{1,4}([A-Za-z_]\w{0,30})/;
/** A value read from an encoder's output (`$(… | base64 -w 50)`), the list a `for` loop walks. */
export const ENCODER_OUTPUT = /^\$\([^)]{0,300}\b(?:base32|base64|basenc|xxd -p|od -|hexdump)\b/;
/** Command-line clients of cloud providers, whose tagging commands and `--tags`/`--labels` options set a resource's metadata. */
export const CLOUD_CLI = /^(?:aws|gcloud|gsutil|az|doctl|oci|hcloud|scw|linode-cli|ibmcloud)$/;
/** PowerShell cmdlets that create or change a resource (`Set-AzResourceGroup`, `New-EC2Tag`), which take `-Tag`. */
export const POWERSHELL_CHANGER = /^(?:new|set|update|add)-\w{1,60}$/i;
/** The AWS CLI's verbs that tag a resource, whose remaining arguments are the tags. */
export const AWS_TAGGING_VERB = /^(?:create-tags|add-tags(?:-to-[\w-]{1,40})?|tag-[\w-]{1,40}|put-[\w-]{0,40}tagging)$/;
/** SDK calls that tag or label a cloud resource (`ec2.create_tags(…)`, `s3.put_bucket_tagging(…)`, `instances.set_labels(…)`). */
export const TAGGING_METHOD = /(?:^|\.)(?:create_tags|createTags|tag_resources?|tagResources?|add_tags\w{0,30}|put_\w{0,30}tagging|put\w{0,30}Tagging|set_labels|setLabels|update_labels)$/;
/** Pushing metrics to a Prometheus push gateway, whose grouping key becomes labels of every pushed series. */
export const METRIC_PUSH = /(?:^|\.)(?:push_to_gateway|pushadd_to_gateway|pushAdd|pushToGateway)$/;
/** A Prometheus client library, whose `.labels(…)` names the series it exposes. */
export const METRIC_CLIENT = /\bprometheus_client\b|['"]prom-client['"]|\bPushgateway\b/;
/** Writing an event into a calendar (`service.events().insert(…)`, `calendar.events.insert(…)`). */
export const CALENDAR_EVENT_WRITE = /(?:^|\.)events(?:\(\))?\.(?:insert|patch|update|import_?|quickAdd)$/;
/** A resource object's tags or labels set as a member (`bucket.labels = {…}`), capturing the object. */
export const LABEL_MEMBER_SET = /^\s{0,40}([A-Za-z_]\w{0,60})\.(?:labels|tags)\s{0,4}=(?!=)/;
/** The date or identity of a commit given in the environment of `git commit` (`GIT_AUTHOR_DATE=…`), capturing the value. */
export const COMMIT_STAMP = /\bGIT_(?:AUTHOR|COMMITTER)_(?:DATE|NAME|EMAIL)=("[^"\n]{0,300}"|'[^'\n]{0,300}'|[^\s;&|]{1,300})/g;

/** The values given to a cloud client's tag or label options (`--tags Key=k,Value=v`, `--tagging TagSet=[…]`, `--labels=k=v`, `-Tag @{ k = v }`), up to the next option. */
export function tagFlagValues(args: readonly string[]): string {
  const values: string[] = [];
  let inside = false;
  for (const arg of args) {
    const flag = /^--?(?:tags?|tagging|labels|update-labels|add-labels)(?:=(.*))?$/i.exec(arg);
    if (flag) {
      inside = flag[1] === undefined;
      if (flag[1]) values.push(flag[1]);
      continue;
    }
    if (/^-{1,2}[A-Za-z]/.test(arg)) inside = false;
    else if (inside) values.push(arg);
  }
  return values.join(' ');
}

/** Encoders that draw data as a QR code or barcode. */
export const QR_ENCODER = /^(?:qrcode\.make|segno\.make(?:_qr|_micro)?|pyqrcode\.create|barcode\.get|qrencode|zint)$|(?:^|\.)add_data$|^(?:QRCode|qrcode|QR)\.(?:toFile|toDataURL|toCanvas|toBuffer)$/;
/** Payloads a phone is meant to scan: a one-time-password enrolment address, a Wi-Fi network's join code. */
export const SCANNED_PAYLOAD = /otpauth:\/\/|\bprovisioning_uri\b|\bkeyuri\b|\botpauthURL\b|(?:^|["'`\s])WIFI:/i;
/** The folder of a file-sync client, uploaded as it changes. */
export const SYNC_FOLDER = /(?:^|[\/\\"'\s])(?:Dropbox|OneDrive|Google ?Drive|My Drive|iCloud ?Drive|Mobile Documents|Nextcloud|ownCloud|pCloudDrive|MEGA|Box Sync|SynologyDrive|Seafile)(?=[\/\\"'\s]|$)/;
/** A registry asked about a package by name. */
export const REGISTRY_LOOKUP = /^(?:npm|pnpm|yarn) (?:view|info|show|v)\b|^pip3? (?:download|index)\b|^gem (?:fetch|search|info|specification)\b|^cargo (?:search|info)\b/;
/** A service announced on the local network by name. */
export const NAME_ANNOUNCER = /^avahi-publish(?:-service|-address)?\b|^dns-sd -[RP]\b/;
export const IMAGE_METADATA_WRITER = /(?:^|\.)(?:add_text|add_itxt|withMetadata|withExif|withExifMerge|withXmp)$|^piexif\.dump$/;

/** A call that fills a page template (`tpl.render(…)`, `render_template(…)`, `env.get_template(…).render(…)`, `ejs.renderFile(…)`). */
export const TEMPLATE_RENDER = /(?:^|\.)(?:render|render_template|render_to_string|renderFile|renderString|stream)$/;
/** A value given by name in a call's argument (`title=x`, `{ title: x }`), capturing the name. */
export const TEMPLATE_KEYWORD = /(?:^|[{,]\s{0,10})([A-Za-z_]\w{0,60})\s{0,10}[=:](?![=:])/g;
/** A field set by name on an object (`config.extra["build_id"] = …`, `site.data.build_id = …`), capturing the field. */
export const SLOT_FIELD_SET = /^\s{0,40}[A-Za-z_][\w.]{0,200}(?:\[\s{0,10}["']([A-Za-z_]\w{0,60})["']\s{0,10}\]|\.([A-Za-z_]\w{0,60}))\s{0,10}=(?![=~>])/;
/** Rewrites of a text in place (`html.replace(…)`, `re.sub(…)`, `gsub`). */
export const PAGE_TAG_REWRITE = /(?:^|\.)(?:replace|replaceAll|replace_all|sub|gsub|insertAdjacentHTML)$/;
/** A page's structural tag as a literal, where markup is put into every page (`'</body>'`, `"<head>"`). */
export const PAGE_TAG = /^\s{0,4}(?:[rbf]?["'`])?<\/?(?:body|head|html|footer|main)\b[^"'`\n]{0,40}>["'`]?\s{0,4}$/i;
export const WRITES_OUT = /(?:^|\.)(?:save|write|write_text|write_bytes|writelines|writeFile|writeFileSync|appendFile|appendFileSync|imwrite|imsave|tofile|toFile|writeframes|writeframesraw|WriteAllText|WriteAllBytes|Set-Content|Out-File|Add-Content)$/i;

/** Whether a statement writes data bit by bit where nobody looks: into invisible characters or the low bits of pixels. */
export function hidesBits(text: string): boolean {
  return (SPLITS_BITS.test(text) && INVISIBLE_ALPHABET.test(text)) || SETS_LOW_BIT.test(text);
}

/** Whether text shows a credential used to log in (an Authorization header, `api_key=`), not counting the names of the variables it is read from. */
/** Whether a statement encodes data for transport (Base64, hex) rather than decoding it. */
export function encodes(text: string): boolean {
  if (/\bbase64_encode\(|\bbin2hex\(|\bencode64\(|\bEncodeToString\(|\bunpack1?\(\s*["'][Hm]|\bb64encode\b|\bhexlify\b|\bbtoa\(|ToBase64String|\.toString\(\s*["'](?:base64|base64url|hex)["']\s*\)|\.hex\(\)|\bxxd\s+-p\b|\bod\s+-/.test(text)) return true;
  return /\bbase64\b/.test(text) && !/\bbase64\s+(?:-[a-zA-Z0-9]+\s+)?(?:-\w*[dD]\b|--decode\b)|b64decode|FromBase64/.test(text);
}

/**
 * A secret that was Base64- or hex-encoded before it went into a URL: a key a service asks for is passed as it is,
 * so an encoded one in a query or a host name is data smuggled out, not a login.
 */
export function encodedIntoUrl(arg: string, labels: Set<Label>): boolean {
  return labels.has('encoded') && (labels.has('secret') || labels.has('environment')) && /https?:\/\/|[?&][\w-]{1,40}=/.test(arg) && !/authorization|bearer\b|basic\s/i.test(arg);
}

/** PowerShell's `-EncodedCommand` given a variable (`-EncodedCommand {encoded}`, `"-EncodedCommand", enc`, `-EncodedCommand $b64`), capturing its name. */
export const ENCODED_COMMAND_GIVEN = /-EncodedCommand["'\s,+]{1,10}(?:\$\{?|\{)?([A-Za-z_]\w{0,100})/gi;

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

/**
 * A method called through `send` by a name: a literal one (`send(:system, …)`, pieces the reader already joined), the
 * name a variable holds (`send(verb, …)`, `public_send(op.to_sym)`), or pieces joined in place.
 */
export const SENT_BY_NAME = /\b(?:public_send|__send__|send)\s{0,4}\(?\s{0,4}(?:["'](\w{1,30})["']\s{0,4}(?:\.to_sym)?\s{0,4}[,)]|:(\w{1,30})\s{0,4}[,)]|([A-Za-z_]\w{0,60})(?:\.to_sym)?\s{0,4}(?=[,)]|$)|((?:["'][^"'\n]{0,60}["']\s{0,4}\+\s{0,4}){1,8}["'][^"'\n]{0,60}["']|%w[\[(][^\])\n]{1,200}[\])]\.join|\[[^\]\n]{1,200}\]\.join))/;

/** Methods that run a command or evaluate code. */
export const EVALUATOR_METHOD = /^(?:system|exec|spawn|eval|syscall|popen|fork|`|instance_eval|class_eval|module_eval|instance_exec|capture2e?|capture3|popen3)$/;

/** A hex digest of one value named whole (`hashlib.sha256(pw.encode()).hexdigest()`, `createHash("sha1").update(pw).digest("hex")`), with that name. */
export const HEX_DIGEST_OF = /=\s{0,10}(?:hashlib\.)?(?:sha1|sha224|sha256|sha384|sha512|sha3_256|sha3_512|md5|blake2b|blake2s)\(\s{0,10}([A-Za-z_]\w{0,100})(?:\.encode\(\s{0,10}(?:["'][\w-]{1,20}["'])?\s{0,10}\))?\s{0,10}\)\.hexdigest\(\)(?:\.(?:upper|lower)\(\))?\s{0,10}$|=\s{0,10}(?:crypto\.)?createHash\(\s{0,10}["'](?:sha1|sha256|sha512|md5)["']\s{0,10}\)\.update\(\s{0,10}([A-Za-z_$][\w$]{0,100})(?:\s{0,10},\s{0,10}["']utf-?8["'])?\s{0,10}\)\.digest\(\s{0,10}["']hex["']\s{0,10}\)(?:\.(?:toUpperCase|toLowerCase)\(\))?\s{0,10};?$/;

/**
 * A value taken as a piece of another (`key[i]`, `token[:n]`, `s.charAt(i)`, `s.substring(0, i)`): its digest's prefix can be
 * matched against the digests of every short piece, so a secret leaks a character or two per request. A subscript by a
 * literal key or position (`sys.argv[1]`, `os.environ["PW"]`) takes a whole value.
 */
export const TAKES_A_PIECE = /=[^=\n]{0,200}?(?:\[\s{0,4}(?!(?:["'][^"'\]\n]{0,100}["']|-?\d{1,6})\s{0,4}\])[^\]\n]{1,100}\]|\.(?:charAt|charCodeAt|substring|substr|slice|at)\(|\bchr\(|\bord\()/;
/** The first one to eight characters of a named value (`h[:5]`, `h[0:5]`, `h.slice(0, 5)`). */
export const SHORT_PREFIX = /(?<![\w$.])([A-Za-z_$][\w$]{0,100})(?:\[\s{0,4}0?\s{0,4}:\s{0,4}[1-8]\s{0,4}\]|\.(?:slice|substring|substr)\(\s{0,4}0\s{0,4},\s{0,4}[1-8]\s{0,4}\))/g;

/**
 * A name set to the keyed digest of a message, whole (`hmac.new(key, body, sha256).hexdigest()`, `createHmac("sha256",
 * key).update(body).digest("hex")`, `OpenSSL::HMAC.hexdigest("SHA256", key, body)`, `hash_hmac("sha256", $body, $key)`),
 * optionally wrapped once (`base64.b64encode(…)`), with nothing added to it.
 */
/** A keyed MAC object made from a key (Go's `mac := hmac.New(sha256.New, key)`, C#'s `new HMACSHA256(key)`): only the digests it computes leave it. */
export const KEYED_MAC_OBJECT = /^[^=\n]{1,200}=\s{0,10}(?:hmac\.New\(|new\s{1,10}HMAC(?:SHA\d{1,3}|MD5)\()[^\n]{1,600}$/;
export const KEYED_DIGEST = /^[^=\n]{1,200}=\s{0,10}(?:[\w.:]{1,40}\(\s{0,10})?(?:hmac\.new\([^\n]{1,600}\)\.(?:hex)?digest\(\)|hmac\.digest\([^\n]{1,600}\)|(?:crypto\.)?createHmac\([^\n]{1,600}\)\.digest\([^()\n]{0,20}\)|OpenSSL::HMAC\.(?:hex|base64)?digest\([^\n]{1,600}\)|hash_hmac\([^\n]{1,600}\))\s{0,10}\)?(?:\.decode\(\)|\.toString\([^()\n]{0,20}\))?\s{0,10};?$/;
