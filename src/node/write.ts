import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { escapeControls } from '../core/terminal.ts';
import { isWithin } from './paths.ts';

export interface OutputFile {
  /** Path relative to the output directory, `/`-separated. */
  path: string;
  content: string | Uint8Array;
}

/** An output path that could leave the output folder, or that file systems would read differently. */
export class OutputPathError extends Error {
  constructor(path: string, reason: string) {
    super(`refusing to write "${escapeControls(path)}": ${reason}`);
    this.name = 'OutputPathError';
  }
}

const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

/** Why a relative output path is refused, or null: each `/`-separated part must be a plain file name. */
function pathProblem(path: string): string | null {
  if (path.length === 0 || path.length > 1024) return 'empty or too long';
  if (/[\0-\x1f\x7f-\x9f]/.test(path)) return 'it holds a control character';
  if (/[\\:%]/.test(path)) return 'it holds a backslash, colon or percent sign';
  for (const part of path.split('/')) {
    if (part === '' || part === '.' || part === '..') return 'it has an empty, "." or ".." part';
    if (/[. ]$/.test(part)) return 'a part ends with a dot or a space';
    if (WINDOWS_DEVICE.test(part)) return 'a part is a reserved device name';
    if (new TextEncoder().encode(part).length > 255) return 'a part is longer than 255 bytes';
  }
  return null;
}

/** Refuses, before anything is written, any path that is not a plain relative path or that names the same file as another. */
function assertConfined(outDir: string, files: readonly OutputFile[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const problem = pathProblem(file.path);
    if (problem) throw new OutputPathError(file.path, problem);
    if (!isWithin(resolve(outDir), resolve(outDir, file.path))) throw new OutputPathError(file.path, 'it leaves the output folder');
    const identity = file.path.normalize('NFC').toLowerCase();
    const other = seen.get(identity);
    if (other !== undefined) throw new OutputPathError(file.path, `it is the same file as "${escapeControls(other)}" on some file systems`);
    seen.set(identity, file.path);
  }
}

/**
 * Writes a set of files so that readers never see a mix of old and new output: everything is first
 * written into a staging folder beside the output; only when all of it is on disk are the files moved
 * into place. Any failure before that point removes the staging folder and leaves the old output as it
 * was. `replaceDirs` are folders replaced wholesale (so files of deleted skills disappear).
 */
export function writeAtomically(outDir: string, files: readonly OutputFile[], replaceDirs: readonly string[] = []): boolean {
  assertConfined(outDir, files);
  if (upToDate(outDir, files, replaceDirs)) return false;
  mkdirSync(outDir, { recursive: true });
  const staging = join(outDir, `.skillpack-staging-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(staging);
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    for (const dir of replaceDirs) {
      const current = join(outDir, dir);
      const retired = join(staging, `.old-${dir}`);
      if (existsSync(current)) renameSync(current, retired);
      if (existsSync(join(staging, dir))) renameSync(join(staging, dir), current);
    }
    for (const file of files) {
      if (replaceDirs.some((dir) => file.path.startsWith(`${dir}/`))) continue;
      mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
      renameSync(join(staging, file.path), join(outDir, file.path));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return true;
}

/** True when every file already holds exactly this content and the replaced folders hold nothing else. */
function upToDate(outDir: string, files: readonly OutputFile[], replaceDirs: readonly string[]): boolean {
  try {
    for (const dir of replaceDirs) {
      const expected = files.filter((file) => file.path.startsWith(`${dir}/`)).length;
      if (countFiles(join(outDir, dir)) !== expected) return false;
    }
    for (const file of files) {
      const current = readFileSync(join(outDir, file.path));
      const wanted = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
      if (!current.equals(wanted)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function countFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) count += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  return count;
}
