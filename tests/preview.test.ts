import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewSkill } from '../src/core/preview.ts';
import { renderBody } from '../src/core/render.ts';
import { parseMarkdown } from '../src/core/markdown.ts';
import { parseSkill } from '../src/core/skill.ts';
import { checkPaths } from '../src/node/pipeline.ts';
import { CATALOG_CONFIG, sourceOf } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');

describe('previewSkill (the in-browser pipeline)', () => {
  it('shows a catalog skill exactly as the compiler sees and renders it', async () => {
    const folder = join(ROOT, 'skills/devops/docker');
    const text = readFileSync(join(folder, 'SKILL.md'), 'utf8');
    const triggers = readFileSync(join(folder, 'evals/triggers.json'), 'utf8');
    const checked = await checkPaths({ cwd: ROOT, paths: [folder], cache: false, compile: true });
    const files = checked.skills[0]!.source.files.map((file) => ({ path: file.path, size: file.size, ...(file.path.endsWith('triggers.json') ? { text: triggers } : {}) }));
    const categories = { devops: { title: 'DevOps', description: 'x' } };
    const preview = previewSkill({ text, folder: 'docker', category: 'devops', files }, { ...CATALOG_CONFIG, categories });
    expect(preview.diagnostics).toEqual([]);
    expect(preview.html).toBe(renderBody(parseSkill(sourceOf(text), parseMarkdown).tree!).html);
    expect(preview.tokens).toEqual({ body: checked.skills[0]!.record!.stats.bodyTokens, metadata: checked.skills[0]!.record!.stats.metadataTokens });
    expect(preview.promptEntry).toContain('<name>\ndocker\n</name>');
  });

  it('reports the same diagnostics, at the same lines, as skillpack check', () => {
    const text = '---\nname: Broken\ndescription: Does things.\nauthor: me\n---\n# T\n\n```\ncode\n```\n\n<script>x()</script>\n';
    const preview = previewSkill({ text, folder: 'broken', category: 'tools' }, CATALOG_CONFIG);
    expect(preview.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '1:1 evals-triggers',
      '2:7 name-format',
      '2:7 name-matches-folder',
      '3:14 description-trigger',
      '4:1 known-fields',
      '5:1 metadata-tags',
      '8:1 fence-language',
      '12:1 raw-html',
    ]);
    expect(preview.html).not.toContain('<script');
  });

  it('survives a file that does not parse', () => {
    const preview = previewSkill({ text: 'no frontmatter at all' }, CATALOG_CONFIG);
    expect(preview.diagnostics.map((d) => d.rule)).toContain('frontmatter-syntax');
    expect(preview.promptEntry).toBeNull();
  });
});
