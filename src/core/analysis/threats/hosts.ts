// Hosts and addresses: which name a service, a placeholder, or this machine and its private network.
import { type ISSUING_SERVICES, urlsIn } from './common.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

/** A host name of this machine, quoted or as a shell pattern. */
export const LOOPBACK_NAME = String.raw`(?:["']?(?:localhost|127\.0\.0\.1|::1|\[::1\])["']?)`;
export const TENANT_HOST = /^(?:[\w-]{1,63}\.){0,4}?([\w-]{1,63})\.(?:github\.io|gitlab\.io|bitbucket\.io|codeberg\.page|(?:app\.)?github\.dev|netlify\.app|vercel\.app|herokuapp\.com|pages\.dev|workers\.dev|web\.app|firebaseapp\.com|azurewebsites\.net|azurestaticapps\.net|onrender\.com|fly\.dev|replit\.app|repl\.co|glitch\.me|surge\.sh|deno\.dev|ngrok(?:-free)?\.(?:io|app|dev)|trycloudflare\.com|loca\.lt|readthedocs\.io|gitbook\.io)$/i;

/** The word of a host name its owner registered (`github` in api.github.com, `example` in x.example.co.uk, `name` in name.github.io). */
export function mainLabel(host: string): string {
  const tenant = TENANT_HOST.exec(host);
  if (tenant) return tenant[1]!.toLowerCase();
  const labels = host.toLowerCase().split('.');
  return labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels.at(-2)!) ? labels.at(-3)! : labels.at(-2) ?? host;
}
/** An address on this machine: `localhost`, the loopback network or `::1`. */
export const isLoopbackUrl = (url: string): boolean => /^\w+:\/\/(?:localhost|[\w-]{1,63}\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(?:[:/?#]|$)/i.test(url);

/**
 * Whether a download comes over HTTPS from a named host. Showing a script before running it counts as a
 * review only then: a bare address answers to no one, and plain HTTP lets anyone on the path swap what
 * is served, so such a download stays an error however it is shown.
 */
export function servedByNamedHost(url: string): boolean {
  try {
    const { protocol, hostname, username, password } = new URL(url);
    return protocol === 'https:' && !username && !password && hostname.includes('.') && !/^[\d.]+$|^\[/.test(hostname);
  } catch {
    return false;
  }
}

/** The addresses a text names: URLs, and host names quoted alone (`HTTPSConnection("api.example.org")`). */
export function hostsNamedIn(text: string): string[] {
  return [...urlsIn(text), ...Array.from(text.matchAll(/["'`]((?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24})["'`]/gi), (match) => `https://${match[1]!}/`)];
}

export const SELF_HOSTED = /ENTERPRISE|(?:^|_)GHE(?:_|$)|SELF_?HOSTED|ON_?PREM/i;

/**
 * Whether a host belongs to a service: the word its owner registered is, or (for longer words) contains, one of the
 * service's (`api.github.com`, `raw.githubusercontent.com`, `hf.co`). Anyone may put the service's word in a name
 * under a domain of their own (`github.ci-metrics.net`); only a cloud platform's own domain hosts a service under
 * its name (`res.openai.azure.com`).
 */
export function hostOfService(host: string, service: (typeof ISSUING_SERVICES)[number]): boolean {
  // A user's site on a platform's domain is no service's, whatever its user called it (`openai-proxy.vercel.app`).
  if (TENANT_HOST.test(host)) return false;
  const registered = mainLabel(host);
  const labels = host.toLowerCase().split('.');
  return service.hosts.some((word) => (word.length <= 3 ? registered === word : registered.includes(word)) || (CLOUD_PLATFORM_DOMAIN.test(registered) && labels.includes(word)));
}

/** The registered words of cloud platforms that host other companies' services under their names (Azure OpenAI, Bedrock). */
export const CLOUD_PLATFORM_DOMAIN = /^(?:azure|amazonaws)$/;

/** A host written as a placeholder for the user to fill in: an upper-case name with an underscore (`LAB_VPN_IP`), not a variable. */
export const PLACEHOLDER_HOST = /^([A-Z][A-Z0-9]{0,30}_[A-Z0-9_]{1,30})$/;
/** What a remote shell to a placeholder host is told as: a warning, since the lab machine is the user's to fill in. */
export const PLACEHOLDER_REMOTE_SHELL = 'wires a shell to a remote host; the host here is a placeholder, so make sure the one filled in is the user\'s own lab machine';

/** A host under a domain reserved for documentation (RFC 2606, RFC 6761): `example.com`, `vps.example.net`, `box.test`, `x.invalid`. */
export const DOCUMENTATION_HOST = /^(?:[\w-]{1,63}\.){0,6}(?:example\.(?:com|net|org)|[\w-]{1,63}\.(?:example|test|invalid))\.?$/i;
/** What a reverse tunnel of a login port to a placeholder host is told as: a warning, since the server is the user's to fill in. */
export const PLACEHOLDER_TUNNEL = 'exposes this machine\'s remote-login port through a reverse tunnel to a placeholder host; make sure the server filled in is the user\'s own';

// Host classification. Two readings ask whether an address stays on the user's own machine or network: the code
// analysis, of a host a program connects to (`PRIVATE_HOST`), and the reading of a skill's prose, of the value it
// gives a placeholder (`isPublicAddress`). They share the address tables below and keep their own edges.

/** The loopback and private IPv4 networks (RFC 1918), as patterns of an address's first two octets. */
const PRIVATE_IPV4_START = [String.raw`127\.\d{1,3}`, String.raw`10\.\d{1,3}`, String.raw`192\.168`, String.raw`172\.(?:1[6-9]|2\d|3[01])`];
/** Last labels of names only a local resolver knows, and of names reserved for tests and documentation (RFC 2606, RFC 6761). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'test', 'example', 'invalid'];

/**
 * Hosts of the user's own machine or network: loopback, private ranges, and names only a local resolver knows. Besides
 * the shared tables: `0.0.0.0`, `[::1]`, names under `home.arpa`, `.corp` or `.intranet`, and single-label names.
 */
export const PRIVATE_HOST = new RegExp(
  String.raw`^(?:localhost|${PRIVATE_IPV4_START.map((start) => String.raw`${start}\.\d{1,3}\.\d{1,3}`).join('|')}|0\.0\.0\.0|\[::1\]|[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.(?:${[...LOCAL_SUFFIXES, String.raw`home\.arpa`, 'corp', 'intranet'].join('|')}))$|^[\w-]{1,63}$`,
);

/** The first two octets of a private IPv4 address, written without leading zeros (`10.4`, `172.20`). */
const PRIVATE_IPV4_PAIR = new RegExp(`^(?:${PRIVATE_IPV4_START.join('|')})$`);
/**
 * The last label of a file name rather than of a host (`shell.sh`, `values.md`), and the suffixes of private or reserved
 * networks: the shared ones, anything under `.arpa`, and a number.
 */
const NOT_PUBLIC_SUFFIX = new RegExp(String.raw`\.(?:sh|py|md|js|ts|txt|json|ya?ml|ps1|rb|go|pl|conf|cfg|ini|log|xml|html?|csv|toml|${[...LOCAL_SUFFIXES, 'arpa', String.raw`\d+`].join('|')})$`, 'i');

/**
 * Whether an address given as a placeholder's value reaches past the user's own network: not loopback, private or
 * link-local, nor a local or reserved name. `given` is a match whose groups 1 and 2 hold the first two octets of an
 * IPv4 address, when it is one; besides the shared tables, the whole `0.` network and `169.254` (link-local) count as private.
 */
export function isPublicAddress(given: RegExpExecArray): boolean {
  if (given[1] !== undefined) {
    const [a, b] = [Number(given[1]), Number(given[2])];
    return !(PRIVATE_IPV4_PAIR.test(`${a}.${b}`) || a === 0 || (a === 169 && b === 254));
  }
  return !NOT_PUBLIC_SUFFIX.test(given[0].replace(/[^\w.-]+$/, ''));
}
/** An argument that names a host and maybe a path, without a scheme (`collect.example.net/upload`). */
export const SCHEMELESS_HOST = /^["'`]?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}\.[a-z]{2,24}(?::\d{1,5})?(?:\/[^\s]{0,400})?["'`]?$/i;
/** An address whose host is a variable (`https://$host/`, `f"https://{host}/"`, `` `https://${host}/` ``, `"https://" + host`), capturing its name. */
export const HOST_FROM_VARIABLE = /\bhttps?:\/\/(?:["'`]\s{0,5}(?:\+|\.)\s{0,5}|[{$#]{1,4})([A-Za-z_]\w{0,60})\}{0,2}(?=[/:"'`\s+.]|$)/;

export function staysOnThisMachine(analysis: ProgramAnalysis, args: readonly string[]): boolean {
  const urls = urlsIn(analysis.resolve(args.join(' ')));
  if (urls.length === 0 || !urls.every(isLoopbackUrl)) return false;
  return !analysis.wholeHas(FORWARDER) && !analysis.context.relays;
}

/** @internal The addresses a helper's body (and the helpers it calls, two levels deep) talks to, as URLs. */
export function helperHosts(analysis: ProgramAnalysis, name: string, depth = 0): string[] {
  const statements = analysis.program.statements.filter((statement) => statement.inFunction?.name === name).slice(0, 200);
  const text = analysis.resolve(statements.map((statement) => statement.text).join('\n').slice(0, 8000));
  const hosts = hostsNamedIn(text);
  if (depth < 2) for (const callee of new Set(statements.flatMap((statement) => statement.calls.map((call) => call.name)))) if (callee !== name && analysis.sentParameters.has(callee)) hosts.push(...helperHosts(analysis, callee, depth + 1));
  return hosts.slice(0, 50);
}

/**
 * Whether every /dev/tcp address of a text names a placeholder host (`/dev/tcp/LAB_VPN_IP/4444`) that
 * the program never sets and no text of the skill fills with a public address: written so, the shell reaches no one
 * until the user puts their own machine there, as lab teaching does.
 */
/**
 * Whether a tunnel's destination (`user@host`) is a host written for the user to fill in: a name under a domain reserved
 * for documentation (`vps.example.net`, `box.test`), or an upper-case placeholder (`VPS_HOST`) no text of the skill gives a value.
 */
export function tunnelsToPlaceholderHost(analysis: ProgramAnalysis, destination: string): boolean {
  const host = destination.replace(/^["']|["']$/g, '').replace(/^[^@\s]{0,100}@/, '');
  if (DOCUMENTATION_HOST.test(host)) return !analysis.context.mapsHost?.(host);
  const name = PLACEHOLDER_HOST.exec(host)?.[1];
  return name !== undefined && !analysis.definitions.has(name) && !analysis.wholeHas(new RegExp(`(?:^|[\\s;])(?:export\\s{1,4})?${name}=`, 'm')) && !analysis.context.fillsPlaceholder?.(name);
}

export function connectsOnlyToPlaceholderHosts(analysis: ProgramAnalysis, text: string): boolean {
  const hosts = Array.from(text.matchAll(/\/dev\/(?:tcp|udp)\/([^\s/]{1,253})\//g), (match) => match[1]!);
  return hosts.length > 0 && hosts.every((host) => {
    const name = PLACEHOLDER_HOST.exec(host)?.[1];
    return name !== undefined && !analysis.definitions.has(name) && !analysis.wholeHas(new RegExp(`(?:^|[\\s;])(?:export\\s{1,4})?${name}=`, 'm')) && !analysis.context.fillsPlaceholder?.(name);
  });
}

/** The host a socket connects to, written in the code: `/dev/tcp/HOST/…`, `connect(("HOST", …))`, `fsockopen("HOST"`, `TCPSocket.new("HOST"`. */
const SOCKET_HOST = /\/dev\/(?:tcp|udp)\/([^\s/]{1,253})\/|\b(?:connect|create_connection)\(\s{0,4}\(\s{0,4}["']([^"'\s]{1,253})["']|\b(?:fsockopen|TCPSocket\.new|TCPSocket\.open|Socket\.tcp)\(\s{0,4}["']([^"'\s]{1,253})["']/g;
/** A private IPv4 address (RFC 1918), not loopback: a machine of the user's own network or lab VPN. */
const PRIVATE_NETWORK_IPV4 = new RegExp(String.raw`^(?:${PRIVATE_IPV4_START.slice(1).join('|')})\.\d{1,3}\.\d{1,3}$`);
/** What a remote shell to a private-network address is told as: a warning, since only a machine of the user's own network or lab answers there. */
export const PRIVATE_REMOTE_SHELL = 'wires a shell to an address of a private network, as lab and penetration-test guides write it; make sure the machine there is the user\'s own lab machine';

/**
 * Whether every host a shell's socket connects to is a private-network address (`10.10.14.5` of a lab VPN), with no
 * relay in the program to carry the connection further: from the user's machine the shell reaches no one outside
 * their own network or lab.
 */
export function connectsOnlyToPrivateNetwork(analysis: ProgramAnalysis, text: string): boolean {
  const hosts = Array.from(text.slice(0, 8000).matchAll(SOCKET_HOST), (match) => (match[1] ?? match[2] ?? match[3])!);
  return hosts.length > 0 && hosts.every((host) => PRIVATE_NETWORK_IPV4.test(host)) && !analysis.wholeHas(FORWARDER_BEYOND_LISTENER);
}

/** Something that relays a local port elsewhere: socat, netcat or an SSH tunnel, a proxy setting, a redirecting firewall rule, a tunnel tool. */
export const FORWARDER = /\b(?:socat|ncat|nc|netcat|ngrok|cloudflared|frpc|chisel|rinetd|redir|systemd-socket-proxyd|port-forward|proxy_pass|DNAT)\b|\bssh\b[^\n]{0,200}\s-[a-zA-Z]{0,6}[LRD]\b|\b(?:https?|all)_proxy\b|\bproxies\s{0,4}=|--proxy\b|\bREDIRECT\b|\bportproxy\b/i;

/** A relay other than a netcat listener (`nc -lvnp 4444` waits for the lab's shell, it forwards nothing). */
const FORWARDER_BEYOND_LISTENER = /\b(?:socat|ngrok|cloudflared|frpc|chisel|rinetd|redir|systemd-socket-proxyd|port-forward|proxy_pass|DNAT)\b|\b(?:ncat|nc|netcat)\b(?![ \t]{1,4}-[a-z]{0,6}l)|\bssh\b[^\n]{0,200}\s-[a-zA-Z]{0,6}[LRD]\b|\b(?:https?|all)_proxy\b|\bproxies\s{0,4}=|--proxy\b|\bREDIRECT\b|\bportproxy\b/i;

/** The host name of a URL, lower-cased, or '' when it is none. */
export function hostNameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
