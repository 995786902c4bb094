// Reads the compiler-fed collections in the shapes the pages want.
import { getCollection, getEntry } from 'astro:content';
import type { z } from 'astro/zod';
import type { IndexEntry } from '../core/schema.ts';
import type { BundleEntrySchema, CategoryEntrySchema, DownloadEntrySchema } from './schemas.ts';

// Typed here so the helpers check the same with or without the types `astro sync` generates.
type Entry<T> = { id: string; data: T };

export async function allSkills(): Promise<IndexEntry[]> {
  const entries: Entry<IndexEntry>[] = await getCollection('skills');
  return entries.map((entry) => entry.data).sort((a, b) => (a.name < b.name ? -1 : 1));
}

export interface CategoryWithSkills {
  id: string;
  title: string;
  description: string;
  skills: IndexEntry[];
}

/** Categories in the order of `categories.yaml`, each with its skills. */
export async function allCategories(): Promise<CategoryWithSkills[]> {
  const skills = await allSkills();
  const entries: Entry<z.infer<typeof CategoryEntrySchema>>[] = await getCollection('categories');
  return entries.map((entry) => ({ id: entry.id, ...entry.data, skills: skills.filter((skill) => skill.category === entry.id) }));
}

export async function categoryTitles(): Promise<Map<string, string>> {
  const entries: Entry<z.infer<typeof CategoryEntrySchema>>[] = await getCollection('categories');
  return new Map(entries.map((entry) => [entry.id, entry.data.title]));
}

export async function bundleInfo(): Promise<z.infer<typeof BundleEntrySchema>> {
  const entry: Entry<z.infer<typeof BundleEntrySchema>> | undefined = await getEntry('bundle', 'bundle');
  if (!entry) throw new Error('the bundle collection is empty');
  return entry.data;
}

export async function downloads(): Promise<z.infer<typeof DownloadEntrySchema>[]> {
  const entries: Entry<z.infer<typeof DownloadEntrySchema>>[] = await getCollection('downloads');
  return entries.map((entry) => entry.data);
}
