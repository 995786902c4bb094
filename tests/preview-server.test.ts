/** What `skillpack preview` serves to whom: only its pages, only to this machine's own addresses. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, until } from './helpers.ts';

const REPO = resolve(import.meta.dirname, '..');
const BIN = join(REPO, 'bin/skillpack.js');
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill('SIGTERM');
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
