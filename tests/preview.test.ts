import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredName } from '../src/core/declared-name.ts';
import { previewSkill } from '../src/core/preview.ts';
import { renderBody } from '../src/core/render.ts';
import { parseMarkdown } from '../src/core/markdown.ts';
import { parseSkill } from '../src/core/skill.ts';
import { checkPaths } from '../src/node/pipeline.ts';
import { BROKEN_SKILL, BROKEN_SKILL_FINDINGS } from './broken-skill.ts';
import { CATALOG_CONFIG, sourceOf } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('previewSkill (the in-browser pipeline)', () => {
  it('shows a catalog skill exactly as the compiler sees and renders it', async () => {
    const folder = join(ROOT, 'skills/devops/docker');
    const text = readFileSync(join(folder, 'SKILL.md'), 'utf8');
    const queryFiles = ['evals/train_queries.json', 'evals/validation_queries.json'];
    const queries = Object.fromEntries(queryFiles.map((path) => [path, readFileSync(join(folder, path), 'utf8')]));
    const checked = await checkPaths({ cwd: ROOT, paths: [folder], cache: false, compile: true });
    const files = checked.skills[0]!.source.files.map((file) => ({ path: file.path, size: file.size, ...(queries[file.path] !== undefined ? { text: queries[file.path] } : {}) }));
    const categories = { devops: { title: 'DevOps', description: 'x' } };
    const preview = previewSkill({ text, folder: 'docker', category: 'devops', files }, { ...CATALOG_CONFIG, categories });
    expect(preview.diagnostics).toEqual([]);
    expect(preview.html).toBe(renderBody(parseSkill(sourceOf(text), parseMarkdown).tree!).html);
    expect(preview.tokens).toEqual({ body: checked.skills[0]!.record!.stats.bodyTokens, metadata: checked.skills[0]!.record!.stats.metadataTokens });
    expect(preview.promptEntry).toContain('<name>\ndocker\n</name>');
  });

  it('reports the same diagnostics, at the same lines, as skillpack check', () => {
    const preview = previewSkill({ text: BROKEN_SKILL, folder: 'broken', category: 'tools' }, CATALOG_CONFIG);
    expect(preview.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(BROKEN_SKILL_FINDINGS);
    expect(preview.html).not.toContain('<script');
  });

  it('survives a file that does not parse', () => {
    const preview = previewSkill({ text: 'no frontmatter at all' }, CATALOG_CONFIG);
    expect(preview.diagnostics.map((d) => d.rule)).toContain('frontmatter-syntax');
    expect(preview.promptEntry).toBeNull();
  });

  it('reads the declared name the way a line of YAML gives it', () => {
    expect(declaredName('---\nname: my-skill\ndescription: x\n---\n')).toBe('my-skill');
    expect(declaredName('---\nname:   "quoted-skill"  \n---\n')).toBe('quoted-skill');
    expect(declaredName("name: 'single'\n")).toBe('single');
    expect(declaredName('title: x\nname: a"b\nname: later\n')).toBe('later');
    expect(declaredName('no name here\nrename: x\n')).toBeUndefined();
  });

  it('reads the declared name of a huge name line in linear time', { timeout: 15_000 }, () => {
    // A lazy group followed by `\s*$` rescans the spaces from every position: minutes for this line.
    const line = `name: a${' '.repeat(1024 * 1024)}b`;
    expect(declaredName(`---\n${line}\n---\n`)).toBe(`a${' '.repeat(1024 * 1024)}b`);
  });
});
