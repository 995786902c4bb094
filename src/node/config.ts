import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Category } from '../core/config.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { CategoriesSchema } from '../core/schema.ts';
import { diagnosticAt } from '../core/skill.ts';
import { LineIndex } from '../core/text.ts';
import type { Preset } from '../core/rules/types.ts';

export const CONFIG_FILE = 'skillpack.config.json';

/** The project's own settings (skillpack.config.json); trees without one get the default preset. */
export interface ProjectConfig {
  /** Absolute path of the catalog root (the folder of `<category>/<name>/SKILL.md`). */
  catalogRoot: string;
  /** Absolute path of the categories file. */
  categoriesFile: string;
  /** Preset for paths inside the catalog. */
  preset: Preset;
  /** Replaces the default allow-list of install scripts that may be piped into a shell. */
  allowedInstallers: string[] | null;
}

export function loadProjectConfig(cwd: string): ProjectConfig | null {
  const file = join(cwd, CONFIG_FILE);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${CONFIG_FILE}: ${(error as Error).message}`);
  }
  const settings = raw as { catalog?: string; categories?: string; preset?: Preset; allowedInstallers?: string[] };
  return {
    catalogRoot: resolve(cwd, settings.catalog ?? 'skills'),
    categoriesFile: resolve(cwd, settings.categories ?? join(settings.catalog ?? 'skills', 'categories.yaml')),
    preset: settings.preset ?? 'catalog',
    allowedInstallers: Array.isArray(settings.allowedInstallers) ? settings.allowedInstallers.map(String) : null,
  };
}

export function loadCategories(file: string, displayPath: string): { categories: Record<string, Category>; diagnostics: Diagnostic[] } {
  const fail = (message: string, line: number | null = null, column = 1) => ({
    categories: {},
    diagnostics: [diagnosticAt(displayPath, line === null ? null : { start: { line, column } }, 'category-listed', 'error', message)],
  });
  if (!existsSync(file)) return fail('Categories file is missing; list each category with a title and a description');
  const text = readFileSync(file, 'utf8');
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const point = lines.pointAt(yamlError.pos[0]);
    return fail(`Invalid YAML: ${yamlError.message}`, point.line, point.column);
  }
  const result = CategoriesSchema.safeParse(doc.toJS({ maxAliasCount: 0 }));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const index = key ? text.indexOf(`${key}:`) : -1;
    const point = lines.pointAt(Math.max(0, index));
    return fail(`${issue.path.join('.') || 'categories'}: ${issue.message}`, point.line, point.column);
  }
  return { categories: result.data, diagnostics: [] };
}
