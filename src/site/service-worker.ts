// Build side of the preview's service worker (public/preview-sw.js): the worker carries the id of the
// build it belongs to, so every deployment that changes any file gets a worker with other bytes. The
// browser installs it, and on activation it drops the caches of every earlier build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVICE_WORKER = 'preview-sw.js';
const BUILD_LINE = /^const BUILD = '[^'\n]*';$/m;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** A digest of every file of a built site (paths and bytes) but the worker itself. */
export function buildId(out: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(out).filter((path) => path !== SERVICE_WORKER).sort()) {
    hash.update(file).update('\0').update(readFileSync(join(out, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Writes the build id into the built site's service worker; returns it. */
export function stampServiceWorker(out: string): string {
  const file = join(out, SERVICE_WORKER);
  const source = readFileSync(file, 'utf8');
  if (!BUILD_LINE.test(source)) throw new Error(`${file} has no \`const BUILD = '…';\` line to stamp`);
  const id = buildId(out);
  writeFileSync(file, source.replace(BUILD_LINE, `const BUILD = '${id}';`));
  return id;
}
