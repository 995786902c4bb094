import { fileURLToPath } from 'node:url';

/** Set by bin/compiled-cli.js when the CLI runs from its compiled bundle instead of these sources. */
interface Compiled {
  /** sha256 of the bundle's files. */
  id: string;
  /** The checkout the bundle was built from. */
  root: string;
}

export const compiled = (globalThis as Record<symbol, Compiled | undefined>)[Symbol.for('skillpack.compiled')] ?? null;

/** The root of the installed tool (the folder holding package.json and src/ or lib/), wherever its code runs from. */
export const TOOL_ROOT = compiled?.root ?? fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
