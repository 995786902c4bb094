/** Bumped whenever compiled output or diagnostics change, so caches keyed on it go stale. */
export const COMPILER_VERSION = '0.1.0';
export const GENERATOR = `skillpack ${COMPILER_VERSION}`;
