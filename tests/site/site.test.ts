// The website, built once from a fixture catalog (under a base path) and once from the real catalog:
// pages, links, bundle bytes, discovery files, and in Chromium: search, filters, copy, keyboard
// access, and hostile markup that must not run.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, buildSite, FIXTURE_SKILLS, launchChromium, REPO, serve, writeFixtureCatalog, type BuiltSite } from './fixture.ts';
import { checkLinks } from './links.ts';
import { readTarGz } from '../../src/node/archive.ts';

const ORIGIN = 'https://skills.test';
let fixture: BuiltSite;
let real: BuiltSite;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

const temporary: string[] = [];

/** `skillpack build` on the same sources, for the byte-for-byte comparison. */
function cliBundle(root: string): string {
  const out = mkdtempSync(join(tmpdir(), 'skillpack-cli-'));
  temporary.push(out);
  const result = spawnSync(process.execPath, [join(REPO, 'bin/skillpack.js'), 'build', '--out', out, '--no-cache'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  // The site publishes the bundle without the build's plugin marketplace (skill files as they are).
  for (const folder of ['plugins', '.claude-plugin']) rmSync(join(out, folder), { recursive: true, force: true });
  return out;
}

function expectSameTree(actual: string, expected: string): void {
  const files = filesUnder(expected).sort();
  expect(filesUnder(actual).sort()).toEqual(files);
  for (const file of files) expect(readFileSync(join(actual, file)).equals(readFileSync(join(expected, file))), file).toBe(true);
}

beforeAll(() => {
  fixture = buildSite(writeFixtureCatalog());
  real = buildSite(REPO, '/');
  temporary.push(fixture.root, dirname(fixture.out), dirname(real.out));
}, 300_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('fixture site', () => {
  it('has a page for every skill, every category with skills, and the fixed pages', () => {
    const files = filesUnder(fixture.out);
    for (const name of ['container-images', 'zeppelin-deploys', 'flaky-tests', 'hostile-markup']) expect(files).toContain(`skills/${name}/index.html`);
    for (const page of ['index.html', 'skills/index.html', 'categories/devops/index.html', 'categories/testing/index.html', 'download/index.html', 'contribute/index.html', 'search/index.html', '404.html']) {
      expect(files).toContain(page);
    }
    expect(files).not.toContain('categories/empty-one/index.html');
  });

  it('has no broken internal links or anchors', () => {
    expect(checkLinks(fixture.out, BASE, ORIGIN)).toEqual([]);
  });

  it('puts the bundle in bundle/, byte-identical to skillpack build', () => {
    expectSameTree(join(fixture.out, 'bundle'), cliBundle(fixture.root));
  });

  it('renders GFM, highlighted code and the compiler heading ids', () => {
    const html = readFileSync(join(fixture.out, 'skills/container-images/index.html'), 'utf8');
    expect(html).toContain('<table tabindex="0">');
    expect(html).toContain('type="checkbox"');
    expect(html).toMatch(/<pre class="shiki[^"]*"[^>]*><code class="language-bash">/);
    expect(html).toContain('id="user-content-build-1"');
    expect(html).toContain('href="#user-content-checklist"');
    expect(html).not.toContain('id="build-1"');
  });

  it('shows when a skill was verified and against what, escaped', () => {
    const html = readFileSync(join(fixture.out, 'skills/container-images/index.html'), 'utf8');
    expect(html).toMatch(/<dt[^>]*>Verified<\/dt><dd[^>]*><time datetime="2026-11-20"[^>]*>2026-11-20<\/time><\/dd>/);
    expect(html).toMatch(/<dt[^>]*>Tested with<\/dt><dd[^>]*>docker 29 &lt;b&gt;buildx&lt;\/b&gt;<\/dd>/);
    const today = new Date().toISOString().slice(0, 10);
    expect(readFileSync(join(fixture.out, 'skills/flaky-tests/index.html'), 'utf8')).toContain(`<time datetime="${today}"`);
  });

  it('redirects an alias to the canonical page', () => {
    const html = readFileSync(join(fixture.out, 'skills/dockerfiles/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}skills/container-images/">`);
    expect(html).not.toContain('data-pagefind-body');
  });

  it('publishes the agent-skills discovery index with digests of the files it points to', () => {
    const index = JSON.parse(readFileSync(join(fixture.out, '.well-known/agent-skills/index.json'), 'utf8'));
    expect(index.$schema).toBe('https://schemas.agentskills.io/discovery/0.2.0/schema.json');
    expect(index.skills.map((skill: { name: string }) => skill.name)).toEqual(['container-images', 'flaky-tests', 'hostile-markup', 'zeppelin-deploys']);
    for (const skill of index.skills) {
      // Every fixture skill has its trigger queries beside its SKILL.md, so each is an archive of them all.
      expect(skill.type).toBe('archive');
      const file = readFileSync(join(fixture.out, skill.url.slice(BASE.length)));
      expect(skill.digest).toBe(`sha256:${createHash('sha256').update(file).digest('hex')}`);
      const files = readTarGz(file);
      expect([...files.keys()]).toEqual(['SKILL.md', 'evals/train_queries.json', 'evals/validation_queries.json']);
      expect(Buffer.from(files.get('SKILL.md')!).equals(readFileSync(join(fixture.out, `bundle/skills/${skill.name}.md`)))).toBe(true);
    }
  });

  it('writes llms.txt, a sitemap and Open Graph tags with absolute URLs', () => {
    expect(readFileSync(join(fixture.out, 'llms.txt'), 'utf8')).toContain(`(${ORIGIN}${BASE}.well-known/agent-skills/flaky-tests/SKILL.md)`);
    expect(readFileSync(join(fixture.out, 'sitemap.xml'), 'utf8')).toContain(`<loc>${ORIGIN}${BASE}skills/flaky-tests/</loc>`);
    const page = readFileSync(join(fixture.out, 'skills/flaky-tests/index.html'), 'utf8');
    expect(page).toContain(`<meta property="og:url" content="${ORIGIN}${BASE}skills/flaky-tests/">`);
    expect(page).toContain('<meta property="og:type" content="article">');
  });

  it('lists every rule on the contribute page', async () => {
    const { RULES } = await import('../../src/core/rules/index.ts');
    const html = readFileSync(join(fixture.out, 'contribute/index.html'), 'utf8');
    for (const rule of RULES) expect(html).toContain(`id="${rule.id}"`);
  });

  it('indexes only skill pages for search', () => {
    const entry = JSON.parse(readFileSync(join(fixture.out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(Object.keys(FIXTURE_SKILLS).length);
  });

  it('reads a skill page without any script', () => {
    const html = readFileSync(join(fixture.out, 'skills/flaky-tests/index.html'), 'utf8');
    const body = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(body).toContain('A flaky test erodes trust');
    expect(html.match(/<script[^>]*src=/g) ?? []).toHaveLength(1);
  });
});

describe('a catalog with errors', () => {
  it('is refused with the compiler report, and nothing is written', () => {
    const root = writeFixtureCatalog();
    temporary.push(root);
    writeFileSync(join(root, 'skills/testing/flaky-tests/SKILL.md'), '---\nname: Flaky\ndescription: x\n---\nbody\n');
    const out = join(root, 'site');
    const result = spawnSync(process.execPath, [join(REPO, 'scripts/build-site.ts')], { cwd: REPO, encoding: 'utf8', env: { ...process.env, SKILLPACK_ROOT: root, SITE_OUT: out } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('name-format');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.bundle-staging`)).toBe(false);
  });
});

describe('real catalog site', () => {
  it('has a page for every skill and no broken internal links or anchors', () => {
    const bundle = JSON.parse(readFileSync(join(real.out, 'bundle/index.json'), 'utf8')) as { skills: { name: string }[] };
    const files = new Set(filesUnder(real.out));
    expect(bundle.skills.length).toBeGreaterThan(0);
    for (const skill of bundle.skills) expect(files.has(`skills/${skill.name}/index.html`), skill.name).toBe(true);
    expect(checkLinks(real.out, '/', 'http://localhost:4321')).toEqual([]);
  });

  it('puts the bundle in bundle/, byte-identical to skillpack build', () => {
    expectSameTree(join(real.out, 'bundle'), cliBundle(REPO));
  });

  it('keeps the largest skill page within 60 KB compressed before search is opened', () => {
    const { skills } = JSON.parse(readFileSync(join(real.out, 'bundle/index.json'), 'utf8')) as { skills: Array<{ name: string; stats: { bodyTokens: number } }> };
    const largest = skills.reduce((a, b) => (b.stats.bodyTokens > a.stats.bodyTokens ? b : a));
    const html = readFileSync(join(real.out, `skills/${largest.name}/index.html`), 'utf8');
    // The page, its stylesheets and its module scripts with their static imports (dynamic ones load on use).
    const assets = new Set([...html.matchAll(/<(?:link rel="stylesheet" href|script type="module" src)="\/([^"]+)"/g)].map((match) => match[1]!));
    for (const asset of assets) {
      if (!asset.endsWith('.js')) continue;
      const code = readFileSync(join(real.out, asset), 'utf8');
      for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) assets.add(`_astro/${match[1]}`);
    }
    const compressed = [html, ...[...assets].map((asset) => readFileSync(join(real.out, asset)))].reduce((sum, content) => sum + gzipSync(content).length, 0);
    expect(compressed).toBeLessThanOrEqual(60_000);
  });
});

describe('in Chromium', () => {
  let browser: BrowserContext;
  let server: Server;
  let url: string;
  const problems: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${path}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${url}${path}`);
    return page;
  }

  beforeAll(async () => {
    ({ url, server } = await serve(fixture.out));
    browser = await launchChromium(temporary);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('finds a skill by a word of its body', async () => {
    const page = await open('search/');
    await page.fill('#search-input', 'erodes');
    const result = page.locator('#search-results a').first();
    await result.waitFor();
    expect(await result.textContent()).toBe('flaky-tests');
    expect(await result.getAttribute('href')).toBe(`${BASE}skills/flaky-tests/`);
  });

  it('narrows search results by category', async () => {
    const page = await open('search/?q=tests');
    await page.locator('#search-results li').first().waitFor();
    await page.selectOption('#search-category', 'testing');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results li')].every((item) => item.textContent?.includes('Testing')));
    const names = await page.locator('#search-results h2').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => ['flaky-tests', 'hostile-markup'].includes(name))).toBe(true);
  });

  it('narrows search results by tag', async () => {
    const page = await open('search/?q=rollback%20tests');
    await page.locator('#search-results li').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#search-tag option').length > 1);
    await page.selectOption('#search-tag', 'canary');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(['zeppelin-deploys']);
  });

  it('filters and sorts the skill list', async () => {
    const page = await open('skills/');
    const visible = () => page.locator('#skill-list > li:not([hidden])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.name));
    expect(await visible()).toHaveLength(4);
    await page.selectOption('select[name=category]', 'devops');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 2);
    expect(await visible()).toEqual(['container-images', 'zeppelin-deploys']);
    await page.selectOption('select[name=category]', '');
    await page.click('#tag-facet button[data-tag=testing]');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 2);
    expect(page.url()).toContain('tag=testing');
    await page.click('#tag-facet button[data-tag=testing]');
    await page.selectOption('select[name=sort]', 'size-desc');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 4);
    const tokens = await page.locator('#skill-list > li').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.tokens)));
    expect(tokens).toEqual([...tokens].sort((a, b) => b - a));
  });

  it('applies filters from the address bar', async () => {
    const page = await open('skills/?category=testing');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 2);
    expect(await page.inputValue('select[name=category]')).toBe('testing');
  });

  it('copies SKILL.md to the clipboard', async () => {
    const page = await open('skills/flaky-tests/');
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await page.click('#copy-skill');
    await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FIXTURE_SKILLS['testing/flaky-tests/SKILL.md']);
  });

  it('reaches search and its results with the keyboard alone', async () => {
    const page = await open('');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'site-search');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('canary');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=canary/);
    await page.locator('#search-results a').first().waitFor();
    let onResult = false;
    for (let i = 0; i < 15 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null && document.activeElement?.tagName === 'A');
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/skills\/zeppelin-deploys\/$/);
  });

  it('runs nothing from a skill carrying hostile markup', async () => {
    const page = await open('skills/hostile-markup/');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    const body = page.locator('.skill-body');
    expect(await body.locator('script, img, iframe, object, embed, form').count()).toBe(0);
    expect(await body.evaluate((element) => [...element.querySelectorAll('*')].flatMap((node) => node.getAttributeNames()).filter((name) => name.startsWith('on')))).toEqual([]);
    await body.locator('a', { hasText: 'click me' }).click();
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  it('switches to dark mode and remembers it', async () => {
    const page = await open('skills/flaky-tests/');
    const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await scheme()).toBe('light dark');
    await page.click('.theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('.theme-toggle', 'aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await scheme()).toBe('dark');
    await page.click('.theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    for (const path of ['', 'skills/', 'skills/container-images/', 'download/', 'contribute/']) {
      const page = await open(path);
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('logs no console errors on any page', async () => {
    for (const path of ['', 'skills/', 'skills/container-images/', 'categories/devops/', 'download/', 'contribute/', 'search/?q=docker', 'no-such-page/']) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(problems.filter((problem) => !problem.startsWith('no-such-page/') || !problem.includes('404'))).toEqual([]);
  });
});
