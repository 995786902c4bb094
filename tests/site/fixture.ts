// A small catalog built into a real site once per test run: normal skills, an alias, GFM and code,
// and one skill carrying hostile markup (acknowledged in its source so the catalog still builds).
import { formatTriggerFiles, splitLegacyTriggers, TRAIN_QUERIES_PATH, VALIDATION_QUERIES_PATH } from '../../src/core/evals.ts';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const REPO = resolve(import.meta.dirname, '../..');
export const BASE = '/skillpack/';

/** Trigger queries of each fixture skill's own, so no two fixtures overlap in their evals. */
function triggersFor(name: string): Record<string, string> {
  const { train, validation } = formatTriggerFiles(
    splitLegacyTriggers({
      should_trigger: ['set up', 'configure', 'fix', 'explain', 'review'].map((verb) => `${verb} the ${name.replace(/-/g, ' ')}`),
      should_not_trigger: ['bake bread', 'plan a trip', 'write a poem'],
    }),
  );
  return { [TRAIN_QUERIES_PATH]: train, [VALIDATION_QUERIES_PATH]: validation };
}

/** Checked today, so the catalog preset's freshness rule has nothing to say about the fixtures. */
export const FRESH_METADATA = `\n  verified: "${new Date().toISOString().slice(0, 10)}"\n  tested-with: "node 24"`;

function skill(name: string, description: string, tags: string, body: string, extraMetadata = ''): string {
  return `---\nname: ${name}\ndescription: ${description}\nlicense: MIT\nmetadata:\n  tags: ${tags}${extraMetadata.includes('verified:') ? '' : FRESH_METADATA}${extraMetadata}\n---\n${body}`;
}

export const FIXTURE_SKILLS: Record<string, string> = {
  'devops/container-images/SKILL.md': skill(
    'container-images',
    'Builds small, reproducible container images with multi-stage Dockerfiles. Use when writing or slimming a Dockerfile.',
    'docker containers images',
    '# Container images\n\nBuild images that are small and reproducible.\n\n## When to use\n\nWhen a Dockerfile is slow or large.\n\n## Build\n\n```bash\ndocker build -t app .\n```\n\n| stage | base |\n| --- | --- |\n| build | node |\n| run | distroless |\n\n## Checklist\n\n- [x] pinned base image\n- [ ] non-root user\n\n## Build\n\nA second heading with the same text gets its own id.\n\nSee [the checklist](#checklist) and [the second build](#build-1).\n',
    '\n  aliases: dockerfiles\n  verified: "2026-11-20"\n  tested-with: "docker 29 <b>buildx</b>"',
  ),
  'devops/zeppelin-deploys/SKILL.md': skill(
    'zeppelin-deploys',
    'Rolls out releases gradually with health checks and automatic rollback. Use when planning a canary or blue-green deploy.',
    'deploys canary rollback',
    '# Zeppelin deploys\n\nShip in small steps and watch the signals.\n\n## Steps\n\n1. Deploy to one instance.\n2. Compare error rates.\n\n```yaml\nstrategy: canary\n```\n',
  ),
  'testing/flaky-tests/SKILL.md': skill(
    'flaky-tests',
    'Finds and fixes tests that pass and fail without code changes. Use when a test fails intermittently in CI.',
    'testing ci flaky',
    '# Flaky tests\n\nA flaky test erodes trust in the whole suite.\n\n## Reproduce\n\nRun it in a loop:\n\n```python\nfor _ in range(100):\n    run_test()\n```\n',
  ),
  'testing/hostile-markup/SKILL.md': skill(
    'hostile-markup',
    'Exercises the renderer with markup that must never run. Use when testing that the site sanitizes skill bodies.',
    'testing security',
    [
      '# Hostile markup',
      '',
      'Nothing below may execute.',
      '',
      '<!-- skillpack-ignore-next-line raw-html: fixture for the sanitizer test -->',
      '<script>window.__pwned = "script"</script>',
      '',
      '<!-- skillpack-ignore-next-line raw-html: fixture for the sanitizer test -->',
      '<img src="missing.png" onerror="window.__pwned = \'onerror\'">',
      '',
      '<!-- skillpack-ignore-next-line unsafe-links: fixture for the sanitizer test -->',
      '[click me](javascript:window.__pwned=\'link\')',
      '',
    ].join('\n'),
  ),
};

export interface BuiltSite {
  root: string;
  out: string;
}

/** Writes the fixture catalog into a fresh folder. */
export function writeFixtureCatalog(): string {
  const root = mkdtempSync(join(tmpdir(), 'skillpack-site-'));
  const files: Record<string, string> = {
    'skillpack.config.json': JSON.stringify({ catalog: 'skills', categories: 'skills/categories.yaml', preset: 'catalog' }),
    'skills/categories.yaml': 'devops:\n  title: DevOps\n  description: Building and shipping software.\nempty-one:\n  title: Empty\n  description: A category without skills yet.\ntesting:\n  title: Testing\n  description: Making tests trustworthy.\n',
  };
  for (const [path, text] of Object.entries(FIXTURE_SKILLS)) {
    files[`skills/${path}`] = text;
    for (const [file, text] of Object.entries(triggersFor(dirname(path).split('/').pop()!))) files[`skills/${dirname(path)}/${file}`] = text;
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The environment of a site build: the test runner's own, less Vite's variables (BASE_URL, MODE…), which Astro must not see. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) && !key.startsWith('VITE')));
  return { ...env, SITE_BASE: BASE, SITE_URL: 'https://skills.test', SITE_LOG_LEVEL: 'silent', ...extra };
}

/** Runs `npm run build`'s script against a catalog into `out`; the caller judges the outcome. */
export function runSiteBuild(root: string, out: string, extra: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(REPO, 'scripts/build-site.ts')], {
    cwd: REPO,
    encoding: 'utf8',
    env: buildEnv({ SKILLPACK_ROOT: root, SITE_OUT: out, SITE_CACHE: join(dirname(out), '.astro-cache'), ...extra }),
  });
}

/** Runs `npm run build`'s script against a catalog, under a base path, into a fresh temporary folder. */
export function buildSite(root: string, base = BASE, extra: Record<string, string> = {}): BuiltSite & { log: string } {
  const work = mkdtempSync(join(tmpdir(), 'skillpack-site-out-'));
  const out = join(work, 'site');
  const result = runSiteBuild(root, out, { SITE_BASE: base, ...extra });
  if (result.status !== 0) throw new Error(`site build failed:\n${result.stdout}\n${result.stderr}`);
  return { root, out, log: `${result.stdout}${result.stderr}` };
}

/** Content types by extension, as common static hosts send them (nginx's and Apache's tables). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml',
  '.mhtml': 'message/rfc822',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.rs': 'application/rls-services+xml',
  '.pdf': 'application/pdf',
  '.sh': 'application/x-sh',
  '.py': 'text/x-python',
  '.gz': 'application/gzip',
  '.wasm': 'application/wasm',
};

export interface ServeOptions {
  /** Apply the rules of the site's `_headers` file, as Netlify and Cloudflare Pages do. */
  headers?: boolean;
  /** Called with the path of every request. */
  onRequest?: (path: string) => void;
}

/** The `_headers` rules that match a path (`*` matches anything), in file order. */
function headerRules(out: string): Array<{ pattern: RegExp; headers: [string, string][] }> {
  const file = join(out, '_headers');
  if (!existsSync(file)) return [];
  const rules: Array<{ pattern: RegExp; headers: [string, string][] }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: [] });
    } else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** A static file server for a built site under its base path, like any static host. */
export async function serve(out: string, base = BASE, options: ServeOptions = {}): Promise<{ url: string; server: Server }> {
  const rules = options.headers ? headerRules(out) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    options.onRequest?.(path);
    let file = path.startsWith(base) ? join(out, path.slice(base.length)) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== '' && file.startsWith(out) && existsSync(file);
    const target = found ? file : join(out, '404.html');
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' };
    for (const rule of rules) {
      if (!rule.pattern.test(path)) continue;
      for (const [name, value] of rule.headers) headers[name] = headers[name] && name !== 'Content-Type' ? `${headers[name]}, ${value}` : value;
    }
    response.writeHead(found ? 200 : 404, headers);
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`, server };
}

/** Debian's Chromium, headless, with nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Chromium with a fresh profile (Playwright passes it as --user-data-dir), whose folder is added to
 * `temporary` for the caller to remove. `clipboardFor` grants clipboard access to that URL's origin.
 */
export async function launchChromium(temporary: string[], options: { clipboardFor?: string; bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'skillpack-chromium-'));
  temporary.push(profile);
  const browser = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, bypassCSP: options.bypassCSP ?? false });
  if (options.clipboardFor) await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(options.clipboardFor).origin });
  return browser;
}
