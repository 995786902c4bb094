import { z } from 'astro/zod';
import { IndexEntrySchema } from '../core/schema.ts';

/** One finding of `skillpack check`, as the development banner lists it. */
export const DiagnosticEntrySchema = z.object({
  file: z.string(),
  line: z.number().nullable(),
  column: z.number().nullable(),
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

/**
 * A skill page's data: the compiled record as `index.json` holds it (the rendered body is stored
 * beside it), plus the check's findings for the skill, which only `astro dev` and `skillpack preview`
 * show (a production build refuses a catalog with errors).
 */
export const SkillEntrySchema = IndexEntrySchema.extend({
  /** Everything `skillpack check` reports for this skill's files. */
  diagnostics: z.array(DiagnosticEntrySchema).default([]),
});

export const CategoryEntrySchema = z.strictObject({
  /** Display title from `categories.yaml`. */
  title: z.string(),
  /** One line on what the category holds. */
  description: z.string(),
});

export const DownloadEntrySchema = z.strictObject({
  /** Path inside the bundle folder, e.g. `skills.json`. */
  path: z.string(),
  /** Size in bytes. */
  size: z.number().int().min(0),
  /** Hex sha256 of the file. */
  sha256: z.string(),
  /** Subresource Integrity value, `sha384-…`. */
  integrity: z.string(),
});

export const BundleEntrySchema = z.strictObject({
  /** sha256 over the skills' digests, as in `skills.json`. */
  digest: z.string(),
  /** The compiler that wrote the bundle. */
  generator: z.string(),
  /** Tokenizer behind every token estimate. */
  tokenizer: z.string(),
});

export const ResourceEntrySchema = z.strictObject({
  /** The skill the file belongs to. */
  skill: z.string(),
  /** Where the file is published, relative to the skill's folder: `references/api.md`, or `assets/logo.svg.txt` for a type a browser would render. */
  path: z.string(),
  /** Its path in the skill's source folder. */
  source: z.string(),
});
