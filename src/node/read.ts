import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import { diagnosticAt } from '../core/diagnostics.ts';
import type { SkillFile } from '../core/skill.ts';
import { decodeUtf8 } from '../core/text.ts';
import type { SkillCache } from './cache.ts';
import type { ResourceEntry } from './discover.ts';

export const MAX_SKILL_FILE_BYTES = 1024 * 1024;
const SOURCE_RULE = 'source-file';

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/**
 * How files are read: `hash` computes their sha256 (needed only by the cache and by compiling);
 * `stamps`, when given, records each file read so an unchanged one need not be read next time.
 */
export interface ReadOptions {
  hash: boolean;
  stamps: SkillCache | null;
}

const HASH_ONLY: ReadOptions = { hash: true, stamps: null };

export interface ReadText {
  text: string | null;
  bytes: Uint8Array | null;
  size: number;
  sha256: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads a SKILL.md without following it out of the tree, without blocking on special files, and
 * without loading more than the size cap. Problems become `source-file` diagnostics, never exceptions.
 */
export function readSkillFile(absolutePath: string, displayPath: string, treeRealRoot: string, maxBytes = MAX_SKILL_FILE_BYTES, options: ReadOptions = HASH_ONLY): ReadText {
  const fail = (message: string, line: number | null = null, column: number | null = null, size = 0): ReadText => ({
    text: null,
    bytes: null,
    size,
    sha256: '',
    diagnostics: [diagnosticAt(displayPath, line === null ? null : { start: { line, column: column ?? 1 } }, SOURCE_RULE, 'error', message)],
  });

  let target = absolutePath;
  try {
    const link = lstatSync(absolutePath);
    if (link.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(absolutePath);
      } catch {
        return fail('SKILL.md is a broken symlink; replace it with the file itself');
      }
      if (!isInside(treeRealRoot, real)) return fail('SKILL.md is a symlink that points outside the tree; it was not read');
      target = real;
    }
  } catch (error) {
    return fail(`Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  let fd: number;
  try {
    fd = openSync(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return fail(`Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    if (!stat.isFile()) return fail('SKILL.md is not a regular file');
    if (size === 0) return fail('File is empty; a skill starts with YAML frontmatter (`---`, `name`, `description`, `---`)', 1, 1);
    if (size > maxBytes) {
      return fail(`File is ${size} bytes; the limit is ${maxBytes}. Move reference material into references/`, null, null, size);
    }
    const content = readAll(fd, size);
    const sha256 = options.hash ? sha256Hex(content) : '';
    const decoded = decodeUtf8(content);
    if (!decoded.ok) return { ...fail(decoded.message, decoded.line, decoded.column, content.length), sha256 };
    if (decoded.text.trim() === '') return { ...fail('File holds only whitespace; a skill starts with YAML frontmatter', 1, 1, content.length), sha256 };
    // Only a SKILL.md read as itself is stamped: a symlink's target may change without the link changing.
    if (target === absolutePath && content.length === size) options.stamps?.stamp(absolutePath, stat, sha256, 'text');
    return { text: decoded.text, bytes: content, size: content.length, sha256, diagnostics: [] };
  } finally {
    closeSync(fd);
  }
}

export interface ResourceScan {
  files: SkillFile[];
  texts: Record<string, string>;
  /** Files whose content was read. */
  read: number;
}

/**
 * Hashes every file of a skill folder (SKILL.md excluded), as discovery listed them, with size and
 * sha256. Symlinks and special files are listed but never opened.
 */
export function scanResources(skillDir: string, maxBytes: number, entries: readonly ResourceEntry[], options: ReadOptions = HASH_ONLY): ResourceScan {
  const files: SkillFile[] = [];
  const texts: Record<string, string> = {};
  let read = 0;
  for (const entry of sortedEntries(entries)) {
    if (entry.type !== 'file') {
      files.push(unreadEntry(entry));
      continue;
    }
    const file = hashFile(join(skillDir, entry.path), entry.path, maxBytes, texts, options);
    if (file.content !== 'unknown') read++;
    files.push(file);
  }
  return { files, texts, read };
}

/**
 * SKILL.md's size and digest from its stamp, without reading it; null when it must be read (changed,
 * never stamped, a symlink, or not a regular file).
 */
export function stampedSkillFile(absolutePath: string, stamps: SkillCache): { size: number; sha256: string } | null {
  const stamp = stampOf(absolutePath, stamps);
  return stamp ? { size: stamp.size, sha256: stamp.sha256 } : null;
}

/** What `scanResources` would list, from stamps alone; null when any file must be read. */
export function stampedResources(skillDir: string, maxBytes: number, entries: readonly ResourceEntry[], stamps: SkillCache): SkillFile[] | null {
  const files: SkillFile[] = [];
  for (const entry of sortedEntries(entries)) {
    if (entry.type !== 'file') {
      files.push(unreadEntry(entry));
      continue;
    }
    const absolute = join(skillDir, entry.path);
    let stat: Stats;
    try {
      stat = lstatSync(absolute);
    } catch {
      return null;
    }
    const stamp = stat.size > maxBytes ? undefined : stamps.stampOf(absolute, stat);
    if (!stamp) return null;
    files.push({ path: entry.path, size: stamp.size, sha256: stamp.sha256, kind: 'file', executable: (stamp.mode & 0o111) !== 0, content: stamp.content });
  }
  return files;
}

function stampOf(absolutePath: string, stamps: SkillCache) {
  try {
    return stamps.stampOf(absolutePath, lstatSync(absolutePath));
  } catch {
    return undefined;
  }
}

function sortedEntries(entries: readonly ResourceEntry[]): ResourceEntry[] {
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function unreadEntry(entry: ResourceEntry): SkillFile {
  return { path: entry.path, size: 0, sha256: '', kind: entry.type === 'symlink' ? 'symlink' : 'other', executable: false, content: 'unknown' };
}

function readAll(fd: number, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  while (offset < bytes.length) {
    const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return bytes.subarray(0, offset);
}

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function hashFile(absolute: string, path: string, maxBytes: number, texts: Record<string, string>, options: ReadOptions): SkillFile {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return { path, size: 0, sha256: '', kind: 'other', executable: false, content: 'unknown' };
  }
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    const executable = (stat.mode & 0o111) !== 0;
    if (!stat.isFile()) return { path, size: 0, sha256: '', kind: 'other', executable: false, content: 'unknown' };
    if (size > maxBytes) return { path, size, sha256: '', kind: 'file', executable, content: 'unknown' };
    const data = readAll(fd, size);
    const content = sniff(data);
    // Every text file up to the size cap is scanned; one that is not valid UTF-8 is still read (bad
    // bytes replaced), so a stray byte cannot hide the rest of the file from the rules.
    if (content === 'text') {
      const decoded = decodeUtf8(data);
      texts[path] = decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
    }
    const sha256 = options.hash ? sha256Hex(data) : '';
    if (data.length === size) options.stamps?.stamp(absolute, stat, sha256, content);
    return { path, size: data.length, sha256, kind: 'file', executable, content };
  } finally {
    closeSync(fd);
  }
}

/** Classifies content by its first bytes: compiled programs by magic number, other binaries by NUL bytes. */
export function sniff(data: Uint8Array): SkillFile['content'] {
  const [a, b, c, d] = data;
  if (a === 0x7f && b === 0x45 && c === 0x4c && d === 0x46) return 'native-executable';
  if (a === 0x4d && b === 0x5a) return 'native-executable';
  if ((a === 0xfe && b === 0xed && c === 0xfa) || (a === 0xce && b === 0xfa && c === 0xed && d === 0xfe) || (a === 0xcf && b === 0xfa && c === 0xed && d === 0xfe) || (a === 0xca && b === 0xfe && c === 0xba && d === 0xbe)) {
    return 'native-executable';
  }
  const window = data.subarray(0, 8000);
  return window.includes(0) ? 'binary' : 'text';
}
