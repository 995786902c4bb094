import { createHmac } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintTree } from '../src/core/lint.ts';
import { TREE_RULES } from '../src/core/lint-tree.ts';
import { RULES } from '../src/core/rules/index.ts';
import { defaultCacheFile, RACY_WINDOW_MS } from '../src/node/cache.ts';
import { checkPaths } from '../src/node/pipeline.ts';
import { makeTree, runCli } from './helpers.ts';

const skill = (name: string, extra = '') => `---\nname: ${name}\ndescription: Does ${name}. Use when ${name} is needed.${extra}\n---\n# ${name}\n\nSee [the notes](references/notes.md).\n`;
const outlastRacyWindow = () => new Promise((wake) => setTimeout(wake, RACY_WINDOW_MS + 200));

/** A tree whose files were last changed longer ago than the racy window, so their stamps are trusted. */
async function settledTree(files: Record<string, string>): Promise<string> {
  const root = makeTree(files);
  await outlastRacyWindow();
  return root;
}

describe('cache validated by file metadata', () => {
  it('reads no file of an unchanged tree, and answers it as a full read would', async () => {
    const root = await settledTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n', 'tree/beta/SKILL.md': skill('beta', '\nauthor: x') });
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache.json') };
    const cold = await checkPaths(options);
    expect(cold.filesRead).toBe(3);
    const warm = await checkPaths(options);
    expect(warm.filesRead).toBe(0);
    expect(warm.cacheHits).toBe(2);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    expect(warm.skills.map((s) => [s.skillFile, s.source.files])).toEqual(cold.skills.map((s) => [s.skillFile, s.source.files]));
  });

  it('leaves the cache file alone on a run that learns nothing, also when it holds the entries of another preset', async () => {
    const root = await settledTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n', 'tree/beta/SKILL.md': skill('beta') });
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache.json') };
    await checkPaths({ ...options, preset: 'spec' });
    await checkPaths({ ...options, preset: 'default' });
    const written = readFileSync(options.cacheFile, 'utf8');
    const stamp = statSync(options.cacheFile, { bigint: true }).mtimeNs;
    const warm = await checkPaths({ ...options, preset: 'default' });
    expect(warm.cacheHits).toBe(2);
    expect(statSync(options.cacheFile, { bigint: true }).mtimeNs).toBe(stamp);
    expect(readFileSync(options.cacheFile, 'utf8')).toBe(written);
    // The other preset's entries are still there to answer it.
    expect((await checkPaths({ ...options, preset: 'spec' })).cacheHits).toBe(2);
  });

  it('re-reads a file changed to the same size with its modification time put back', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n' });
    const file = join(root, 'tree/alpha/SKILL.md');
    // A whole second, so that it can be put back exactly.
    const past = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(file, past, past);
    await outlastRacyWindow();
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache.json') };
    expect((await checkPaths(options)).diagnostics).toEqual([]);
    expect((await checkPaths(options)).filesRead).toBe(0);
    const before = statSync(file, { bigint: true });
    const renamed = skill('alpha').replace('name: alpha', 'name: alpho');
    expect(renamed.length).toBe(skill('alpha').length);
    writeFileSync(file, renamed);
    utimesSync(file, past, past);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(before.mtimeNs);
    expect(statSync(file, { bigint: true }).size).toBe(before.size);
    const after = await checkPaths(options);
    expect(after.filesRead).toBeGreaterThan(0);
    expect(after.diagnostics.map((d) => d.rule)).toEqual(['name-matches-folder']);
  });

  it('re-reads a resource whose content changed behind an unchanged size and mtime', async () => {
    const root = await settledTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n' });
    const notes = join(root, 'tree/alpha/references/notes.md');
    const past = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(notes, past, past);
    await outlastRacyWindow();
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache.json'), compile: true };
    const first = await checkPaths(options);
    writeFileSync(notes, '# Notez\n');
    utimesSync(notes, past, past);
    const second = await checkPaths(options);
    const digest = (result: typeof first) => result.skills[0]!.source.files.find((f) => f.path === 'references/notes.md')!.sha256;
    expect(digest(second)).not.toBe(digest(first));
    expect(second.cacheHits).toBe(0);
  });

  it('does not trust the stamps of files changed within the racy window, and trusts them once they settle', async () => {
    const root = makeTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n', 'tree/beta/SKILL.md': skill('beta') });
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache.json') };
    // Just written: a same-size edit in the same timestamp granule would be invisible, so nothing is stamped.
    await checkPaths(options);
    const racy = await checkPaths(options);
    expect(racy.filesRead).toBe(3);
    expect(racy.cacheHits).toBe(2);
    // A modification time in the future (a skewed clock, a copied archive) is never trusted either.
    const future = Math.floor(Date.now() / 1000) + 60;
    utimesSync(join(root, 'tree/alpha/SKILL.md'), future, future);
    await outlastRacyWindow();
    await checkPaths(options);
    const settled = await checkPaths(options);
    expect(settled.filesRead).toBe(2);
    expect(settled.cacheHits).toBe(2);
  });

  it('notices a permission change (the executable bit is part of the result)', async () => {
    const root = await settledTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n', 'tree/alpha/scripts/run.sh': 'echo hi\n' });
    const script = join(root, 'tree/alpha/scripts/run.sh');
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache.json') };
    chmodSync(script, 0o644);
    await outlastRacyWindow();
    await checkPaths(options);
    expect((await checkPaths(options)).filesRead).toBe(0);
    chmodSync(script, 0o755);
    const after = await checkPaths(options);
    expect(after.skills[0]!.source.files.find((f) => f.path === 'scripts/run.sh')!.executable).toBe(true);
  });

  it('reads every file, hashes none and stamps none with the cache off', async () => {
    const root = await settledTree({ 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n' });
    const options = { cwd: root, paths: [join(root, 'tree')], cacheFile: join(root, 'cache.json'), cache: false };
    const first = await checkPaths(options);
    expect(first.filesRead).toBe(2);
    expect(first.skills[0]!.skillFile.sha256).toBe('');
    expect((await checkPaths(options)).filesRead).toBe(2);
  });
});

describe('tree rules', () => {
  it('lists every rule that compares skills, so a run answered from the cache applies them all', () => {
    expect(TREE_RULES.map((rule) => rule.id)).toEqual(RULES.filter((rule) => rule.scope === 'tree').map((rule) => rule.id));
    expect(lintTree).toBeTypeOf('function');
  });
});

describe('answers of an unchanged tree', () => {
  const tree = { 'tree/alpha/SKILL.md': skill('alpha'), 'tree/alpha/references/notes.md': '# Notes\n', 'tree/beta/SKILL.md': skill('beta').replace('name: beta', 'name: betta') };

  /** The answers kept for runs from `root`, beside its cache file. */
  function answerFiles(root: string): string[] {
    const cacheFile = defaultCacheFile(root, [join(root, 'tree')])!;
    const prefix = `${basename(cacheFile, '.json')}-`;
    return readdirSync(dirname(cacheFile)).filter((name) => name.startsWith(prefix) && name.endsWith('.answer')).map((name) => join(dirname(cacheFile), name));
  }

  /** Replaces what an answer prints, signed with the cache folder's key as the cache itself would sign it. */
  function forgeAnswer(file: string, output: string, sign = true): void {
    const bytes = readFileSync(file);
    const signed = bytes.subarray(65);
    const headerEnd = signed.indexOf(0x0a) + 1;
    // The header says how many files' stamps (six doubles each) and how many bytes of paths come before the output.
    const { files, pathBytes } = JSON.parse(signed.subarray(0, headerEnd).toString()) as { files: number; pathBytes: number };
    const body = Buffer.concat([signed.subarray(0, headerEnd + files * 48 + pathBytes), Buffer.from(output)]);
    const key = Buffer.from(readFileSync(join(dirname(file), 'cache.key'), 'utf8').trim(), 'hex');
    const mac = sign ? createHmac('sha256', key).update(body).digest('hex') : bytes.subarray(0, 64).toString('latin1');
    writeFileSync(file, Buffer.concat([Buffer.from(`${mac}\n`), body]));
  }

  it('prints again what the same run printed last time, one answer per way of showing it', async () => {
    const root = await settledTree(tree);
    const first = { json: runCli(['check', 'tree', '--format', 'json'], root), pretty: runCli(['check', 'tree'], root) };
    expect(first.json.code).toBe(1);
    expect(JSON.parse(first.json.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('name-matches-folder');
    expect(runCli(['check', 'tree', '--format', 'json'], root)).toEqual(first.json);
    expect(runCli(['check', 'tree'], root)).toEqual(first.pretty);
    expect(answerFiles(root)).toHaveLength(2);
    for (const file of answerFiles(root)) forgeAnswer(file, 'ANSWERED\n');
    // Nothing changed: the answer is printed, with the status it was stored with, and nothing is checked.
    expect(runCli(['check', 'tree', '--format', 'json'], root)).toMatchObject({ code: 1, stdout: 'ANSWERED\n' });
    expect(runCli(['check', 'tree'], root).stdout).toBe('ANSWERED\n');
    // Another preset or other paths are other results, each with its own answer.
    expect(runCli(['check', 'tree', '--format', 'json', '--preset', 'spec'], root).stdout).not.toContain('ANSWERED');
    expect(runCli(['check', 'tree/alpha', '--format', 'json'], root).stdout).not.toContain('ANSWERED');
    expect(answerFiles(root)).toHaveLength(4);
    expect(runCli(['check', 'tree', '--format', 'json'], root).stdout).toBe('ANSWERED\n');
  });

  it('is not given once the configuration changed, a skill is gone, or a file changed', async () => {
    const root = await settledTree(tree);
    runCli(['check', 'tree', '--format', 'json'], root);
    const [answer] = answerFiles(root);
    forgeAnswer(answer!, 'ANSWERED\n');
    writeFileSync(join(root, 'skillpack.config.json'), JSON.stringify({ catalog: 'tree', preset: 'default', allowedInstallers: ['https://get.example.com/'] }));
    expect(runCli(['check', 'tree', '--format', 'json'], root).stdout).not.toContain('ANSWERED');
    rmSync(join(root, 'skillpack.config.json'));
    runCli(['check', 'tree', '--format', 'json'], root);
    forgeAnswer(answer!, 'ANSWERED\n');
    expect(runCli(['check', 'tree', '--format', 'json'], root).stdout).toBe('ANSWERED\n');
    rmSync(join(root, 'tree/beta'), { recursive: true });
    const shrunk = runCli(['check', 'tree', '--format', 'json'], root);
    expect(shrunk).toMatchObject({ code: 0 });
    expect(JSON.parse(shrunk.stdout).diagnostics).toEqual([]);
    forgeAnswer(answer!, 'ANSWERED\n');
    writeFileSync(join(root, 'tree/alpha/SKILL.md'), skill('alpha').replace('name: alpha', 'name: alfa'));
    const edited = runCli(['check', 'tree', '--format', 'json'], root);
    expect(edited.stdout).not.toContain('ANSWERED');
    expect(JSON.parse(edited.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['name-matches-folder']);
    // The edit is too recent to trust its times, so the run that saw it kept no answer: the next run checks again.
    expect(runCli(['check', 'tree', '--format', 'json'], root)).toEqual(edited);
  });

  it('is ignored when its output was edited by anyone without the cache folder key', async () => {
    const root = await settledTree(tree);
    const honest = runCli(['check', 'tree', '--format', 'json'], root);
    const [answer] = answerFiles(root);
    forgeAnswer(answer!, '\u001b]0;owned\u0007{"diagnostics":[],"errors":0}\n', false);
    expect(runCli(['check', 'tree', '--format', 'json'], root)).toEqual(honest);
  });
});
