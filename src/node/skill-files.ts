import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, openSync, readSync, constants } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { nameProblems } from '../core/rules/name-format.ts';
import { isWithin } from './paths.ts';

/** One part of a file path inside a skill: the characters the `resource-name` rule allows, not `.` or `..`, not starting with `-`. */
const PLAIN_PART = /^[A-Za-z0-9._+-]{1,255}$/;

/**
 * Whether a `/`-separated path taken from a bundle names a plain file inside a skill folder: relative,
 * every part plain, no `.` or `..` parts, at most 16 levels. Paths in a bundle are untrusted until this holds.
 */
export function isPlainSkillPath(path: string): boolean {
  if (path.length === 0 || path.length > 1024) return false;
  const parts = path.split('/');
  if (parts.length > 16) return false;
  return parts.every((part) => PLAIN_PART.test(part) && part !== '.' && part !== '..' && !part.startsWith('-'));
}

/** Plugin (and folder) a category's skills go into; categories that are not valid names share one. */
export const UNCATEGORIZED = 'uncategorized';

export function pluginNameOf(category: string | null): string {
  return category !== null && nameProblems(category).length === 0 ? category : UNCATEGORIZED;
}

/** Where `skillpack build` puts every file of a skill inside its output folder: `plugins/<category>/<name>`. */
export function skillTreeDir(skill: { name: string; category: string | null }): string {
  if (nameProblems(skill.name).length > 0) throw new TypeError(`not a valid skill name: ${JSON.stringify(skill.name)}`);
  return `plugins/${pluginNameOf(skill.category)}/${skill.name}`;
}

export interface RecordedFile {
  path: string;
  size: number;
  sha256: string;
}

/**
 * A skill's files as a skill folder holds them, each with the entry the bundle records for it: the files
 * as they are, except that a single-file skill (`<category>/<name>.md`) becomes a folder with its SKILL.md.
 */
export function skillFolderFiles(skill: { path: string; files: readonly RecordedFile[] }): Array<{ path: string; recorded: RecordedFile }> {
  const file = basename(skill.path);
  if (file === 'SKILL.md') return skill.files.map((recorded) => ({ path: recorded.path, recorded }));
  return skill.files.filter((recorded) => recorded.path === file).map((recorded) => ({ path: 'SKILL.md', recorded }));
}

/** A file that is not what the bundle says it is: missing, not a regular file, behind a symlink, or with other content. */
export class SkillFileError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'SkillFileError';
  }
}

/** Largest file read (the compiler refuses resource files over 5 MiB). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads `relativePath` below `root` only if it is a plain path, no part of it below `root` is a symlink or
 * special file, and its bytes have the expected size and sha256. Throws a SkillFileError otherwise.
 */
export function readVerifiedFile(root: string, relativePath: string, expected: { size: number; sha256: string }): Uint8Array {
  if (!isPlainSkillPath(relativePath)) throw new SkillFileError(relativePath, 'not a plain relative path');
  const target = resolve(root, relativePath);
  if (!isWithin(resolve(root), target)) throw new SkillFileError(relativePath, 'leaves the skill folder');
  let at = resolve(root);
  for (const part of relativePath.split('/')) {
    at = join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) throw new SkillFileError(relativePath, 'does not exist');
    if (stat.isSymbolicLink()) throw new SkillFileError(relativePath, 'is or lies behind a symlink');
    if (at !== target && !stat.isDirectory()) throw new SkillFileError(relativePath, 'a part of it is not a folder');
  }
  if (expected.size > MAX_FILE_BYTES) throw new SkillFileError(relativePath, 'is larger than 5 MiB');
  const fd = openSync(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new SkillFileError(relativePath, 'is not a regular file');
    if (stat.size !== expected.size) throw new SkillFileError(relativePath, `has ${stat.size} bytes where ${expected.size} were expected`);
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    if (read !== expected.size) throw new SkillFileError(relativePath, 'changed while it was read');
    if (createHash('sha256').update(bytes).digest('hex') !== expected.sha256) throw new SkillFileError(relativePath, 'does not match its sha256 in the bundle');
    return bytes;
  } finally {
    closeSync(fd);
  }
}
