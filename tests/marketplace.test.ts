import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MarketplaceSchema } from '../src/node/marketplace-schema.ts';
import { buildMarketplace, MARKETPLACE_FILE, projectMarketplace } from '../src/node/marketplace.ts';
import { readVerifiedFile, skillTreeDir } from '../src/node/skill-files.ts';
import { loadBundle } from '../src/runtime/index.ts';
import { catalogSkillFiles, makeTree, runCli, skillRecord, triggerFilesAt } from './helpers.ts';

const skill = (name: string, tags: string) => `---\nname: ${name}\ndescription: Handles ${name} work. Use when ${name} is needed.\nmetadata:\n  tags: ${tags}\n---\n# ${name}\n\nText.\n`;

function project() {
  return makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills', categories: 'skills/categories.yaml' }),
    'skills/categories.yaml': 'ops:\n  title: Operations\n  description: Running services.\ndata:\n  title: Data\n  description: Pipelines and storage.\n',
    'skills/ops/deploy/SKILL.md': skill('deploy', 'deploy'),
    'skills/ops/deploy/references/guide.md': '# Guide\n\nSteps.\n',
    ...triggerFilesAt('skills/ops/deploy'),
    'skills/ops/logs/SKILL.md': skill('logs', 'logs'),
    ...triggerFilesAt('skills/ops/logs'),
    'skills/data/etl/SKILL.md': skill('etl', 'etl'),
    ...triggerFilesAt('skills/data/etl'),
  });
}

/** Every file below a folder with its sha256, to compare two builds. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = createHash('sha256').update(readFileSync(join(at, entry.name))).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

describe('the plugin marketplace written by skillpack build', { timeout: 60_000 }, () => {
  it('holds one plugin per category, valid against the schema, and every skill path it names exists with every file', async () => {
    const root = project();
    const result = runCli(['build', '--out', 'out'], root);
    expect(result.code, result.stderr).toBe(0);
    const out = join(root, 'out');
    const marketplace = MarketplaceSchema.parse(JSON.parse(readFileSync(join(out, '.claude-plugin/marketplace.json'), 'utf8')));
    expect(marketplace.plugins.map((plugin) => [plugin.name, plugin.source, plugin.skills])).toEqual([
      ['data', './plugins/data', ['./etl']],
      ['ops', './plugins/ops', ['./deploy', './logs']],
    ]);
    expect(marketplace.plugins[1]!.description).toBe('Operations: Running services.');

    const bundle = await loadBundle(join(out, 'skills.json'));
    let listed = 0;
    for (const plugin of marketplace.plugins) {
      expect(typeof plugin.source).toBe('string');
      const pluginDir = join(out, plugin.source as string);
      expect(statSync(pluginDir).isDirectory()).toBe(true);
      for (const path of plugin.skills as string[]) {
        const skillDir = join(pluginDir, path);
        const name = path.slice(2);
        expect(readFileSync(join(skillDir, 'SKILL.md'), 'utf8')).toMatch(new RegExp(`^---\\nname: ${name}\\n`));
        // Every file the bundle records for the skill, with the recorded digest, and nothing else.
        const record = bundle.get(name)!;
        expect(record.category).toBe(plugin.name);
        expect(tree(skillDir)).toEqual(Object.fromEntries(record.files.map((file) => [file.path, file.sha256])));
        listed++;
      }
    }
    expect(listed).toBe(bundle.skills.length);
    expect(readFileSync(join(out, 'plugins/ops/deploy/references/guide.md'), 'utf8')).toBe('# Guide\n\nSteps.\n');
  });

  it('is deterministic, and a rebuild drops the folders of deleted skills', () => {
    const root = project();
    expect(runCli(['build', '--out', 'one'], root).code).toBe(0);
    expect(runCli(['build', '--out', 'two'], root).code).toBe(0);
    expect(tree(join(root, 'one'))).toEqual(tree(join(root, 'two')));

    rmSync(join(root, 'skills/data'), { recursive: true });
    writeFileSync(join(root, 'skills/categories.yaml'), 'ops:\n  title: Operations\n  description: Running services.\n');
    expect(runCli(['build', '--out', 'one'], root).code).toBe(0);
    expect(existsSync(join(root, 'one/plugins/data'))).toBe(false);
    const marketplace = JSON.parse(readFileSync(join(root, 'one/.claude-plugin/marketplace.json'), 'utf8'));
    expect(marketplace.plugins.map((plugin: { name: string }) => plugin.name)).toEqual(['ops']);
  });

  it('puts skills whose category is not a valid plugin name into "uncategorized", and a single-file skill into a folder', () => {
    const root = makeTree({ 'My Stuff/alpha/SKILL.md': skill('alpha', 'alpha'), 'beta/SKILL.md': skill('beta', 'beta'), 'tools/gamma.md': skill('gamma', 'gamma') });
    const result = runCli(['build', '--source', '.', '--out', join(root, '..', `${root.split('/').pop()}-out`)], root);
    expect(result.code, result.stderr).toBe(0);
    const out = `${root}-out`;
    const marketplace = MarketplaceSchema.parse(JSON.parse(readFileSync(join(out, '.claude-plugin/marketplace.json'), 'utf8')));
    expect(marketplace.plugins.map((plugin) => [plugin.name, plugin.skills])).toEqual([
      ['tools', ['./gamma']],
      ['uncategorized', ['./alpha', './beta']],
    ]);
    for (const plugin of marketplace.plugins) {
      for (const path of plugin.skills as string[]) expect(existsSync(join(out, plugin.source as string, path, 'SKILL.md')), path).toBe(true);
    }
    expect(readFileSync(join(out, 'plugins/tools/gamma/SKILL.md'), 'utf8')).toBe(skill('gamma', 'gamma'));
    expect(readdirSync(join(out, 'plugins/tools/gamma'))).toEqual(['SKILL.md']);
  });
});

describe('the marketplace schema', () => {
  const valid = buildMarketplace([skillRecord('alpha'), skillRecord('beta', { category: 'data' })], null);

  it('accepts what the generator writes', () => {
    expect(MarketplaceSchema.safeParse(valid).success).toBe(true);
    expect(valid.plugins.map((plugin) => plugin.name)).toEqual(['data', 'tools']);
  });

  it.each([
    ['a path that climbs out', { plugins: [{ ...valid.plugins[0]!, source: './../elsewhere' }] }],
    ['an absolute path', { plugins: [{ ...valid.plugins[0]!, skills: ['/etc'] }] }],
    ['a reserved marketplace name', { name: 'claude-plugins-official' }],
    ['a name that is not kebab-case', { name: 'Skill Pack' }],
    ['no owner', { owner: undefined }],
    ['two plugins with one name', { plugins: [valid.plugins[0]!, valid.plugins[0]!] }],
    ['an unknown field', { plugins: [{ ...valid.plugins[0]!, skill: ['./alpha'] }] }],
  ])('refuses %s', (_what, change) => {
    expect(MarketplaceSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('readVerifiedFile', () => {
  const text = 'content\n';
  const expected = { size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };

  it('reads a plain file whose size and digest match', () => {
    const root = makeTree({ 'skill/a/b.md': text });
    expect(new TextDecoder().decode(readVerifiedFile(join(root, 'skill'), 'a/b.md', expected))).toBe(text);
  });

  it.each([
    ['../outside.md', /not a plain relative path/],
    ['a/../../outside.md', /not a plain relative path/],
    ['/etc/passwd', /not a plain relative path/],
    ['a\\b.md', /not a plain relative path/],
    ['missing.md', /does not exist/],
    ['linked/b.md', /symlink/],
    ['link.md', /symlink/],
    ['changed.md', /bytes where|sha256/],
    ['same-size.md', /sha256/],
  ])('refuses %s', (path, message) => {
    const root = makeTree({ 'outside.md': text, 'skill/a/b.md': text, 'skill/changed.md': 'other content\n', 'skill/same-size.md': 'CONTENT\n' });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere/b.md'), text);
    symlinkSync(join(root, 'elsewhere'), join(root, 'skill/linked'));
    symlinkSync(join(root, 'outside.md'), join(root, 'skill/link.md'));
    expect(() => readVerifiedFile(join(root, 'skill'), path, expected)).toThrow(message);
  });

  it('names skill folders after valid names only', () => {
    expect(skillTreeDir({ name: 'alpha', category: 'ops' })).toBe('plugins/ops/alpha');
    expect(skillTreeDir({ name: 'alpha', category: '../..' })).toBe('plugins/uncategorized/alpha');
    expect(skillTreeDir({ name: 'alpha', category: null })).toBe('plugins/uncategorized/alpha');
    expect(() => skillTreeDir({ name: '../alpha', category: 'ops' })).toThrow(/not a valid skill name/);
  });
});

describe("the repository's own marketplace", () => {
  const repo = join(import.meta.dirname, '..');
  const committed = JSON.parse(readFileSync(join(repo, MARKETPLACE_FILE), 'utf8'));

  it('is valid, and every skill folder it names holds the SKILL.md of that skill', () => {
    const marketplace = MarketplaceSchema.parse(committed);
    let skills = 0;
    for (const plugin of marketplace.plugins) {
      for (const path of plugin.skills as string[]) {
        const text = readFileSync(join(repo, plugin.source as string, path, 'SKILL.md'), 'utf8');
        expect(text.match(/^name: (.+)$/m)?.[1]).toBe(path.slice(2));
        skills++;
      }
    }
    expect(skills).toBe(catalogSkillFiles().length);
  });

  it('is up to date with the catalog (npm run marketplace rewrites it)', () => {
    const { marketplace, problems } = projectMarketplace(repo);
    expect(problems).toEqual([]);
    expect(committed).toEqual(marketplace);
  });
});
