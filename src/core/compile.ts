import { createHash } from 'node:crypto';
import { digestInput } from './canonical.ts';
import type { Acknowledged } from './directives.ts';
import { extractHeadings, extractSummary } from './headings.ts';
import { normalizeAllowedTools } from './rules/allowed-tools-format.ts';
import { parseTags } from './rules/metadata-tags.ts';
import { BUNDLE_FORMAT, type Bundle, type BundleIndex, type IndexEntry, type SkillRecord } from './schema.ts';
import type { ParsedSkill } from './skill.ts';
import { bodyLineCount, bodyTokenCount, wordCount } from './stats.ts';
import { countTokens, TOKENIZER } from './tokens.ts';
import { GENERATOR } from './version.ts';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Everything of a record except body-independent bookkeeping, computed from a skill that passed its checks. */
export type CompiledSkill = Omit<SkillRecord, 'digest'>;

/** Compiles a parsed, error-free skill. `skillFileSha256` and `skillFileSize` describe the SKILL.md itself. */
export function compileSkill(skill: ParsedSkill, skillFile: { size: number; sha256: string }, acknowledged: readonly Acknowledged[] = []): SkillRecord {
  const frontmatter = skill.frontmatter;
  if (!frontmatter || !skill.tree) throw new Error(`${skill.source.file}: cannot compile a skill that did not parse`);
  const data = frontmatter.data;
  const metadata = (data.metadata ?? {}) as Record<string, string>;
  const name = String(data.name).normalize('NFKC');
  const description = String(data.description);
  const skillFileName = skill.source.sourcePath.split('/').pop()!;
  const record: CompiledSkill = {
    name,
    description,
    category: skill.source.category,
    path: skill.source.sourcePath,
    license: typeof data.license === 'string' ? data.license : null,
    compatibility: typeof data.compatibility === 'string' ? data.compatibility : null,
    metadata,
    allowedTools: normalizeAllowedTools(data['allowed-tools']),
    tags: parseTags(metadata.tags ?? ''),
    aliases: parseTags(metadata.aliases ?? ''),
    headings: extractHeadings(skill.tree),
    summary: extractSummary(skill.tree),
    stats: {
      lines: bodyLineCount(skill.body),
      words: wordCount(skill.body),
      bodyTokens: bodyTokenCount(skill),
      metadataTokens: countTokens(`${name}\n${description}`),
    },
    acknowledged: acknowledged.map(({ rule, file, line, column, severity, message, reason }) => ({ rule, file, line, column, severity, message, reason })),
    files: [
      { path: skillFileName, size: skillFile.size, sha256: skillFile.sha256 },
      ...skill.source.files
        .filter((file) => file.kind === 'file' && file.sha256 !== '')
        .map((file) => ({ path: file.path, size: file.size, sha256: file.sha256 }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    ],
    body: skill.body,
  };
  return { ...record, digest: recordDigest(record) };
}

/** The record with its keys in the documented order, whatever path it came by (fresh or from the cache). */
function inCanonicalOrder(record: SkillRecord): SkillRecord {
  return {
    name: record.name,
    description: record.description,
    category: record.category,
    path: record.path,
    license: record.license,
    compatibility: record.compatibility,
    metadata: record.metadata,
    allowedTools: record.allowedTools,
    tags: record.tags,
    aliases: record.aliases,
    headings: record.headings,
    summary: record.summary,
    stats: record.stats,
    acknowledged: record.acknowledged,
    files: record.files,
    digest: record.digest,
    body: record.body,
  };
}

/** sha256 over the record's content (see digestInput); the runtime recomputes it to detect tampering. */
export function recordDigest(record: Omit<SkillRecord, 'digest'> | SkillRecord): string {
  return sha256Hex(digestInput(record));
}

export function bundleDigest(skills: readonly { digest: string }[]): string {
  return sha256Hex(skills.map((skill) => skill.digest).join('\n'));
}

/** Assembles the bundle; `sourceDateEpoch` (seconds) adds a timestamp, otherwise the output carries none. */
export function assembleBundle(records: readonly SkillRecord[], sourceDateEpoch?: string): Bundle {
  const skills = records.map(inCanonicalOrder).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    generator: GENERATOR,
    tokenizer: TOKENIZER,
    digest: bundleDigest(skills),
    skills,
  };
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) {
    bundle.generatedAt = new Date(Number(sourceDateEpoch) * 1000).toISOString();
  }
  return bundle;
}

export function toIndex(bundle: Bundle): BundleIndex {
  const { skills, ...header } = bundle;
  return {
    ...header,
    skills: skills.map(({ body: _body, ...entry }): IndexEntry => entry),
  };
}
