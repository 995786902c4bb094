import { digestHead } from '../core/canonical.ts';
import type { Bundle, SkillRecord } from '../core/schema.ts';
import { BundleFormatError, BundleIntegrityError, BundleSchemaError } from './errors.ts';

export const SUPPORTED_FORMAT = 1;

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isNullableString: Check = (value) => value === null || typeof value === 'string';
const isCount: Check = (value) => Number.isInteger(value) && (value as number) >= 0;
const isSha256: Check = (value) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
const isStringArray: Check = (value) => Array.isArray(value) && value.every(isString);
const isRecordOfStrings: Check = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(isString);

const SKILL_FIELDS: Record<string, [Check, string]> = {
  name: [(v) => isString(v) && (v as string).length > 0, 'a non-empty string'],
  description: [isString, 'a string'],
  category: [isNullableString, 'a string or null'],
  path: [isString, 'a string'],
  license: [isNullableString, 'a string or null'],
  compatibility: [isNullableString, 'a string or null'],
  metadata: [isRecordOfStrings, 'an object of strings'],
  allowedTools: [isNullableString, 'a string or null'],
  tags: [isStringArray, 'an array of strings'],
  aliases: [isStringArray, 'an array of strings'],
  headings: [(v) => Array.isArray(v) && v.every((h) => h && isCount(h.depth) && isString(h.text) && isString(h.id)), 'an array of {depth, text, id}'],
  summary: [isString, 'a string'],
  stats: [(v) => !!v && ['lines', 'words', 'bodyTokens', 'metadataTokens'].every((k) => isCount((v as Record<string, unknown>)[k])), '{lines, words, bodyTokens, metadataTokens}'],
  acknowledged: [Array.isArray, 'an array'],
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
    if (skill === null || typeof skill !== 'object') throw new BundleSchemaError(`skills[${index}]`, 'an object');
    for (const [field, [check, expected]] of Object.entries(SKILL_FIELDS)) {
      if (!check((skill as Record<string, unknown>)[field])) throw new BundleSchemaError(`skills[${index}].${field}`, expected);
    }
  });
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
