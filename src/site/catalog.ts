// Build-time side of the site: runs the compiler once and hands the content loader everything the
// pages show. Nothing here parses or renders a skill itself; it only calls the compiler's own steps.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatPretty } from '../cli/format.ts';
import { parseMarkdown } from '../core/markdown.ts';
import { renderBody } from '../core/render.ts';
import { CategoriesSchema, type IndexEntry } from '../core/schema.ts';
import { parseSkill } from '../core/skill.ts';
import { bundleFiles } from '../node/build.ts';
import { loadProjectConfig } from '../node/config.ts';
import { checkPaths } from '../node/pipeline.ts';
import { installNodeTokenizer } from '../node/tokenizer.ts';
import type { HeadingInfo } from '../core/headings.ts';

export interface CatalogSkill {
  /** The compiled record without its body, exactly as `index.json` holds it. */
  entry: IndexEntry;
  /** Sanitized, highlighted HTML of the body from the core's render step. */
  html: string;
  headings: HeadingInfo[];
  /** The SKILL.md as published: the same text as the bundle's `skills/<name>.md`. */
  text: string;
  /** The skill's other text files (references, scripts, evals) by path, published beside its SKILL.md. */
  resources: Record<string, string>;
}

export interface CatalogCategory {
  id: string;
  title: string;
  description: string;
}

export interface BundleDownload {
  /** Path inside the bundle folder, e.g. `skills.json` or `skills/docker.md`. */
  path: string;
  size: number;
  /** Hex sha256 of the bytes. */
  sha256: string;
  /** Subresource Integrity value (`sha384-…`). */
  integrity: string;
}

export interface Catalog {
  skills: CatalogSkill[];
  categories: CatalogCategory[];
  downloads: BundleDownload[];
  /** The bundle's digest, generator and tokenizer, as written into `skills.json`. */
  bundle: { digest: string; generator: string; tokenizer: string };
}

/** The folder holding `skillpack.config.json`: `SKILLPACK_ROOT` when set (tests and benchmarks), else the working directory. */
export function catalogProjectRoot(): string {
  return resolve(process.env.SKILLPACK_ROOT ?? process.cwd());
}

/**
 * Checks and compiles the catalog, refusing (with the compiler's own report) when any skill has an
 * error: the site never publishes what `skillpack build` would refuse to bundle.
 */
export async function loadCatalog(root = catalogProjectRoot(), resolveSkillUrl: (name: string, url: string) => string = (_name, url) => url): Promise<Catalog> {
  const project = loadProjectConfig(root);
  if (!project) throw new Error(`${root} has no skillpack.config.json; set SKILLPACK_ROOT to the catalog's project folder`);
  installNodeTokenizer();
  // The incremental cache is the compiler's own: after `npm run build` has just checked the catalog,
  // this run reads every record from it and only parses each skill again to render it.
  const result = await checkPaths({ cwd: root, paths: [project.catalogRoot], compile: true });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0 || result.missing.length > 0) {
    const report = formatPretty({ diagnostics: result.diagnostics, files: result.files, errors, warnings: result.diagnostics.length - errors }, false);
    throw new Error(`The catalog has errors; fix them before building the site.\n${report}${result.missing.join('\n')}`);
  }
  const { bundle, files } = bundleFiles(result, process.env.SOURCE_DATE_EPOCH);
  const checkedByName = new Map(result.skills.map((checked) => [checked.record!.name, checked]));
  const skills = bundle.skills.map(({ body: _body, ...entry }): CatalogSkill => {
    const checked = checkedByName.get(entry.name)!;
    const parsed = checked.parsed ?? parseSkill(checked.source, parseMarkdown);
    const { html, headings } = renderBody(parsed.tree!, { resolveRelativeUrl: (url) => resolveSkillUrl(entry.name, url) });
    return { entry, html, headings, text: checked.source.text ?? '', resources: checked.source.resourceTexts };
  });
  const categoryData = CategoriesSchema.parse(parseYaml(readFileSync(project.categoriesFile, 'utf8')));
  const categories = Object.entries(categoryData).map(([id, category]) => ({ id, ...category }));
  const downloads = files.map((file): BundleDownload => {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    return {
      path: file.path,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    };
  });
  return { skills, categories, downloads, bundle: { digest: bundle.digest, generator: bundle.generator, tokenizer: bundle.tokenizer } };
}
