// Readings of covert channels: secrets hidden in metadata, telemetry, names, timing and other carriers.
import type { Call, Statement } from '../program.ts';
import { AUTH_CONTEXT, DNS_COMMANDS } from '../vocabulary.ts';
import { chain, escapeName, urlsIn } from './common.ts';
import { authenticates, isClientObject, isEnvironmentDump, LOGIN_HEADER_NAME, sameFile, writtenFiles } from './credentials.ts';
import { AGENT_SOCKET, allowedFetch, feedsInterpreterInput, UNSAFE_YAML_LOADER } from './execution.ts';
import { isLoopbackUrl } from './hosts.ts';
import type { ProgramAnalysis } from './program-analysis.ts';
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
/** An archive's comment set in code (`zf.comment = …`, `zip.addZipComment(…)`, `w.SetComment(…)`), which every copy of the archive carries. */
export const ARCHIVE_COMMENT_SET = /\b[A-Za-z_]\w{0,60}\.comment\s{0,4}=(?!=)|(?:^|[.\s])(?:addZipComment|setComment|SetComment)\s{0,4}\(/;
/** A library that writes archives, where a `comment` is the archive's own. */
export const ARCHIVE_LIBRARY = /\bzipfile\b|\bZipFile\b|\bJSZip\b|\bAdmZip\b|\badm-zip\b|\barchiver\b|\bzip\.NewWriter\b|\bZipOutputStream\b/;
/** Files made to be handed on whole (calendar invites, contact cards, vector pictures, mail messages, office documents), as a path names them. */
export const HANDED_ON_FILE = /\.(?:ics|ical|ifb|vcs|vcf|vcard|svgz?|eml|epub|docx|pptx|xlsx|odt|ods|odp)(?![\w-])/i;
/** A calendar or contact file being written: its opening line. */
export const CALENDAR_OR_CARD = /BEGIN:V(?:CALENDAR|EVENT|CARD|TODO|JOURNAL)\b/;
/** A field of a calendar entry or contact card that the reader's app shows on request or not at all (its notes, description, custom `X-` fields). */
export const CARD_SIDE_FIELD = /(?:^|["'`\s(,]|\\n)(?:DESCRIPTION|NOTE|COMMENT|LOCATION|X-[A-Z][A-Z0-9-]{0,40})[:;]/m;
/** Markup that carries text nobody sees when the file is shown: a picture's description or metadata, a page comment, a meta tag. */
export const MARKUP_SIDE_TEXT = /<!--|<(?:desc|metadata|meta)\b/i;
/** An address with a query (`https://host/p?k=…`): a secret inside one is the address readings' to judge. */
export const ADDRESS_WITH_QUERY = /https?:\/\/[^\s"'`<>]{1,300}[?&][\w-]{1,40}=/;

/**
 * A secret or the environment written into a file made to be handed on: a calendar invite's description, a contact
 * card's note, a vector picture's `<desc>`, a page's comment, a meta tag. Whoever the invite, card or picture is sent
 * or published to reads it, and nobody reviewing what the file shows sees it. The file is named by its kind
 * (`team.ics`, `diagram.svg`) or the text written is that kind's side text.
 */
export function inspectHandedOnText(analysis: ProgramAnalysis, statement: Statement, found: ReadonlySet<Label>, target?: string): void {
  if (!found.has('secret') && !found.has('environment')) return;
  const text = statement.text;
  if (ADDRESS_WITH_QUERY.test(text)) return;
  const sideTextIn = (written: string) => MARKUP_SIDE_TEXT.test(written) || (CARD_SIDE_FIELD.test(written) && analysis.wholeHas(CALENDAR_OR_CARD));
  // A file written whole: named by its kind, or holding side text the statement or a value it writes put in (`page = page.replace("</body>", "<!-- " + key + " -->")`).
  const namedFile = target !== undefined && (HANDED_ON_FILE.test(analysis.resolve(target)) || statement.uses.slice(0, 12).some((name) => sideTextIn((analysis.definitions.get(name) ?? '').slice(0, 2000))));
  const sideText = sideTextIn(text) && (target !== undefined || writesOrPrints(analysis, statement));
  if (namedFile || sideText) analysis.handedOnWrites.add(statement);
}

/** Whether a statement writes a file or prints (what a skill redirects into the file it hands on). */
function writesOrPrints(analysis: ProgramAnalysis, statement: Statement): boolean {
  if (statement.writes.length > 0) return true;
  if (analysis.configuration) return /\b(?:puts|print|printf|println|Println|Printf|Print|Fprintf|Fprintln|Fprint|WriteString|write|Write|say|echo)\b/.test(statement.text);
  return statement.calls.some((call) => WRITES_OUT.test(call.name) || analysis.printsArguments(call, statement) || /(?:^|\.)(?:replace|replaceAll|sub|gsub)$/.test(call.name) && statement.calls.some((other) => WRITES_OUT.test(other.name)));
}

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

/** PowerShell's `-EncodedCommand` given a variable (`-EncodedCommand {encoded}`, `"-EncodedCommand", enc`, `-EncodedCommand $b64`), capturing its name. */
export const ENCODED_COMMAND_GIVEN = /-EncodedCommand["'\s,+]{1,10}(?:\$\{?|\{)?([A-Za-z_]\w{0,100})/gi;

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

/**
 * An image, link, script or font whose address carries a secret, printed for the agent to show or written into
 * a generated page or stylesheet: rendering it fetches the address, and the secret goes to its host with the request.
 */
export function inspectRenderedLink(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  const printed = analysis.printsArguments(call, statement);
  // A page or stylesheet written to a file (`open("site/index.html", "w").write(…)`) is loaded by every visitor,
  // and so is a page whose markup a build step rewrites around one of its tags (`html.replace('</body>', …)`).
  const injected = analysis.program.language !== 'bash' && PAGE_TAG_REWRITE.test(call.name) && PAGE_TAG.test(call.args[0] ?? '');
  if (!printed && !injected && (analysis.program.language === 'bash' || !WRITES_OUT.test(call.name))) return;
  const text = call.args.join(' ');
  if (!rendersAddress(analysis, text, analysis.program.language === 'bash' ? 0 : 2)) return;
  const labels = analysis.labelsOf(text, statement.uses);
  if ((labels.has('secret') || labels.has('environment')) && !authenticates(text)) analysis.report('covert-channel', call, 'puts a secret into the address of an image, link, script or font that a rendered answer, page or stylesheet loads; whoever views it requests the address and the secret goes to its host');
}

/**
 * Whether a text is markup that loads an address (`![b](https://…)`, `<img src="https://…">`), as written, as its
 * variables resolve, or through the variables it is built from (`line = f"![b]({url})"` … `write(page)`).
 */
export function rendersAddress(analysis: ProgramAnalysis, text: string, depth: number): boolean {
  // Only interpolations (`${src}`, `{src}`) are filled in: a variable named like an attribute must not replace the attribute.
  // A helper of the program's own called in an interpolation (`f"![b]({badge_url(s)})"`) is filled in with what it returns.
  const interpolated = text.replace(/\$?\{\s{0,4}[A-Za-z_]\w{0,60}\s{0,4}\}/g, (interpolation) => analysis.resolve(interpolation))
    .replace(/\$?\{\s{0,4}([A-Za-z_]\w{0,60})\([^(){}\n]{0,200}\)\s{0,4}\}/g, (interpolation, helper: string) => returnedText(analysis, helper) ?? interpolation);
  if (RENDERED_ADDRESS.test(text) || RENDERED_ADDRESS.test(analysis.resolve(text)) || RENDERED_ADDRESS.test(interpolated)) return true;
  if (depth === 0) return false;
  const sources = [...new Set(text.match(/(?<![\w.$"'])[A-Za-z_]\w{0,60}(?![\w(])/g) ?? [])].filter((name) => analysis.definitions.has(name)).slice(0, 8);
  return sources.some((name) => rendersAddress(analysis, analysis.definitions.get(name)!.slice(0, 2000), depth - 1));
}

/** What a function of the program returns, as written in its `return` (`return f"https://…"` gives `"https://…"`). */
export function returnedText(analysis: ProgramAnalysis, helper: string): string | undefined {
  const returned = analysis.program.statements.find((statement) => statement.inFunction?.name === helper && statement.returns && /^return\s/.test(statement.text));
  return returned?.text.replace(/^return\s{1,4}(?:[fbrFBR]{1,2}(?=["']))?/, '');
}

/**
 * A secret handed to a page template under a name the template puts into the address of an image, script or
 * stylesheet: as a keyword of the render call (`tpl.render(build_ctx=blob)`) or as a field of the settings the
 * template reads (`config.extra["build_id"] = blob`). Every visitor's browser then sends it to that host.
 */
export function inspectTemplateSlots(analysis: ProgramAnalysis, statement: Statement): void {
  const slots = analysis.context.templateAddressSlots;
  if (!slots?.size || analysis.program.language === 'bash' || analysis.program.language === 'powershell') return;
  const filled: string[] = [];
  for (const call of statement.calls) {
    if (!TEMPLATE_RENDER.test(call.name)) continue;
    for (const arg of call.args) {
      for (const keyword of arg.matchAll(TEMPLATE_KEYWORD)) if (slots.has(keyword[1]!)) filled.push(arg);
    }
  }
  const field = SLOT_FIELD_SET.exec(statement.text);
  if (field && slots.has((field[1] ?? field[2])!)) filled.push(statement.text.slice(field[0].length));
  if (filled.length === 0) return;
  const labels = analysis.labelsOf(filled.join(' '), statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', statement, 'hands a secret to a page template under a name the template puts into the address of an image, script or stylesheet; every visitor of the generated pages requests the address and the secret goes to its host');
}

/**
 * A file written with a secret spread bit by bit over invisible characters or the low bits of pixels: the
 * file looks unchanged to whoever reviews or commits it, and anyone who receives it reads the secret back.
 */
export function inspectHiddenBits(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language === 'bash' || !WRITES_OUT.test(call.name)) return;
  const dot = call.name.lastIndexOf('.');
  const receiver = dot > 0 ? call.name.slice(0, dot) : '';
  const labels = analysis.labelsOf(`${receiver} ${call.args.join(' ')}`, statement.uses);
  if (labels.has('hidden-bits') && (labels.has('secret') || labels.has('environment'))) analysis.report('covert-channel', call, 'hides a secret bit by bit in invisible characters or pixel values of a file it writes, so the file looks harmless wherever it is committed, published or sent');
}

/** Secrets written into image metadata, into document properties or QR codes, reported where no step of the program is already reported sending them. */
export function reportMetadataWrites(analysis: ProgramAnalysis): void {
  if (analysis.findings.some((finding) => finding.threat === 'covert-channel')) return;
  for (const call of analysis.metadataWrites) analysis.report('covert-channel', call, 'writes a secret into the metadata of an image, where nobody looks and from where it leaves with the image wherever it is committed, published or sent');
  if (analysis.findings.some((finding) => finding.threat === 'exfiltration' || finding.threat === 'covert-channel')) return;
  for (const { at, why } of analysis.hiddenInFileWrites) analysis.report('covert-channel', at, why);
}

export function inspectImageMetadata(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  let values: string[] = [];
  if (analysis.program.language === 'bash') {
    const { name, args } = analysis.effective(call);
    if (name === 'exiftool') values = args.filter((arg) => /^["']?-[\w:-]{1,60}[+-]?<?=/.test(arg));
    else if (name === 'exiv2') values = args.filter((arg, index) => /^-[Mc]$/.test(args[index - 1] ?? ''));
    else if (/^(?:convert|mogrify|magick)$/.test(name)) values = args.filter((arg, index) => /^-(?:comment|label)$/.test(args[index - 1] ?? '') || (/^(?:comment|label)$/.test(args[index - 1] ?? '') && args[index - 2] === '-set'));
  } else if (IMAGE_METADATA_WRITER.test(call.name)) values = call.args.slice(/add_i?text$/.test(call.name) ? 1 : 0);
  else if (/(?:^|\.)save$/.test(call.name)) values = call.args.filter((arg) => /^\s*(?:comment|exif|xmp)\s*=/.test(arg));
  if (values.length === 0) return;
  const labels = analysis.labelsOf(values.join(' '), statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.metadataWrites.push(call);
}

/** Whether a secret is in a name a connection sends before any data: the TLS server name (`server_hostname=`, `servername:`) or the SMTP greeting (`local_hostname=`). */
export function secretInAnnouncedName(analysis: ProgramAnalysis, args: readonly string[], statement: Statement): boolean {
  return args.some((arg) => {
    const named = ANNOUNCED_NAME.exec(arg);
    return named !== null && [...analysis.labelsOf(arg.slice(named.index), statement.uses)].some((label) => label === 'secret' || label === 'environment');
  });
}

/** Whether a statement spells in invisible characters (`"\u200b" if bit…`) bits the program split off elsewhere (`f"{b:08b}"`). */
export function spellsSplitBits(analysis: ProgramAnalysis, statement: Statement): boolean {
  return INVISIBLE_ALPHABET.test(statement.text) && analysis.wholeHas(SPLITS_BITS);
}

/**
 * A secret set as a property of a document or font (`writer.add_metadata({...})`, `doc.setKeywords(…)`,
 * `doc.core_properties.comments = …`, a font's name record): the file looks like any other and carries it along.
 */
export function inspectDocumentProperties(analysis: ProgramAnalysis, statement: Statement): void {
  if (analysis.program.language === 'bash' || analysis.program.language === 'powershell') return;
  const values = [
    ...statement.calls.filter((call) => DOCUMENT_PROPERTY_WRITER.test(call.name)).map((call) => call.args.join(' ')),
    ...[...statement.text.matchAll(DOCUMENT_PROPERTY_SET)].map((match) => statement.text.slice(match.index + match[0].length, match.index + match[0].length + 400)),
  ];
  const archiveComment = ARCHIVE_COMMENT_SET.exec(statement.text);
  if (archiveComment && analysis.wholeHas(ARCHIVE_LIBRARY)) {
    const labels = analysis.labelsOf(statement.text.slice(archiveComment.index + archiveComment[0].length), statement.uses);
    if (labels.has('secret') || labels.has('environment')) return void analysis.hiddenInFileWrites.push({ at: statement, why: 'writes a secret into an archive\'s comment, which nobody unpacking it looks at and every copy of the archive carries to wherever it is published or sent' });
  }
  if (values.length === 0) return;
  const labels = analysis.labelsOf(values.join(' '), statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.hiddenInFileWrites.push({ at: statement, why: 'writes a secret into the properties of a document or font, where nobody looks and from where it leaves with the file wherever it is shared, published or sent' });
}

/**
 * A header, cookie, user agent or referer written into the configuration file of a command-line HTTP client
 * (`~/.curlrc`, `~/.wgetrc`): every later request of that client, to any host, carries what the line holds.
 */
export function inspectClientConfigHeader(analysis: ProgramAnalysis, statement: Statement): void {
  const targets = [...statement.writes, ...statement.calls.flatMap((call) => writtenFiles(call))];
  if (!targets.some((target) => HTTP_CLIENT_CONFIG.test(target.replace(/["']/g, '')))) return;
  if (!HTTP_CLIENT_CONFIG_CARRIER.test(statement.text)) return;
  const labels = analysis.labelsOf(statement.text, statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', statement, 'writes a secret into a request header that an HTTP client\'s configuration adds to every request, to whichever host it goes');
}

/**
 * A secret reshaped (hex, base64) and handed to a test runner's hook that prints it into the run's output: what a
 * report hook returns, or what it writes through the runner's reporter. Test suites run in CI, whose log keeps
 * that output for everyone who can see the run, and the reshaped value slips past the log's secret masking.
 */
export function inspectTestRunnerReport(analysis: ProgramAnalysis, statement: Statement): void {
  const hook = statement.inFunction?.name;
  if (analysis.program.language !== 'python' || !hook || !TEST_RUNNER_HOOK.test(hook)) return;
  const returned = statement.returns && RUNNER_PRINTS_RETURN.test(hook) ? [statement.text.replace(/^\s*return\b/, '')] : [];
  const reporters = statement.inFunction!.params;
  const written = statement.calls.filter((call) => RUNNER_REPORT_WRITE.test(call.name) && reporters.includes(call.name.slice(0, call.name.indexOf('.')))).map((call) => call.args.join(' '));
  for (const printed of [...returned, ...written]) {
    if (HASHES.test(printed)) continue;
    const labels = analysis.labelsOf(printed, statement.uses);
    if ((labels.has('secret') || labels.has('environment')) && (labels.has('encoded') || encodes(printed))) return analysis.report('covert-channel', statement, 'reshapes a secret so log masking no longer hides it and hands it to a test runner hook that prints it into the run\'s output, which CI keeps in its log for others to read');
  }
}

/**
 * What the browser holds for the user's session (cookies, stored tokens) put into the events an error-reporting or
 * analytics SDK sends: assigned or attached inside the hook the SDK calls on each event before sending it
 * (`beforeSend(event) { event.tags = … }`), or set as context that SDK adds to every event (`sdk.register({…})`).
 */
export function inspectTelemetryEvent(analysis: ProgramAnalysis, statement: Statement): void {
  if (analysis.program.language !== 'javascript' && analysis.program.language !== 'typescript') return;
  // A call of the SDK read as a request of its own is judged as one, with what it sends.
  if (statement.calls.some((call) => analysis.isNetwork(call))) return;
  const text = statement.text;
  const uses = statement.uses.filter((used) => !statement.defines.includes(used));
  const secret = (piece: string) => {
    const labels = analysis.labelsOf(piece, uses);
    return labels.has('secret') || labels.has('environment');
  };
  // A statement of the hook's body (`beforeSend(event) { event.tags = … }`), or the hook written inline in the call that sets it up.
  const inHook = TELEMETRY_SEND_HOOK.test(`${statement.inFunction?.name ?? ''}(`);
  if (inHook || TELEMETRY_SEND_HOOK.test(text)) {
    // Only what the hook puts into the event, not what it merely reads to decide (`if (document.cookie.includes(…)) return null`).
    const attached = text.split(/[;\n]/).filter((piece) => TELEMETRY_EVENT_FIELD.test(piece) || TELEMETRY_CONTEXT_SETTER.test(piece));
    // What the event already carries (`event.request.headers = scrub(event.request.headers)`) is the SDK's, not added by the hook.
    const events = new Set([...(inHook ? statement.inFunction!.params : []), ...Array.from(text.matchAll(TELEMETRY_HOOK_PARAMETER), (match) => match[1]!)]);
    const added = (piece: string) => piece.replace(/[A-Za-z_$][\w$]{0,60}(?:\??\.[A-Za-z_$][\w$]{0,60}){0,6}/g, (chain) => (events.has(chain.split(/\??\./)[0]!) ? ' ' : chain));
    if (attached.some((piece) => secret(added(piece)))) return analysis.report('covert-channel', statement, 'puts the cookies or stored tokens of the user\'s browser session into the events its error or analytics SDK sends, so they leave with every report');
  }
  const setter = TELEMETRY_CONTEXT_SETTER.exec(text);
  if (!setter) return;
  const receiver = text.slice(0, setter.index).match(/[A-Za-z_$][\w$]{0,60}$/)?.[0];
  if (!receiver || !analysis.wholeHas(new RegExp(`\\b${escapeName(receiver)}\\.(?:init|start)\\s{0,4}\\(`))) return;
  if (secret(text.slice(setter.index))) analysis.report('covert-channel', statement, 'puts the cookies or stored tokens of the user\'s browser session into the context its analytics SDK adds to every event, so they leave with every report');
}

/**
 * A bundler's naming pattern for the files it emits (`filename: `[name].${tag}.js``, `entryFileNames`, `entryNames`,
 * rollup's `output.file`) made from a secret: the built files are served or published under those names, so the
 * secret reaches every visitor, CDN log and cache that sees them.
 */
export function inspectEmittedFileNames(analysis: ProgramAnalysis, statement: Statement): void {
  if (analysis.program.language !== 'javascript' && analysis.program.language !== 'typescript') return;
  const text = statement.text;
  const options = [...text.matchAll(EMITTED_FILE_NAME)];
  if (/\boutput\s{0,4}[:=]/.test(text)) options.push(...text.matchAll(OUTPUT_FILE_OPTION));
  const uses = statement.uses.filter((used) => !statement.defines.includes(used));
  for (const option of options) {
    const labels = analysis.labelsOf(option[1]!, uses);
    if (labels.has('secret') || labels.has('environment')) return analysis.report('covert-channel', statement, 'names the files its build emits after a secret, so the secret is served with them to every visitor, cache and CDN log');
  }
}

/**
 * A secret written into the default headers or cookies of an HTTP client object (`s.headers["User-Agent"] = …`,
 * `axios.defaults.headers.common[…] = …`, `client.DefaultRequestHeaders.Add(…)`): every request the client makes,
 * to whichever host, carries it. A login header (`Authorization`, `X-Api-Key`, a session cookie) carrying its
 * credential as issued is how the client logs in; a secret under another name, reshaped (hex, Base64) or the whole
 * environment is hidden there.
 */
export function inspectClientDefaultHeader(analysis: ProgramAnalysis, statement: Statement): void {
  if (analysis.program.language === 'bash' || analysis.program.language === 'powershell') return;
  const match = CLIENT_DEFAULT_HEADER.exec(statement.text);
  if (!match || AUTH_CONTEXT.test(statement.text)) return;
  const receiver = match[1]!;
  if (!match[2] && !isClientObject(analysis, receiver)) return;
  const written = statement.text.slice(match.index + match[0].length);
  const labels = analysis.labelsOf(written, statement.uses.filter((used) => used !== receiver));
  if (!labels.has('secret') && !labels.has('environment')) return;
  const loginHeader = LOGIN_HEADER_NAME.test(/["'`]([^"'`\n]{1,80})["'`]/.exec(`${match[0]}${written.slice(0, 200)}`)?.[1] ?? '');
  if (loginHeader && !labels.has('environment') && !labels.has('encoded') && !encodes(written)) return;
  // A client the program itself sends with is reported at the request, which carries the header.
  if (new RegExp(String.raw`(?<![\w$.])${escapeName(receiver)}\.(?:get|post|put|patch|delete|head|request|send)\w{0,10}\s{0,4}[(<]`).test(analysis.whole)) return;
  analysis.report('covert-channel', statement, 'writes a secret into the default headers or cookies of an HTTP client, so every request it makes carries the secret to whichever host it goes');
}

/** Whether the attributes of a message given to a publish call (`{ data, attributes: attrs }`) carry a secret or the environment. */
export function secretInMessageAttributes(analysis: ProgramAnalysis, arg: string, statement: Statement): boolean {
  const at = MESSAGE_ATTRIBUTES.exec(arg);
  if (!at) return false;
  const labels = analysis.labelsOf(arg.slice(at.index + at[0].length, at.index + at[0].length + 400), statement.uses);
  return labels.has('secret') || labels.has('environment');
}

/**
 * The environment or a secret put into a trace (`span.set_attribute(…)`, `span.addEvent(…)`) by a program that
 * exports its traces to a collector: the secret leaves with the telemetry.
 */
export function inspectSpanAttributes(analysis: ProgramAnalysis, statement: Statement): void {
  if (!SPAN_FIELD_SETTER.test(statement.text) || !analysis.wholeHas(TRACE_EXPORTER)) return;
  const labels = new Set(statement.uses.filter((used) => !statement.defines.includes(used)).flatMap((used) => [...analysis.labelsOfName(used)]));
  for (const label of analysis.intrinsicLabels(statement.text).labels) labels.add(label);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', statement, 'puts the environment or a secret into the traces it exports to a collector, so they leave with the telemetry');
}

/**
 * The environment or a secret put into what every span or request of a traced program carries: the attributes of its
 * telemetry resource (`Resource.create({…})`) when it exports traces, or baggage, which propagation writes into the
 * headers of outgoing requests to whichever host they go.
 */
export function inspectTelemetryContext(analysis: ProgramAnalysis, statement: Statement): void {
  const resource = TELEMETRY_RESOURCE.test(statement.text) && analysis.wholeHas(TRACE_EXPORTER);
  if (!resource && !(TELEMETRY_BAGGAGE.test(statement.text) && analysis.wholeHas(BAGGAGE_PROPAGATION))) return;
  const labels = analysis.labelsOf(statement.text, statement.uses.filter((used) => !statement.defines.includes(used)));
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', statement, resource ? 'puts a secret into the resource attributes of its telemetry, which every exported span carries to the collector' : 'puts a secret into trace baggage, which propagation adds as a header to every outgoing request, to whichever host it goes');
}

/**
 * A secret as the payload of a keep-alive ping (`ws.ping(…)`, an HTTP/2 `conn.ping(…)`): the frame goes to the peer
 * like any data, but nothing that reads the traffic or the code looks at a ping's payload.
 */
export function inspectPingPayload(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language === 'bash' || analysis.program.language === 'powershell' || !PING_FRAME_CALL.test(call.name) || call.args.length === 0) return;
  const labels = analysis.labelsOf(call.args.join(' '), statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', call, 'sends a secret as the payload of keep-alive pings, which reach the peer with the connection but are never looked at');
}

/**
 * A secret given as a label of a container image (`docker build --label k=$v`) that the skill pushes: the labels are
 * part of the image's configuration, which anyone who may pull the image reads.
 */
export function inspectImageLabel(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language !== 'bash' || !CONTAINER_BUILDER.test(call.name) || !call.args.includes('build') && !call.args.includes('buildx')) return;
  const labelled = call.args.filter((arg, index) => /^--label(?:=|$)/.test(arg) || /^--label$/.test(call.args[index - 1] ?? ''));
  if (labelled.length === 0 || !(analysis.wholeHas(IMAGE_PUSH) || call.args.includes('--push'))) return;
  const labels = analysis.labelsOf(labelled.join(' '), statement.uses);
  // `--label k="$(env | base64)"`: a command inside the label's value hands its output over.
  const dumped = analysis.callsWithin(call, statement).some((inner) => isEnvironmentDump(analysis, inner) && labelled.some((arg) => arg.includes(`$(${inner.name}`)));
  if (labels.has('secret') || labels.has('environment') || dumped) analysis.report('covert-channel', call, 'writes a secret into a label of a container image it pushes, where anyone who may pull the image reads it');
}

/**
 * A secret written into a field of a record that others read or that leaves with it: a tag or label of a cloud
 * resource (read by anyone who may list the account, copied into billing exports and inventories), a label of a
 * metric pushed to a gateway (shown on every dashboard that scrapes it), a calendar event (sent to its attendees).
 */
export function inspectSharedRecordFields(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  const shell = analysis.program.language === 'bash' || analysis.program.language === 'powershell';
  const { name, args } = shell ? analysis.effective(call) : call;
  let values: string;
  let why: string;
  if (shell) {
    if (!CLOUD_CLI.test(name) && !(analysis.program.language === 'powershell' && POWERSHELL_CHANGER.test(name))) return;
    values = tagFlagValues(name === 'aws' && AWS_TAGGING_VERB.test(args[1] ?? '') ? ['--tags', ...args.slice(2)] : args);
    why = 'writes a secret into the tags or labels of a cloud resource, which anyone who may list the account\'s resources reads and billing exports and inventories copy';
  } else if (TAGGING_METHOD.test(call.name)) {
    values = call.args.join(' ');
    why = 'writes a secret into the tags or labels of a cloud resource, which anyone who may list the account\'s resources reads and billing exports and inventories copy';
  } else if (METRIC_PUSH.test(call.name) || (/(?:^|\.)labels$/.test(call.name) && analysis.wholeHas(METRIC_CLIENT))) {
    values = call.args.join(' ');
    why = 'puts a secret into the labels of a metric, which every dashboard and scraper of the metrics shows';
  } else if (CALENDAR_EVENT_WRITE.test(call.name)) {
    values = call.args.join(' ');
    why = 'writes a secret into a calendar event, which its attendees and everyone the calendar is shared with receive';
  } else return;
  if (!values) return;
  const labels = analysis.labelsOf(values, statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', call, why);
}

/**
 * `bucket.labels = {…}` then `bucket.patch()`: a resource's tags or labels set as a member and saved, which
 * carries the value into the resource's metadata like a tagging call does.
 */
export function inspectResourceLabelAssignment(analysis: ProgramAnalysis, statement: Statement): void {
  if (analysis.program.language === 'bash' || analysis.program.language === 'powershell') return;
  const member = LABEL_MEMBER_SET.exec(statement.text);
  if (!member || !analysis.wholeHas(new RegExp(`\\b${escapeName(member[1]!)}\\.(?:patch|update|save|put|commit)\\(`))) return;
  const labels = analysis.labelsOf(statement.text.slice(member[0].length), statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', statement, 'writes a secret into the tags or labels of a cloud resource, which anyone who may list the account\'s resources reads and billing exports and inventories copy');
}

/**
 * Downloaded text handed to a loader that runs code as it loads: PyYAML's unsafe loaders (`yaml.load(text,
 * Loader=yaml.UnsafeLoader)`, `yaml.unsafe_load`), which build whatever Python objects the document names; Node's
 * module compiler (`module._compile(code)`); the standard input of a shell or interpreter started without a script
 * (`spawn("bash").stdin.end(code)`), which runs what it reads there.
 */
export function inspectFetchedLoader(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language === 'bash') return;
  const unsafeYaml = /^(?:yaml\.)?unsafe_load(?:_all)?$/.test(call.name) || (/^yaml\.load(?:_all)?$/.test(call.name) && call.args.slice(1).some((arg) => UNSAFE_YAML_LOADER.test(arg.trim())));
  const loads = unsafeYaml || /^[\w$.]{1,100}\._compile$/.test(call.name) || feedsInterpreterInput(analysis, call);
  if (!loads || !analysis.labelsOf(call.args[0] ?? '', statement.uses).has('fetched') || allowedFetch(analysis, statement.text)) return;
  analysis.report('download-exec', call, 'hands code it downloaded to something that runs it as it loads, without checking it');
}

/**
 * `rundll32 javascript:"…mshtml,RunHTMLApplication";…GetObject("script:URL")` on a shell or batch line: the shell
 * splits the script at its semicolons, but rundll32 gets the whole line and runs the scriptlet the address serves.
 */
export function inspectScriptUrlLauncher(analysis: ProgramAnalysis, call: Call): void {
  if (analysis.program.language !== 'bash' || !/^rundll32(?:\.exe)?$/i.test(call.name) || !call.args.some((arg) => /^["']?(?:javascript|vbscript):/i.test(arg))) return;
  const lineEnd = analysis.whole.indexOf('\n', call.start);
  const line = analysis.whole.slice(call.start, lineEnd === -1 ? undefined : lineEnd);
  const urls = urlsIn(line).filter((url) => !isLoopbackUrl(url));
  if (urls.length > 0 && !allowedFetch(analysis, line)) analysis.report('download-exec', call, 'runs a script the address serves through rundll32 and the browser engine, bypassing any review');
}

/** A library this shell program downloaded, preloaded into the programs it starts (`LD_PRELOAD=lib.so cmd`, `export LD_PRELOAD=…`). */
export function inspectPreloadedDownload(analysis: ProgramAnalysis, statement: Statement): void {
  if (analysis.program.language !== 'bash' || !statement.text.includes('LD_PRELOAD=')) return;
  const preloaded = /\b(?:LD_PRELOAD|DYLD_INSERT_LIBRARIES)=("[^"\n]{1,300}"|'[^'\n]{1,300}'|[^\s;&|]{1,300})/.exec(statement.text)?.[1];
  if (!preloaded || ![...analysis.downloaded].some((path) => !analysis.allowedDownloads.has(path) && preloaded.split(':').some((part) => sameFile(part.replace(/^["']|["']$/g, ''), path)))) return;
  analysis.report('download-exec', statement, 'preloads a library it downloaded into the programs it starts, so its code runs inside each of them');
}

/** `… | zip -z archive`: zip reads the archive's comment from the pipe, so what was piped in travels inside the archive unseen. */
export function inspectArchiveComment(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language !== 'bash' || call.pipedFrom === null) return;
  const { name, args } = analysis.effective(call);
  if (name !== 'zip' || !args.some((arg) => /^-[A-Za-y]{0,10}z[A-Za-z]{0,10}$/.test(arg))) return;
  const archive = args.find((arg) => !arg.startsWith('-'));
  const labels = analysis.upstreamLabels(call, statement);
  if (archive && (labels.has('secret') || labels.has('environment'))) analysis.taintFile(archive.replace(/^["']|["']$/g, ''), new Set<Label>([...labels, 'covert']));
}

/**
 * `git tag -a v1 -F - <<EOF … $blob … EOF`: a message read from standard input is the here-document or pipe that
 * feeds the command, whose variables are the statement's, not the command's arguments.
 */
export function messageFromInputCarriesSecret(analysis: ProgramAnalysis, gitArgs: readonly string[], statement: Statement): boolean {
  if (analysis.program.language !== 'bash') return false;
  const fromInput = gitArgs.some((arg, index) => /^--file=(?:-|\/dev\/stdin)$/.test(arg) || (/^(?:-F|--file)$/.test(gitArgs[index - 1] ?? '') && /^(?:-$|\/dev\/stdin$|<<)/.test(arg)));
  if (!fromInput) return false;
  const labels = analysis.labelsOf(statement.text, statement.uses);
  return labels.has('secret') || labels.has('environment');
}

/** `GIT_AUTHOR_DATE=… git commit`: the dates and identity given to one commit travel with it to every clone. */
export function stampedBySecret(analysis: ProgramAnalysis, call: Call, statement: Statement): boolean {
  if (analysis.program.language !== 'bash') return false;
  // The assignments before the command word are part of the call's text.
  const text = analysis.whole.slice(call.start, call.end);
  const prefix = text.slice(0, Math.max(0, text.search(/(?:^|\s)git\s/)));
  const stamps = [...prefix.matchAll(COMMIT_STAMP)].map((stamp) => stamp[1]).join(' ');
  if (!stamps) return false;
  const labels = analysis.labelsOf(stamps, statement.uses);
  return labels.has('secret') || labels.has('environment');
}

/**
 * A DNS lookup of a name made from each line an encoder prints (`… | base32 | while read l; do host "$l.zone"`,
 * `for c in $(… | xxd -p)`, the loop read as the variable's value): whatever was encoded leaves chunk by chunk in the names, whatever it is.
 */
export function inspectEncodedLookups(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language !== 'bash') return;
  const { name, args } = analysis.effective(call);
  if (!DNS_COMMANDS.has(name.toLowerCase()) && !(name === 'getent' && args.some((arg) => /^a?hosts/.test(arg)))) return;
  const loop = ENCODED_LINE_LOOP.exec(statement.text);
  const variables = [loop?.[1], ...statement.uses.filter((used) => ENCODER_OUTPUT.test(analysis.definitions.get(used) ?? ''))].filter((name): name is string => name !== undefined);
  if (variables.some((variable) => args.some((arg) => new RegExp(`\\$\\{?${escapeName(variable)}\\}?[.-]`).test(arg)))) analysis.report('covert-channel', call, 'looks up names made from chunks of encoded data, which carry the data out through DNS past most firewalls');
}

/**
 * A secret drawn as a QR code or barcode (`qrcode.make(…)`, `qrencode`): the picture looks like any other and
 * anyone who sees it, in a commit, a page or a screenshot, reads the secret back. A code drawn on the terminal
 * stays on the screen, and some codes are made to be scanned: an authenticator enrolment (`otpauth://…`,
 * `provisioning_uri(…)`) or a Wi-Fi network's join code (`WIFI:…`).
 */
export function inspectQrCode(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  const { name, args } = analysis.program.language === 'bash' || analysis.program.language === 'powershell' ? analysis.effective(call) : call;
  if (!QR_ENCODER.test(name)) return;
  if (name === 'qrencode' && !args.some((arg, index) => /^(?:-o|--output)$/.test(args[index - 1] ?? '') && arg !== '-')) return;
  const data = args.filter((arg, index) => !arg.startsWith('-') && !/^(?:-o|--output|-t|--type)$/.test(args[index - 1] ?? '')).join(' ');
  if (SCANNED_PAYLOAD.test(`${data} ${analysis.resolve(data)}`)) return;
  const labels = analysis.labelsOf(data, statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.hiddenInFileWrites.push({ at: call, why: 'draws a secret as a QR code or barcode, a picture that looks harmless and gives the secret to anyone who sees it' });
}

/**
 * A file or folder named after a secret created in a folder a sync client uploads (Dropbox, OneDrive, iCloud
 * Drive): the name reaches the cloud account and every device linked to it, even when the file is empty.
 */
export function inspectSyncedName(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  let path: string;
  if (analysis.program.language === 'bash' || analysis.program.language === 'powershell') {
    const { name, args } = analysis.effective(call);
    if (!/^(?:touch|mkdir|new-item|ni|md)$/i.test(name)) return;
    path = args.filter((arg) => !arg.startsWith('-')).join(' ');
  } else {
    if (!/(?:^|\.)(?:touch|mkdir|makedirs|mkdirSync|open|writeFileSync|write_text|write_bytes)$/.test(call.name)) return;
    const dot = call.name.lastIndexOf('.');
    path = `${dot > 0 ? call.name.slice(0, dot) : ''} ${dot > 0 && /(?:touch|mkdir|write_text|write_bytes)$/.test(call.name) ? '' : call.args[0] ?? ''}`;
  }
  if (!SYNC_FOLDER.test(analysis.resolve(path))) return;
  const labels = analysis.labelsOf(path, statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', call, 'names a file or folder after a secret in a folder a sync client uploads, so the name reaches the cloud account and every device linked to it');
}

/**
 * A command that only asks about a name or announces it: a package looked up in a registry (`npm view`,
 * `pip download`) or a service announced on the local network (`avahi-publish`, `dns-sd -R`); in code, a
 * connection's announced name. A secret in that name goes to the registry, the network or the server.
 */
export function inspectNameAnnouncement(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language !== 'bash' && analysis.program.language !== 'powershell') {
    // A TLS socket wrapped with a server name (`wrap_socket(sock, server_hostname=…)`); a client that connects itself is read as a sender.
    if (!analysis.isNetwork(call) && secretInAnnouncedName(analysis, call.args, statement)) analysis.report('covert-channel', call, 'puts secrets into the name a connection announces (a TLS server name, an SMTP greeting), which travels to whoever answers');
    return;
  }
  const { name, args } = analysis.effective(call);
  const words = `${name.toLowerCase()} ${args.slice(0, 2).join(' ')}`;
  const radioName = broadcastRadioName(analysis, name.toLowerCase(), args);
  if (radioName !== undefined) {
    const labels = analysis.labelsOf(radioName, statement.uses);
    if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', call, 'broadcasts a name made from a secret (a Bluetooth name, a hotspot\'s network name), which every device in radio range receives');
    return;
  }
  if (!REGISTRY_LOOKUP.test(words) && !NAME_ANNOUNCER.test(words)) return;
  const labels = analysis.labelsOf(args.join(' '), statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', call, REGISTRY_LOOKUP.test(words) ? 'puts a secret into the name of a package it looks up, which the registry receives and logs' : 'announces a service on the local network under a name made from a secret, which every machine there receives');
}

/** The name a command makes the machine broadcast over radio: a Bluetooth alias or name, a hotspot's or access point's network name. */
export function broadcastRadioName(analysis: ProgramAnalysis, name: string, args: readonly string[]): string | undefined {
  if (name === 'bluetoothctl' && /^(?:system-alias|set-alias)$/.test(args[0] ?? '')) return args[1];
  if (name === 'hciconfig' && args[1] === 'name') return args[2];
  if (name === 'nmcli' && args.includes('hotspot')) return args[args.indexOf('ssid') + 1 || args.length];
  if (name === 'nmcli' && args.includes('802-11-wireless.ssid')) return args[args.indexOf('802-11-wireless.ssid') + 1];
  return undefined;
}

/**
 * A key agent's socket (`$SSH_AUTH_SOCK`, gpg-agent's `S.gpg-agent`) relayed to a network peer (`socat UNIX-CONNECT:$SSH_AUTH_SOCK
 * TCP:host:port`, `ssh -R port:$SSH_AUTH_SOCK host`): whoever holds the other end signs with the user's keys for as long as it runs.
 */
export function inspectAgentSocketRelay(analysis: ProgramAnalysis, call: Call): void {
  if (analysis.program.language !== 'bash') return;
  const { name, args } = analysis.effective(call);
  const agentSocket = (arg: string) => AGENT_SOCKET.test(arg) || AGENT_SOCKET.test(analysis.resolve(arg));
  if (name === 'socat') {
    const relayed = args.some((arg) => /^["']?UNIX(?:-CONNECT|-CLIENT)?:/i.test(arg) && agentSocket(arg));
    const networkEnd = args.some((arg) => /^["']?(?:TCP[46]?|OPENSSL|SSL|UDP[46]?|SCTP[46]?):[^,\s]{1,300}/i.test(arg) || (/^["']?(?:TCP[46]?|OPENSSL|SSL)-LISTEN:/i.test(arg) && !/\bbind=(?:127\.|localhost|\[?::1)/i.test(arg)));
    if (relayed && networkEnd) analysis.report('exfiltration', call, 'relays the key agent\'s socket to the network, so whoever is at the other end can sign with the user\'s keys');
    return;
  }
  if (name === 'ssh' && args.some((arg, at) => args[at - 1] === '-R' && agentSocket(arg))) analysis.report('exfiltration', call, 'forwards the key agent\'s socket to a remote host, so whoever controls that host can sign with the user\'s keys');
}

/**
 * A git hook that writes a secret into the commit message file it is handed (`>> "$1"`, `open(sys.argv[1], "a")`):
 * every commit then carries the secret in its message to wherever the repository is pushed.
 */
export function inspectCommitMessageHook(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (!analysis.context.commitMessageHook) return;
  let target: string;
  let data: string;
  if (analysis.program.language === 'bash') {
    target = [...call.args.map((arg) => /^>>?\s*(\S.*)$/.exec(arg)?.[1]).filter((path): path is string => path !== undefined), ...statement.writes].join(' ');
    data = call.args.filter((arg) => !arg.startsWith('>')).join(' ');
  } else {
    if (!WRITES_OUT.test(call.name)) return;
    const dot = call.name.lastIndexOf('.');
    const receiver = dot > 0 ? call.name.slice(0, dot) : '';
    target = `${receiver} ${analysis.definitions.get(receiver) ?? ''} ${call.args[0] ?? ''}`;
    data = call.args.join(' ');
  }
  if (!MESSAGE_FILE_ARGUMENT.test(analysis.resolve(target))) return;
  const labels = analysis.labelsOf(data, statement.uses);
  if (labels.has('secret') || labels.has('environment')) analysis.report('covert-channel', call, 'writes a secret into the commit message from a git hook, so every commit carries it to wherever the repository is pushed');
}

/** Whether the program names a CI runner's token or a secret the skill's workflow binds (asked once: every print asks). */
export function namesCiSecret(analysis: ProgramAnalysis): boolean {
  if (analysis.ciSecretNamed === null) {
    const secrets = analysis.context.secretVariables;
    analysis.ciSecretNamed = CI_RUNNER_TOKEN.test(analysis.whole) || (secrets !== undefined && [...(analysis.whole.match(/\b[A-Z][A-Z0-9_]{2,100}\b/g) ?? [])].some((word) => secrets.has(word)));
  }
  return analysis.ciSecretNamed;
}

export function inspectCiLogPrint(analysis: ProgramAnalysis, call: Call, statement: Statement): void {
  if (analysis.program.language === 'bash' || !analysis.printsArguments(call, statement)) return;
  if (!namesCiSecret(analysis)) return;
  const printed = call.args.join(' ');
  // A digest of the secret cannot be turned back into it.
  if (HASHES.test(printed)) return;
  const labels = analysis.labelsOf(printed, statement.uses);
  if ((labels.has('secret') || labels.has('environment')) && (labels.has('encoded') || encodes(printed) || /\^/.test(printed))) analysis.report('covert-channel', call, 'reshapes a CI secret so log masking no longer hides it and prints it into the run\'s log, where others can read it');
}

/** What this program prints to its standard output that matters when another step captures it: secrets and the environment. */
export function printedLabels(analysis: ProgramAnalysis): Set<Label> {
  const printed = new Set<Label>();
  for (const statement of analysis.program.statements) {
    for (const call of statement.calls) {
      const prints = analysis.program.language === 'bash'
        ? statement.writes.length === 0 && statement.defines.length === 0 && /^(?:echo|printf|cat|base64|xxd|od|env|printenv|jq|head|tail|tr|rev|gzip)$/.test(call.name) && !call.args.some((arg) => /^>/.test(arg)) && !statement.calls.some((other) => other.pipedFrom === call)
        : /^(?:print|pprint|sys\.stdout\.write|console\.log|console\.info|process\.stdout\.write|write-output|write-host|echo)$/i.test(call.name);
      if (!prints) continue;
      const labels = analysis.program.language === 'bash' ? new Set([...analysis.labelsOf(`${call.name} ${call.args.join(' ')}`, statement.uses), ...analysis.upstreamLabels(call, statement)]) : analysis.labelsOf(call.args.join(' '), statement.uses);
      if (isEnvironmentDump(analysis, call)) labels.add('environment');
      for (const label of labels) if (label === 'secret' || label === 'environment') printed.add(label);
    }
  }
  return printed;
}

/**
 * Whether a piece of a secret picks whether this pause runs: a shell test of one character of it in the same line
 * (`[ "${bits:i:1}" = 1 ] && sleep 0.6 || sleep 0.2`) or the condition of the block around the pause
 * (`if [ "${bits:i:1}" = 1 ]; then sleep 1.6; else …`, `if bit: time.sleep(1.6)` with `bit` taken from the secret in a loop).
 */
export function pausePickedBySecret(analysis: ProgramAnalysis, statement: Statement, text: string): boolean {
  const secret = (name: string) => analysis.labelsOfName(name).has('secret') || analysis.labelsOfName(name).has('environment');
  // A shell condition names its variables with their sigil (`[ "$bit" = 1 ]`).
  const shellLike = analysis.program.language === 'bash';
  const sameLine = analysis.program.language === 'bash' && /&&|\|\|/.test(text) && Array.from(text.matchAll(SECRET_PIECE), (match) => match[1]!).some((name) => statement.uses.includes(name) && secret(name));
  // A piece is a character or slice (`${bits:i:1}`, `${bits[i]}`), not a default (`${TOKEN:-}`), which only asks whether it is set.
  const pieces = (condition: string) => Array.from(condition.matchAll(SECRET_PIECE)).filter((match) => !/^\$\{\w+:[-=+?]/.test(match[0])).map((match) => match[1]!);
  return sameLine || (statement.guardedBy ?? []).some((condition) => (analysis.program.language === 'bash' && pieces(condition).some(secret))
    || (condition.match(/[A-Za-z_$][\w$]*/g) ?? []).map((name) => (shellLike ? name.replace(/^\$/, '') : name)).some((name) => secret(name) && analysis.isLoopVariable(name)));
}
