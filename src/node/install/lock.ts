// `skills-lock.json`: what was installed, from where, at which version, and the sha256 of every file,
// so that `verify` can tell any drift and `update` can reinstall. The lock may come from a cloned
// repository and is read as untrusted: names must be valid skill names and agents known ones, and the
// folder of an entry is always derived from its agent and name, never read from the file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { AGENT_NAMES, isSkillName } from './agents.ts';
import { InstallError } from './sources.ts';

export const LOCK_FILE = 'skills-lock.json';
export const LOCK_VERSION = 1;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const LockedFileSchema = z.strictObject({
  path: z.string().min(1),
  size: z.number().int().min(0),
  sha256: Sha256Hex,
});

const LockedSkillSchema = z.strictObject({
  name: z.string().refine(isSkillName, 'not a valid skill name'),
  agent: z.enum(AGENT_NAMES as [string, ...string[]]),
  source: z.string().min(1),
  type: z.enum(['skill-md', 'archive', 'bundle']),
  version: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  verdict: z.enum(['safe', 'suspicious', 'malicious']),
  forced: z.boolean(),
  files: z.array(LockedFileSchema),
});

const LockSchema = z.strictObject({
  lockfileVersion: z.literal(LOCK_VERSION),
  skills: z.array(LockedSkillSchema),
});

export type LockedFile = z.infer<typeof LockedFileSchema>;
export type LockedSkill = z.infer<typeof LockedSkillSchema> & { agent: (typeof AGENT_NAMES)[number] };
export interface Lock {
  lockfileVersion: typeof LOCK_VERSION;
  skills: LockedSkill[];
}

export function readLock(path: string): Lock {
  if (!existsSync(path)) return { lockfileVersion: LOCK_VERSION, skills: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InstallError(`${path} is not valid JSON`);
  }
  const parsed = LockSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InstallError(`${path} is not a valid lock file: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data as Lock;
}

const sortKey = (skill: LockedSkill) => `${skill.agent}\0${skill.name}`;

/** Writes the lock sorted, through a temporary file renamed over the old one, so it is never half written. */
export function writeLock(path: string, lock: Lock): void {
  const skills = [...lock.skills].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${LOCK_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, `${JSON.stringify({ lockfileVersion: LOCK_VERSION, skills }, null, 2)}\n`, { flag: 'wx' });
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export function findLocked(lock: Lock, agent: string, name: string): LockedSkill | undefined {
  return lock.skills.find((skill) => skill.agent === agent && skill.name === name);
}
