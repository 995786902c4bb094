// The categories file of a catalog project (`categories.yaml`): read only by the commands that use
// it (the catalog preset, `new`, the marketplace), so the YAML parser and the schemas load with it.
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { Category } from '../core/config.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { CategoriesSchema } from '../core/schema.ts';
import { diagnosticAt } from '../core/diagnostics.ts';
import { LineIndex } from '../core/text.ts';

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
