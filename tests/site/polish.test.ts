// A newcomer's first hour on the site, in Chromium at 1280 and 320 px, light and dark: readable search
// excerpts, search ranked as `skillpack search` ranks, code in messages shown as code, the skill page's
// layout and copy buttons, the skill list's filters, the home page, and axe-core finding nothing
// serious or critical on any page type.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, buildSite, launchChromium, REPO, serve, type BuiltSite } from './fixture.ts';
import { LONG_SKILL, writePolishCatalog } from './polish-fixture.ts';
import { splitInlineCode } from '../../src/site/inline-code.ts';
import { linkSkillNames } from '../../src/site/skill-links.ts';
import { bodyExcerpt, suggestions } from '../../src/site/search-explain.ts';

const temporary: string[] = [];
let site: BuiltSite & { log: string };
let server: Server;
let url: string;
let browser: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  site = buildSite(writePolishCatalog(), BASE, { SITE_LOG_LEVEL: 'warn' });
  temporary.push(site.root, dirname(site.out));
  ({ url, server } = await serve(site.out));
  browser = await launchChromium(temporary, { clipboardFor: url });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, width = 1280, height = 800): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  await page.goto(`${url}${path}`);
  return page;
}

/** `skillpack search` on the site's own bundle: the names, best first. */
function cliSearch(query: string): string[] {
  const result = spawnSync(process.execPath, [join(REPO, 'bin/skillpack.js'), 'search', query, '--bundle', join(site.out, 'bundle/skills.json'), '--format', 'json'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { name: string }[]).map((hit) => hit.name);
}

async function siteSearch(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-input', query);
  await page.waitForFunction((term) => document.querySelector('#search-status')?.textContent?.includes(`“${term}”`), query);
  return page.locator('#search-results h2').allTextContents();
}

describe('the build', () => {
  it('pulls no Node built-in into a browser bundle (no "externalized for browser compatibility" warning)', () => {
    expect(site.log).not.toMatch(/externalized for browser compatibility/);
  });

  it('keeps site code off the CLI: nothing in the site imports from src/cli/', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
    const site = ['src/site', 'src/pages', 'src/components', 'src/layouts'].flatMap((dir) => files(join(REPO, dir)));
    expect(site.filter((file) => /from\s+['"][^'"]*\/cli\//.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('links a skill named in inline code to its page, on the site only', () => {
    const html = readFileSync(join(site.out, 'skills/release-notes/index.html'), 'utf8');
    expect(html).toContain(`<a class="skill-mention" href="${BASE}skills/flaky-tests/"><code>flaky-tests</code></a>`);
    expect(html).toContain(`<a class="skill-mention" href="${BASE}skills/zeppelin-deploys/"><code>zeppelin-deploys</code></a>`);
    expect(html).not.toMatch(/href="[^"]*release-notes\/"><code>release-notes/);
    expect(html).toContain('<code>not-a-skill</code>');
    expect(html).not.toMatch(/<pre[^>]*>(?:(?!<\/pre>)[\s\S])*skill-mention/);
    const bundled = readFileSync(join(site.out, 'bundle/skills/release-notes.md'), 'utf8');
    expect(bundled).toContain('see `flaky-tests`');
    expect(bundled).not.toContain('skill-mention');
  });
});

describe('helpers', () => {
  it('splits code spans as Markdown does, and leaves markup as text', () => {
    expect(splitInlineCode('Fence it (```` ```bash ````) with `x` and an odd ` one')).toEqual([
      { text: 'Fence it (', code: false },
      { text: '```bash', code: true },
      { text: ') with ', code: false },
      { text: 'x', code: true },
      { text: ' and an odd ` one', code: false },
    ]);
    expect(splitInlineCode('<img src=x onerror=alert(1)> `<b>`')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', code: false },
      { text: '<b>', code: true },
    ]);
  });

  it('excerpts the sentence with the most query words, joined across wrapped lines, never code', () => {
    const body = '# Docker images\n\n```bash\ndocker build images\n```\n\nKeep images small: build\nwith a multi-stage [Dockerfile](https://x.test/a) and `docker` layers.\n';
    const text = (parts: ReturnType<typeof bodyExcerpt>) => parts!.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');
    expect(text(bodyExcerpt(body, 'docker images'))).toBe('Keep [images] small: build with a multi-stage Dockerfile and [docker] layers.');
    expect(bodyExcerpt(body, 'with')).toBeNull();
    // Unclosed links by the hundred thousand: linear work is well under a second, quadratic would take minutes.
    const hostile = `${'[x]('.repeat(200_000)}\n${'](a'.repeat(200_000)}\n`;
    const started = performance.now();
    bodyExcerpt(hostile, 'docker');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('suggests tags and names that share a word start with the query', () => {
    const skill = (name: string, tags: string[]) => ({ name, tags, category: 'devops' }) as unknown as Parameters<typeof suggestions>[0][number];
    expect(suggestions([skill('container-images', ['containers', 'docker']), skill('flaky-tests', ['testing'])], 'contai')).toEqual(['container-images', 'containers']);
    expect(suggestions([skill('flaky-tests', ['testing'])], 'zz')).toEqual([]);
  });

  it('links only exact names in inline code, never inside code blocks or links, in linear time', () => {
    const names = new Set(['docker', 'git']);
    const href = (name: string) => `/s/${name}/`;
    const html = '<p><code>docker</code> <code>docker compose</code> <a href="#"><code>git</code></a></p><pre><code>docker</code></pre><p><code>git</code></p>';
    expect(linkSkillNames(html, names, 'self', href)).toBe(
      '<p><a class="skill-mention" href="/s/docker/"><code>docker</code></a> <code>docker compose</code> <a href="#"><code>git</code></a></p><pre><code>docker</code></pre><p><a class="skill-mention" href="/s/git/"><code>git</code></a></p>',
    );
    const big = '<p>' + '<code>docker</code><a>'.repeat(200_000) + '<code>'.repeat(200_000) + '</p>';
    const started = performance.now();
    linkSkillNames(big, names, 'self', href);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('in Chromium', () => {
  it('indexes page text for Pagefind as sentences, without tag and category values run into it', async () => {
    const page = await open('search/');
    // A string, so the test runner leaves the page's own dynamic import() alone.
    const content = (await page.evaluate(`(async () => {
      const pagefind = await import('${BASE}pagefind/pagefind.js');
      const search = await pagefind.search('reproducible');
      const pages = await Promise.all(search.results.map((result) => result.data()));
      return pages.find((page) => page.url.endsWith('/skills/container-images/'))?.content;
    })()`)) as string;
    expect(content).toContain('Build images that are small and reproducible.');
    expect(content).not.toMatch(/DevOps\s*docker|docker\s*containers\s*images/);
    await page.close();
  });

  it('ranks like `skillpack search`, skips stop words, and says why each result matched', async () => {
    const page = await open('search/');
    for (const query of ['docker', 'flaky ci', 'canary rollback', 'release changelog', 'tests that fail', 'k8s images']) {
      const expected = cliSearch(query);
      expect(await siteSearch(page, query), query).toEqual(expected.slice(0, 10));
    }
    expect(await siteSearch(page, 'with')).toEqual([]);
    await siteSearch(page, 'reproducible images');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('h2').textContent()).toBe('container-images');
    expect(await first.locator('.search-why').textContent()).toMatch(/^Matched: reproducible in description, text; images in name, description, tags/);
    expect(await first.locator('.search-excerpt mark').allTextContents()).toContain('reproducible');
    await page.close();
  });

  it('suggests something when nothing matches', async () => {
    const page = await open('search/?q=contai');
    await page.locator('#search-status a').first().waitFor();
    const status = page.locator('#search-status');
    expect(await status.textContent()).toMatch(/^No skills match “contai”\. Try one of: /);
    expect(await status.locator('a').allTextContents()).toEqual(expect.arrayContaining(['container-images', 'containers', 'Browse every skill']));
    await page.close();
  });

  it('narrows search results by category and by the tags of the results, with counts', async () => {
    const page = await open('search/?q=tests');
    await page.locator('#search-results li').first().waitFor();
    await page.selectOption('#search-category', 'testing');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results li')].every((item) => item.textContent?.includes('Testing')));
    const options = await page.locator('#search-tag option').allTextContents();
    expect(options[0]).toBe('All tags');
    expect(options).toContain('flaky (1)');
    await page.selectOption('#search-tag', 'flaky');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
    expect(await page.locator('#search-results h2').allTextContents()).toEqual(['flaky-tests']);
    await page.close();
  });

  it('shows backticked code in rule docs and preview diagnostics as code, and skill text never as markup', async () => {
    const contribute = await open('contribute/');
    const summary = contribute.locator('#fence-language').locator('xpath=ancestor::section[1]').locator('p').first();
    expect(await summary.locator('code').allTextContents()).toEqual(['```bash', '```text']);
    const ruleText = await contribute.locator('.rule > p').allTextContents();
    expect(ruleText.filter((text) => text.includes('`') && !text.includes('```'))).toEqual([]);
    await contribute.close();

    const preview = await open('contribute/preview/');
    await preview.waitForFunction(() => !document.querySelector('#preview-summary')?.textContent?.startsWith('Loading'));
    await preview.fill('#preview-source', 'No frontmatter, only <img src=x onerror="window.__pwned=1"> and `<b>bold</b>`\n');
    await preview.locator('#preview-diagnostics li').first().waitFor();
    const messages = preview.locator('#preview-diagnostics .diagnostic-message');
    const start = messages.filter({ hasText: 'File must start with YAML frontmatter' });
    expect(await start.locator('code').allTextContents()).toEqual(['---', 'name', 'description', '---']);
    expect(await start.textContent()).not.toContain('`');
    expect(await messages.evaluateAll((items) => items.flatMap((item) => [...item.querySelectorAll('*')].map((node) => node.tagName)))).not.toContain('IMG');
    expect(await preview.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await preview.close();
  });

  it('puts spaces between the footer links', async () => {
    const page = await open('');
    expect(await page.locator('.site-footer').textContent()).toBe('Skillpack: agent skills checked and compiled from one source. Bundle · Authoring guide · llms.txt · Discovery index');
    await page.close();
  });

  it('aligns task-list checkboxes with their text', async () => {
    const page = await open('skills/container-images/');
    const boxes = await page.locator('.skill-body li > input[type=checkbox]').evaluateAll((inputs) =>
      inputs.map((input) => {
        const box = input.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(input.parentElement!);
        range.setStartAfter(input);
        const line = range.getClientRects()[0]!;
        const list = input.closest('ul')!.getBoundingClientRect();
        return { centerOffset: Math.abs(box.top + box.height / 2 - (line.top + line.height / 2)), gap: line.left - box.right, inside: box.left >= list.left };
      }),
    );
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box.centerOffset).toBeLessThanOrEqual(2);
      expect(box.gap).toBeGreaterThan(2);
      expect(box.inside).toBe(true);
    }
    await page.close();
  });

  it('keeps the contents and install box in view beside a long skill on wide screens', async () => {
    const page = await open('skills/release-notes/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7));
    const toc = await page.locator('.toc').boundingBox();
    expect(toc!.y).toBeGreaterThanOrEqual(0);
    expect(toc!.y).toBeLessThan(100);
    expect(await page.locator('.toc').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('puts contents and install before the body on a 320 px screen, folded, with wrapped commands', async () => {
    const page = await open('skills/release-notes/', 320, 640);
    const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const body = await top('.skill-body');
    expect(await top('.toc')).toBeLessThan(body);
    expect(await top('.snippet')).toBeLessThan(body);
    expect(await top('.snippet')).toBeLessThan(400);
    expect(await page.locator('details[data-fold-narrow]').evaluateAll((all) => all.map((details) => (details as HTMLDetailsElement).open))).toEqual([false, false]);
    await page.locator('.snippet summary').click();
    const overflow = await page.locator('.snippet pre').evaluateAll((pres) => pres.map((pre) => pre.scrollWidth - pre.clientWidth));
    expect(overflow.every((extra) => extra <= 0)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('copies install commands and code blocks with their copy buttons', async () => {
    const page = await open('skills/container-images/');
    const install = page.locator('.snippet .code-block').first();
    await install.locator('button.copy-code').click();
    await page.waitForFunction(() => document.querySelector('.snippet .copy-code')?.textContent === 'Copied');
    const command = await install.locator('pre').textContent();
    expect(command).toMatch(/^curl -fsSL --globoff --create-dirs/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    const code = page.locator('.skill-body .code-block').first();
    await code.locator('button.copy-code').click();
    await page.waitForFunction(() => document.querySelector('.skill-body .copy-code')?.textContent === 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker build -t app .');
    await page.close();
  });

  it('filters /skills/ by text, category and a tag facet with counts, with a compact view and a helpful empty state', async () => {
    const page = await open('skills/');
    const visible = () => page.locator('#skill-list > li:not([hidden])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.name));
    await page.locator('#tag-facet button').first().waitFor();
    expect(await page.locator('select[name=category] option').allTextContents()).toEqual(['All categories (5)', 'DevOps (3)', 'Testing (2)']);
    expect(await page.locator('#tag-facet button[data-tag=testing]').textContent()).toBe('testing (2)');
    await page.fill('#skill-filters input[name=q]', 'flaky');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 1);
    expect(await visible()).toEqual(['flaky-tests']);
    await page.fill('#skill-filters input[name=q]', '');
    await page.click('#tag-facet button[data-tag=testing]');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 2);
    expect(await visible()).toEqual(['flaky-tests', 'hostile-markup']);
    expect(page.url()).toContain('tag=testing');
    expect(await page.getAttribute('#tag-facet button[data-tag=testing]', 'aria-pressed')).toBe('true');
    await page.click('#tag-facet button[data-tag=testing]');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 5);

    const height = () => page.locator('#skill-list').evaluate((list) => list.getBoundingClientRect().height);
    const cards = await height();
    await page.check('input[name=view]');
    await page.waitForFunction(() => document.querySelector('#skill-list')!.classList.contains('skill-list--compact'));
    expect(await height()).toBeLessThan(cards);
    expect(page.url()).toContain('view=compact');

    await page.fill('#skill-filters input[name=q]', 'nothing-is-called-this');
    await page.locator('#skill-count button', { hasText: 'Clear the filters' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 5);
    await page.close();
  });

  it('applies /skills/ filters from the address bar', async () => {
    const page = await open('skills/?category=testing&tag=flaky');
    await page.waitForFunction(() => document.querySelectorAll('#skill-list > li:not([hidden])').length === 1);
    expect(await page.inputValue('select[name=category]')).toBe('testing');
    await page.close();
  });

  it('has one search box on the home page, and a quick start with copy buttons', async () => {
    const page = await open('');
    expect(await page.locator('input[type=search]').count()).toBe(1);
    const quickstart = page.locator('.quickstart');
    expect(await quickstart.locator('pre').allTextContents()).toEqual(['npx skills add https://skills.test/skillpack', 'curl -fsSLO https://skills.test/skillpack/bundle/skills.json']);
    expect(await quickstart.locator('button.copy-code').count()).toBe(2);
    await page.close();
  });

  it('shows a visible focus ring on links, buttons and fields', async () => {
    const page = await open('skills/');
    await page.locator('#tag-facet button').first().waitFor();
    const rings: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      rings.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          return `${element.tagName}:${style.outlineStyle}:${parseFloat(style.outlineWidth) >= 2}`;
        }),
      );
    }
    expect(rings.filter((ring) => !ring.endsWith(':solid:true'))).toEqual([]);
    expect(new Set(rings.map((ring) => ring.split(':')[0]))).toEqual(new Set(['A', 'INPUT', 'BUTTON', 'SELECT']));
    await page.close();
  });

  it('logs no page errors', () => {
    expect(problems).toEqual([]);
  });
});

describe('axe-core', () => {
  const PAGES: Record<string, string> = {
    home: '',
    skill: 'skills/release-notes/',
    category: 'categories/devops/',
    skills: 'skills/',
    search: 'search/?q=docker',
    'search, no results': 'search/?q=contai',
    contribute: 'contribute/',
    preview: 'contribute/preview/',
    download: 'download/',
    '404': 'no-such-page/',
  };
  let axeContext: BrowserContext;
  const axeSource = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

  beforeAll(async () => {
    // axe is injected as an inline script, which the pages' Content-Security-Policy would refuse.
    axeContext = await launchChromium(temporary, { bypassCSP: true });
  });

  afterAll(async () => {
    await axeContext?.close();
  });

  // Each colour scheme and each width once: contrast depends on the scheme, reflow and target sizes on the width.
  for (const [scheme, width] of [['light', 1280], ['dark', 320]] as const) {
    it(`finds no serious or critical violation on any page type (${scheme}, ${width} px)`, async () => {
      const found: string[] = [];
      for (const [label, path] of Object.entries(PAGES)) {
        const page = await axeContext.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${url}${path}`, { waitUntil: 'load' });
        if (label === 'skills') await page.locator('#tag-facet button').first().waitFor();
        if (path.startsWith('search/')) await page.locator('#search-status').filter({ hasText: '“' }).waitFor();
        if (label === 'preview') {
          await page.waitForFunction(() => !document.querySelector('#preview-summary')?.textContent?.startsWith('Loading'), null, { timeout: 60_000 });
          await page.fill('#preview-source', '---\nname: Bad Name\ndescription: `code` here\nauthor: me\n---\n# Title\n\n```\nplain\n```\n');
          await page.locator('#preview-diagnostics li').first().waitFor();
        }
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[]; failureSummary: string }> }> }> } }).axe;
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} (${node.failureSummary.split('\n').slice(1, 2).join('').trim()})`).join('; ')}`);
        });
        found.push(...violations.map((violation) => `${label}: ${violation}`));
        await page.close();
      }
      expect(found).toEqual([]);
    }, 180_000);
  }
});
