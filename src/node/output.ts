import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from './write.ts';
import { isWithin, realPathOf } from './paths.ts';

/** Written into every folder `skillpack build` fills; only a folder holding it may be replaced. */
export const OUTPUT_MARKER = '.skillpack-output';

export const MARKER_FILE: OutputFile = {
  path: OUTPUT_MARKER,
  content: 'This folder is written by `skillpack build`; each build replaces its content.\n',
};

export interface OutputGuard {
  /** The folder of the skills being compiled. */
  source: string;
  /** The project folder: the current folder (which holds skillpack.config.json when there is one). */
  projectRoot: string;
}

/**
 * Why `outDir` must not receive a build, or null when it may. Paths are compared after resolving
 * symlinks, so a link to the sources is refused like the sources themselves.
 */
export function outputFolderProblem(outDir: string, guard: OutputGuard): string | null {
  const out = realPathOf(outDir);
  const source = realPathOf(guard.source);
  const project = realPathOf(guard.projectRoot);
  if (out === project) return 'is the project folder';
  if (out === source) return 'is the source folder';
  if (isWithin(source, out)) return 'is inside the source folder';
  if (isWithin(out, project)) return 'contains the project folder';
  if (isWithin(out, source)) return 'contains the source folder';
  if (!existsSync(out)) return null;
  if (!statSync(out).isDirectory()) return 'is not a folder';
  if (readdirSync(out).length > 0 && !writtenBySkillpack(out)) {
    return `holds files skillpack did not write (it has no ${OUTPUT_MARKER}); choose a new or empty folder`;
  }
  return null;
}

/** The files a build writes, the marker included. */
const OUTPUT_NAMES = new Set(['skills.json', 'index.json', 'skills.schema.json', 'skills', 'plugins', '.claude-plugin', OUTPUT_MARKER]);

/**
 * Whether a folder holds a build's output: it has the marker or, written before there was one, only
 * the files a build writes, with a skillpack bundle among them.
 */
function writtenBySkillpack(dir: string): boolean {
  if (existsSync(join(dir, OUTPUT_MARKER))) return true;
  const names = readdirSync(dir);
  if (!names.includes('skills.json') || !names.every((name) => OUTPUT_NAMES.has(name))) return false;
  try {
    const bundle = JSON.parse(readFileSync(join(dir, 'skills.json'), 'utf8')) as { generator?: unknown };
    return typeof bundle.generator === 'string' && bundle.generator.startsWith('skillpack ');
  } catch {
    return false;
  }
}
