import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import { diagnosticAt, type SkillFile } from '../core/skill.ts';
import { decodeUtf8 } from '../core/text.ts';
import type { ResourceEntry } from './discover.ts';

export const MAX_SKILL_FILE_BYTES = 1024 * 1024;
const SOURCE_RULE = 'source-file';

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `relative()` with `/` separators, without path normalization for paths known to lie under `root`. */
export function relativePosix(root: string, path: string): string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  return toPosix(path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path));
}

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

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
export function readSkillFile(absolutePath: string, displayPath: string, treeRealRoot: string, maxBytes = MAX_SKILL_FILE_BYTES): ReadText {
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
    if (!stat.isFile()) return fail('SKILL.md is not a regular file');
    if (stat.size === 0) return fail('File is empty; a skill starts with YAML frontmatter (`---`, `name`, `description`, `---`)', 1, 1);
    if (stat.size > maxBytes) {
      return fail(`File is ${stat.size} bytes; the limit is ${maxBytes}. Move reference material into references/`, null, null, stat.size);
    }
    const bytes = new Uint8Array(stat.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    const content = bytes.subarray(0, offset);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const decoded = decodeUtf8(content);
    if (!decoded.ok) return { ...fail(decoded.message, decoded.line, decoded.column, offset), sha256 };
    if (decoded.text.trim() === '') return { ...fail('File holds only whitespace; a skill starts with YAML frontmatter', 1, 1, offset), sha256 };
    return { text: decoded.text, bytes: content, size: offset, sha256, diagnostics: [] };
  } finally {
    closeSync(fd);
  }
}

export interface ResourceScan {
  files: SkillFile[];
  texts: Record<string, string>;
}

/**
 * Hashes every file of a skill folder (SKILL.md excluded), as discovery listed them, with size and
 * sha256. Symlinks and special files are listed but never opened.
 */
export function scanResources(skillDir: string, maxBytes: number, entries: readonly ResourceEntry[]): ResourceScan {
  const files: SkillFile[] = [];
  const texts: Record<string, string> = {};
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of sorted) {
    if (entry.type === 'file') files.push(hashFile(join(skillDir, entry.path), entry.path, maxBytes, texts));
    else files.push({ path: entry.path, size: 0, sha256: '', kind: entry.type, executable: false, content: 'unknown' });
  }
  return { files, texts };
}

function hashFile(absolute: string, path: string, maxBytes: number, texts: Record<string, string>): SkillFile {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return { path, size: 0, sha256: '', kind: 'other', executable: false, content: 'unknown' };
  }
  try {
    const stat = fstatSync(fd);
    const executable = (stat.mode & 0o111) !== 0;
    if (!stat.isFile()) return { path, size: 0, sha256: '', kind: 'other', executable: false, content: 'unknown' };
    if (stat.size > maxBytes) return { path, size: stat.size, sha256: '', kind: 'file', executable, content: 'unknown' };
    const bytes = new Uint8Array(stat.size);
    let offset = 0;
    while (offset < bytes.length) {
      const read = readSync(fd, bytes, offset, bytes.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    const data = bytes.subarray(0, offset);
    const content = sniff(data);
    // Every text file up to the size cap is scanned; one that is not valid UTF-8 is still read (bad
    // bytes replaced), so a stray byte cannot hide the rest of the file from the rules.
    if (content === 'text') {
      const decoded = decodeUtf8(data);
      texts[path] = decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
    }
    return { path, size: offset, sha256: createHash('sha256').update(data).digest('hex'), kind: 'file', executable, content };
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
