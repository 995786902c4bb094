// `npm run build`: check and compile the catalog with `skillpack build`, build the website from the
// compiled records, index the skill pages with Pagefind, and put the compiler's bundle into <out>/bundle/.
//
// Options come from the environment (see astro.config.mjs): SKILLPACK_ROOT (the catalog's project
// folder, default: here), SITE_OUT (default dist), SITE_BASE, SITE_URL, SITE_REPOSITORY.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { headersFile } from '../src/site/security.ts';
import { stampServiceWorker } from '../src/site/service-worker.ts';

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

// A failure at any step is reported in one line; the staging folders are removed on exit and the
// previous output was never touched.
process.on('uncaughtException', (error) => {
  process.stderr.write(`site build failed: ${error.message}\nThe previous output (if any) is unchanged.\n`);
  process.exit(1);
});

// The bundle comes from the `skillpack build` command itself, in its own process: on errors it
// prints its report and nothing is written; its memory is returned before Astro starts; and its
// incremental cache lets the site's content loader read every compiled record instead of compiling again.
const bundleStaging = `${outDir}.bundle-staging`;
rmSync(bundleStaging, { recursive: true, force: true });
process.on('exit', () => rmSync(bundleStaging, { recursive: true, force: true }));
const compiler = spawnSync(process.execPath, [join(SITE_ROOT, 'bin/skillpack.js'), 'build', '--out', bundleStaging], { cwd: catalogRoot, stdio: ['ignore', 'pipe', 'inherit'] });
// SKILLPACK_ALLOW_ERRORS=1 makes a review build: skills with errors are shown under the check's
// findings, as `npm run dev` shows them, and the site carries no bundle.
const reviewBuild = process.env.SKILLPACK_ALLOW_ERRORS === '1';
if (compiler.status !== 0 && !reviewBuild) {
  process.stderr.write('build refused: the catalog has errors (above); nothing was written.\n');
  process.exit(compiler.status ?? 1);
}
if (compiler.status !== 0) console.log('review build: the catalog has errors, shown on its pages; no bundle is published');
else console.log(`catalog compiled in ${elapsed(started)}`);
// The build's plugin marketplace holds every skill file as it is, HTML and scripts included: served from
// the site's origin those would be live pages, so the site publishes the bundle without it.
for (const folder of ['plugins', '.claude-plugin']) rmSync(join(bundleStaging, folder), { recursive: true, force: true });

// Everything is built into a staging folder beside the output and swapped in only once complete, so a
// failed build leaves the previous site as it was. Astro stages its prerendering code inside the
// output folder when that folder lies in the project, and otherwise in the project's .astro/, which
// parallel builds (tests, benchmarks) would share; so a site for a folder elsewhere is built in a
// private folder in the project first and copied into the staging folder.
const siteStaging = `${outDir}.staging-${process.pid}`;
const inProject = siteStaging.startsWith(`${SITE_ROOT}${sep}`);
mkdirSync(dirname(outDir), { recursive: true });
const astroOut = inProject ? siteStaging : mkdtempSync(join(SITE_ROOT, 'node_modules', '.skillpack-site-'));
process.on('exit', () => rmSync(siteStaging, { recursive: true, force: true }));
process.env.SITE_OUT = astroOut;
process.chdir(SITE_ROOT);
try {
  await build({ root: SITE_ROOT, logLevel: process.env.SITE_LOG_LEVEL === 'silent' ? 'silent' : 'warn' });
  if (!inProject) cpSync(astroOut, siteStaging, { recursive: true });
} finally {
  if (!inProject) rmSync(astroOut, { recursive: true, force: true });
}
console.log(`site built in ${elapsed(started)}`);

const indexStarted = performance.now();
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind: ${createErrors.join('; ')}`);
const added = await index.addDirectory({ path: siteStaging });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(siteStaging, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${added.page_count} pages in ${elapsed(indexStarted)}`);

rmSync(join(siteStaging, 'bundle'), { recursive: true, force: true });
if (existsSync(bundleStaging)) renameSync(bundleStaging, join(siteStaging, 'bundle'));
writeFileSync(join(siteStaging, '_headers'), headersFile(process.env.SITE_BASE ?? '/'));
stampServiceWorker(siteStaging);

// The swap: the previous output is moved aside, the new one moved in, then the previous one removed.
const previous = `${outDir}.previous-${process.pid}`;
const hadOutput = existsSync(outDir);
if (hadOutput) renameSync(outDir, previous);
renameSync(siteStaging, outDir);
if (hadOutput) rmSync(previous, { recursive: true, force: true });
const summary = compiler.stdout.toString().split('\n')[0]!.replace(/:$/, '');
console.log(`${summary}, in ${join(outDir, 'bundle')}; done in ${elapsed(started)}`);
