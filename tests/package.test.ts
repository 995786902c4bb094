import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, triggerFilesAt } from './helpers.ts';

// The published package, exactly as `npm pack` makes it, installed into an empty project and used from
// there: the runtime imported as an ES module and required from CommonJS, its types checked by a
// TypeScript consumer, and the command run, on the machine's own Node 20 when there is one.

const REPO = resolve(import.meta.dirname, '..');
const NPM_ENV = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** Every `node` on PATH (the system's, outside the pinned one npm puts first) whose major version is 20. */
function node20(): string | null {
  const candidates = [...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'node')), '/usr/bin/node', '/usr/local/bin/node'];
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    if (version.startsWith('v20.')) return candidate;
  }
  return null;
}

const SKILL = '---\nname: container-logs\ndescription: Reads container logs to find why a service crashed. Use when a container keeps restarting.\nmetadata:\n  tags: docker logs\n---\n# Container logs\n\nRead them.\n';

describe('the npm package', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'skillpack-package-'));
  const pack = (cwd: string, ...args: string[]) =>
    (JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', ...args], { cwd, encoding: 'utf8', env: NPM_ENV, stdio: ['ignore', 'pipe', 'pipe'] })) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
  // What the repository's allow-list lets into a tarball.
  const listed = pack(REPO, '--dry-run').files.map((file) => file.path);
  // The tarball itself comes from a copy compiled afresh (what `prepare` does), so the repository's own
  // lib/, which other tests import, is never rewritten while they run.
  const staging = join(work, 'staging');
  for (const file of ['package.json', 'README.md', 'bin/skillpack.js']) cpSync(join(REPO, file), join(staging, file));
  execFileSync(join(REPO, 'node_modules/.bin/tsc'), ['-p', join(REPO, 'tsconfig.package.json'), '--outDir', join(staging, 'lib')], { stdio: 'ignore' });
  const packed = pack(staging, '--pack-destination', work);
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);

  it('holds the compiled runtime and command, and no tests, sources or catalog', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/skillpack.js', 'lib/runtime/index.js', 'lib/runtime/index.d.ts', 'lib/cli/main.js', 'lib/node/mcp.js', 'lib/node/worker.js', 'package.json', 'README.md']));
    expect(listed).toEqual(expect.arrayContaining(['bin/skillpack.js', 'lib/runtime/index.js', 'package.json']));
    for (const list of [files, listed]) {
      expect(list.filter((path) => !/^(lib\/.+\.(js|d\.ts)|bin\/skillpack\.js|package\.json|README\.md|LICENSE)$/.test(path))).toEqual([]);
    }
  });

  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  execFileSync('npm', ['init', '-y'], { cwd: consumer, env: NPM_ENV, stdio: 'ignore' });
  // Dependencies come from npm's cache where it has them; install scripts are not needed by the package.
  execFileSync('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-save', tarball], { cwd: consumer, env: NPM_ENV, stdio: 'ignore' });

  const fixture = makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills' }),
    'skills/categories.yaml': 'ops:\n  title: Operations\n  description: Running services.\n',
    'skills/ops/container-logs/SKILL.md': SKILL,
    ...triggerFilesAt('skills/ops/container-logs'),
  });
  expect(runCli(['build', '--out', 'out'], fixture).code).toBe(0);
  const bundleFile = join(fixture, 'out/skills.json');

  // The oldest Node the package supports when the machine has it; the tests' own Node otherwise.
  const nodes = [node20() ?? process.execPath];

  it.each(nodes)('imports the runtime as an ES module and requires it from CommonJS (%s)', (node) => {
    writeFileSync(
      join(consumer, 'use.mjs'),
      "import { loadBundle, search, BundleError } from 'skillpack/runtime';\n" +
        'const bundle = await loadBundle(process.argv[2]);\n' +
        "console.log(search(bundle, 'container keeps restarting')[0].name, typeof BundleError);\n",
    );
    const esm = spawnSync(node, ['use.mjs', bundleFile], { cwd: consumer, encoding: 'utf8' });
    expect(esm.stderr).toBe('');
    expect(esm.stdout).toBe('container-logs function\n');

    writeFileSync(
      join(consumer, 'use.cjs'),
      "const { loadBundle, search } = require('skillpack/runtime');\n" +
        "loadBundle(process.argv[2]).then((bundle) => console.log(search(bundle, 'container').map((hit) => hit.skill.category).join()));\n",
    );
    const cjs = spawnSync(node, ['use.cjs', bundleFile], { cwd: consumer, encoding: 'utf8' });
    expect(cjs.stderr.replace(/^.*ExperimentalWarning.*\n.*--trace-warnings.*\n/m, '')).toBe('');
    expect(cjs.stdout).toBe('ops\n');
  });

  it.each(nodes)('runs the command: version, search, the MCP server, install and verify (%s)', (node) => {
    const bin = join(consumer, 'node_modules/skillpack/bin/skillpack.js');
    expect(spawnSync(node, [bin, '--version'], { encoding: 'utf8' }).stdout).toBe('0.1.0\n');
    const search = spawnSync(node, [bin, 'search', 'container restarting', '--bundle', bundleFile, '--format', 'json'], { encoding: 'utf8' });
    expect(search.stderr).toBe('');
    expect(JSON.parse(search.stdout).map((hit: { name: string }) => hit.name)).toEqual(['container-logs']);
    const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'test', version: '1' } } };
    const mcp = spawnSync(node, [bin, 'mcp', '--bundle', bundleFile], { input: `${JSON.stringify(initialize)}\n`, encoding: 'utf8', timeout: 30_000 });
    const reply = JSON.parse(mcp.stdout.trim().split('\n')[0]!);
    expect(reply.result.serverInfo.name).toBe('skillpack');
    expect(reply.result.capabilities.extensions).toHaveProperty(['io.modelcontextprotocol/skills']);
    const install = spawnSync(node, [bin, 'install', 'container-logs', '--from', bundleFile], { cwd: consumer, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(readFileSync(join(consumer, '.claude/skills/container-logs/SKILL.md'), 'utf8')).toBe(SKILL);
    expect(spawnSync(node, [bin, 'verify'], { cwd: consumer, encoding: 'utf8' }).status).toBe(0);
    const preview = spawnSync(node, [bin, 'preview', fixture], { encoding: 'utf8' });
    expect(preview.status).toBe(2);
    expect(preview.stderr).toMatch(/preview needs a checkout/);
  });

  it('gives a TypeScript consumer the runtime types', () => {
    const project = join(consumer, 'typed');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"type":"module"}\n');
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['consumer.ts'] }),
    );
    const typed = [
      "import { loadBundle, search, BundleError, type SkillRecord } from 'skillpack/runtime';",
      "const bundle = await loadBundle('skills.json', { digest: `sha256:${'0'.repeat(64)}` });",
      "const best: SkillRecord | undefined = search(bundle, 'docker', { limit: 1 })[0]?.skill;",
      "export const name: string = best?.name ?? '';",
      'export { BundleError };',
    ];
    const tsc = join(REPO, 'node_modules/.bin/tsc');
    writeFileSync(join(project, 'consumer.ts'), `${typed.join('\n')}\n`);
    const good = spawnSync(tsc, ['-p', project], { encoding: 'utf8' });
    expect(good.stdout + good.stderr).toBe('');
    expect(good.status).toBe(0);
    // The types are real: a wrong use is an error.
    writeFileSync(join(project, 'consumer.ts'), `${typed.join('\n').replace('export const name: string', 'export const name: number')}\n`);
    expect(spawnSync(tsc, ['-p', project], { encoding: 'utf8' }).stdout).toMatch(/consumer\.ts\(4,14\): error TS2322/);
  });

  it('installs nothing but its dependencies', () => {
    expect(readdirSync(join(consumer, 'node_modules/skillpack')).sort()).toEqual(['README.md', 'bin', 'lib', 'package.json']);
  });
});
