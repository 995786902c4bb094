// `skillpack install | verify | update | remove`: skills copied from a site or a bundle into an agent's
// skills folder, recorded in `skills-lock.json`. A skill is fetched and checked against its digest,
// written into a staging folder, checked by the safety analysis, and only then renamed into place;
// the lock is written last, atomically. A failure anywhere leaves the folders and the lock as they were.
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeControls } from '../../core/terminal.ts';
import type { Verdict } from '../../core/verdict.ts';
import { AGENT_NAMES, isAgent, isSkillName, skillsFolder, type Agent } from './agents.ts';
import { commit, ensureFolder, listFiles, removeFolder, stage, targetState } from './folders.ts';
import { findLocked, LOCK_FILE, readLock, writeLock, type Lock, type LockedSkill } from './lock.ts';
import { InstallError, openSource, type Artifact, type Source } from './sources.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string };

/** Where installs of one scope go: the project (current folder) or, with --global, the home folder. */
interface Scope {
  base: string;
  lockPath: string;
  /** Refuse links that lead outside `base` (a cloned project must not redirect writes elsewhere). */
  confine: boolean;
  /** What the lock records for a local source path, and how it is found again. */
  record: (path: string) => string;
  locate: (location: string) => string;
}

function scopeOf(cwd: string, global: boolean): Scope {
  const base = global ? homedir() : cwd;
  const isUrl = (location: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
  return {
    base,
    lockPath: global ? join(base, '.agents', LOCK_FILE) : join(base, LOCK_FILE),
    confine: !global,
    record: (path) => {
      const inProject = relative(base, path);
      return global || inProject.startsWith('..') || isAbsolute(inProject) ? path : inProject.split(sep).join('/');
    },
    locate: (location) => (isUrl(location) ? location : resolve(base, location)),
  };
}

class Usage extends Error {}

function say(io: Io, line: string): void {
  io.stdout.write(`${escapeControls(line)}\n`);
}

function parseAgent(value: string | undefined): Agent {
  const agent = value ?? 'claude-code';
  if (!isAgent(agent)) throw new Usage(`--agent must be one of ${AGENT_NAMES.join(', ')}`);
  return agent;
}

function parseNames(names: string[], required: boolean): string[] {
  if (required && names.length === 0) throw new Usage('name at least one skill');
  for (const name of names) if (!isSkillName(name)) throw new Usage(`${JSON.stringify(name)} is not a valid skill name (1-64 of a-z, 0-9 and single hyphens)`);
  return [...new Set(names)];
}

/** Runs one of the commands, turning refusals into one line on stderr and exit code 1 (2 for usage). */
async function guarded(io: Io, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InstallError || error instanceof Usage) {
      io.stderr.write(`skillpack: ${escapeControls(error.message, { keepNewlines: true })}\n`);
      return error instanceof Usage ? 2 : 1;
    }
    throw error;
  }
}

interface Checked {
  verdict: Verdict;
  /** One line per finding that decided the verdict. */
  findings: string[];
}

/** The safety analysis (default preset) of a staged skill folder. */
async function safetyCheck(staging: string, name: string): Promise<Checked> {
  const [{ checkPaths }, { verdictOf }] = await Promise.all([import('../pipeline.ts'), import('../../core/verdict.ts')]);
  const result = await checkPaths({ cwd: staging, paths: [join(staging, name)], preset: 'default', cache: false });
  if (result.missing.length > 0 || result.skills.length === 0) throw new InstallError(`${name}: no SKILL.md to check`);
  const { verdict, decidedBy } = verdictOf(result.diagnostics);
  return { verdict, findings: decidedBy.map((d) => `  ${d.file}${d.line === null ? '' : `:${d.line}:${d.column}`}  ${d.rule}  ${d.message}`) };
}

const filesOf = (artifact: Artifact) =>
  [...artifact.files]
    .map(([path, bytes]) => ({ path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));

/**
 * Installs `names` from `source` for `agent`: every skill is fetched, staged and checked first; only
 * when all of them pass are they renamed into place and the lock written.
 */
async function installAll(io: Io, scope: Scope, lock: Lock, source: Source, agent: Agent, global: boolean, names: readonly string[], force: boolean): Promise<void> {
  const folder = skillsFolder(agent, global);
  const { path: root, created } = ensureFolder(scope.base, folder, scope.confine);
  const staged: Array<{ name: string; staging: string; artifact: Artifact; checked: Checked }> = [];
  const stagingFolders: string[] = [];
  try {
    for (const name of names) {
      const state = targetState(join(root, name));
      if (state === 'other') throw new InstallError(`${folder}/${name} exists and is not a folder; nothing was installed`);
      if (state === 'folder' && !findLocked(lock, agent, name)) throw new InstallError(`${folder}/${name} exists and was not installed by skillpack (it is not in ${LOCK_FILE}); remove it first; nothing was installed`);
      const artifact = await source.fetch(name);
      const staging = stage(root, name, artifact.files);
      stagingFolders.push(staging);
      const checked = await safetyCheck(staging, name);
      if (checked.verdict === 'malicious' && !force) {
        throw new InstallError(`${name}: refused: the safety check finds it malicious:\n${checked.findings.join('\n')}\nnothing was installed; --force installs it anyway (and records that in ${LOCK_FILE})`);
      }
      staged.push({ name, staging, artifact, checked });
    }
  } catch (error) {
    for (const staging of stagingFolders) rmSync(staging, { recursive: true, force: true });
    if (created) rmSync(created, { recursive: true, force: true });
    throw error;
  }
  // The lock is written even if a later rename fails, so it lists every skill that is in place.
  try {
    for (const { name, staging, artifact, checked } of staged) {
      commit(staging, root, name);
      const entry: LockedSkill = {
        name,
        agent,
        source: source.location,
        type: artifact.type,
        version: artifact.version,
        verdict: checked.verdict,
        forced: checked.verdict === 'malicious',
        files: filesOf(artifact),
      };
      lock.skills = lock.skills.filter((skill) => !(skill.agent === agent && skill.name === name));
      lock.skills.push(entry);
      const count = `${artifact.files.size} file${artifact.files.size === 1 ? '' : 's'}`;
      say(io, `installed ${name} into ${folder}/${name} (${artifact.type}, ${count}, ${artifact.version.slice(0, 19)}…, ${checked.verdict}${entry.forced ? ', forced' : ''})`);
      if (checked.verdict !== 'safe') for (const line of checked.findings) say(io, line);
      for (const note of artifact.notes) say(io, note);
    }
  } finally {
    for (const staging of stagingFolders) rmSync(staging, { recursive: true, force: true });
    writeLock(scope.lockPath, lock);
  }
}

export async function runInstall(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { agent: { type: 'string' }, global: { type: 'boolean', default: false }, from: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  return guarded(io, async () => {
    const names = parseNames(positionals, true);
    const agent = parseAgent(values.agent);
    const scope = scopeOf(io.cwd, values.global!);
    const lock = readLock(scope.lockPath);
    if (values.from === undefined && !existsSync(join(io.cwd, 'dist'))) throw new Usage('no --from given and no dist/ here: pass a site URL, a site build folder or a bundle');
    const source = await openSource(values.from ?? 'dist', io.cwd, scope.record);
    for (const warning of source.warnings) io.stderr.write(`skillpack: ${escapeControls(warning)}\n`);
    for (const name of names) if (source.version(name) === null) throw new InstallError(`${source.location} has no skill named ${JSON.stringify(name)}`);
    await installAll(io, scope, lock, source, agent, values.global!, names, values.force!);
    return 0;
  });
}

function selected(lock: Lock, names: string[], agent: string | undefined): LockedSkill[] {
  const chosen = lock.skills.filter((skill) => (names.length === 0 || names.includes(skill.name)) && (agent === undefined || skill.agent === agent));
  for (const name of names) if (!chosen.some((skill) => skill.name === name)) throw new InstallError(`${name} is not in ${LOCK_FILE}${agent ? ` for ${agent}` : ''}`);
  return chosen;
}

/** How the installed folder differs from its lock entry: one line per added, removed or changed file. */
function drift(scope: Scope, skill: LockedSkill, global: boolean): string[] {
  const folder = join(scope.base, skillsFolder(skill.agent, global), skill.name);
  const state = targetState(folder);
  if (state === 'absent') return ['the folder is missing'];
  if (state === 'other') return ['the folder is not a folder (a link or a file)'];
  const found = listFiles(folder);
  const locked = new Map(skill.files.map((file) => [file.path, file]));
  const lines: string[] = [];
  for (const [path, file] of found) {
    const expected = locked.get(path);
    if (!expected) lines.push(`added    ${path}`);
    else if (file.sha256 === null) lines.push(`changed  ${path} (no longer a regular file)`);
    else if (file.sha256 !== expected.sha256) lines.push(`changed  ${path}`);
  }
  for (const path of locked.keys()) if (!found.has(path)) lines.push(`removed  ${path}`);
  return lines;
}

const commonOptions = { global: { type: 'boolean', default: false }, agent: { type: 'string' } } as const;

export async function runVerify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: commonOptions });
  return guarded(io, async () => {
    const names = parseNames(positionals, false);
    const agent = values.agent === undefined ? undefined : parseAgent(values.agent);
    const scope = scopeOf(io.cwd, values.global!);
    const skills = selected(readLock(scope.lockPath), names, agent);
    let drifted = 0;
    for (const skill of skills) {
      const lines = drift(scope, skill, values.global!);
      const label = `${skill.agent}/${skill.name}`;
      if (lines.length === 0) say(io, `ok     ${label}${skill.forced ? ' (installed with --force despite a malicious verdict)' : ''}`);
      else {
        drifted++;
        say(io, `drift  ${label}`);
        for (const line of lines) say(io, `  ${line}`);
      }
    }
    say(io, `${skills.length} skill${skills.length === 1 ? '' : 's'} checked against ${LOCK_FILE}, ${drifted} drifted`);
    return drifted > 0 ? 1 : 0;
  });
}

export async function runUpdate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { ...commonOptions, force: { type: 'boolean', default: false } } });
  return guarded(io, async () => {
    const names = parseNames(positionals, false);
    const agent = values.agent === undefined ? undefined : parseAgent(values.agent);
    const scope = scopeOf(io.cwd, values.global!);
    const lock = readLock(scope.lockPath);
    const skills = selected(lock, names, agent);
    const sources = new Map<string, Source>();
    let updated = 0;
    for (const skill of skills) {
      let source = sources.get(skill.source);
      if (!source) {
        source = await openSource(scope.locate(skill.source), io.cwd, scope.record);
        sources.set(skill.source, source);
      }
      const offered = source.version(skill.name);
      if (offered === null) throw new InstallError(`${skill.name}: ${skill.source} no longer offers it; nothing was updated`);
      if (offered === skill.version) {
        say(io, `up to date  ${skill.agent}/${skill.name}`);
        continue;
      }
      await installAll(io, scope, lock, source, skill.agent, values.global!, [skill.name], values.force!);
      updated++;
    }
    say(io, `${updated} of ${skills.length} skill${skills.length === 1 ? '' : 's'} updated`);
    return 0;
  });
}

export async function runRemove(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: commonOptions });
  return guarded(io, async () => {
    const names = parseNames(positionals, true);
    const agent = values.agent === undefined ? undefined : parseAgent(values.agent);
    const scope = scopeOf(io.cwd, values.global!);
    const lock = readLock(scope.lockPath);
    for (const skill of selected(lock, names, agent)) {
      const folder = skillsFolder(skill.agent, values.global!);
      const root = join(scope.base, folder);
      if (targetState(root) !== 'absent') ensureFolder(scope.base, folder, scope.confine);
      removeFolder(root, skill.name);
      lock.skills = lock.skills.filter((other) => other !== skill);
      say(io, `removed ${skill.name} from ${folder}/${skill.name}`);
    }
    writeLock(scope.lockPath, lock);
    return 0;
  });
}
