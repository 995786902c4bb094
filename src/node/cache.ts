import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { Acknowledged } from '../core/directives.ts';
import type { SkillSummary } from '../core/rules/types.ts';
import type { SkillRecord } from '../core/schema.ts';
import type { SkillFile } from '../core/skill.ts';
import { COMPILER_VERSION } from '../core/version.ts';
import { isWithin, realPathOf } from './paths.ts';
import { asciiJson, decodeEntry, encodeEntry, moveEntry, StringTable, type StoredEntry } from './cache-format.ts';
import { compiled, TOOL_ROOT } from './tool.ts';

/** What a previous run learned about one skill, reusable while its files, the compiler and the config are unchanged. */
export interface CacheEntry {
  diagnostics: Diagnostic[];
  acknowledged: Acknowledged[];
  summary: SkillSummary;
  /** The compiled record without its body (the body is sliced from the source at `bodyOffset`). */
  record?: Omit<SkillRecord, 'body'> & { bodyOffset: number };
}

/**
 * What was learned of one file by reading it, valid while its metadata is unchanged: the way git's
 * index avoids re-reading a tree, a file whose size, modification and change times, inode and device
 * all match is taken to hold the same bytes.
 */
export interface FileStamp {
  size: number;
  /** Modification and change times in milliseconds, as Node gives them (sub-millisecond digits kept). */
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
  mode: number;
  sha256: string;
  content: SkillFile['content'];
}

/** The findings of the rules that compare skills with each other, for one state of all the skills' summaries. */
export interface TreeFindings {
  key: string;
  diagnostics: Diagnostic[];
}

/**
 * A stamp as stored: `[size, mtimeMs, ctimeMs, ino, dev, mode, sha256, content]`. Rows rather than objects
 * keep the file small and quick to parse; a warm run loads one per file of the tree.
 */
type StoredStamp = [number, number, number, number, number, number, string, SkillFile['content']];

/** The numbers of a stamp an answer keeps per file (the metadata of `StoredStamp`, without the digest). */
const STAMP_NUMBERS = 6;

/** The first line of a kept answer, after its signature; the files' stamps, their paths and the output follow. */
interface AnswerHeader {
  inputsKey: string;
  shown: string;
  exitCode: number;
  /** How many files: the stamps are this many rows of `STAMP_NUMBERS` doubles. */
  files: number;
  /** Length of the paths, UTF-8, separated by NUL. */
  pathBytes: number;
}

/** The first line of a cache file's body: what every run needs. */
interface CacheHead {
  version: string;
  /** File stamps by absolute path. */
  files: Record<string, StoredStamp>;
  /** The tree rules' findings of the last run. */
  tree?: TreeFindings;
}

/** What a cache file held: its entries stay unparsed bytes until a skill is looked up. */
interface PreviousState {
  entries: Buffer | CacheEntries | null;
  files: Record<string, StoredStamp>;
  tree: TreeFindings | null;
}

/** The second line, parsed only when a skill's result is looked up (a run answered as a whole never does). */
interface CacheEntries {
  /** The strings the entries' findings point to (see `cache-format.ts`). */
  strings: string[];
  entries: Record<string, StoredEntry>;
}

/**
 * A change this recent may share its timestamps with the state that was read (file systems keep
 * times to a granule: a jiffy, a second, two on FAT), so a later edit of the same size could look
 * unchanged: such files are not stamped and are read again next time (git's "racy" entries).
 */
export const RACY_WINDOW_MS = 2000;

/**
 * Name of the per-machine secret beside the cache files. The `.key` extension is on the dev server's
 * deny list, so `astro dev` (and `skillpack preview`), which serve the project's files, never serve it.
 */
const KEY_FILE = 'cache.key';

/**
 * A content-addressed cache: each entry is keyed by the sha256 of everything its result depends on
 * (file digests, paths, compiler version, rule configuration), so a stale entry is never looked up
 * again and needs no invalidation. Stored as one JSON file, replaced atomically, preceded by an
 * HMAC-SHA256 of that JSON under a random key kept beside it (mode 0600): a file this machine did not
 * write, or one edited since, fails the check and is ignored as a whole.
 */
export class SkillCache {
  private readonly file: string | null;
  private readonly key: Buffer | null;
  private readonly used: Record<string, CacheEntry> = {};
  /** Keys of `used` answered from the cache file as they were stored there, so a save copies their rows instead of encoding them again. */
  private readonly reused = new Set<string>();
  private readonly files: Record<string, StoredStamp> = Object.create(null);
  /** What the cache file held, read on first use: a run answered as a whole (see `answer`) never reads it. */
  private stored: PreviousState | undefined;
  private tree: TreeFindings | null = null;
  /** Wall-clock time before any file was looked at. */
  private readonly startedMs = Date.now();
  private changed = false;

  constructor(file: string | null) {
    this.key = file ? cacheKey(dirname(file)) : null;
    this.file = this.key ? file : null;
  }

  private get previous(): PreviousState {
    if (!this.stored) {
      const loaded = this.file && this.key ? load(this.file, this.key) : null;
      this.stored = { entries: loaded?.entries ?? null, files: loaded?.files ?? Object.create(null), tree: loaded?.tree ?? null };
    }
    return this.stored;
  }

  /** Whether results are kept at all: with no usable cache file there is nothing to look up or stamp. */
  get enabled(): boolean {
    return this.file !== null;
  }

  /**
   * The stamp of a regular file whose metadata is unchanged since it was stamped; undefined when it
   * changed, was never stamped, or is not a regular file (then it must be read).
   */
  stampOf(path: string, stat: Stats): FileStamp | undefined {
    const files = this.previous.files;
    const stored = Object.hasOwn(files, path) ? files[path] : undefined;
    if (!Array.isArray(stored) || stored.length !== 8 || !stat.isFile() || !sameMetadata(stored, 0, stat)) return undefined;
    this.files[path] = stored;
    return { size: stored[0], mtimeMs: stored[1], ctimeMs: stored[2], ino: stored[3], dev: stored[4], mode: stored[5], sha256: stored[6], content: stored[7] };
  }

  /** Records what reading a file found, unless it changed too recently to trust its timestamps. */
  stamp(path: string, stat: Stats, sha256: string, content: SkillFile['content']): void {
    if (!this.file || !stat.isFile() || sha256 === '') return;
    if (Math.max(stat.mtimeMs, stat.ctimeMs) + RACY_WINDOW_MS >= this.startedMs) {
      delete this.files[path];
      return;
    }
    this.files[path] = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev, stat.mode, sha256, content];
    this.changed = true;
  }

  /**
   * Makes cache keys that all start with `common` (the configuration, say): it is hashed once, and
   * each key hashes only its own parts after it.
   */
  static keyer(common: unknown): (parts: unknown) => string {
    const base = createHash('sha256').update(compilerFingerprint()).update('\0').update(JSON.stringify(common)).update('\0');
    return (parts) => base.copy().update(JSON.stringify(parts)).digest('hex');
  }

  /** The tree rules' findings stored under `key` by the last run, if that is its key. */
  treeFindings(key: string): Diagnostic[] | undefined {
    const tree = this.previous.tree;
    return tree?.key === key ? tree.diagnostics : undefined;
  }

  setTreeFindings(key: string, diagnostics: Diagnostic[]): void {
    if (!this.file) return;
    this.tree = { key, diagnostics };
    this.changed = true;
  }

  get(key: string): CacheEntry | undefined {
    if (Object.hasOwn(this.used, key)) return this.used[key];
    const previous = this.previousEntries();
    const entry = Object.hasOwn(previous.entries, key) ? decodeEntry(previous.entries[key]!, previous.strings) : undefined;
    if (entry) {
      this.used[key] = entry;
      this.reused.add(key);
    }
    return entry;
  }

  /** The entries the cache file held, parsed on first use; none when they do not parse. */
  private previousEntries(): CacheEntries {
    const previous = this.previous;
    if (Buffer.isBuffer(previous.entries)) {
      try {
        // Written as ASCII (see `cache-format.ts`), so the bytes are the characters.
        const parsed = JSON.parse(previous.entries.toString('latin1')) as CacheEntries;
        previous.entries = parsed && typeof parsed.entries === 'object' && parsed.entries !== null && Array.isArray(parsed.strings)
          ? { strings: parsed.strings, entries: Object.assign(Object.create(null) as Record<string, StoredEntry>, parsed.entries) }
          : null;
      } catch {
        previous.entries = null;
      }
    }
    return previous.entries ?? { strings: [], entries: Object.create(null) as Record<string, StoredEntry> };
  }

  set(key: string, entry: CacheEntry): void {
    this.used[key] = entry;
    this.reused.delete(key);
    this.changed = true;
  }

  /**
   * What a command printed, and the status it ended with, the last time it showed a result of the inputs named
   * `inputsKey` the way `shown` says (output format and options), provided every file that result was read from
   * still has the stamp it had then: that output again, without reading a file or the cache. Kept beside the
   * cache file and signed by the same key; each way of showing has one slot per project.
   */
  answer(inputsKey: string, shown: string): { output: Buffer; exitCode: number } | undefined {
    if (!this.file || !this.key) return undefined;
    try {
      const signed = signedBody(readFileSync(answerFile(this.file, shown)), this.key);
      if (!signed) return undefined;
      const headerEnd = signed.indexOf(0x0a);
      const header = JSON.parse(signed.subarray(0, headerEnd).toString('latin1')) as Partial<AnswerHeader>;
      if (header.inputsKey !== inputsKey || header.shown !== shown || typeof header.exitCode !== 'number' || !Number.isSafeInteger(header.files) || !Number.isSafeInteger(header.pathBytes)) return undefined;
      const stampsStart = headerEnd + 1;
      const pathsStart = stampsStart + header.files! * STAMP_NUMBERS * 8;
      const outputStart = pathsStart + header.pathBytes!;
      if (outputStart > signed.length) return undefined;
      // Copied out, so that the numbers are aligned for the array.
      const stamps = new Float64Array(Uint8Array.prototype.slice.call(signed, stampsStart, pathsStart).buffer);
      const paths = header.files === 0 ? [] : signed.subarray(pathsStart, outputStart).toString('utf8').split('\0');
      if (paths.length !== header.files) return undefined;
      for (let i = 0; i < paths.length; i++) {
        const stat = lstatSync(paths[i]!, { throwIfNoEntry: false });
        if (!stat?.isFile() || !sameMetadata(stamps, i * STAMP_NUMBERS, stat)) return undefined;
      }
      return { output: signed.subarray(outputStart), exitCode: header.exitCode };
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps what a command printed for a result of the inputs named `inputsKey`, with the stamps this run gave
   * `files` (the files the result was read from), for `answer`. Nothing is kept when one of them has no stamp
   * from this run (changed too recently to trust its times, or not read as a regular file).
   */
  rememberAnswer(inputsKey: string, shown: string, files: readonly string[], output: string, exitCode: number): void {
    if (!this.file || !this.key) return;
    const stamps = new Float64Array(files.length * STAMP_NUMBERS);
    for (const [i, path] of files.entries()) {
      const stamp = Object.hasOwn(this.files, path) ? this.files[path] : undefined;
      if (!stamp) return;
      stamps.set(stamp.slice(0, STAMP_NUMBERS) as number[], i * STAMP_NUMBERS);
    }
    const paths = Buffer.from(files.join('\0'), 'utf8');
    const header = `${asciiJson({ inputsKey, shown, exitCode, files: files.length, pathBytes: paths.length } satisfies AnswerHeader)}\n`;
    const signed = Buffer.concat([Buffer.from(header, 'latin1'), new Uint8Array(stamps.buffer), paths, Buffer.from(output, 'utf8')]);
    try {
      writeSigned(answerFile(this.file, shown), signed, this.key);
    } catch {
      // An answer that cannot be kept only costs speed next time.
    }
  }

  /** Writes the entries of this run, plus older ones up to twice as many, so alternating commands keep theirs. */
  save(): void {
    if (!this.file || !this.key) return;
    const keep = Object.keys(this.used).length * 2 + 100;
    const keepFiles = Object.keys(this.files).length * 2 + 1000;
    // Nothing learned (what a run reads back is always among what the file holds), and all the file holds would be
    // kept: writing it again would change nothing. Past this point something is written (learned, or trimmed).
    const previous = this.previousEntries();
    const previousFiles = this.previous.files;
    if (!this.changed && keysWithin(this.used, previous.entries, keep) && keysWithin(this.files, previousFiles, keepFiles)) return;
    const table = new StringTable();
    const entries: Record<string, StoredEntry> = {};
    for (const [key, entry] of Object.entries(this.used)) {
      entries[key] = (this.reused.has(key) ? moveEntry(previous.entries[key]!, previous.strings, table) : undefined) ?? encodeEntry(entry, table);
    }
    let count = Object.keys(entries).length;
    for (const [key, stored] of Object.entries(previous.entries)) {
      if (count >= keep) break;
      if (key in entries) continue;
      const entry = moveEntry(stored, previous.strings, table);
      if (!entry) continue;
      entries[key] = entry;
      count++;
    }
    const files: Record<string, StoredStamp> = { ...this.files };
    let fileCount = Object.keys(files).length;
    for (const [path, stamp] of Object.entries(previousFiles)) {
      if (fileCount >= keepFiles) break;
      if (!(path in files)) {
        files[path] = stamp;
        fileCount++;
      }
    }
    try {
      const tree = this.tree ?? this.previous.tree ?? undefined;
      const body = `${asciiJson({ version: compilerFingerprint(), files, ...(tree ? { tree } : {}) } satisfies CacheHead)}\n${asciiJson({ strings: table.strings, entries } satisfies CacheEntries)}`;
      writeSigned(this.file, Buffer.from(body, 'latin1'), this.key);
      pruneProjects(dirname(this.file));
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
}

let fingerprint: string | null = null;

/**
 * Identifies the compiler that produced a cache entry: its version plus the sources of the core and
 * file-system layers and the installed dependency versions, so an edited rule or an upgraded parser
 * never serves stale results.
 */
export function compilerFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const hash = createHash('sha256').update(COMPILER_VERSION);
  // The compiled CLI is one bundle of these sources and the dependencies: its digest names them all.
  if (compiled) {
    fingerprint = hash.update(compiled.id).digest('hex');
    return fingerprint;
  }
  const srcRoot = fileURLToPath(new URL('..', import.meta.url));
  for (const dir of ['core', 'core/rules', 'core/analysis', 'node']) {
    for (const name of readdirSync(join(srcRoot, dir)).sort()) {
      // .ts in a checkout; .js (and .d.ts) in the published package, where lib/ holds the compiled sources.
      if (name.endsWith('.ts') || name.endsWith('.js')) hash.update(name).update(readFileSync(join(srcRoot, dir, name)));
    }
  }
  const lock = join(srcRoot, '..', 'node_modules', '.package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** Cache files of this many project folders are kept; the least recently written go first. */
const MAX_PROJECTS = 64;

function pruneProjects(dir: string): void {
  const names = readdirSync(dir);
  const files = names
    .filter((name) => /^[0-9a-f]{32}\.json$/.test(name))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }));
  if (files.length <= MAX_PROJECTS) return;
  files.sort((a, b) => b.time - a.time);
  const pruned = new Set(files.slice(MAX_PROJECTS).map((file) => basename(file.path, '.json')));
  for (const project of pruned) rmSync(join(dir, `${project}.json`), { force: true });
  for (const name of names) if (/^[0-9a-f]{32}-[0-9a-f]{16}\.answer$/.test(name) && pruned.has(name.slice(0, 32))) rmSync(join(dir, name), { force: true });
}

/** Where the answer shown one way (`SkillCache.answer`) is kept: beside the project's cache file. */
function answerFile(cacheFile: string, shown: string): string {
  return join(dirname(cacheFile), `${basename(cacheFile, '.json')}-${createHash('sha256').update(shown).digest('hex').slice(0, 16)}.answer`);
}

function sign(key: Buffer, body: string | Uint8Array): string {
  return createHmac('sha256', key).update(body).digest('hex');
}

/**
 * The body of a file this machine signed (a line with the HMAC of the rest, then the rest), checked over the bytes
 * as read, before they are decoded or parsed; null when the signature is missing or does not match.
 */
function signedBody(bytes: Buffer, key: Buffer): Buffer | null {
  if (bytes.indexOf(0x0a) !== 64) return null;
  const body = bytes.subarray(65);
  const expected = Buffer.from(sign(key, body), 'hex');
  const stated = Buffer.from(bytes.subarray(0, 64).toString('latin1'), 'hex');
  return stated.length === expected.length && timingSafeEqual(stated, expected) ? body : null;
}

/** Writes `body` signed (see `signedBody`), private to this user, replacing `target` at once; a failed write leaves no temporary file. */
function writeSigned(target: string, body: Buffer, key: Buffer): void {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${sign(key, body)}\n`, 'latin1'), body]), { mode: 0o600 });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Whether a file's metadata is the stamped one: the `STAMP_NUMBERS` numbers of a stamp from `at` (size, modification
 * and change times, inode, device, mode). Times are compared as Node's millisecond doubles, exact to a quarter of a
 * microsecond today: far finer than the racy window that decides which files are stamped at all, and reading them
 * needs no BigInt per field (a warm run stats every file).
 */
function sameMetadata(stamp: ArrayLike<unknown>, at: number, stat: Stats): boolean {
  return stamp[at] === stat.size && stamp[at + 1] === stat.mtimeMs && stamp[at + 2] === stat.ctimeMs && stamp[at + 3] === stat.ino && stamp[at + 4] === stat.dev && stamp[at + 5] === stat.mode;
}

/** Whether every key of `used` is one of `stored`, which holds at most `limit` keys (so a save would keep them all). */
function keysWithin(used: Record<string, unknown>, stored: Record<string, unknown>, limit: number): boolean {
  for (const key in used) if (!Object.hasOwn(stored, key)) return false;
  return Object.keys(stored).length <= limit;
}

function load(file: string, key: Buffer): { entries: Buffer; files: Record<string, StoredStamp>; tree: TreeFindings | null } | null {
  try {
    if (!existsSync(file)) return null;
    const body = signedBody(readFileSync(file), key);
    if (!body) return null;
    // Written as ASCII (see `cache-format.ts`), so the bytes are the characters.
    const headEnd = body.indexOf(0x0a);
    if (headEnd === -1) return null;
    const parsed = JSON.parse(body.subarray(0, headEnd).toString('latin1')) as CacheHead;
    if (parsed.version !== compilerFingerprint()) return null;
    const files = parsed.files && typeof parsed.files === 'object' ? parsed.files : {};
    return {
      entries: body.subarray(headEnd + 1),
      files: Object.assign(Object.create(null) as Record<string, StoredStamp>, files),
      tree: parsed.tree && typeof parsed.tree.key === 'string' && Array.isArray(parsed.tree.diagnostics) ? parsed.tree : null,
    };
  } catch {
    return null;
  }
}

/**
 * The cache folder's secret, created on first use (32 random bytes, mode 0600). Null, so no cache is
 * used, when it cannot be created or is not a private regular file of this user.
 */
function cacheKey(dir: string): Buffer | null {
  const file = join(dir, KEY_FILE);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null;
    }
    const stat = lstatSync(file);
    if (!stat.isFile() || (stat.mode & 0o077) !== 0) return null;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return null;
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}

/**
 * Folders the cache may live in, best first: the tool's own `node_modules/.cache/skillpack` (found from
 * where the tool is installed, never from the current directory), then `$XDG_CACHE_HOME/skillpack`
 * (default `~/.cache/skillpack`).
 */
export function cacheDirCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const nodeModules = basename(dirname(TOOL_ROOT)) === 'node_modules' ? dirname(TOOL_ROOT) : join(TOOL_ROOT, 'node_modules');
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return [join(nodeModules, '.cache', 'skillpack'), join(xdg, 'skillpack')];
}

/**
 * The cache file for runs from `cwd`: one file per project folder, in the first candidate folder that
 * is writable and lies outside every checked path and outside the current folder (a cache there could
 * have been committed by the tree's author), unless the current folder is the tool's own project.
 * Null when there is none.
 */
export function defaultCacheFile(cwd: string, checkedPaths: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): string | null {
  const realCwd = realPathOf(cwd);
  const untrusted = checkedPaths.map(realPathOf);
  if (!isWithin(realPathOf(TOOL_ROOT), realCwd)) untrusted.push(realCwd);
  const project = createHash('sha256').update(realCwd).digest('hex').slice(0, 32);
  for (const dir of cacheDirCandidates(env)) {
    const real = realPathOf(dir);
    if (untrusted.some((path) => isWithin(path, real))) continue;
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      accessSync(dir, constants.W_OK);
      return join(dir, `${project}.json`);
    } catch {
      // Not writable: try the next place.
    }
  }
  return null;
}
