// `npm run build`: check and compile the catalog with `skillpack build`, build the website from the
// compiled records, index the skill pages with Pagefind, and put the compiler's bundle into <out>/bundle/.
//
// Options come from the environment (see astro.config.mjs): SKILLPACK_ROOT (the catalog's project
// folder, default: here), SITE_OUT (default dist), SITE_BASE, SITE_URL, SITE_REPOSITORY.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const SITE_ROOT = resolve(import.meta.dirname, '..');
const catalogRoot = resolve(process.env.SKILLPACK_ROOT ?? process.cwd());
const outDir = resolve(process.env.SITE_OUT ?? resolve(SITE_ROOT, 'dist'));
process.env.SKILLPACK_ROOT = catalogRoot;
process.env.SITE_OUT = outDir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

function elapsed(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

const started = performance.now();

// The bundle comes from the `skillpack build` command itself, in its own process: on errors it
// prints its report and nothing is written; its memory is returned before Astro starts; and its
// incremental cache lets the site's content loader read every compiled record instead of compiling again.
const staging = `${outDir}.bundle-staging`;
rmSync(staging, { recursive: true, force: true });
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
const compiler = spawnSync(process.execPath, [join(SITE_ROOT, 'bin/skillpack.js'), 'build', '--out', staging], { cwd: catalogRoot, stdio: ['ignore', 'pipe', 'inherit'] });
if (compiler.status !== 0) {
  process.stderr.write('build refused: the catalog has errors (above); nothing was written.\n');
  process.exit(compiler.status ?? 1);
}
console.log(`catalog compiled in ${elapsed(started)}`);

// Astro stages its prerendering code inside the output folder when that folder lies in the project,
// and otherwise in the project's .astro/, which parallel builds (tests, benchmarks) would share. So
// a build for a folder elsewhere goes to a private folder in the project first and is moved after.
const inProject = outDir.startsWith(`${SITE_ROOT}${sep}`);
const astroOut = inProject ? outDir : mkdtempSync(join(SITE_ROOT, 'node_modules', '.skillpack-site-'));
process.env.SITE_OUT = astroOut;
process.chdir(SITE_ROOT);
try {
  await build({ root: SITE_ROOT, logLevel: process.env.SITE_LOG_LEVEL === 'silent' ? 'silent' : 'warn' });
  if (!inProject) {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(dirname(outDir), { recursive: true });
    cpSync(astroOut, outDir, { recursive: true });
  }
} finally {
  if (!inProject) rmSync(astroOut, { recursive: true, force: true });
}
console.log(`site built in ${elapsed(started)}`);

const indexStarted = performance.now();
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind: ${createErrors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${added.page_count} pages in ${elapsed(indexStarted)}`);

// Moved in last, once Astro and Pagefind are done with the output folder.
rmSync(join(outDir, 'bundle'), { recursive: true, force: true });
renameSync(staging, join(outDir, 'bundle'));
const summary = compiler.stdout.toString().split('\n')[0]!.replace(/:$/, '');
console.log(`${summary}, in ${join(outDir, 'bundle')}; done in ${elapsed(started)}`);
