import { digestHead } from '../core/canonical.ts';
import { nameProblems } from '../core/rules/name-format.ts';
import type { Bundle, SkillRecord } from '../core/schema.ts';
import { BundleFormatError, BundleIntegrityError, BundleNameConflictError, BundleSchemaError, BundleUnexpectedDigestError } from './errors.ts';

export const SUPPORTED_FORMAT = 1;

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isNullableString: Check = (value) => value === null || typeof value === 'string';
const isCount: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const isLine: Check = (value) => value === null || (Number.isSafeInteger(value) && (value as number) >= 1);
/** Exactly what the compiler accepts as a name (letters, digits and single hyphens, at most 64), so names are safe as keys and file names. */
const isName: Check = (value) => typeof value === 'string' && nameProblems(value).length === 0;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isSha256: Check = (value) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
const isStringArray: Check = (value) => Array.isArray(value) && value.every(isString);
const isRecordOfStrings: Check = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isString);

const SKILL_FIELDS: Record<string, [Check, string]> = {
  name: [isName, 'a name of letters, digits and hyphens (at most 64)'],
  description: [isString, 'a string'],
  category: [isNullableString, 'a string or null'],
  path: [isString, 'a string'],
  license: [isNullableString, 'a string or null'],
  compatibility: [isNullableString, 'a string or null'],
  metadata: [isRecordOfStrings, 'an object of strings'],
  allowedTools: [isNullableString, 'a string or null'],
  tags: [isStringArray, 'an array of strings'],
  aliases: [(v) => Array.isArray(v) && v.every(isName), 'an array of names of letters, digits and hyphens'],
  headings: [(v) => Array.isArray(v) && v.every((h) => h && isCount(h.depth) && isString(h.text) && isString(h.id)), 'an array of {depth, text, id}'],
  summary: [isString, 'a string'],
  stats: [(v) => !!v && ['lines', 'words', 'bodyTokens', 'metadataTokens'].every((k) => isCount((v as Record<string, unknown>)[k])), '{lines, words, bodyTokens, metadataTokens}'],
  acknowledged: [
    (v) =>
      Array.isArray(v) &&
      v.every(
        (a) =>
          isObject(a) &&
          ['rule', 'file', 'message', 'reason'].every((k) => isString(a[k])) &&
          isLine(a.line) &&
          isLine(a.column) &&
          (a.severity === 'error' || a.severity === 'warning'),
      ),
    'an array of {rule, file, line, column, severity, message, reason}',
  ],
  files: [(v) => Array.isArray(v) && v.length > 0 && v.every((f) => f && isString(f.path) && isCount(f.size) && isSha256(f.sha256)), 'a non-empty array of {path, size, sha256}'],
  digest: [isSha256, 'a sha256 hex string'],
  body: [isString, 'a string'],
};

/** Structural check without a schema library, so the runtime stays dependency-free. */
export function assertBundleShape(value: unknown): asserts value is Bundle {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new BundleSchemaError('(root)', 'a JSON object');
  const bundle = value as Record<string, unknown>;
  if (bundle.format !== SUPPORTED_FORMAT) throw new BundleFormatError(bundle.format, SUPPORTED_FORMAT);
  if (!isString(bundle.generator)) throw new BundleSchemaError('generator', 'a string');
  if (!isString(bundle.tokenizer)) throw new BundleSchemaError('tokenizer', 'a string');
  if (!isSha256(bundle.digest)) throw new BundleSchemaError('digest', 'a sha256 hex string');
  if (!Array.isArray(bundle.skills)) throw new BundleSchemaError('skills', 'an array');
  bundle.skills.forEach((skill: unknown, index: number) => {
    if (!isObject(skill)) throw new BundleSchemaError(`skills[${index}]`, 'an object');
    // Digests are computed over every field by recursion, so nesting is bounded first.
    for (const [field, value] of Object.entries(skill)) {
      if (!nestedAtMost(value, MAX_FIELD_DEPTH)) throw new BundleSchemaError(`skills[${index}].${field}`, `at most ${MAX_FIELD_DEPTH} levels of nesting`);
    }
    for (const [field, [check, expected]] of Object.entries(SKILL_FIELDS)) {
      if (!check((skill as Record<string, unknown>)[field])) throw new BundleSchemaError(`skills[${index}].${field}`, expected);
    }
  });
}

/** Deepest nesting of arrays and objects in a skill field (headings and files need 2). */
const MAX_FIELD_DEPTH = 4;

/** Whether `value` nests arrays and objects at most `limit` levels deep; iterative, so any input is safe. */
function nestedAtMost(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return false;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return true;
}

export interface NameConflict {
  /** The skill whose name or alias is taken, and the skill that has it already. */
  index: number;
  other: number;
  field: 'name' | 'aliases';
  value: string;
}

/**
 * The first place where one name could mean two skills: a name used twice, or an alias equal to
 * another skill's name or alias (a skill may list its own name among its aliases). Null when none.
 */
export function findNameConflict(skills: ReadonlyArray<{ name: string; aliases: readonly string[] }>): NameConflict | null {
  const owner = new Map<string, number>();
  for (const [index, skill] of skills.entries()) {
    const other = owner.get(skill.name);
    if (other !== undefined) return { index, other, field: 'name', value: skill.name };
    owner.set(skill.name, index);
  }
  for (const [index, skill] of skills.entries()) {
    for (const alias of skill.aliases) {
      const other = owner.get(alias);
      if (other !== undefined && other !== index) return { index, other, field: 'aliases', value: alias };
      owner.set(alias, index);
    }
  }
  return null;
}

export function assertUniqueNames(skills: readonly SkillRecord[]): void {
  const conflict = findNameConflict(skills);
  if (conflict) throw new BundleNameConflictError(`skills[${conflict.index}].${conflict.field}`, conflict.value);
}

/** The lowercase hex of a pinned digest given as `sha256:<hex>` or `<hex>`; a TypeError for anything else. */
export function pinnedDigest(pin: string): string {
  const match = /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(pin);
  if (!match) throw new TypeError(`digest must be "sha256:" followed by 64 hex digits, or the 64 hex digits alone`);
  return match[1]!.toLowerCase();
}

/** Refuses an intact bundle that is not the pinned one. */
export function assertPinned(bundle: Bundle, pin: string | undefined): void {
  if (pin === undefined) return;
  const expected = pinnedDigest(pin);
  if (bundle.digest !== expected) throw new BundleUnexpectedDigestError(`sha256:${expected}`, `sha256:${bundle.digest}`);
}

type Hasher = (...parts: string[]) => string | Promise<string>;
let hasher: Promise<Hasher> | null = null;

/**
 * sha256 as hex. In Node the synchronous node:crypto hash is used (several times faster than a Web
 * Crypto call per skill); browsers use Web Crypto. The module name is kept out of static analysis so
 * browser bundlers do not try to resolve it.
 */
function sha256(): Promise<Hasher> {
  hasher ??= (async () => {
    const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
    if (isNode) {
      const moduleName = 'node:crypto';
      const { createHash } = (await import(/* @vite-ignore */ moduleName)) as typeof import('node:crypto');
      return (...parts: string[]) => {
        const hash = createHash('sha256');
        for (const part of parts) hash.update(part);
        return hash.digest('hex');
      };
    }
    return async (...parts: string[]) => {
      const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('')));
      return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
    };
  })();
  return hasher;
}

/** Recomputes every skill's digest from its content and the bundle digest from those. */
export async function verifyDigests(bundle: Bundle): Promise<void> {
  const sha256Hex = await sha256();
  const digests = await Promise.all(bundle.skills.map((skill: SkillRecord) => sha256Hex(digestHead(skill), skill.body)));
  digests.forEach((digest, index) => {
    if (digest !== bundle.skills[index]!.digest) throw new BundleIntegrityError(`skills[${index}]`, `skill "${bundle.skills[index]!.name}"`);
  });
  if ((await sha256Hex(digests.join('\n'))) !== bundle.digest) throw new BundleIntegrityError('digest', 'the list of skills');
}
