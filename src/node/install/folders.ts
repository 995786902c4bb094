// File-system side of installing: folders created one level at a time (never through a link that
// leaves the project), skills written into a fresh staging folder beside their target and renamed into
// place, removal of exactly one skill folder, and the listing `verify` compares with the lock.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { entryPathProblem } from '../archive.ts';
import { InstallError } from './sources.ts';

const STAGING_PREFIX = '.skillpack-staging-';

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

/**
 * Makes sure the `/`-separated `relative` folder exists under `base` and returns its path, plus the
 * first folder this call created (null if none). With `confine`, a link on the way that resolves
 * outside `base` is refused, so nothing is ever written outside it.
 */
export function ensureFolder(base: string, relative: string, confine: boolean): { path: string; created: string | null } {
  const realBase = realpathSync(base);
  let current = base;
  let created: string | null = null;
  for (const segment of relative.split('/')) {
    current = join(current, segment);
    const stats = lstatOrNull(current);
    if (!stats) {
      mkdirSync(current);
      created ??= current;
      continue;
    }
    if (stats.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(current);
      } catch {
        throw new InstallError(`${current} is a broken symbolic link`);
      }
      if (confine && !inside(real, realBase)) throw new InstallError(`${current} is a symbolic link to ${real}, outside ${base}; refusing to write there`);
      if (!lstatSync(real).isDirectory()) throw new InstallError(`${current} is not a folder`);
    } else if (!stats.isDirectory()) throw new InstallError(`${current} is not a folder`);
  }
  return { path: current, created };
}

/** What is at a skill's target folder: nothing, a folder, or something that must not be replaced. */
export function targetState(path: string): 'absent' | 'folder' | 'other' {
  const stats = lstatOrNull(path);
  if (!stats) return 'absent';
  return stats.isDirectory() ? 'folder' : 'other';
}

/**
 * Writes `files` into `<root>/.skillpack-staging-XXXX/<name>/` (a folder made fresh for this, so no
 * link can be in the way) and returns the staging folder. Every path is checked again here.
 */
export function stage(root: string, name: string, files: ReadonlyMap<string, Uint8Array>): string {
  const staging = mkdtempSync(join(root, STAGING_PREFIX));
  try {
    const skill = join(staging, name);
    mkdirSync(skill);
    for (const [path, content] of files) {
      const problem = entryPathProblem(path);
      if (problem) throw new InstallError(`${name}: file ${JSON.stringify(path)} is refused: ${problem}`);
      const segments = path.split('/');
      if (segments.length > 1) mkdirSync(join(skill, ...segments.slice(0, -1)), { recursive: true });
      try {
        writeFileSync(join(skill, ...segments), content, { flag: 'wx', mode: 0o644 });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new InstallError(`${name}: file ${JSON.stringify(path)} cannot be written (${code === 'EEXIST' ? 'another file already has that name on this file system' : code ?? (error as Error).message})`);
      }
    }
    return staging;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Swaps the staged skill into `<root>/<name>`; the folder it replaces is removed only once the new one is in place. */
export function commit(staging: string, root: string, name: string): void {
  const target = join(root, name);
  const old = join(staging, '.previous');
  const state = targetState(target);
  if (state === 'other') throw new InstallError(`${target} is not a folder; it was left as it is`);
  if (state === 'folder') renameSync(target, old);
  try {
    renameSync(join(staging, name), target);
  } catch (error) {
    if (state === 'folder') renameSync(old, target);
    throw error;
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Removes `<root>/<name>` (moved aside first, so a failure never leaves half a skill); a link is removed, never followed. */
export function removeFolder(root: string, name: string): void {
  const target = join(root, name);
  if (!lstatOrNull(target)) return;
  const trash = mkdtempSync(join(root, STAGING_PREFIX));
  renameSync(target, join(trash, name));
  rmSync(trash, { recursive: true, force: true });
}

export interface FoundFile {
  size: number;
  /** Hex sha256, or null for anything but a regular file (a link, a device…). */
  sha256: string | null;
}

/** Every entry under `folder` that is not a folder, by `/`-separated path; links are listed, never followed. */
export function listFiles(folder: string): Map<string, FoundFile> {
  const found = new Map<string, FoundFile>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(path, `${relative}/`);
      else if (entry.isFile()) {
        const bytes = readFileSync(path);
        found.set(relative, { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      } else found.set(relative, { size: 0, sha256: null });
    }
  };
  walk(folder, '');
  return found;
}
