// The install commands of a skill page, run for real: `sh` executes each generated command in a
// fresh home folder against a local server holding the skill's files. Hostile file and skill names
// must arrive as exactly those files, with their content, and nothing else may happen.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadCommand, installCommand, skillsAddCommand, type InstallFile } from '../../src/site/install.ts';

const HOSTILE_FILE_NAMES = [
  'references/$(touch${IFS}PWNED).md',
  'references/`touch PWNED`.md',
  'references/a;touch PWNED;b.md',
  "references/it's.md",
  'references/say "hi".md',
  'references/line\ntouch PWNED\n.md',
  'references/-rf.md',
  'references/-o PWNED',
  'references/with spaces   here.md',
  'references/back\\slash.md',
  'references/glob[a-z]{x,y}*?.md',
  'references/%2e%2e/%2e%2e/x.md',
  'references/#hash?query&amp|pipe>redirect<in.md',
  'references/~tilde!bang.md',
  'références/ünïcode.md',
];

const HOSTILE_SKILL_NAMES = ['$(touch PWNED)', '`touch PWNED`', "it's", '-rf', 'a b;touch PWNED'];

let server: Server;
let site: string;
/** What the server holds, by decoded URL path. */
const served = new Map<string, string>();
const temporary: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      path = '';
    }
    const text = served.get(path);
    response.writeHead(text === undefined ? 404 : 200, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(text ?? 'not found');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/site/`;
});

afterAll(() => {
  server.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Runs a command with `sh` (asynchronously: the server answering it lives in this process). */
function sh(command: string, home: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn('sh', ['-c', command], { cwd: home, env: { PATH: process.env.PATH, HOME: home }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, stderr })));
}

/** Serves the files of one skill, runs the command with `sh` in a fresh home and returns every file that exists afterwards. */
async function runInstall(name: string, sources: string[]): Promise<{ home: string; files: string[]; status: number | null; stderr: string }> {
  const files: InstallFile[] = sources.map((source) => ({ source, path: source.endsWith('.md') ? source : `${source}.txt` }));
  for (const file of files) served.set(`/site/.well-known/agent-skills/${name}/${file.path}`, `content of ${file.source}`);
  const home = mkdtempSync(join(tmpdir(), 'skillpack-install-'));
  temporary.push(home);
  const command = installCommand('.claude/skills', name, files, site);
  const { status, stderr } = await sh(command, home);
  return { home, files: filesUnder(home).sort(), status, stderr };
}

describe('install commands run by sh', () => {
  it('download every hostile file name to exactly its own path, with its content, and run nothing', async () => {
    const sources = ['SKILL.md', ...HOSTILE_FILE_NAMES];
    const { home, files, status, stderr } = await runInstall('odd-files', sources);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(files).toEqual(sources.map((source) => `.claude/skills/odd-files/${source}`).sort());
    for (const source of sources) expect(readFileSync(join(home, '.claude/skills/odd-files', source), 'utf8')).toBe(`content of ${source}`);
  });

  it.each(HOSTILE_SKILL_NAMES)('installs a skill named %j into its own folder only', async (name) => {
    const { home, files, status } = await runInstall(name, ['SKILL.md']);
    expect(status).toBe(0);
    expect(files).toEqual([`.claude/skills/${name}/SKILL.md`]);
    expect(readFileSync(join(home, '.claude/skills', name, 'SKILL.md'), 'utf8')).toBe('content of SKILL.md');
  });

  it.each(['../escape.md', 'references/../../escape.md', '/etc/passwd', 'a//b.md', './x.md', 'nul\0.md'])('refuses a file path that leaves the folder: %j', (source) => {
    expect(() => installCommand('.claude/skills', 'skill', [{ source, path: 'x.md' }], site)).toThrow(/leaves the skill folder/);
  });

  it.each(['..', '.', '', 'a/b', '../x'])('refuses a skill name that is not one folder: %j', (name) => {
    expect(() => installCommand('.claude/skills', name, [{ source: 'SKILL.md', path: 'SKILL.md' }], site)).toThrow(/cannot build an install command/);
  });

  it('quotes the site and bundle URLs as single words', () => {
    const home = mkdtempSync(join(tmpdir(), 'skillpack-install-'));
    temporary.push(home);
    const hostile = "https://x.test/$(touch PWNED)/`touch PWNED`/';touch PWNED;'/";
    for (const command of [skillsAddCommand(hostile), downloadCommand(`${hostile}skills.json`)]) {
      const echoed = spawnSync('sh', ['-c', command.replace(/^(npx skills add|curl -fsSLO) /, 'printf %s ')], { cwd: home, encoding: 'utf8' });
      expect(echoed.stdout).toBe(command.startsWith('npx') ? hostile.replace(/\/$/, '') : `${hostile}skills.json`);
    }
    expect(readdirSync(home)).toEqual([]);
  });
});
