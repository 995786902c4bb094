import { basename, dirname, relative } from 'node:path';
import type { Category } from '../core/config.ts';
import { BundleContentError } from './build.ts';
import type { SkillRecord } from '../core/schema.ts';
import { escapeControls } from '../core/terminal.ts';
import { MarketplaceSchema, type Marketplace, type MarketplacePlugin } from './marketplace-schema.ts';
import type { CheckedSkill } from './pipeline.ts';
import { loadCategories } from './categories.ts';
import { loadProjectConfig } from './config.ts';
import { discoverSkills } from './discover.ts';
import { toPosix } from './paths.ts';
import { pluginNameOf, readVerifiedFile, SkillFileError, skillFolderFiles, skillTreeDir, UNCATEGORIZED } from './skill-files.ts';
import type { OutputFile } from './write.ts';

export const MARKETPLACE_FILE = '.claude-plugin/marketplace.json';
export const MARKETPLACE_NAME = 'skillpack';

/** A skill whose files changed after they were checked, so the marketplace cannot hold them. */
export class MarketplaceError extends BundleContentError {
  constructor(file: string, problem: string) {
    super(file, problem);
    this.name = 'MarketplaceError';
  }
}

/**
 * The Claude Code plugin marketplace for a set of compiled skills: one plugin per category, whose folder
 * (`plugins/<category>`) holds one folder per skill. The entries are the whole plugin definition
 * (`strict: false`), listing each skill folder, so the plugin folders need no manifest of their own.
 */
export function buildMarketplace(
  records: ReadonlyArray<Pick<SkillRecord, 'name' | 'category'>>,
  categories: Record<string, Category> | null,
  pluginFolder: (plugin: string) => string = (plugin) => `plugins/${plugin}`,
): Marketplace {
  const byPlugin = new Map<string, string[]>();
  for (const record of records) {
    const plugin = pluginNameOf(record.category);
    byPlugin.set(plugin, [...(byPlugin.get(plugin) ?? []), record.name]);
  }
  const plugins = [...byPlugin.keys()].sort().map((plugin): MarketplacePlugin => {
    const names = byPlugin.get(plugin)!.sort();
    const category = categories !== null && Object.hasOwn(categories, plugin) ? categories[plugin] : undefined;
    const description = category ? `${escapeControls(category.title)}: ${escapeControls(category.description)}` : plugin === UNCATEGORIZED ? 'Skills without a category' : `Skills in ${plugin}`;
    return { name: plugin, description, source: `./${pluginFolder(plugin)}`, strict: false, skills: names.map((name) => `./${name}`) };
  });
  return MarketplaceSchema.parse({
    name: MARKETPLACE_NAME,
    owner: { name: 'Skillpack' },
    metadata: { description: 'Agent skills, one plugin per category' },
    plugins,
  });
}

/**
 * The marketplace file and every file of every skill under `plugins/<category>/<name>/`, read again from
 * the sources and checked against the sizes and digests the bundle records, so the copy is exactly what
 * was checked.
 */
export function marketplaceFiles(skills: readonly CheckedSkill[], categories: Record<string, Category> | null): OutputFile[] {
  const records = skills.map((skill) => {
    if (!skill.record) throw new Error(`${skill.source.file} was not compiled; run checkPaths with compile: true`);
    return skill.record;
  });
  const files: OutputFile[] = [{ path: MARKETPLACE_FILE, content: `${JSON.stringify(buildMarketplace(records, categories), null, 2)}\n` }];
  skills.forEach((skill, i) => {
    const record = records[i]!;
    const tree = skillTreeDir(record);
    const found = skill.found;
    for (const { path, recorded } of skillFolderFiles(record)) {
      try {
        const content =
          found.layout === 'file'
            ? readVerifiedFile(dirname(found.absolutePath), basename(found.absolutePath), recorded)
            : readVerifiedFile(dirname(found.absolutePath), recorded.path, recorded);
        files.push({ path: `${tree}/${path}`, content });
      } catch (error) {
        if (error instanceof SkillFileError || (error as NodeJS.ErrnoException).code !== undefined) {
          throw new MarketplaceError(skill.source.file, `cannot copy ${escapeControls(recorded.path)}: ${escapeControls((error as Error).message)}; run the build again`);
        }
        throw error;
      }
    }
  });
  return files;
}

/**
 * The marketplace of a catalog project's own repository, `.claude-plugin/marketplace.json` at its root, so
 * that `/plugin marketplace add <repository>` installs straight from the catalog: each plugin is a category
 * folder of the catalog (`skills/<category>`), its skills the folders inside. Only the catalog layout
 * (`<category>/<name>/SKILL.md`, folder names that are valid names) can be published this way.
 */
export function projectMarketplace(projectRoot: string): { marketplace: Marketplace; problems: string[] } {
  const project = loadProjectConfig(projectRoot);
  if (!project) throw new Error(`${projectRoot} has no skillpack.config.json`);
  const catalog = toPosix(relative(projectRoot, project.catalogRoot));
  const { categories } = loadCategories(project.categoriesFile, toPosix(relative(projectRoot, project.categoriesFile)));
  const problems: string[] = [];
  const skills = discoverSkills([project.catalogRoot], project.catalogRoot).skills.filter((skill) => {
    const plain = skill.layout === 'folder' && skill.category !== null && pluginNameOf(skill.category) === skill.category && pluginNameOf(skill.expectedName) === skill.expectedName && skill.sourcePath === `${skill.category}/${skill.expectedName}/SKILL.md`;
    if (!plain) problems.push(`${escapeControls(skill.sourcePath)} is not laid out as <category>/<name>/SKILL.md with valid names; not listed`);
    return plain;
  });
  const marketplace = buildMarketplace(
    skills.map((skill) => ({ name: skill.expectedName, category: skill.category })),
    categories,
    (plugin) => (catalog === '' ? plugin : `${catalog}/${plugin}`),
  );
  return { marketplace, problems };
}
