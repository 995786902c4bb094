// Where skills are installed from: a site's agent-skills discovery index (a deployed site's URL or a
// local build folder) or a compiled bundle (a `skills.json` file or URL). Everything read is hostile:
// every artifact is checked against its digest before it is used, archives are read by the strict
// reader, and sizes are bounded.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { ArchiveError, entryPathProblem, readArchive } from '../archive.ts';
import { isSkillName } from './agents.ts';

export const DISCOVERY_SCHEMA = 'https://schemas.agentskills.io/discovery/0.2.0/schema.json';
const INDEX_PATH = '.well-known/agent-skills/index.json';
const WELL_KNOWN = '/.well-known/agent-skills/';
/** The origin a local site's index is read under, so its URLs resolve as they would on a host. */
const LOCAL_ORIGIN = 'http://local-site.invalid';
const MAX_DOWNLOAD = 64 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

/** A refusal or failure to report in one line (exit code 1). */
export class InstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallError';
  }
}

export type ArtifactType = 'skill-md' | 'archive' | 'bundle';

export interface Artifact {
  name: string;
  type: ArtifactType;
  /** `sha256:` digest of what was installed from: the index's digest, or the bundle's SKILL.md sha256. */
  version: string;
  /** The skill folder's files, by `/`-separated path. */
  files: Map<string, Uint8Array>;
  /** Things the user should know (e.g. files a bundle does not carry). */
  notes: string[];
}

export interface Source {
  /** What the lock records to find the source again. */
  location: string;
  /** Lines to show about entries that were skipped. */
  warnings: string[];
  /** The version the source offers for `name`, or null when it has no such skill. */
  version(name: string): string | null;
  fetch(name: string): Promise<Artifact>;
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const quoted = (value: unknown) => JSON.stringify(String(value).slice(0, 200));

/** Reads `url` (http or https, redirects followed) into memory, refusing more than `MAX_DOWNLOAD` bytes. */
async function download(url: URL): Promise<{ bytes: Buffer; url: URL }> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InstallError(`${quoted(url.href)} is not an http(s) URL`);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new InstallError(`cannot fetch ${url.href}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
  }
  if (!response.ok) throw new InstallError(`cannot fetch ${url.href}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOWNLOAD) throw new InstallError(`${url.href} is larger than ${MAX_DOWNLOAD} bytes`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
    if (chunk.done) break;
    total += chunk.value.length;
    if (total > MAX_DOWNLOAD) {
      await reader!.cancel();
      throw new InstallError(`${url.href} is larger than ${MAX_DOWNLOAD} bytes`);
    }
    chunks.push(chunk.value);
  }
  return { bytes: Buffer.concat(chunks), url: new URL(response.url || url.href) };
}

function readLocal(path: string): Buffer {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InstallError(`${path} does not exist`);
  }
  if (!stats.isFile()) throw new InstallError(`${path} is not a file`);
  if (stats.size > MAX_DOWNLOAD) throw new InstallError(`${path} is larger than ${MAX_DOWNLOAD} bytes`);
  return readFileSync(path);
}

function parseJson(bytes: Buffer, where: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InstallError(`${where} is not valid JSON`);
  }
}

interface IndexEntry {
  name: string;
  type: 'skill-md' | 'archive';
  url: string;
  digest: string;
}

/** The usable entries of a v0.2.0 discovery index; entries that cannot be used are skipped with a warning. */
function parseIndex(data: unknown, where: string, warnings: string[]): Map<string, IndexEntry> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InstallError(`${where} is not a discovery index (not a JSON object)`);
  const index = data as Record<string, unknown>;
  if (index.$schema === undefined) throw new InstallError(`${where} has no "$schema": a v0.1.0 discovery index, which carries no digests; only ${DISCOVERY_SCHEMA} is supported`);
  if (index.$schema !== DISCOVERY_SCHEMA) throw new InstallError(`${where} has an unrecognized "$schema" ${quoted(index.$schema)}; only ${DISCOVERY_SCHEMA} is supported`);
  if (!Array.isArray(index.skills)) throw new InstallError(`${where} has no "skills" array`);
  const entries = new Map<string, IndexEntry>();
  const duplicated = new Set<string>();
  index.skills.forEach((raw: unknown, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const label = `entry ${i + 1} of ${where}`;
    if (typeof entry.name !== 'string' || !isSkillName(entry.name)) return warnings.push(`${label} is skipped: its name ${quoted(entry.name)} is not a valid skill name`);
    if (entry.type !== 'skill-md' && entry.type !== 'archive') return warnings.push(`${label} (${entry.name}) is skipped: unknown type ${quoted(entry.type)}`);
    if (typeof entry.url !== 'string' || entry.url === '') return warnings.push(`${label} (${entry.name}) is skipped: no url`);
    if (typeof entry.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(entry.digest)) return warnings.push(`${label} (${entry.name}) is skipped: its digest is not "sha256:" and 64 lowercase hex digits`);
    if (entries.has(entry.name)) duplicated.add(entry.name);
    entries.set(entry.name, { name: entry.name, type: entry.type, url: entry.url, digest: entry.digest });
  });
  for (const name of duplicated) {
    entries.delete(name);
    warnings.push(`${where} lists ${name} more than once; it is skipped`);
  }
  return entries;
}

/** Unpacks a verified archive artifact (`.tar.gz` or `.zip`, told apart by its first bytes) into the skill's files. */
function unpack(name: string, bytes: Uint8Array): Map<string, Uint8Array> {
  let files: Map<string, Uint8Array>;
  try {
    files = readArchive(bytes);
  } catch (error) {
    if (error instanceof ArchiveError) throw new InstallError(`${name}: the archive is refused: ${error.message}`);
    throw error;
  }
  if (!files.has('SKILL.md')) throw new InstallError(`${name}: the archive has no SKILL.md at its root`);
  return files;
}

function verify(name: string, bytes: Uint8Array, digest: string): void {
  const actual = sha256(bytes);
  if (actual !== digest) throw new InstallError(`${name}: digest mismatch: the index says ${digest}, the artifact is ${actual}; nothing was installed`);
}

/** A site's discovery index and the function that reads one of its URLs. */
function siteSource(location: string, indexUrl: URL, data: unknown, get: (url: URL) => Promise<{ bytes: Uint8Array }>): Source {
  const warnings: string[] = [];
  const entries = parseIndex(data, location, warnings);
  return {
    location,
    warnings,
    version: (name) => entries.get(name)?.digest ?? null,
    async fetch(name) {
      const entry = entries.get(name);
      if (!entry) throw new InstallError(`${location} has no skill named ${quoted(name)}`);
      let url: URL;
      try {
        url = new URL(entry.url, indexUrl);
      } catch {
        throw new InstallError(`${name}: its url ${quoted(entry.url)} is not a valid URL`);
      }
      const { bytes } = await get(url);
      verify(name, bytes, entry.digest);
      const files = entry.type === 'skill-md' ? new Map([['SKILL.md', new Uint8Array(bytes)]]) : unpack(name, bytes);
      return { name, type: entry.type, version: entry.digest, files, notes: [] };
    },
  };
}

/** A compiled bundle: SKILL.md comes from `skills/<name>.md` beside it, checked against the bundle's own sha256. */
async function bundleSource(location: string, data: unknown, skillFile: (name: string) => Promise<Uint8Array>): Promise<Source> {
  const { loadBundle, BundleError } = await import('../../runtime/index.ts');
  let bundle;
  try {
    bundle = await loadBundle(data as object);
  } catch (error) {
    if (error instanceof BundleError) throw new InstallError(`${location}: ${error.message}`);
    throw error;
  }
  const records = new Map(bundle.list().map((record) => [record.name, record]));
  const skillMd = (name: string) => records.get(name)?.files.find((file) => file.path === 'SKILL.md');
  return {
    location,
    warnings: [],
    version: (name) => {
      const file = skillMd(name);
      return file ? `sha256:${file.sha256}` : null;
    },
    async fetch(name) {
      const record = records.get(name);
      const file = skillMd(name);
      if (!record || !file || !isSkillName(name)) throw new InstallError(`${location} has no skill named ${quoted(name)}`);
      const bytes = await skillFile(name);
      const version = `sha256:${file.sha256}`;
      if (sha256(bytes) !== version) throw new InstallError(`${name}: skills/${name}.md does not match the bundle (sha256 ${sha256(bytes)}, the bundle says ${version}); nothing was installed`);
      const left = record.files.length - 1;
      const notes = left > 0 ? [`${name}: the bundle carries only SKILL.md; its ${left} other file(s) are not installed (install from the site to get them)`] : [];
      return { name, type: 'bundle', version, files: new Map([['SKILL.md', new Uint8Array(bytes)]]), notes };
    },
  };
}

/** The path of a local site file that a URL of its index points to: the part after `/.well-known/agent-skills/`, inside `folder`. */
function localSiteFile(folder: string, url: URL): string {
  const at = url.pathname.indexOf(WELL_KNOWN);
  if (url.origin !== LOCAL_ORIGIN || at === -1) throw new InstallError(`${quoted(url.href)} is not a file of the local site`);
  let rest: string;
  try {
    rest = decodeURIComponent(url.pathname.slice(at + WELL_KNOWN.length));
  } catch {
    throw new InstallError(`${quoted(url.pathname)} is not a valid path`);
  }
  const problem = entryPathProblem(rest);
  if (problem) throw new InstallError(`${quoted(rest)} cannot be read from the local site: ${problem}`);
  const path = join(folder, ...rest.split('/'));
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new InstallError(`${path} does not exist`);
  }
  if (!real.startsWith(`${realpathSync(folder)}${sep}`)) throw new InstallError(`${path} leads outside the site folder`);
  return real;
}

/** A bundle says which `format` it is; anything else is read as a discovery index (and refused there if it is not one). */
function isSiteIndex(data: unknown): boolean {
  return !(data !== null && typeof data === 'object' && 'format' in data);
}

/**
 * Opens `spec`: an http(s) URL (a site, its `index.json`, or a bundle's `skills.json`), a local site
 * build folder (holding `.well-known/agent-skills/index.json`), a bundle folder (holding `skills.json`),
 * or either JSON file itself. `recordAs` turns a local path into what the lock records.
 */
export async function openSource(spec: string, cwd: string, recordAs: (path: string) => string = (path) => path): Promise<Source> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    let url: URL;
    try {
      url = new URL(spec);
    } catch {
      throw new InstallError(`${quoted(spec)} is not a valid URL`);
    }
    if (!url.pathname.endsWith('.json')) url = new URL(INDEX_PATH, url.href.endsWith('/') ? url : new URL(`${url.href}/`));
    const fetched = await download(url);
    const data = parseJson(fetched.bytes, url.href);
    const get = async (target: URL) => download(target);
    if (isSiteIndex(data)) return siteSource(url.href, fetched.url, data, get);
    return bundleSource(url.href, data, async (name) => (await download(new URL(`skills/${name}.md`, fetched.url))).bytes);
  }
  const path = resolve(cwd, spec);
  if (!existsSync(path)) throw new InstallError(`${spec} does not exist`);
  let file = path;
  if (statSync(path).isDirectory()) {
    const candidates = [join(path, ...INDEX_PATH.split('/')), join(path, 'skills.json')];
    const found = candidates.find((candidate) => existsSync(candidate));
    if (!found) throw new InstallError(`${spec} holds neither ${INDEX_PATH} (a site build) nor skills.json (a bundle)`);
    file = found;
  }
  const data = parseJson(readLocal(file), file);
  if (isSiteIndex(data)) {
    const folder = dirname(file);
    return siteSource(recordAs(file), new URL(`${WELL_KNOWN}index.json`, LOCAL_ORIGIN), data, async (url) => ({ bytes: readLocal(localSiteFile(folder, url)) }));
  }
  return bundleSource(recordAs(file), data, async (name) => readLocal(join(dirname(file), 'skills', `${name}.md`)));
}
