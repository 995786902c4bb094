/**
 * `skillpack preview` (and `npm run dev`, which it runs): a skill with errors still renders, under a
 * banner listing what `skillpack check` reports, and an edit to the skill shows up without a restart;
 * and what it serves to whom: only its pages, only to this machine's own addresses.
 * Both run `astro dev` in the repository, which keeps one content store and one module cache per
 * project, so they live in one file and never run at the same time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTree, until } from '../helpers.ts';

const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'bin/skillpack.js');
let child: ChildProcess | null = null;

afterEach(async () => {
  const running = child;
  child = null;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((done) => running.once('exit', done));
  running.kill('SIGTERM');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
});

describe('skillpack preview', () => {
  it('serves a broken skill with a banner of its findings, and reloads it after an edit', async () => {
    const root = makeTree({
      'tools/half-done/SKILL.md': '---\nname: half-done\ndescription: Formats release notes.\nauthor: someone\n---\n# Half done\n\nA body that renders anyway.\n',
    });
    const port = 43000 + Math.floor(Math.random() * 2000);
    // Without the test runner's own variables: Astro changes its behaviour when it thinks Vitest runs it.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
    child = spawn(process.execPath, [BIN, 'preview', join(root, 'tools/half-done'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await until(async () => /(http:\/\/127\.0\.0\.1:\d+\/skills\/half-done\/)/.exec(output)?.[1] ?? null, 90, "the server address");

    const page = await until(async () => {
      const response = await fetch(url);
      return response.ok ? await response.text() : null;
    }, 60, 'the page');
    expect(page).toContain('A body that renders anyway.');
    const banner = /<section class="diagnostics-banner[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(banner).toContain('skillpack check: 1 error, 0 warnings');
    expect(banner).toContain('known-fields');
    expect(banner).toMatch(/SKILL\.md:4:1/);
    // Red for errors; the message's backticked code is code, not literal backticks.
    expect(banner).toMatch(/^<section class="diagnostics-banner diagnostics-banner--error[ "]/);
    expect(banner).toContain('<code>metadata</code>');
    expect(banner).not.toContain('`metadata`');

    writeFileSync(join(root, 'tools/half-done/SKILL.md'), '---\nname: half-done\ndescription: Formats release notes. Use when preparing a release.\n---\n# Half done\n\nOnly a <b>warning</b> now.\n');
    const warned = await until(async () => {
      const text = await (await fetch(url)).text();
      return text.includes('Only a') ? text : null;
    }, 60, 'the warning-only edit to show');
    expect(/<section class="diagnostics-banner[^"]*"/.exec(warned)?.[0]).toMatch(/diagnostics-banner--warning/);

    writeFileSync(join(root, 'tools/half-done/SKILL.md'), '---\nname: half-done\ndescription: Formats release notes. Use when preparing a release.\n---\n# Half done\n\nNow fixed.\n');
    const fixed = await until(async () => {
      const text = await (await fetch(url)).text();
      return text.includes('Now fixed.') ? text : null;
    }, 60, 'the edit to show');
    expect(fixed).not.toContain('class="diagnostics-banner');
  }, 240_000);
});

function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('skillpack preview, attacked', () => {
  it('escapes a hostile folder name, refuses foreign Host headers, and serves neither linked files nor the cache key', async () => {
    const folder = 'alpha\u001b]0;pwned\u0007';
    const root = makeTree({
      'outside/secret.txt': 'TOP-SECRET-CONTENT\n',
      [`tools/${folder}/SKILL.md`]: '---\nname: alpha\ndescription: Does alpha. Use when alpha is needed.\n---\n# Alpha\n\nSee [notes](references/secret.md).\n',
    });
    mkdirSync(join(root, `tools/${folder}/references`));
    symlinkSync(join(root, 'outside/secret.txt'), join(root, `tools/${folder}/references/secret.md`));
    const port = 45000 + Math.floor(Math.random() * 2000);
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
    child = spawn(process.execPath, [BIN, 'preview', join(root, 'tools', folder), '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(async () => (/Edits reload/.test(output) ? true : null), 90, 'the server');
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(output).toContain('/skills/alpha%1B%5D0%3Bpwned%07/');
    const path = '/skills/alpha/';
    const page = await until(async () => {
      const response = await get(port, path);
      return response.status === 200 ? response.body : null;
    }, 60, 'the page');
    expect(page).toContain("See");

    expect((await get(port, path, `evil.example:${port}`)).status).toBe(403);
    const key = readFileSync(join(REPO, 'node_modules/.cache/skillpack/cache.key'), 'utf8');
    for (const probe of [
      '/node_modules/.cache/skillpack/cache.key',
      `/@fs${join(REPO, 'node_modules/.cache/skillpack/cache.key')}`,
      `/@fs${join(root, 'outside/secret.txt')}`,
      '/.well-known/agent-skills/alpha/references/secret.md',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/pagefind/..%2f..%2f..%2fpackage.json',
    ]) {
      const response = await get(port, probe);
      expect(response.body, probe).not.toContain(key);
      expect(response.body, probe).not.toContain('TOP-SECRET');
      expect(response.body, probe).not.toMatch(/root:x:0:0/);
      expect(response.body, probe).not.toContain('"name": "skillpack"');
    }
  }, 240_000);
});
