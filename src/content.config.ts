// Content collections fed by the compiler: one check-and-compile run fills them all, so every page,
// the bundle and the search index come from the same records.
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { join, sep } from 'node:path';
import { CONFIG_FILE, loadProjectConfig } from './node/config.ts';
import { catalogProjectRoot, loadCatalog, type Catalog } from './site/catalog.ts';
import { skillFolderHref, skillHref } from './site/paths.ts';
import { publishedLink } from './site/published.ts';
import { BundleEntrySchema, CategoryEntrySchema, DownloadEntrySchema, ResourceEntrySchema, SkillEntrySchema } from './site/schemas.ts';

let pending: Promise<Catalog> | null = null;
/** Collections not yet filled from `pending`; when none is left, the catalog is released. */
let unfilled = 0;

/** The catalog, compiled once per build (or per change in `astro dev`) and shared by every collection. */
function catalog(): Promise<Catalog> {
  // A skill's relative links point into its folder, which is published beside its SKILL.md.
  if (!pending) unfilled = COLLECTION_COUNT;
  pending ??= loadCatalog(catalogProjectRoot(), (name, url, files) => publishedLink(url, skillFolderHref(name), files), { skillHref });
  return pending;
}

/** In `astro dev`, each collection's way to reload itself after a skill or the categories change. */
const refills = new Map<string, () => Promise<void>>();
let watching = false;
/**
 * Counts changes seen in `astro dev`. One edit fires several events (a copy is deleted, then written), and
 * a reload started on an early one may finish after a later one: only a reload of the latest change fills.
 */
let generation = 0;

function watchCatalog(context: LoaderContext): void {
  if (watching || !context.watcher) return;
  watching = true;
  // Only the catalog folder and the project config: the compiler's own cache lives beside them.
  const project = loadProjectConfig(catalogProjectRoot());
  if (!project) return;
  const configFile = join(catalogProjectRoot(), CONFIG_FILE);
  context.watcher.add([project.catalogRoot, configFile]);
  context.watcher.on('all', (_event, path) => {
    if (path !== configFile && !path.startsWith(`${project.catalogRoot}${sep}`)) return;
    generation++;
    pending = null;
    for (const refill of refills.values()) void refill();
  });
}

function compilerLoader(name: string, fill: (context: LoaderContext, catalog: Catalog) => Promise<void>): Loader {
  return {
    name: `skillpack-${name}`,
    load: async (context) => {
      const refill = async () => {
        const started = generation;
        const compiled = await catalog();
        if (started !== generation) return;
        context.store.clear();
        await fill(context, compiled);
        // Every collection holds its own copy now; keeping the catalog too would double the memory.
        if (--unfilled === 0) pending = null;
      };
      refills.set(name, () => refill().catch((error: Error) => context.logger.error(error.message)));
      watchCatalog(context);
      await refill();
    },
  };
}

const skills = defineCollection({
  schema: SkillEntrySchema,
  loader: compilerLoader('skills', async ({ store, parseData, logger }, { skills, notices }) => {
    for (const notice of notices) logger.warn(notice);
    for (const skill of skills) {
      const data = await parseData({ id: skill.entry.name, data: { ...skill.entry, diagnostics: skill.diagnostics } });
      store.set({ id: skill.entry.name, data, body: skill.text, digest: skill.entry.digest, rendered: { html: skill.html, metadata: { headings: skill.headings.map(({ depth, text, id }) => ({ depth, text, slug: id })) } } });
    }
  }),
});

const resources = defineCollection({
  schema: ResourceEntrySchema,
  loader: compilerLoader('resources', async ({ store, parseData }, { skills }) => {
    for (const skill of skills) {
      for (const [source, { published, text }] of Object.entries(skill.resources)) {
        const id = `${skill.entry.name}/${published}`;
        store.set({ id, data: await parseData({ id, data: { skill: skill.entry.name, path: published, source } }), body: text });
      }
    }
  }),
});

const categories = defineCollection({
  schema: CategoryEntrySchema,
  loader: compilerLoader('categories', async ({ store, parseData }, { categories }) => {
    for (const { id, title, description } of categories) store.set({ id, data: await parseData({ id, data: { title, description } }) });
  }),
});

const downloads = defineCollection({
  schema: DownloadEntrySchema,
  loader: compilerLoader('downloads', async ({ store, parseData }, { downloads }) => {
    for (const download of downloads) store.set({ id: download.path, data: await parseData({ id: download.path, data: { ...download } }) });
  }),
});

const bundle = defineCollection({
  schema: BundleEntrySchema,
  loader: compilerLoader('bundle', async ({ store, parseData }, { bundle }) => {
    store.set({ id: 'bundle', data: await parseData({ id: 'bundle', data: { ...bundle } }) });
  }),
});

export const collections = { skills, resources, categories, downloads, bundle };
const COLLECTION_COUNT = Object.keys(collections).length;
