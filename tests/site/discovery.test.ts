// The discovery index consumed as a client of the Agent Skills Discovery RFC (v0.2.0) would: the built
// site is served by a static server, the index and every artifact it lists are fetched over HTTP,
// every digest is checked, and every archive is unpacked by the system's `tar` to exactly the skill's files.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTarGz } from '../../src/node/archive.ts';
import { BASE, buildSite, REPO, serve, type BuiltSite } from './fixture.ts';

const LONG_NAME = `references/${'a'.repeat(120)}.md`;

/** Source files of the catalog, by path under `skills/`. */
const SOURCES: Record<string, string> = {
  'tools/solo/SKILL.md': '---\nname: solo\ndescription: Does one thing alone. Use when a single file is enough.\n---\n# Solo\n\nOnly this file.\n',
  'tools/kit/SKILL.md': '---\nname: kit\ndescription: Bundles a guide, a script and a diagram. Use when a skill needs files.\n---\n# Kit\n\nRead [the guide](references/guide.md) and run `scripts/run.sh`.\n',
  'tools/kit/references/guide.md': '# Guide\n\nStep one.\n',
  'tools/kit/scripts/run.sh': '#!/bin/sh\necho run\n',
  'tools/kit/assets/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>\n',
  [`tools/kit/${LONG_NAME}`]: '# Long\n',
};

/** What the archive of `kit` must hold: every published file under its source path. */
const KIT_FILES = ['SKILL.md', 'assets/diagram.svg', LONG_NAME, 'references/guide.md', 'scripts/run.sh'].sort();

function writeCatalog(): string {
  const root = mkdtempSync(join(tmpdir(), 'skillpack-discovery-'));
  const files: Record<string, string> = {
    'skillpack.config.json': JSON.stringify({ catalog: 'skills', categories: 'skills/categories.yaml', preset: 'default' }),
    'skills/categories.yaml': 'tools:\n  title: Tools\n  description: Small tools.\n',
  };
  for (const [path, text] of Object.entries(SOURCES)) files[`skills/${path}`] = text;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface IndexEntry {
  name: string;
  type: string;
  description: string;
  url: string;
  digest: string;
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

let site: BuiltSite;
let second: BuiltSite;
let server: Server;
let siteUrl: string;
const temporary: string[] = [];

beforeAll(async () => {
  const root = writeCatalog();
  site = buildSite(root);
  second = buildSite(root);
  temporary.push(root, dirname(site.out), dirname(second.out));
  ({ server, url: siteUrl } = await serve(site.out, BASE, { headers: true }));
}, 600_000);

afterAll(() => {
  server?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function fetchBytes(url: string): Promise<{ bytes: Buffer; type: string | null }> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return { bytes: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
}

describe('the discovery index', () => {
  it('lists single-file skills as skill-md and skills with files as archives, per v0.2.0', async () => {
    const indexUrl = new URL('.well-known/agent-skills/index.json', siteUrl).href;
    const { bytes, type } = await fetchBytes(indexUrl);
    expect(type).toBe('application/json');
    const index = JSON.parse(bytes.toString('utf8'));
    expect(Object.keys(index)).toEqual(['$schema', 'skills']);
    expect(index.$schema).toBe('https://schemas.agentskills.io/discovery/0.2.0/schema.json');
    expect(index.skills.map((entry: IndexEntry) => [entry.name, entry.type, entry.url])).toEqual([
      ['kit', 'archive', `${BASE}.well-known/agent-skills/kit.tar.gz`],
      ['solo', 'skill-md', `${BASE}.well-known/agent-skills/solo/SKILL.md`],
    ]);
    for (const entry of index.skills as IndexEntry[]) {
      expect(Object.keys(entry)).toEqual(['name', 'type', 'description', 'url', 'digest']);
      expect(entry.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(entry.description).toBe(/description: (.*)\n/.exec(SOURCES[`tools/${entry.name}/SKILL.md`]!)![1]);
    }
  });

  it('serves every artifact with the digest the index gives, and each archive unpacks to exactly the skill', async () => {
    const indexUrl = new URL('.well-known/agent-skills/index.json', siteUrl).href;
    const index = JSON.parse((await fetchBytes(indexUrl)).bytes.toString('utf8')) as { skills: IndexEntry[] };
    for (const entry of index.skills) {
      const { bytes, type } = await fetchBytes(new URL(entry.url, indexUrl).href);
      expect(sha256(bytes), entry.name).toBe(entry.digest);
      if (entry.type === 'skill-md') {
        expect(type).toMatch(/^text\/markdown/);
        expect(bytes.toString('utf8')).toBe(SOURCES[`tools/${entry.name}/SKILL.md`]);
        continue;
      }
      expect(type).toBe('application/gzip');
      const work = mkdtempSync(join(tmpdir(), 'skillpack-unpack-'));
      temporary.push(work);
      writeFileSync(join(work, 'skill.tar.gz'), bytes);
      const listed = execFileSync('tar', ['-tzf', join(work, 'skill.tar.gz')], { encoding: 'utf8' }).trim().split('\n');
      expect(listed).toEqual(KIT_FILES);
      const verbose = execFileSync('tar', ['-tvzf', join(work, 'skill.tar.gz')], { encoding: 'utf8' }).trim().split('\n');
      for (const line of verbose) expect(line).toMatch(/^-rw-r--r-- 0\/0 /);
      mkdirSync(join(work, 'out'));
      execFileSync('tar', ['-xzf', join(work, 'skill.tar.gz'), '-C', join(work, 'out')]);
      for (const path of KIT_FILES) expect(readFileSync(join(work, 'out', path), 'utf8'), path).toBe(SOURCES[`tools/kit/${path}`]);
      expect([...readTarGz(bytes).keys()]).toEqual(KIT_FILES);
    }
  });

  it('installs with the ecosystem\'s `skills` command (npx skills add URL), which checks the digests', async () => {
    const project = mkdtempSync(join(tmpdir(), 'skillpack-skills-cli-'));
    temporary.push(project);
    const cli = join(REPO, 'node_modules/skills/bin/cli.mjs');
    const run = await command(process.execPath, [cli, 'add', siteUrl, '--skill', 'kit', '--skill', 'solo', '--agent', 'claude-code', '--yes', '--copy'], project, {
      HOME: project,
      DISABLE_TELEMETRY: '1',
      DO_NOT_TRACK: '1',
      NO_COLOR: '1',
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // skills 1.7 reads ustar names and prefixes but not pax records, which a file name over 100 bytes needs.
    for (const path of KIT_FILES.filter((file) => file !== LONG_NAME)) {
      expect(readFileSync(join(project, '.claude/skills/kit', path), 'utf8'), path).toBe(SOURCES[`tools/kit/${path}`]);
    }
    expect(readFileSync(join(project, '.claude/skills/solo/SKILL.md'), 'utf8')).toBe(SOURCES['tools/solo/SKILL.md']);
    const index = JSON.parse((await fetchBytes(new URL('.well-known/agent-skills/index.json', siteUrl).href)).bytes.toString('utf8')) as { skills: IndexEntry[] };
    const lock = JSON.parse(readFileSync(join(project, 'skills-lock.json'), 'utf8')) as { skills: Record<string, { sourceType: string; wellKnownDigest: string }> };
    for (const entry of index.skills) expect(lock.skills[entry.name]).toMatchObject({ sourceType: 'well-known', wellKnownDigest: entry.digest });
  }, 120_000);

  it('gives byte-identical archives and index from two builds', () => {
    const folder = '.well-known/agent-skills';
    const artifacts = readdirSync(join(site.out, folder)).filter((name) => name.endsWith('.tar.gz') || name === 'index.json');
    expect(artifacts.sort()).toEqual(['index.json', 'kit.tar.gz']);
    for (const name of artifacts) {
      expect(statSync(join(second.out, folder, name)).isFile()).toBe(true);
      expect(readFileSync(join(second.out, folder, name)).equals(readFileSync(join(site.out, folder, name))), name).toBe(true);
    }
  });
});

/** A program run without blocking the server in this process. */
function command(program: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(program, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The `skillpack` command, run without blocking the server in this process. */
function skillpack(args: string[], cwd: string, home: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return command(process.execPath, [join(REPO, 'bin/skillpack.js'), ...args], cwd, { HOME: home, NO_COLOR: '1' });
}

describe('skillpack install from the built site', { timeout: 180_000 }, () => {
  it.each([
    ['its folder', () => site.out],
    ['its URL', () => siteUrl],
  ])('installs every skill from %s, each file as the source has it', async (_what, from) => {
    const project = mkdtempSync(join(tmpdir(), 'skillpack-consumer-'));
    const home = mkdtempSync(join(tmpdir(), 'skillpack-consumer-home-'));
    temporary.push(project, home);
    const result = await skillpack(['install', 'kit', 'solo', '--from', from()], project, home);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const path of KIT_FILES) expect(readFileSync(join(project, '.claude/skills/kit', path), 'utf8'), path).toBe(SOURCES[`tools/kit/${path}`]);
    expect(readdirSync(join(project, '.claude/skills/solo'))).toEqual(['SKILL.md']);
    const lock = JSON.parse(readFileSync(join(project, 'skills-lock.json'), 'utf8'));
    expect(lock.skills.map((skill: { name: string; type: string }) => `${skill.name} ${skill.type}`)).toEqual(['kit archive', 'solo skill-md']);
    expect((await skillpack(['verify'], project, home)).code).toBe(0);
  });
});
