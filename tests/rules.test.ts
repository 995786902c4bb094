import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/index.ts';
import { at, CATALOG_CONFIG, lint, skillText, VALID_TRIGGERS } from './helpers.ts';

const DESCRIPTION = 'description: Does a thing. Use when you need the thing.';
const CATALOG = { config: CATALOG_CONFIG, resourceTexts: { 'evals/triggers.json': VALID_TRIGGERS } };
const TAGS = 'metadata:\n  tags: alpha beta';

describe('rule fixtures (expected line:column)', () => {
  it('known-fields', () => {
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\nauthor: me\nversion: 2`)), 'known-fields')).toEqual(['4:1', '5:1']);
    expect(lint(skillText(`name: my-skill\n${DESCRIPTION}\nlicense: MIT\ncompatibility: Node 22\nallowed-tools: Read\nmetadata:\n  a: b`))).toEqual([]);
  });

  it('name-format', () => {
    expect(at(lint(skillText(`name: My-Skill\n${DESCRIPTION}`), { name: 'My-Skill' }), 'name-format')).toEqual(['2:7']);
    expect(at(lint(skillText(`name: -bad\n${DESCRIPTION}`), { name: '-bad' }), 'name-format')).toEqual(['2:7']);
    expect(at(lint(skillText(`name: a--b\n${DESCRIPTION}`), { name: 'a--b' }), 'name-format')).toEqual(['2:7']);
    expect(at(lint(skillText(`name: ${'a'.repeat(65)}\n${DESCRIPTION}`), { name: 'a'.repeat(65) }), 'name-format')).toEqual(['2:7']);
    expect(at(lint(skillText(`name: 42\n${DESCRIPTION}`)), 'name-format')).toEqual(['2:7']);
    expect(at(lint(skillText(DESCRIPTION)), 'name-format')).toEqual(['1:1']);
  });

  it('name-matches-folder', () => {
    expect(at(lint(skillText(`name: other\n${DESCRIPTION}`)), 'name-matches-folder')).toEqual(['2:7']);
    expect(at(lint(skillText(`name: stem\n${DESCRIPTION}`), { name: 'stem', layout: 'file' }), 'name-matches-folder')).toEqual([]);
  });

  it('description-format', () => {
    expect(at(lint(skillText('name: my-skill')), 'description-format')).toEqual(['1:1']);
    expect(at(lint(skillText('name: my-skill\ndescription: ""')), 'description-format')).toEqual(['3:14']);
    expect(at(lint(skillText(`name: my-skill\ndescription: ${'x'.repeat(1025)}`)), 'description-format')).toEqual(['3:14']);
    expect(at(lint(skillText(`name: my-skill\ndescription: ${'x'.repeat(1024)}`)), 'description-format')).toEqual([]);
    expect(at(lint(skillText('name: my-skill\ndescription:\n  - a list')), 'description-format')).toEqual(['4:3']);
  });

  it('license-format and compatibility-format', () => {
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\nlicense: [MIT]`)), 'license-format')).toEqual(['4:10']);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\ncompatibility: ${'x'.repeat(501)}`)), 'compatibility-format')).toEqual(['4:16']);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\ncompatibility: ""`)), 'compatibility-format')).toEqual(['4:16']);
  });

  it('metadata-format', () => {
    const diagnostics = lint(skillText(`name: my-skill\n${DESCRIPTION}\nmetadata:\n  version: 1.0\n  ok: "yes"\n  flag: true`));
    expect(at(diagnostics, 'metadata-format')).toEqual(['5:12', '7:9']);
    expect(diagnostics[0]?.message).toContain('version: "1.0"');
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\nmetadata: plain`)), 'metadata-format')).toEqual(['4:11']);
  });

  it('allowed-tools-format', () => {
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\nallowed-tools: 123`)), 'allowed-tools-format')).toEqual(['4:16']);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\nallowed-tools:\n  - Read\n  - 123`)), 'allowed-tools-format')).toEqual(['5:3']);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\nallowed-tools: [Read, Write]`)), 'allowed-tools-format')).toEqual([]);
  });

  it('relative-links', () => {
    const body = '# T\n\n[ok](references/a.md) [dir](references/) [anchor](#t) [web](https://example.org)\n\n[missing](references/b.md)\n\n![img](../outside.png)\n\n[abs](/etc/passwd)\n\n[ref]: scripts/run.sh\n';
    const diagnostics = lint(skillText(`name: my-skill\n${DESCRIPTION}`, body), { files: ['references/a.md'] });
    expect(at(diagnostics, 'relative-links')).toEqual(['9:1', '11:1', '13:1', '15:1']);
  });

  it('body-size', () => {
    const long = `# T\n\n${'line\n'.repeat(501)}`;
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}`, long)), 'body-size')).toEqual(['5:1']);
    const wordy = `# T\n\n${'tokenization '.repeat(5200)}\n`;
    expect(lint(skillText(`name: my-skill\n${DESCRIPTION}`, wordy)).find((d) => d.rule === 'body-size')?.message).toMatch(/about \d+ tokens/);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}`, `# T\n\n${'word '.repeat(3000)}\n`)), 'body-size')).toEqual([]);
  });

  it('description-trigger (catalog)', () => {
    const text = skillText(`name: my-skill\ndescription: Does a thing.\n${TAGS}`);
    expect(at(lint(text, CATALOG), 'description-trigger')).toEqual(['3:14']);
    expect(at(lint(text), 'description-trigger')).toEqual([]);
  });

  it('category-listed (catalog)', () => {
    const text = skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`);
    expect(at(lint(text, { ...CATALOG, category: 'unknown' }), 'category-listed')).toEqual(['1:1']);
    expect(at(lint(text, { ...CATALOG, category: null }), 'category-listed')).toEqual(['1:1']);
    expect(at(lint(text, CATALOG), 'category-listed')).toEqual([]);
  });

  it('metadata-tags (catalog)', () => {
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}`), CATALOG), 'metadata-tags')).toEqual(['4:1']);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\nmetadata:\n  tags: Docker, k8s`), CATALOG), 'metadata-tags')).toEqual(['5:9']);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`), CATALOG), 'metadata-tags')).toEqual([]);
  });

  it('evals-triggers (catalog)', () => {
    const text = skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`);
    expect(at(lint(text, { config: CATALOG_CONFIG }), 'evals-triggers')).toEqual(['1:1']);
    const broken = lint(text, { config: CATALOG_CONFIG, resourceTexts: { 'evals/triggers.json': '{\n  "should_trigger": [\n' } });
    expect(broken.find((d) => d.rule === 'evals-triggers')?.file).toBe('skills/tools/my-skill/evals/triggers.json');
    const short = lint(text, { config: CATALOG_CONFIG, resourceTexts: { 'evals/triggers.json': '{\n  "should_trigger": ["a"],\n  "should_not_trigger": []\n}' } });
    expect(at(short, 'evals-triggers')).toEqual(['2:3', '3:3']);
  });

  it('fence-language (catalog)', () => {
    const body = '# T\n\n```\nplain\n```\n\n    indented\n\n```bash\nls\n```\n';
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`, body), CATALOG), 'fence-language')).toEqual(['9:1', '13:1']);
  });

  it('unique-names across a tree', async () => {
    const { lintTree, summarize } = await import('../src/core/lint.ts');
    const { parse } = await import('./helpers.ts');
    const a = parse(skillText(`name: dup\n${DESCRIPTION}`), { name: 'dup', category: 'one' });
    const b = parse(skillText(`name: dup\n${DESCRIPTION}`), { name: 'dup', category: 'two' });
    const diagnostics = lintTree([summarize(a), summarize(b)], CATALOG_CONFIG);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['skills/one/dup/SKILL.md:2:7', 'skills/two/dup/SKILL.md:2:7']);
  });
});

describe('every rule documents itself with a passing and a failing example', () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      expect(rule.docs.summary.length).toBeGreaterThan(20);
      expect(rule.docs.pass.length).toBeGreaterThan(0);
      expect(rule.docs.fail.length).toBeGreaterThan(0);
      if (!rule.docs.pass.startsWith('---') || !rule.docs.fail.startsWith('---')) return;
      const name = /name: (\S+)/.exec(rule.docs.pass)?.[1] ?? 'x';
      const config = rule.docs.profile ? { ...CATALOG.config, profile: rule.docs.profile } : CATALOG.config;
      const options = { ...CATALOG, config, name, files: ['references/errors.md', 'references/flags.md'] };
      expect(lint(rule.docs.pass, options).filter((d) => d.rule === rule.id)).toEqual([]);
      const failName = /name: (\S+)/.exec(rule.docs.fail)?.[1] ?? name;
      expect(lint(rule.docs.fail, { ...options, name: failName === 'Release_Notes' ? 'release-notes' : failName }).some((d) => d.rule === rule.id)).toBe(true);
    });
  }
});
