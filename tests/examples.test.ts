/** The catalog's examples work: `<lang> run` blocks and `scripts/` run in a sandbox, config blocks and files validate. */
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConfig } from '../src/node/config-validators.ts';
import { detectNetworkMode, findExamples, runInSandbox, type SandboxResult } from '../src/node/examples.ts';

const ROOT = resolve(import.meta.dirname, '..');
const network = detectNetworkMode();
const NETWORK_LABEL = network === 'unshare' ? 'no network: unshare --net' : 'no network: proxies to a closed local port (unshare unavailable)';
const catalog = findExamples(join(ROOT, 'skills'), ROOT);

// At most one sandboxed program per core: the 10 s limit of each should measure the program, not the queue.
const slots = { free: Math.max(1, availableParallelism()), waiting: [] as Array<() => void> };
async function limited<T>(run: () => Promise<T>): Promise<T> {
  if (slots.free === 0) await new Promise<void>((resume) => slots.waiting.push(resume));
  else slots.free--;
  try {
    return await run();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free++;
  }
}

const explain = (result: SandboxResult) =>
  `exit ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}${result.timedOut ? ', timed out' : ''}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

describe.concurrent(`runnable examples (${NETWORK_LABEL})`, () => {
  it('finds the catalog’s examples and scripts', () => {
    expect(catalog.examples.length).toBeGreaterThan(0);
    expect(catalog.scripts.length).toBeGreaterThan(0);
  });

  for (const example of catalog.examples) {
    it(example.id, async () => {
      expect(example.interpreter, `${example.id}: \`${example.language} run\` cannot be run; use bash, sh, python or js`).not.toBeNull();
      const result = await limited(() => runInSandbox({ skillDir: example.skillDir, interpreter: example.interpreter!, code: example.code, network }));
      expect(result.exitCode, explain(result)).toBe(0);
    });
  }

  for (const script of catalog.scripts) {
    it(`${script.id} --help`, async () => {
      expect(script.interpreter, `${script.id}: scripts are Python (.py), shell (.sh, .bash) or Node (.mjs)`).not.toBeNull();
      const result = await limited(() => runInSandbox({ skillDir: script.skillDir, interpreter: script.interpreter!, args: [script.path, '--help'], network }));
      expect(result.exitCode, explain(result)).toBe(0);
      expect((result.stdout + result.stderr).trim(), 'prints its usage').not.toBe('');
    });
  }
});

describe('config blocks and asset files validate (`partial` blocks are skipped)', () => {
  const validated: Record<string, number> = {};
  for (const block of catalog.configs) {
    it(block.id, async () => {
      const check = await checkConfig(block);
      for (const kind of check.kinds) validated[kind] = (validated[kind] ?? 0) + 1;
      expect(check.problems, check.problems.join('\n')).toEqual([]);
    });
  }

  it('found configs of every kind it validates', () => {
    for (const kind of ['json', 'yaml', 'github-workflow', 'kubernetes', 'dockerfile', 'sql']) expect(validated[kind] ?? 0, `${kind} in ${JSON.stringify(validated)}`).toBeGreaterThan(0);
  });
});

describe.concurrent('the sandbox', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'skillpack-sandbox-test-'));
  const skillDir = join(scratch, 'skill');
  mkdirSync(join(skillDir, 'assets'), { recursive: true });
  writeFileSync(join(skillDir, 'SKILL.md'), '---\nname: skill\ndescription: x\n---\n\n```bash run\ncat assets/data.txt\n```\n\n```json partial\n{"a": 1,\n```\n\n```yaml\na: [1\n```\n');
  writeFileSync(join(skillDir, 'assets', 'data.txt'), 'original\n');
  mkdirSync(join(skillDir, 'scripts'));
  for (const [name, text] of [['tool.py', ''], ['_shared.py', ''], ['run.sh', '#!/bin/sh\n'], ['legacy.rb', ''], ['bare', '#!/usr/bin/env python3\n']]) writeFileSync(join(skillDir, 'scripts', name!), text!);
  symlinkSync('/etc/hostname', join(skillDir, 'assets', 'outside'));
  const other = join(scratch, 'other');
  mkdirSync(join(other, 'references'), { recursive: true });
  writeFileSync(join(other, 'SKILL.md'), '---\nname: other\ndescription: x\n---\n\n- a list item\n\n  ```rust run\n  fn main() {}\n  ```\n');
  writeFileSync(join(other, 'references', 'more.md'), '# More\n\n```python run\nprint(1)\n```\n\n```yml\na: 1\n---\nb: 2\n```\n\n```json\n{"a": [1, 2,]}\n```\n');
  afterAll(() => import('node:fs').then((fs) => fs.rmSync(scratch, { recursive: true, force: true })));
  const bash = (code: string, extra: Partial<Parameters<typeof runInSandbox>[0]> = {}) => runInSandbox({ skillDir, interpreter: 'bash', code, network, ...extra });

  it('finds run blocks (also in lists and references), skips partial blocks and reports a broken one with its position in the file', async () => {
    const found = findExamples(scratch, scratch);
    expect(found.examples.map((e) => [e.id, e.interpreter])).toEqual([['other/references/more.md:3', 'python3'], ['other/SKILL.md:8', null], ['skill/SKILL.md:6', 'bash']]);
    expect(found.examples[1]!.code).toBe('fn main() {}');
    expect(found.configs.map((c) => c.id)).toEqual(['other/references/more.md:7', 'other/references/more.md:13', 'skill/SKILL.md:14']);
    const problems = await Promise.all(found.configs.map(async (block) => (await checkConfig(block)).problems));
    expect(problems).toEqual([[], [expect.stringMatching(/^other\/references\/more\.md:14:\d+ .*json partial/)], [expect.stringMatching(/^skill\/SKILL\.md:15:\d+ .*yaml partial/)]]);
  });

  it('lists every program in scripts/ with its interpreter, leaving out modules whose name starts with _', () => {
    const scripts = findExamples(scratch, scratch).scripts;
    expect(scripts.map((s) => [s.path, s.interpreter])).toEqual([['scripts/bare', 'python3'], ['scripts/legacy.rb', null], ['scripts/run.sh', 'sh'], ['scripts/tool.py', 'python3']]);
  });

  it('copies no link into the sandbox', async () => {
    const result = await bash('test -f assets/data.txt && test ! -e assets/outside && test ! -L assets/outside');
    expect(result.exitCode, explain(result)).toBe(0);
  });

  it('runs in a copy of the skill folder that is also HOME, and leaves the original alone', async () => {
    const result = await bash('cat assets/data.txt; test "$HOME" = "$PWD"; echo changed > assets/data.txt; rm SKILL.md');
    expect(result.exitCode, explain(result)).toBe(0);
    expect(result.stdout).toBe('original\n');
    expect(readFileSync(join(skillDir, 'assets', 'data.txt'), 'utf8')).toBe('original\n');
  });

  it('passes no variable of the caller and sets LANG', async () => {
    process.env.SKILLPACK_SANDBOX_SECRET = 'hunter2';
    try {
      const node = await runInSandbox({ skillDir, interpreter: 'node', code: 'console.log(JSON.stringify(Object.keys(process.env).sort()))', network });
      expect(JSON.parse(node.stdout)).toEqual(network === 'unshare' ? ['HOME', 'LANG', 'PATH'] : expect.arrayContaining(['HOME', 'LANG', 'PATH']));
      const python = await runInSandbox({ skillDir, interpreter: 'python3', code: 'import os; print(os.environ["LANG"], "SKILLPACK_SANDBOX_SECRET" in os.environ)', network });
      expect(python.stdout).toBe('C.UTF-8 False\n');
    } finally {
      delete process.env.SKILLPACK_SANDBOX_SECRET;
    }
  });

  it('fails a bash block on any failing command, an unset variable or a failed pipeline stage', async () => {
    for (const code of ['false; echo after', 'echo "$UNSET_THING"', 'false | cat']) expect((await bash(code)).exitCode, code).not.toBe(0);
    expect((await bash('true | cat')).exitCode).toBe(0);
  });

  it('kills an example at its timeout, with whatever it started in the background', async () => {
    const started = Date.now();
    const result = await bash('(sleep 30; echo late) & sleep 30', { timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('runs Python and Node code with the right interpreter', async () => {
    expect((await runInSandbox({ skillDir, interpreter: 'python3', code: 'import sys; print(sys.version_info[0])', network })).stdout).toBe('3\n');
    const node = await runInSandbox({ skillDir, interpreter: 'node', code: 'import { readFileSync } from "node:fs"; console.log(readFileSync("assets/data.txt", "utf8").trim(), process.version)', network });
    expect(node.stdout, 'the Node that runs the tests').toBe(`original ${process.version}\n`);
    const onPath = await bash('node --version');
    expect(onPath.stdout).toBe(`${process.version}\n`);
  });

  it.runIf(network === 'unshare')('cuts the network off: even a server on the caller’s loopback is out of reach', async () => {
    const server = createServer((socket) => socket.end('reached\n'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    try {
      const code = `import socket\ntry:\n    socket.create_connection(("127.0.0.1", ${port}), timeout=2)\n    print("connected")\nexcept OSError:\n    print("unreachable")\n`;
      const result = await runInSandbox({ skillDir, interpreter: 'python3', code, network });
      expect(result.stdout).toBe('unreachable\n');
    } finally {
      server.close();
    }
  });

  it('in proxy mode, points every proxy variable at a closed local port and bypasses none', async () => {
    const result = await bash('echo "$HTTP_PROXY $https_proxy $ALL_PROXY [${NO_PROXY}]"', { network: 'proxy' });
    expect(result.stdout).toBe('http://127.0.0.1:9 http://127.0.0.1:9 http://127.0.0.1:9 []\n');
  });
});
