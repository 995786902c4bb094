// A review build (errors allowed, as `npm run dev` shows them) of a catalog with a skill that attacks the
// website through every value it controls. The site must build, confine every path it derives from the skill, publish its files as
// inert text, and, in Chromium, run none of its payloads on any page or file, whether or not the
// host applies the `_headers` file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTarGz } from '../../src/node/archive.ts';
import { INERT_EXTENSIONS } from '../../src/site/published.ts';
import { headersFile } from '../../src/site/security.ts';
import { BASE, buildSite, CHROMIUM_ARGS, REPO, runSiteBuild, serve, type BuiltSite } from './fixture.ts';
import { HOSTILE_NAME, HOSTILE_RESOURCES, writeHostileCatalog } from './hostile-fixture.ts';
import { checkLinks } from './links.ts';

let site: BuiltSite & { log: string };
const temporary: string[] = [];

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

beforeAll(() => {
  site = buildSite(writeHostileCatalog(), BASE, { SITE_LOG_LEVEL: 'warn', SKILLPACK_ALLOW_ERRORS: '1' });
  temporary.push(site.root, dirname(site.out));
}, 300_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const published = () => filesUnder(join(site.out, `.well-known/agent-skills/${HOSTILE_NAME}`));

describe('a hostile skill in a review build', () => {
  it('publishes only inert file types under their own names, the rest with .txt appended and the same bytes', () => {
    for (const file of published()) {
      const extension = file.slice(file.lastIndexOf('.') + 1);
      expect(INERT_EXTENSIONS.has(extension), file).toBe(true);
    }
    for (const [path, text] of Object.entries(HOSTILE_RESOURCES)) {
      if (path.includes('$')) continue;
      const inert = INERT_EXTENSIONS.has(path.slice(path.lastIndexOf('.') + 1));
      const file = join(site.out, `.well-known/agent-skills/${HOSTILE_NAME}`, inert ? path : `${path}.txt`);
      expect(readFileSync(file, 'utf8'), path).toBe(text);
    }
    expect(published()).toContain('references/page.html.txt');
    expect(published()).not.toContain('references/page.html');
    expect(published()).toContain('references/notes.md');
  });

  it('archives the published files under their source names, for installers, served only as a download', () => {
    const archive = readTarGz(readFileSync(join(site.out, `.well-known/agent-skills/${HOSTILE_NAME}.tar.gz`)));
    const published = Object.keys(HOSTILE_RESOURCES).filter((path) => !path.includes('$'));
    expect([...archive.keys()].sort()).toEqual(['SKILL.md', ...published].sort());
    for (const path of published) expect(Buffer.from(archive.get(path)!).toString('utf8'), path).toBe(HOSTILE_RESOURCES[path]);
  });

  it('leaves out a file whose name is not a plain file name, and says so', () => {
    expect(published().some((file) => file.includes('$'))).toBe(false);
    expect(site.log).toContain('"references/$(touch${IFS}PWNED).md" is not published');
  });

  it('links the body, the file list and the install commands to the published names', () => {
    const html = readFileSync(join(site.out, `skills/${HOSTILE_NAME}/index.html`), 'utf8');
    expect(html).toContain(`href="${BASE}.well-known/agent-skills/${HOSTILE_NAME}/references/page.html.txt"`);
    expect(html).toContain(`src="${BASE}.well-known/agent-skills/${HOSTILE_NAME}/assets/drawing.svg.txt"`);
    expect(html).toContain(`-o ~/.claude/skills/${HOSTILE_NAME}/references/page.html https://skills.test${BASE}.well-known/agent-skills/${HOSTILE_NAME}/references/page.html.txt`);
    expect(html).not.toMatch(/agent-skills\/site-attack\/[^"\s]*\.(?:html|svg|js|xml)["\s]/);
    // A review build publishes no bundle, so only the download page's bundle links may dangle.
    expect(checkLinks(site.out, BASE, 'https://skills.test').filter((problem) => !problem.includes('%24%28touch') && !/^\/skillpack\/download\/: \/skillpack\/bundle\//.test(problem))).toEqual([]);
  });

  it('gives a page only to aliases that are plain names and not another skill, and writes nothing outside the output', () => {
    const pages = readdirSync(join(site.out, 'skills')).sort();
    expect(pages).toEqual(['calm-notes', 'good-alias', 'index.html', HOSTILE_NAME]);
    expect(readFileSync(join(site.out, 'skills/calm-notes/index.html'), 'utf8')).toContain('Keeps calm notes');
    expect(readFileSync(join(site.out, 'contribute/index.html'), 'utf8')).not.toContain('Redirecting');
    expect(readdirSync(dirname(site.out)).sort()).toEqual(['.astro-cache', 'site']);
    for (const alias of ['..', '../../contribute', '<script>x', '..\\..', '%2e%2e', 'calm-notes', 'javascript:alert(1)', '//evil.example']) {
      expect(site.log).toContain(`alias ${JSON.stringify(alias)} gets no page`);
    }
  });

  it('writes _headers with nosniff everywhere, a page policy, and locked-down downloads for skill files', () => {
    const headers = readFileSync(join(site.out, '_headers'), 'utf8');
    expect(headers).toBe(headersFile(BASE));
    expect(headers).toMatch(new RegExp(`^${BASE}\\*\\n(?:  .+\\n)*  X-Content-Type-Options: nosniff\\n`));
    expect(headers).toMatch(new RegExp(`^${BASE}\\*\\n(?:  .+\\n)*  Content-Security-Policy: default-src 'self';[^\\n]*frame-ancestors 'none'`));
    const skillFiles = headers.slice(headers.indexOf(`${BASE}.well-known/agent-skills/*\n`));
    expect(skillFiles).toContain("  Content-Security-Policy: default-src 'none'; sandbox");
    expect(skillFiles).toContain('  Content-Disposition: attachment');
  });

  it('puts a Content-Security-Policy <meta> before any script on every page', () => {
    for (const page of filesUnder(site.out).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(join(site.out, page), 'utf8');
      const meta = html.indexOf('<meta http-equiv="content-security-policy"');
      expect(meta, page).toBeGreaterThan(0);
      expect(meta, page).toBeLessThan(html.indexOf('</head>'));
      // Attribute values are blanked first: the skill's description holds the text `<script>`.
      const tags = html.replace(/="[^"]*"/g, (value) => ' '.repeat(value.length));
      const firstScript = tags.search(/<script[\s>]/);
      if (firstScript !== -1) expect(meta, page).toBeLessThan(firstScript);
      expect(html.slice(meta, html.indexOf('>', meta)), page).toContain("object-src 'none'");
    }
  });
});

describe('a hostile skill in Chromium', () => {
  let browser: BrowserContext;
  const ran: string[] = [];
  const servers: Server[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    }).then((launched) => launched.newContext({ acceptDownloads: false }));
    await browser.exposeBinding('pwned', (_source, tag: string) => void ran.push(`binding ${tag}`));
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
  });

  /** Every page of the site, every published file of the hostile skill, and its files under their original names. */
  function targets(): string[] {
    const pages = filesUnder(site.out)
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
    const files = published().map((file) => `.well-known/agent-skills/${HOSTILE_NAME}/${file}`);
    const originals = Object.keys(HOSTILE_RESOURCES).map((path) => `.well-known/agent-skills/${HOSTILE_NAME}/${path.split('/').map(encodeURIComponent).join('/')}`);
    return [...pages, ...files, ...originals, `search/?q=attacks`, `skills/?tag=${encodeURIComponent('<b>bold</b>')}`];
  }

  it('notices the payloads when they run (the control for the tests below)', async () => {
    const control = mkdtempSync(join(tmpdir(), 'skillpack-control-'));
    temporary.push(control);
    const served = ['references/page.html', 'assets/drawing.svg', 'references/feed.xml', 'references/page.xhtml', 'scripts/run.js'];
    for (const path of served) {
      mkdirSync(join(control, dirname(path)), { recursive: true });
      writeFileSync(join(control, path), HOSTILE_RESOURCES[path]!);
    }
    writeFileSync(join(control, 'host.html'), `<script src="scripts/run.js"></script>`);
    writeFileSync(join(control, '404.html'), 'not found');
    const { url, server } = await serve(control, '/');
    servers.push(server);
    const page = await browser.newPage();
    for (const path of [...served.filter((path) => !path.endsWith('.js')), 'host.html']) {
      await page.goto(`${url}${path}`);
      await page.waitForFunction(() => window.name !== '');
      expect(await page.evaluate(() => window.name), path).toMatch(/^pwned-/);
      await page.evaluate(() => (window.name = ''));
    }
    const calls = ran.splice(0);
    for (const tag of ['html', 'svg', 'xml', 'js']) expect(calls).toContain(`binding ${tag}`);
    await page.close();
  });

  for (const headers of [false, true]) {
    it(`runs no payload on any page or file, ${headers ? 'with' : 'without'} the _headers rules applied`, async () => {
      ran.length = 0;
      const beacons: string[] = [];
      const { url, server } = await serve(site.out, BASE, { headers, onRequest: (path) => path.startsWith('/beacon/') && beacons.push(path) });
      servers.push(server);
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('dialog', (dialog) => {
        problems.push(`dialog ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const target of targets()) {
        try {
          await page.goto(`${url}${target}`, { waitUntil: 'load' });
          await page.waitForTimeout(target.startsWith('search/') ? 1500 : 100);
        } catch (error) {
          // A file the browser downloads instead of showing aborts the navigation: nothing ran.
          if (!/net::ERR_ABORTED|Download is starting/.test(String(error))) throw error;
        }
        const name = await page.evaluate(() => window.name).catch(() => '');
        if (name.startsWith('pwned')) problems.push(`${target}: ${name}`);
        await page.evaluate(() => (window.name = '')).catch(() => undefined);
      }
      // Search shows the hostile skill's text as an excerpt: it must arrive as text.
      await page.goto(`${url}search/?q=onerror`);
      await page.locator('#search-results li').first().waitFor();
      expect(await page.locator('#search-results li').first().textContent()).toContain('onerror');
      expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
      await page.close();
      expect([...problems, ...ran, ...beacons]).toEqual([]);
    });
  }
});

describe('a failing site build', () => {
  it('leaves the previous output byte for byte as it was, also inside the project', () => {
    // Inside the project Astro writes straight into its output folder: the case that must be staged.
    const work = mkdtempSync(join(REPO, 'node_modules', '.skillpack-test-'));
    temporary.push(work);
    const out = join(work, 'site');
    expect(runSiteBuild(site.root, out, { SKILLPACK_ALLOW_ERRORS: '1' }).status).toBe(0);
    const before = new Map(filesUnder(out).map((file) => [file, readFileSync(join(out, file))]));
    // Categories the compiler does not read but the site does: the check passes, the site build fails.
    const categories = join(site.root, 'skills/categories.yaml');
    const kept = readFileSync(categories);
    writeFileSync(categories, '- not: a map\n');
    try {
      const result = runSiteBuild(site.root, out, { SKILLPACK_ALLOW_ERRORS: '1' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('site build failed');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      writeFileSync(categories, kept);
    }
    expect(filesUnder(out).sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(readFileSync(join(out, file)).equals(bytes), file).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['.astro-cache', 'site']);
  }, 120_000);
});
