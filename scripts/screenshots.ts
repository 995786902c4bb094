// `npm run screenshots`: viewport-sized PNGs of the built site (home, a skill page, search, /skills/
// and the preview) at 1280 and 320 px, light and dark, into docs/screenshots/. Uses the site in
// SITE_OUT (default dist/; run `npm run build` first) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const site = resolve(process.env.SITE_OUT ?? join(ROOT, 'dist'));
const out = join(ROOT, 'docs/screenshots');
if (!existsSync(join(site, 'index.html'))) {
  process.stderr.write(`No built site in ${site}; run \`npm run build\` first.\n`);
  process.exit(1);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** A static server for the site at the root path (the default build has base `/`). */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = join(site, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = file.startsWith(site) && existsSync(file);
  const target = found ? file : join(site, '404.html');
  response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(response);
});
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

// The skill page shown is the catalog's first skill with a table of contents and code, by name.
const { skills } = JSON.parse(readFileSync(join(site, 'bundle/index.json'), 'utf8')) as { skills: Array<{ name: string; headings: unknown[] }> };
const skill = [...skills].sort((a, b) => a.name.localeCompare(b.name)).find((each) => each.headings.length >= 4) ?? skills[0]!;

const SAMPLE = '---\nname: Release Notes\ndescription: Writes release notes.\nauthor: me\n---\n# Release notes\n\n```\ngit log --oneline\n```\n';
const PAGES: Array<{ name: string; path: string; ready?: (page: Page) => Promise<void> }> = [
  { name: 'home', path: '' },
  { name: 'skill', path: `skills/${skill.name}/` },
  { name: 'search', path: 'search/?q=kubernetes%20security', ready: (page) => page.locator('#search-results li').first().waitFor() },
  { name: 'skills', path: 'skills/', ready: (page) => page.locator('#tag-facet button').first().waitFor() },
  {
    name: 'preview',
    path: 'contribute/preview/',
    ready: async (page) => {
      await page.waitForFunction(() => !document.querySelector('#preview-summary')?.textContent?.startsWith('Loading'));
      await page.fill('#preview-source', SAMPLE);
      await page.locator('#preview-diagnostics li').first().waitFor();
    },
  },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const [width, height] of [[1280, 800], [320, 640]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      for (const { name, path, ready } of PAGES) {
        const page = await context.newPage();
        await page.goto(`${origin}${path}`);
        await page.waitForLoadState('networkidle');
        await ready?.(page);
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file });
        process.stdout.write(`${file}\n`);
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
