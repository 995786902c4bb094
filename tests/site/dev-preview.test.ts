/**
 * `skillpack preview` (and `npm run dev`, which it runs): a skill with errors still renders, under a
 * banner listing what `skillpack check` reports, and an edit to the skill shows up without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, until } from '../helpers.ts';

const BIN = resolve(import.meta.dirname, '../../bin/skillpack.js');
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill('SIGTERM');
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
