import * as z from 'zod';

/** The older `evals/triggers.json` (see evals.ts for the current format): prompts that should and should not make an agent pick the skill. */
export const TriggersSchema = z.strictObject({
  /** Realistic task prompts for which this skill is the right one. */
  should_trigger: z.array(z.string().trim().min(1, 'prompts must not be empty')).min(5, 'list at least 5 prompts that should trigger the skill'),
  /** Near misses: prompts that look related but belong elsewhere. */
  should_not_trigger: z
    .array(z.string().trim().min(1, 'prompts must not be empty'))
    .min(3, 'list at least 3 near-miss prompts that should not trigger the skill'),
});
export type Triggers = z.infer<typeof TriggersSchema>;

/** The categories file: one entry per category folder. */
export const CategoriesSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'category ids are lowercase words joined by hyphens'),
  z.strictObject({
    /** Display title, e.g. "Backend development". */
    title: z.string().min(1),
    /** One line saying what the category holds. */
    description: z.string().min(1),
  }),
);

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256');

export const HeadingSchema = z.strictObject({
  /** 1 for `#`, 6 for `######`. */
  depth: z.number().int().min(1).max(6),
  /** Plain text of the heading. */
  text: z.string(),
  /** The id the rendered page gives the heading (GitHub-style slug, unique within the skill). */
  id: z.string(),
});

export const FileEntrySchema = z.strictObject({
  /** Path relative to the skill folder, `/`-separated; `SKILL.md` comes first. */
  path: z.string().min(1),
  /** Size in bytes. */
  size: z.number().int().min(0),
  /** Hex sha256 of the content. */
  sha256: Sha256,
});

export const StatsSchema = z.strictObject({
  /** Lines of the body (frontmatter excluded). */
  lines: z.number().int().min(0),
  /** Words of the body. */
  words: z.number().int().min(0),
  /** Estimated tokens of the body, i.e. what loading the skill costs. */
  bodyTokens: z.number().int().min(0),
  /** Estimated tokens of the name and description, i.e. what listing the skill in a prompt costs. */
  metadataTokens: z.number().int().min(0),
});

export const AcknowledgedSchema = z.strictObject({
  /** Rule that found it. */
  rule: z.string(),
  /** Path of the file, as the check printed it. */
  file: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  /** Why the author says it is legitimate, from the ignore directive. */
  reason: z.string(),
});

const skillShape = {
  /** Unique name; equals the folder name. */
  name: z.string().min(1).max(64),
  /** What the skill does and when to use it. */
  description: z.string().min(1).max(1024),
  /** Category folder, or null for skills outside a `<category>/<name>` layout. */
  category: z.string().nullable(),
  /** Path of the SKILL.md relative to the source root. */
  path: z.string(),
  /** License as given in the frontmatter. */
  license: z.string().nullable(),
  /** Environment requirements as given in the frontmatter. */
  compatibility: z.string().nullable(),
  /** The frontmatter `metadata` map as given. */
  metadata: z.record(z.string(), z.string()),
  /** `allowed-tools`, space-separated, as given. */
  allowedTools: z.string().nullable(),
  /** `metadata.tags`, split on spaces. */
  tags: z.array(z.string()),
  /** `metadata.aliases`, split on spaces: other names that resolve to this skill. */
  aliases: z.array(z.string()),
  /** Headings of the body, in order. */
  headings: z.array(HeadingSchema),
  /** The first paragraph of the body as plain text. */
  summary: z.string(),
  /** Size figures; token counts are estimates from a BPE tokenizer. */
  stats: StatsSchema,
  /** Findings acknowledged in the source with a reason (`skillpack-ignore-next-line`). */
  acknowledged: z.array(AcknowledgedSchema),
  /** Every file of the skill with size and sha256, SKILL.md first. */
  files: z.array(FileEntrySchema).min(1),
  /** sha256 over the canonical JSON of this record without `body` and `digest`, a NUL, and the body (see digestInput). */
  digest: Sha256,
};

export const SkillRecordSchema = z.strictObject({
  ...skillShape,
  /** The Markdown body, frontmatter removed. */
  body: z.string(),
});
export type SkillRecord = z.infer<typeof SkillRecordSchema>;

export const IndexEntrySchema = z.strictObject(skillShape);
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const BUNDLE_FORMAT = 1;

const bundleShape = {
  /** Bundle format version; readers must refuse formats they do not know. */
  format: z.literal(BUNDLE_FORMAT),
  /** The compiler that wrote the bundle, e.g. "skillpack 0.1.0". */
  generator: z.string(),
  /** ISO time from SOURCE_DATE_EPOCH when it was set; absent otherwise, so builds are reproducible. */
  generatedAt: z.string().optional(),
  /** The tokenizer behind every token estimate. */
  tokenizer: z.string(),
  /** sha256 over the skills' digests in order, newline-separated. */
  digest: Sha256,
};

export const BundleSchema = z.strictObject({
  ...bundleShape,
  /** Every skill, sorted by name. */
  skills: z.array(SkillRecordSchema),
});
export type Bundle = z.infer<typeof BundleSchema>;

export const IndexSchema = z.strictObject({
  ...bundleShape,
  /** Every skill without its body, sorted by name. */
  skills: z.array(IndexEntrySchema),
});
export type BundleIndex = z.infer<typeof IndexSchema>;
