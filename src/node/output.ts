import { existsSync, readdirSync, statSync } from 'node:fs';
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
  if (readdirSync(out).length > 0 && !existsSync(join(out, OUTPUT_MARKER))) {
    return `holds files skillpack did not write (it has no ${OUTPUT_MARKER}); choose a new or empty folder`;
  }
  return null;
}
