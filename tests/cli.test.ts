import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleSchema, IndexSchema } from '../src/core/schema.ts';
import { BODY_FILLER, FRESH_METADATA, makeTree, runCli as run } from './helpers.ts';

const good = (name: string, description = `Does the ${name} thing. Use when you need ${name}.`) =>
  `---\nname: ${name}\ndescription: ${description}\nmetadata:\n  kind: reference\n  tags: alpha beta${FRESH_METADATA}\n---\n# ${name}\n\nIntro paragraph for ${name}.\n\n## Usage\n\n| command | prints |\n| --- | --- |\n| \`echo ${name}\` | ${name} |\n\n\`\`\`bash\necho ${name}\n\`\`\`\n\n${BODY_FILLER}\n`;

/** Trigger queries of their own under a skill folder, so the fixture skills do not overlap each other. */
const triggersAt = (folder: string, name: string) => {
  const queries = (numbers: number[], near: string[]) =>
    JSON.stringify([...numbers.map((i) => ({ query: `${name} ${name}${i}`, should_trigger: true })), ...near.map((query) => ({ query, should_trigger: false }))]);
  return { [`${folder}/evals/train_queries.json`]: queries([1, 2, 3], ['near one', 'near two']), [`${folder}/evals/validation_queries.json`]: queries([4, 5], ['near three']) };
};

function catalog(extra: Record<string, string | Uint8Array> = {}) {
  return makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills', categories: 'skills/categories.yaml' }),
    'skills/categories.yaml': 'tools:\n  title: Tools\n  description: Small tools.\n',
    'skills/tools/alpha/SKILL.md': good('alpha'),
    ...triggersAt('skills/tools/alpha', 'alpha'),
    'skills/tools/alpha/references/notes.md': '# Notes\n',
    'skills/tools/beta/SKILL.md': good('beta'),
    ...triggersAt('skills/tools/beta', 'beta'),
    ...extra,
  });
}

describe('skillpack check', () => {
  it('prints the documented JSON and exits 1 on errors', () => {
    const root = makeTree({ 'tree/Bad/SKILL.md': '---\nname: Bad\ndescription: x\nextra: 1\n---\nBody\n' });
    const { code, stdout, stderr } = run(['check', 'tree', '--format', 'json'], root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      diagnostics: [
        { file: 'tree/Bad/SKILL.md', line: 2, column: 7, rule: 'name-format', severity: 'error', message: '`name` "Bad" must be lowercase ("bad")' },
        {
          file: 'tree/Bad/SKILL.md',
          line: 4,
          column: 1,
          rule: 'known-fields',
          severity: 'error',
          message: 'Unknown frontmatter field "extra"; the specification allows only name, description, license, compatibility, metadata, allowed-tools. Move it under `metadata` (as a string value)',
        },
      ],
      files: 1,
      errors: 2,
      warnings: 0,
      skills: [{ file: 'tree/Bad/SKILL.md', verdict: 'safe', decidedBy: [] }],
    });
  });

  it('checks the catalog by default with the catalog preset and exits 0 when clean', () => {
    const root = catalog();
    const { code, stdout } = run(['check', '--format', 'json'], root);
    expect(JSON.parse(stdout)).toMatchObject({ diagnostics: [], files: 3, errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });

  it('applies house rules only through the project config', () => {
    const root = makeTree({ 'foreign/thing/SKILL.md': '---\nname: thing\ndescription: Does things.\n---\n```\nx\n```\n' });
    expect(JSON.parse(run(['check', 'foreign', '--format', 'json'], root).stdout).diagnostics).toEqual([]);
    const catalogRules = JSON.parse(run(['check', 'foreign', '--format', 'json', '--preset', 'catalog'], root).stdout);
    expect(catalogRules.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['evals-triggers', 'skill-structure', 'description-trigger', 'freshness', 'freshness', 'metadata-tags', 'fence-language', 'skill-structure']);
  });

  it('reports an unlisted category folder', () => {
    const root = catalog({ 'skills/misc/gamma/SKILL.md': good('gamma'), ...triggersAt('skills/misc/gamma', 'gamma') });
    const { code, stdout } = run(['check', '--format', 'json'], root);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`)).toEqual(['skills/misc/gamma/SKILL.md category-listed']);
  });

  it('exits 2 on usage errors, without a stack trace', () => {
    const root = catalog();
    for (const args of [['check', '--bogus'], ['check', 'does-not-exist'], ['frobnicate'], ['check', '--format', 'xml'], ['check', '--preset', 'strict']]) {
      const { code, stderr } = run(args, root);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^skillpack( check)?: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints GitHub annotations and a pretty summary', () => {
    const root = makeTree({ 'tree/a/SKILL.md': '---\nname: b\ndescription: x\n---\n' });
    expect(run(['check', 'tree', '--format', 'github'], root).stdout).toBe(
      '::error file=tree/a/SKILL.md,line=2,col=7,endLine=2,endColumn=8,title=name-matches-folder::`name` "b" does not match its folder "a"; rename one so they are equal\n',
    );
    const pretty = run(['check', 'tree'], root).stdout;
    expect(pretty).toContain('tree/a/SKILL.md\n  2:7  error    `name` "b" does not match');
    expect(pretty.trimEnd().split('\n').pop()).toBe('✖ 1 problem (1 error, 0 warnings) in 1 of 1 skill (1 file checked)');
  });

  it('never reads through a symlink that leaves the tree, nor leaks its content', () => {
    const root = makeTree({ 'outside/secret.md': '---\nname: secret\ndescription: TOP-SECRET-CONTENT\n---\n' });
    mkdirSync(join(root, 'tree/linked'), { recursive: true });
    symlinkSync(join(root, 'outside/secret.md'), join(root, 'tree/linked/SKILL.md'));
    const { code, stdout } = run(['check', 'tree', '--format', 'json'], root);
    expect(code).toBe(1);
    expect(stdout).not.toContain('TOP-SECRET');
    expect(JSON.parse(stdout).diagnostics[0]).toMatchObject({ rule: 'source-file', message: expect.stringMatching(/symlink that points outside the tree/) });
  });

  it('does not follow symlinked skill or category folders out of the tree', () => {
    const root = makeTree({ 'outside/stolen/SKILL.md': '---\nname: stolen\ndescription: TOP-SECRET-CONTENT\n---\n', 'tree/real/SKILL.md': '---\nname: real\ndescription: Real. Use when real.\n---\n# Real\n' });
    mkdirSync(join(root, 'tree/tools'));
    symlinkSync(join(root, 'outside/stolen'), join(root, 'tree/tools/stolen'));
    symlinkSync(join(root, 'outside'), join(root, 'tree/category'));
    const { code, stdout } = run(['check', 'tree', '--format', 'json'], root);
    expect(code).toBe(0);
    expect(stdout).not.toContain('TOP-SECRET');
    expect(JSON.parse(stdout).files).toBe(1);
  });

  it('reports invalid UTF-8, oversized and binary files with positions, and does not hang on a FIFO', () => {
    const root = makeTree({
      'tree/latin/SKILL.md': Buffer.from('---\nname: latin\ndescription: caf\xe9\n---\n', 'latin1'),
      'tree/huge/SKILL.md': `---\nname: huge\ndescription: big\n---\n${'x'.repeat(2 * 1024 * 1024)}`,
      'tree/binary/SKILL.md': new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]),
    });
    mkdirSync(join(root, 'tree/piped'), { recursive: true });
    writeFileSync(join(root, 'tree/piped/SKILL.md'), '---\nname: piped\ndescription: Has a FIFO beside it.\n---\n');
    execFileSync('mkfifo', [join(root, 'tree/piped/fifo')]);
    const { code, stdout } = run(['check', 'tree', '--format', 'json'], root);
    expect(code).toBe(1);
    const byFile = Object.fromEntries(JSON.parse(stdout).diagnostics.map((d: { file: string }) => [d.file, d]));
    expect(byFile['tree/latin/SKILL.md']).toMatchObject({ rule: 'source-file', line: 3, column: 17 });
    expect(byFile['tree/huge/SKILL.md']).toMatchObject({ rule: 'source-file', line: null });
    expect(byFile['tree/binary/SKILL.md']).toMatchObject({ rule: 'source-file', line: 1, column: 1 });
    expect(byFile['tree/piped/SKILL.md']).toBeUndefined();
  });
});

describe('skillpack check --format sarif', () => {
  it('prints SARIF 2.1.0 with rules and located results', () => {
    const root = makeTree({ 'tree/a/SKILL.md': '---\nname: b\ndescription: x\n---\n' });
    const { code, stdout } = run(['check', 'tree', '--format', 'sarif'], root);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('skillpack');
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('name-matches-folder');
    expect(run0.results).toEqual([
      {
        ruleId: 'name-matches-folder',
        ruleIndex: run0.tool.driver.rules.findIndex((r: { id: string }) => r.id === 'name-matches-folder'),
        level: 'error',
        message: { text: '`name` "b" does not match its folder "a"; rename one so they are equal' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'tree/a/SKILL.md' }, region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 8 } } }],
      },
    ]);
  });
});

describe('skillpack build', () => {
  it('records acknowledged findings in the bundle', () => {
    const acknowledged = good('alpha').replace('## Usage', '<!-- skillpack-ignore-next-line prompt-injection: quoted to show the attack -->\nAttackers write "ignore previous instructions".\n\n## Usage');
    const root = catalog({ 'skills/tools/alpha/SKILL.md': acknowledged });
    const { code, stdout } = run(['build', '--out', 'out'], root);
    expect(code).toBe(0);
    const bundle = JSON.parse(readFileSync(join(root, 'out/skills.json'), 'utf8'));
    expect(bundle.skills[0].acknowledged).toEqual([
      expect.objectContaining({ rule: 'prompt-injection', line: 15, column: 18, reason: 'quoted to show the attack', file: 'skills/tools/alpha/SKILL.md' }),
    ]);
    expect(run(['check'], root).stdout).toMatch(/1 acknowledged finding/);
  });

  it('writes the bundle, the index, the schema and each SKILL.md, valid against the schema', () => {
    const root = catalog();
    const { code, stdout } = run(['build', '--out', 'out'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Built 2 skills/);
    expect(stdout).toMatch(/out\/skills\.json\s+\d/);
    const bundle = BundleSchema.parse(JSON.parse(readFileSync(join(root, 'out/skills.json'), 'utf8')));
    expect(bundle.skills.map((s) => s.name)).toEqual(['alpha', 'beta']);
    const alpha = bundle.skills[0]!;
    expect(alpha).toMatchObject({
      category: 'tools',
      path: 'tools/alpha/SKILL.md',
      tags: ['alpha', 'beta'],
      summary: 'Intro paragraph for alpha.',
      headings: [
        { depth: 1, text: 'alpha', id: 'alpha' },
        { depth: 2, text: 'Usage', id: 'usage' },
      ],
    });
    expect(alpha.body.startsWith('# alpha\n')).toBe(true);
    expect(alpha.files.map((f) => f.path)).toEqual(['SKILL.md', 'evals/train_queries.json', 'evals/validation_queries.json', 'references/notes.md']);
    expect(alpha.stats.bodyTokens).toBeGreaterThan(5);
    const index = IndexSchema.parse(JSON.parse(readFileSync(join(root, 'out/index.json'), 'utf8')));
    expect(index.digest).toBe(bundle.digest);
    expect(JSON.stringify(index)).not.toContain('Intro paragraph for alpha.\n');
    expect(readFileSync(join(root, 'out/skills/alpha.md'), 'utf8')).toBe(good('alpha'));
    expect(JSON.parse(readFileSync(join(root, 'out/skills.schema.json'), 'utf8')).properties.format).toBeDefined();
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.claude-plugin', '.skillpack-output', 'index.json', 'plugins', 'skills', 'skills.json', 'skills.schema.json']);
  });

  it('is deterministic, with a timestamp only from SOURCE_DATE_EPOCH', () => {
    const root = catalog();
    run(['build', '--out', 'one'], root);
    writeFileSync(join(root, 'skills/tools/alpha/references/notes.md'), '# Notes\n');
    run(['build', '--out', 'two'], root);
    for (const file of ['skills.json', 'index.json', 'skills.schema.json', 'skills/alpha.md']) {
      expect(readFileSync(join(root, 'two', file)).equals(readFileSync(join(root, 'one', file))), file).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(root, 'one/skills.json'), 'utf8')).generatedAt).toBeUndefined();
    run(['build', '--out', 'dated'], root, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(JSON.parse(readFileSync(join(root, 'dated/skills.json'), 'utf8')).generatedAt).toBe('2023-11-14T22:13:20.000Z');
  });

  it('refuses to write on errors and leaves the previous bundle untouched', () => {
    const root = catalog();
    expect(run(['build', '--out', 'out'], root).code).toBe(0);
    const before = readFileSync(join(root, 'out/skills.json'));
    writeFileSync(join(root, 'skills/tools/beta/SKILL.md'), '---\nname: beta\n---\n');
    const { code, stderr } = run(['build', '--out', 'out'], root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nothing was written/);
    expect(readFileSync(join(root, 'out/skills.json')).equals(before)).toBe(true);
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['.claude-plugin', '.skillpack-output', 'index.json', 'plugins', 'skills', 'skills.json', 'skills.schema.json']);
  });

  it('refuses aliases that name another skill or are not valid names, since no runtime would load the bundle', () => {
    const withAlias = (aliases: string) => good('alpha').replace('  tags: alpha beta', `  tags: alpha beta\n  aliases: ${aliases}`);
    for (const [aliases, reason] of [
      ['beta', /Alias "beta" is the name of skills\/tools\/beta\/SKILL\.md.*alias-conflicts/],
      ['Not_A_Name', /Alias "Not_A_Name": alias "Not_A_Name" must be lowercase.*name-ascii/],
    ] as const) {
      const root = catalog({ 'skills/tools/alpha/SKILL.md': withAlias(aliases) });
      const { code, stderr } = run(['build', '--out', 'out'], root);
      expect(code, aliases).toBe(1);
      expect(stderr).toMatch(reason);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(root, 'out'))).toBe(false);
    }
  });

  it('removes the files of deleted skills', () => {
    const root = catalog();
    run(['build', '--out', 'out'], root);
    execFileSync('rm', ['-r', join(root, 'skills/tools/beta')]);
    run(['build', '--out', 'out'], root);
    expect(readdirSync(join(root, 'out/skills'))).toEqual(['alpha.md']);
  });
});

describe('skillpack new', () => {
  it('scaffolds a skill that the catalog preset refuses until every placeholder is replaced', () => {
    const root = catalog();
    const created = run(['new', 'tools/gamma-ray'], root);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('skills/tools/gamma-ray/SKILL.md');
    expect(readFileSync(join(root, 'skills/tools/gamma-ray/SKILL.md'), 'utf8')).toMatch(/^---\nname: gamma-ray\n/);
    const checked = run(['check', 'skills/tools/gamma-ray', '--format', 'json'], root);
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout);
    // The template has the catalog's shape; only its length is left to the author.
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'warning').map((d: { rule: string; message: string }) => `${d.rule} ${d.message}`)).toEqual([
      expect.stringMatching(/^skill-structure Body is \d+ lines long; a catalog skill has 150 to 500 lines/),
    ]);
    expect(new Set(report.diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`))).toEqual(new Set(['scaffold-placeholders error', 'skill-structure warning']));
    expect(report.errors).toBeGreaterThanOrEqual(8);
    const outsideCatalog = run(['check', 'skills/tools/gamma-ray', '--format', 'json', '--preset', 'default'], root);
    expect(outsideCatalog.code).toBe(0);
    expect(JSON.parse(outsideCatalog.stdout).diagnostics).toEqual([]);
  });

  it('refuses taken, invalid and uncategorized names with the reason', () => {
    const root = catalog();
    const refusals: Array<[string, RegExp]> = [
      ['tools/alpha', /already exists/],
      ['tools/Alpha_Two', /lowercase/],
      ['tools/-edge', /hyphen/],
      ['misc/delta', /not listed in the categories file/],
      ['delta', /expected <category>\/<name>/],
    ];
    for (const [target, reason] of refusals) {
      const { code, stderr } = run(['new', target], root);
      expect(code, target).toBe(2);
      expect(stderr).toMatch(reason);
    }
    expect(run(['new'], root).code).toBe(2);
  });

  it('refuses to scaffold into a category that is not a plain folder name', () => {
    const root = catalog({ 'skills/categories.yaml': '"..":\n  title: Up\n  description: Up.\n".":\n  title: Here\n  description: Here.\n' });
    for (const target of ['../escaped', './here']) {
      const { code, stderr } = run(['new', target], root);
      expect(code, target).toBe(2);
      expect(stderr).toMatch(/^skillpack new: \.\.: Invalid key/);
    }
    expect(existsSync(join(root, 'escaped'))).toBe(false);
    expect(existsSync(join(root, 'skills/here'))).toBe(false);
  });
});

describe('skillpack build, incrementally', () => {
  it('leaves identical output untouched and says so', () => {
    const root = catalog();
    expect(run(['build', '--out', 'out'], root).stdout).toMatch(/^Built 2 skills/);
    const again = run(['build', '--out', 'out'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Up to date: 2 skills/);
    writeFileSync(join(root, 'out/skills/alpha.md'), 'edited by hand');
    expect(run(['build', '--out', 'out'], root).stdout).toMatch(/^Built 2 skills/);
    expect(readFileSync(join(root, 'out/skills/alpha.md'), 'utf8')).toBe(good('alpha'));
    writeFileSync(join(root, 'out/skills/stray.md'), 'left over');
    expect(run(['build', '--out', 'out'], root).stdout).toMatch(/^Built 2 skills/);
    expect(readdirSync(join(root, 'out/skills'))).toEqual(['alpha.md', 'beta.md']);
  });
});
