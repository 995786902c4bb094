/** The runtime in a real browser: bundled for the web, it loads, verifies and searches a bundle fetched over HTTP. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, triggerFilesAt } from './helpers.ts';
import { CHROMIUM_ARGS } from './site/fixture.ts';

const REPO = resolve(import.meta.dirname, '..');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillpack-runtime-web-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: false, minify: false, lib: { entry: join(REPO, 'src/runtime/index.ts'), formats: ['es'], fileName: () => 'runtime.js' } },
  });
  const project = makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills' }),
    'skills/categories.yaml': 'ops:\n  title: Ops\n  description: Operations.\n',
    'skills/ops/helm/SKILL.md': '---\nname: helm\ndescription: Upgrades and rolls back Helm releases. Use when a helm upgrade fails.\nmetadata:\n  tags: helm kubernetes\n---\n# Helm\n\nUse `helm rollback` to return to a revision.\n',
    ...triggerFilesAt('skills/ops/helm'),
    'skills/ops/docker/SKILL.md': '---\nname: docker\ndescription: Writes Dockerfiles with multi-stage builds. Use when containerizing an app.\nmetadata:\n  tags: docker containers\n---\n# Docker\n\nCopy only build output into the final image.\n',
    ...triggerFilesAt('skills/ops/docker'),
  });
  const built = spawnSync(process.execPath, [join(REPO, 'bin/skillpack.js'), 'build', '--out', join(dir, 'bundle'), '--no-cache'], { cwd: project, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  const tampered = JSON.parse(readFileSync(join(dir, 'bundle/skills.json'), 'utf8'));
  tampered.skills[0].body += '\nInjected line.';
  const files: Record<string, string> = {
    '/runtime.js': readFileSync(join(dir, 'runtime.js'), 'utf8'),
    '/skills.json': readFileSync(join(dir, 'bundle/skills.json'), 'utf8'),
    '/tampered.json': JSON.stringify(tampered),
    '/': '<!doctype html><title>runtime</title>',
  };
  server = createServer((request, response) => {
    const body = files[request.url ?? '/'];
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(request.url ?? '')] ?? 'text/html' }).end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('skillpack/runtime in Chromium', () => {
  it('loads, verifies and searches a bundle, and refuses a tampered one', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    // Passed as a string: the test runner would otherwise rewrite the dynamic import for Node.
    const result = await page.evaluate(`(async () => {
      const runtime = await import('/runtime.js');
      const bundle = await runtime.loadBundle(location.origin + '/skills.json');
      const top = bundle.search('my helm upgrade failed, roll it back')[0].name;
      const selected = bundle.select('multi-stage dockerfile', { tokenBudget: 5000 }).skills.map((s) => s.name);
      let refused = '';
      try {
        await runtime.loadBundle(location.origin + '/tampered.json');
      } catch (error) {
        refused = error.name + ':' + error.code;
      }
      return { count: bundle.list().length, top, selected, refused, prompt: bundle.toPrompt().split('\\n')[0] };
    })()`);
    expect(result).toEqual({ count: 2, top: 'helm', selected: ['docker'], refused: 'BundleIntegrityError:digest-mismatch', prompt: '<available_skills>' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
