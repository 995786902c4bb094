import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputFile {
  /** Path relative to the output directory, `/`-separated. */
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes a set of files so that readers never see a mix of old and new output: everything is first
 * written into a staging folder beside the output; only when all of it is on disk are the files moved
 * into place. Any failure before that point removes the staging folder and leaves the old output as it
 * was. `replaceDirs` are folders replaced wholesale (so files of deleted skills disappear).
 */
export function writeAtomically(outDir: string, files: readonly OutputFile[], replaceDirs: readonly string[] = []): boolean {
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
