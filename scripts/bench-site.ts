// `node scripts/bench-site.ts` (also run at the end of `npm run bench`): the website's goals.
//   1. `npm run build` on the real catalog and on 2,000 synthetic skills: wall time and peak memory
//      of the whole process tree (npm, the compiler, Astro, Pagefind's binary), sampled every 100 ms.
//   2. Bytes a skill page transfers before search is opened (HTML, CSS, JS, gzip level 6).
//   3. Time from typing a query to the first results on screen, on the 2,000-skill build.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tests/site/fixture.ts';
import { generateCorpus } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SYNTHETIC = Number(process.env.BENCH_SITE_SKILLS ?? 2000);

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(' ') : []) total += treeRss(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

async function timedBuild(catalogRoot: string, out: string): Promise<{ seconds: number; peakBytes: number }> {
  const env = { ...process.env, SKILLPACK_ROOT: catalogRoot, SITE_OUT: out, SITE_CACHE: join(out, '..', '.astro-cache'), SITE_LOG_LEVEL: 'silent' };
  const started = performance.now();
  // Through npm, so the measurement covers exactly what `npm run build` runs (its Node flags included).
  const child = spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  let peakBytes = 0;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build of ${catalogRoot} failed with exit code ${code}`);
  return { seconds: (performance.now() - started) / 1000, peakBytes };
}

function syntheticCatalog(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'skillpack-site-bench-'));
  generateCorpus(join(root, 'skills'), count);
  const categories = readdirSync(join(root, 'skills')).sort();
  writeFileSync(join(root, 'skills/categories.yaml'), categories.map((id) => `${id}:\n  title: ${id.replace('-', ' ')}\n  description: Synthetic skills for the benchmark.\n`).join(''));
  // The generated tags repeat now and then, which the catalog's house rules refuse; the default preset checks the rest.
  writeFileSync(join(root, 'skillpack.config.json'), JSON.stringify({ catalog: 'skills', categories: 'skills/categories.yaml', preset: 'default' }));
  return root;
}

/** The skill with the longest body: the heaviest page to transfer. */
function largestSkill(out: string): string {
  const { skills } = JSON.parse(readFileSync(join(out, 'bundle/index.json'), 'utf8')) as { skills: Array<{ name: string; stats: { bodyTokens: number } }> };
  return skills.reduce((largest, skill) => (skill.stats.bodyTokens > largest.stats.bodyTokens ? skill : largest)).name;
}

const rows: string[] = [];
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

const realOut = join(mkdtempSync(join(tmpdir(), 'skillpack-site-real-')), 'site');
const realBuild = await timedBuild(ROOT, realOut);
const realSkills = readdirSync(join(realOut, '.well-known/agent-skills')).filter((name) => name !== 'index.json' && !name.endsWith('.tar.gz')).length;
rows.push(`npm run build, real catalog (${realSkills} skills): ${realBuild.seconds.toFixed(1)} s, peak ${gib(realBuild.peakBytes)}`);

const synthetic = syntheticCatalog(SYNTHETIC);
const syntheticOut = join(synthetic, 'site');
const syntheticBuild = await timedBuild(synthetic, syntheticOut);
rows.push(`npm run build, ${SYNTHETIC} synthetic skills: ${syntheticBuild.seconds.toFixed(1)} s, peak ${gib(syntheticBuild.peakBytes)} (goals <= 120 s, <= 3 GiB)`);

const { url, server } = await serve(syntheticOut, '/');
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'skillpack-chromium-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [label, out] of [['real catalog', realOut], [`${SYNTHETIC} synthetic skills`, syntheticOut]] as const) {
    const largest = largestSkill(out);
    const { url: siteUrl, server: siteServer } = await serve(out, '/');
    const page = await browser.newPage();
    const transfers: number[] = [];
    page.on('response', async (response) => {
      if (response.status() === 200) transfers.push(gzipSync(await response.body(), { level: 6 }).length);
    });
    await page.goto(`${siteUrl}skills/${largest}/`, { waitUntil: 'networkidle' });
    const total = transfers.reduce((sum, bytes) => sum + bytes, 0);
    rows.push(`largest skill page, /skills/${largest}/ (${label}): ${(total / 1024).toFixed(1)} KiB gzipped in ${transfers.length} requests before search (goal <= 60 KB)`);
    await page.close();
    siteServer.close();
  }

  const page = await browser.newPage();
  await page.goto(`${url}search/`, { waitUntil: 'networkidle' });
  await page.focus('#search-input');
  const timings: number[] = [];
  for (const term of ['latency', 'replica', 'embedding', 'throughput', 'partition']) {
    const ms = await page.evaluate(async (query) => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      const results = document.querySelector('#search-results')!;
      results.replaceChildren();
      const started = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          if (results.children.length > 0) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(results, { childList: true });
      });
      await new Promise(requestAnimationFrame);
      return performance.now() - started;
    }, term);
    timings.push(ms);
  }
  await page.goto(`${url}search/?q=replica`);
  await page.waitForSelector('#search-results li');
  const fromHeader = await page.evaluate(() => performance.now());
  rows.push(`a query from the header search box: results ${fromHeader.toFixed(0)} ms after the search page starts loading (page, Pagefind and query)`);
  rows.push(`first results on screen after typing (${SYNTHETIC}-skill build): ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms for five successive queries on the loaded search page (goal <= 300 ms)`);
} finally {
  await browser.close();
  server.close();
  rmSync(synthetic, { recursive: true, force: true });
  if (existsSync(realOut)) rmSync(join(realOut, '..'), { recursive: true, force: true });
}
console.log(rows.join('\n'));
