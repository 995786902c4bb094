// Build-time side of the site: runs the compiler once and hands the content loader everything the
// pages show. Nothing here parses or renders a skill itself; it only calls the compiler's own steps.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatPretty } from '../core/report.ts';
import { parseMarkdown } from '../core/markdown.ts';
import { renderBody } from '../core/render.ts';
import { CategoriesSchema, type IndexEntry } from '../core/schema.ts';
import { parseSkill } from '../core/skill.ts';
import { bundleFiles } from '../node/build.ts';
import { loadProjectConfig } from '../node/config.ts';
import { checkPaths, type CheckResult } from '../node/pipeline.ts';
import { compileSkill } from '../core/compile.ts';
import { nameProblems } from '../core/rules/name-format.ts';
import { resourceFile } from '../core/texts.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { installNodeTokenizer } from '../node/tokenizer.ts';
import type { HeadingInfo } from '../core/headings.ts';
import { aliasPages, isPageSegment, planResources } from './published.ts';
import { linkSkillNames } from './skill-links.ts';

export interface CatalogSkill {
  /** What `skillpack check` reports for this skill (shown only where errors are allowed: dev and preview). */
  diagnostics: Diagnostic[];
  /** The compiled record without its body, exactly as `index.json` holds it. */
  entry: IndexEntry;
  /** Sanitized, highlighted HTML of the body from the core's render step. */
  html: string;
  headings: HeadingInfo[];
  /** The SKILL.md as published: the same text as the bundle's `skills/<name>.md`. */
  text: string;
  /** The skill's other text files (references, scripts, evals) published beside its SKILL.md, by source path. */
  resources: Record<string, { published: string; text: string }>;
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
  /** What the site leaves out (skills, files) because a value from a skill cannot be published safely. */
  notices: string[];
}

/** The folder holding `skillpack.config.json`: `SKILLPACK_ROOT` when set (tests and benchmarks), else the working directory. */
export function catalogProjectRoot(): string {
  return resolve(process.env.SKILLPACK_ROOT ?? process.cwd());
}

/**
 * Checks and compiles the catalog, refusing (with the compiler's own report) when any skill has an
 * error: the site never publishes what `skillpack build` would refuse to bundle.
 */
/**
 * For development and previews: gives every skill that failed its checks a record anyway, compiled
 * from whatever parsed (a missing name falls back to the folder name, a missing description to ''), so
 * its page still renders with the findings above it. Skills whose file could not be read are left out,
 * and of two skills with one name only the first is shown.
 */
function withTolerantRecords(result: CheckResult): CheckResult {
  const seen = new Set<string>();
  const skills = result.skills.flatMap((checked) => {
    if (!checked.record) {
      if (checked.source.text === null) return [];
      const parsed = checked.parsed ?? parseSkill(checked.source, parseMarkdown);
      if (!parsed.tree) return [];
      const data = parsed.frontmatter?.data ?? {};
      const rawMetadata = data.metadata !== null && typeof data.metadata === 'object' && !Array.isArray(data.metadata) ? (data.metadata as Record<string, unknown>) : {};
      const metadata = Object.fromEntries(Object.entries(rawMetadata).filter(([, value]) => typeof value === 'string'));
      const name = typeof data.name === 'string' && data.name.trim() !== '' ? data.name : checked.source.expectedName;
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const frontmatter = {
        fields: new Map(),
        metadataFields: new Map(),
        lenientValues: [],
        openLine: 1,
        closeLine: 1,
        ...parsed.frontmatter,
        data: { name, description: text(data.description) ?? '', license: text(data.license), compatibility: text(data.compatibility), metadata },
      };
      checked = { ...checked, record: compileSkill({ ...parsed, frontmatter }, checked.skillFile, checked.acknowledged) };
    }
    if (seen.has(checked.record!.name)) return [];
    seen.add(checked.record!.name);
    return [checked];
  });
  return { ...result, skills };
}

/** Drops the aliases a bundle may not hold (invalid names, or names another skill already has). */
function withBundleableAliases(result: CheckResult): CheckResult {
  const taken = new Set(result.skills.map((checked) => checked.record!.name));
  return {
    ...result,
    skills: result.skills.map((checked) => {
      const aliases = checked.record!.aliases.filter((alias) => {
        if (nameProblems(alias).length > 0 || taken.has(alias)) return false;
        taken.add(alias);
        return true;
      });
      return { ...checked, record: { ...checked.record!, aliases } };
    }),
  };
}

export async function loadCatalog(
  root = catalogProjectRoot(),
  /** Where a relative link of a skill's body leads, given the skill's published files (source path → published path). */
  resolveSkillUrl: (name: string, url: string, files: ReadonlyMap<string, string>) => string = (_name, url) => url,
  options: { allowErrors?: boolean; /** The page of a skill, for links to skills named in a body (default: a sibling folder). */ skillHref?: (name: string) => string } = {},
): Promise<Catalog> {
  const allowErrors = options.allowErrors ?? process.env.SKILLPACK_ALLOW_ERRORS === '1';
  const project = loadProjectConfig(root);
  if (!project) throw new Error(`${root} has no skillpack.config.json; set SKILLPACK_ROOT to the catalog's project folder`);
  installNodeTokenizer();
  // The incremental cache is the compiler's own: after `npm run build` has just checked the catalog,
  // this run reads every record from it and only parses each skill again to render it.
  const result = await checkPaths({ cwd: root, paths: [project.catalogRoot], compile: true });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if ((errors > 0 && !allowErrors) || result.missing.length > 0) {
    const report = formatPretty({ diagnostics: result.diagnostics, files: result.files, errors, warnings: result.diagnostics.length - errors }, false);
    throw new Error(`The catalog has errors; fix them before building the site.\n${report}${result.missing.join('\n')}`);
  }
  const shown = allowErrors ? withTolerantRecords(result) : result;
  // A review build shows skills the compiler would refuse: its downloads keep only aliases a bundle may
  // hold, while the pages see every alias a skill claims, so each bad one is refused (and logged) there.
  const claimedAliases = new Map(shown.skills.map((checked) => [checked.record!.name, checked.record!.aliases]));
  const { bundle, files } = bundleFiles(allowErrors ? withBundleableAliases(shown) : shown, process.env.SOURCE_DATE_EPOCH);
  if (allowErrors) for (const skill of bundle.skills) skill.aliases = claimedAliases.get(skill.name) ?? skill.aliases;
  const checkedByName = new Map(shown.skills.map((checked) => [checked.record!.name, checked]));
  const notices: string[] = [];
  const folders = new Set<string>();
  const pageNames = new Set(bundle.skills.map((skill) => skill.name).filter(isPageSegment));
  const skills = bundle.skills.flatMap(({ body: _body, ...entry }): CatalogSkill[] => {
    if (!isPageSegment(entry.name) || folders.has(entry.name.toLowerCase())) {
      notices.push(`${JSON.stringify(entry.name)} gets no page: its name is not a plain, unique page name (letters, digits, ".", "_", "-")`);
      return [];
    }
    folders.add(entry.name.toLowerCase());
    const checked = checkedByName.get(entry.name)!;
    const texts = checked.source.resourceTexts;
    const plan = planResources(entry.name, Object.keys(texts));
    notices.push(...plan.skipped);
    const parsed = checked.parsed ?? parseSkill(checked.source, parseMarkdown);
    const rendered = renderBody(parsed.tree!, { resolveRelativeUrl: (url) => resolveSkillUrl(entry.name, url, plan.files) });
    const { headings } = rendered;
    const html = linkSkillNames(rendered.html, pageNames, entry.name, (name) => options.skillHref?.(name) ?? `../${encodeURIComponent(name)}/`);
    const folder = resourceFile(checked.source.file, '');
    const diagnostics = result.diagnostics.filter((d) => d.file === checked.source.file || d.file.startsWith(folder));
    const resources = Object.fromEntries([...plan.files].map(([path, published]) => [path, { published, text: texts[path]! }]));
    return [{ entry, html, headings, text: checked.source.text ?? '', resources, diagnostics }];
  });
  notices.push(...aliasPages(skills.map((skill) => skill.entry)).skipped);
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
  return { skills, categories, downloads, bundle: { digest: bundle.digest, generator: bundle.generator, tokenizer: bundle.tokenizer }, notices };
}
