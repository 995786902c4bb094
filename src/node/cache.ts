import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { Acknowledged } from '../core/directives.ts';
import type { SkillSummary } from '../core/rules/types.ts';
import type { SkillRecord } from '../core/schema.ts';
import { COMPILER_VERSION } from '../core/version.ts';

/** What a previous run learned about one skill, reusable while its files, the compiler and the config are unchanged. */
export interface CacheEntry {
  diagnostics: Diagnostic[];
  acknowledged: Acknowledged[];
  summary: SkillSummary;
  /** The compiled record without its body (the body is sliced from the source at `bodyOffset`). */
  record?: Omit<SkillRecord, 'body'> & { bodyOffset: number };
}

interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

/**
 * A content-addressed cache: each entry is keyed by the sha256 of everything its result depends on
 * (file digests, paths, compiler version, rule configuration), so a stale entry is never looked up
 * again and needs no invalidation. Stored as one JSON file, replaced atomically.
 */
export class SkillCache {
  private readonly file: string | null;
  private readonly previous: Record<string, CacheEntry>;
  private readonly used: Record<string, CacheEntry> = {};
  private changed = false;

  constructor(file: string | null) {
    this.file = file;
    this.previous = file ? load(file) : {};
  }

  static key(parts: unknown): string {
    return createHash('sha256').update(compilerFingerprint()).update('\0').update(JSON.stringify(parts)).digest('hex');
  }

  get(key: string): CacheEntry | undefined {
    const entry = this.used[key] ?? this.previous[key];
    if (entry) this.used[key] = entry;
    return entry;
  }

  set(key: string, entry: CacheEntry): void {
    this.used[key] = entry;
    this.changed = true;
  }

  /** Writes the entries of this run, plus older ones up to twice as many, so alternating commands keep theirs. */
  save(): void {
    if (!this.file) return;
    const keep = Object.keys(this.used).length * 2 + 100;
    const entries: Record<string, CacheEntry> = { ...this.used };
    let count = Object.keys(entries).length;
    for (const [key, entry] of Object.entries(this.previous)) {
      if (count >= keep) break;
      if (!(key in entries)) {
        entries[key] = entry;
        count++;
      }
    }
    if (!this.changed && count === Object.keys(this.previous).length) return;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: compilerFingerprint(), entries } satisfies CacheFile));
      renameSync(temporary, this.file);
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
  const srcRoot = fileURLToPath(new URL('..', import.meta.url));
  for (const dir of ['core', 'core/rules', 'core/analysis', 'node']) {
    for (const name of readdirSync(join(srcRoot, dir)).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(srcRoot, dir, name)));
    }
  }
  const lock = join(srcRoot, '..', 'node_modules', '.package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

function load(file: string): Record<string, CacheEntry> {
  try {
    if (!existsSync(file)) return {};
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return parsed.version === compilerFingerprint() && parsed.entries && typeof parsed.entries === 'object' ? parsed.entries : {};
  } catch {
    return {};
  }
}

/** Where the cache lives: node_modules/.cache when the project has one, else .skillpack-cache. */
export function defaultCacheFile(cwd: string): string {
  const base = existsSync(join(cwd, 'node_modules')) ? join(cwd, 'node_modules', '.cache', 'skillpack') : join(cwd, '.skillpack-cache');
  return join(base, 'skills.json');
}
