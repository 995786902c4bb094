import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/index.ts';
import { at, CATALOG_CONFIG, lint, skillText, VALID_TRIGGER_FILES, VALID_TRIGGERS } from './helpers.ts';

const DESCRIPTION = 'description: Does a thing. Use when you need the thing.';
const CATALOG = { config: CATALOG_CONFIG, resourceTexts: VALID_TRIGGER_FILES };
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
    // 3,000 pre-tokens of two tokens each: only the exact count can tell.
    const wordy = `# T\n\n${'tokenization '.repeat(3000)}\n`;
    expect(lint(skillText(`name: my-skill\n${DESCRIPTION}`, wordy)).find((d) => d.rule === 'body-size')?.message).toMatch(/about 6\d{3} tokens/);
    // A megabyte is over the limit by its pre-tokens alone, found without counting it all.
    const huge = `# T\n\n${'x'.repeat(1 << 20)}\n`;
    expect(lint(skillText(`name: my-skill\n${DESCRIPTION}`, huge)).find((d) => d.rule === 'body-size')?.message).toMatch(/^Body is more than 5000 tokens/);
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}`, `# T\n\n${'word '.repeat(3000)}\n`)), 'body-size')).toEqual([]);
    // A skill about chat templates quotes their markers: they are text to count, not a reason to fail.
    const chatml = `# T\n\nWrap turns in <|im_start|>user … <|im_end|>.\n\n${'word '.repeat(3000)}\n`;
    expect(lint(skillText(`name: my-skill\n${DESCRIPTION}`, chatml)).filter((d) => d.rule === 'body-size')).toEqual([]);
  });

  it('description-trigger (catalog)', () => {
    const text = skillText(`name: my-skill\ndescription: Does a thing.\n${TAGS}`);
    expect(at(lint(text, CATALOG), 'description-trigger')).toEqual(['3:14']);
    expect(at(lint(text), 'description-trigger')).toEqual([]);
  });

  it('description-length (catalog only)', () => {
    const long = skillText(`name: my-skill\ndescription: Does a thing. Use when ${'x'.repeat(328)}\n${TAGS}`);
    expect(at(lint(long, CATALOG), 'description-length')).toEqual(['3:14']);
    expect(lint(long, CATALOG).find((d) => d.rule === 'description-length')?.message).toContain('351 characters');
    expect(at(lint(long), 'description-length')).toEqual([]);
    expect(at(lint(long), 'description-format')).toEqual([]);
    const quoted = skillText(`name: my-skill\ndescription:\n  "Does a thing. Use when ${'é'.repeat(327)}"\n${TAGS}`);
    expect(at(lint(quoted, CATALOG), 'description-length')).toEqual([]);
    const quotedLong = skillText(`name: my-skill\ndescription:\n  "Does a thing. Use when ${'é'.repeat(328)}"\n${TAGS}`);
    expect(at(lint(quotedLong, CATALOG), 'description-length')).toEqual(['4:3']);
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

  it('evals-triggers reads the Agent Skills format and warns on the older file', () => {
    const text = skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`);
    const findings = (resourceTexts: Record<string, string>) =>
      lint(text, { config: CATALOG_CONFIG, resourceTexts }).filter((d) => d.rule === 'evals-triggers').map((d) => `${d.file.split('my-skill/')[1]}:${d.line}:${d.column} ${d.severity}`);
    expect(findings(VALID_TRIGGER_FILES)).toEqual([]);
    expect(findings({ 'evals/triggers.json': VALID_TRIGGERS })).toEqual(['evals/triggers.json:1:1 warning']);
    const badEntry = '[\n  { "query": "one", "should_trigger": true },\n  { "query": "two" }\n]\n';
    expect(findings({ ...VALID_TRIGGER_FILES, 'evals/train_queries.json': badEntry })).toEqual(['evals/train_queries.json:3:3 error']);
    const onlyPositive = JSON.stringify([{ query: 'four task', should_trigger: true }, { query: 'five task', should_trigger: true }]);
    // Two near misses in all (fewer than 3), and none at all in the validation split.
    expect(findings({ ...VALID_TRIGGER_FILES, 'evals/validation_queries.json': onlyPositive })).toEqual(['evals/train_queries.json:1:1 error', 'evals/validation_queries.json:1:1 error']);
    const leaked = JSON.stringify([{ query: 'One task', should_trigger: true }, { query: 'near three', should_trigger: false }, { query: 'five task', should_trigger: true }]);
    expect(findings({ ...VALID_TRIGGER_FILES, 'evals/validation_queries.json': leaked })).toEqual(['evals/validation_queries.json:1:1 error']);
    expect(findings({ 'evals/train_queries.json': VALID_TRIGGER_FILES['evals/train_queries.json']! })).toEqual(['SKILL.md:1:1 error']);
  });

  it('evals-triggers checks evals/evals.json test cases', () => {
    const text = skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`);
    const findings = (cases: string) =>
      lint(text, { config: CATALOG_CONFIG, files: ['evals/files/in.csv'], resourceTexts: { ...VALID_TRIGGER_FILES, 'evals/evals.json': cases } })
        .filter((d) => d.rule === 'evals-triggers')
        .map((d) => `${d.line}:${d.column} ${d.message}`);
    const good = { skill_name: 'my-skill', evals: [{ id: 1, prompt: 'Chart the top months', expected_output: 'A bar chart', files: ['evals/files/in.csv'], assertions: ['has three bars'] }] };
    expect(findings(JSON.stringify(good, null, 2))).toEqual([]);
    const wrong = { skill_name: 'other', evals: [{ id: 1, prompt: 'a', expected_output: 'b', files: ['evals/files/missing.csv'] }, { id: 1, prompt: 'c', expected_output: 'd' }] };
    expect(findings(JSON.stringify(wrong, null, 2))).toEqual([
      '2:3 skill_name "other" is not this skill\'s name "my-skill"',
      '3:3 Test case 1 names the file "evals/files/missing.csv", which is not in the skill folder',
      '3:3 Test case id 1 is used twice',
    ]);
    expect(findings('{"skill_name": "my-skill", "evals": [{"id": 1, "prompt": "a"}]}')[0]).toMatch(/^1:\d+ evals\.0\.expected_output: /);
  });

  it('fence-language (catalog)', () => {
    const body = '# T\n\n```\nplain\n```\n\n    indented\n\n```bash\nls\n```\n';
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`, body), CATALOG), 'fence-language')).toEqual(['9:1', '13:1']);
    const flagged = '# T\n\n```bash run\nls\n```\n\n```yaml partial\na: {{ b }}\n```\n';
    expect(at(lint(skillText(`name: my-skill\n${DESCRIPTION}\n${TAGS}`, flagged), CATALOG), 'fence-language')).toEqual([]);
  });

  it('unique-names across a tree', async () => {
    const { lintTree, summarize } = await import('../src/core/lint.ts');
    const { parse } = await import('./helpers.ts');
    const a = parse(skillText(`name: dup\n${DESCRIPTION}`), { name: 'dup', category: 'one' });
    const b = parse(skillText(`name: dup\n${DESCRIPTION}`), { name: 'dup', category: 'two' });
    const diagnostics = lintTree([summarize(a), summarize(b)], CATALOG_CONFIG).filter((d) => d.rule === 'unique-names');
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['skills/one/dup/SKILL.md:2:7', 'skills/two/dup/SKILL.md:2:7']);
  });
});

describe('overlapping-skills across a tree (catalog)', () => {
  const triggers = (prompts: string[]) => ({ 'evals/triggers.json': JSON.stringify({ should_trigger: prompts, should_not_trigger: ['a', 'b', 'c'] }) });
  const tree = async (skills: Array<{ name: string; category?: string; description: string; prompts: string[] }>, config = CATALOG_CONFIG) => {
    const { lintTree, summarize } = await import('../src/core/lint.ts');
    const { parse } = await import('./helpers.ts');
    const summaries = skills.map(({ name, category, description, prompts }) =>
      summarize(parse(skillText(`name: ${name}\ndescription: ${description}\n${TAGS}`), { name, category: category ?? 'data', resourceTexts: triggers(prompts) })),
    );
    return lintTree(summaries, config).filter((d) => d.rule === 'overlapping-skills');
  };
  const unrelated = [
    { name: 'docker', category: 'ops', description: 'Builds small container images with multi-stage Dockerfiles. Use when writing a Dockerfile.', prompts: ['shrink my docker image', 'multi-stage build for go', 'docker build cache misses', 'run as non-root in a container', 'compose file for local dev'] },
    { name: 'react', category: 'web', description: 'Builds React components with hooks and Suspense. Use when writing React UI code.', prompts: ['useEffect runs twice', 'lift state up in react', 'suspense for data fetching', 'too many re-renders error', 'react form actions'] },
  ];
  const dbt = {
    name: 'dbt',
    description: 'Runs dbt projects — models, sources, tests, incremental models and snapshots. Use when building dbt models.',
    prompts: ['make my dbt model incremental', 'add tests to dbt sources', 'dbt snapshot for slowly changing dimensions', 'run dbt models in CI', 'structure dbt staging models'],
  };
  const dbtModels = {
    name: 'dbt-models',
    description: 'Writes dbt models — staging layers, incremental models, snapshots and tests. Use when structuring dbt models.',
    prompts: ['incremental dbt model with merge', 'snapshot a table in dbt', 'organise dbt staging and marts models', 'unit test a dbt model', 'dbt model contracts'],
  };

  it('flags twins on both descriptions, and nothing in unrelated skills', async () => {
    const found = await tree([dbt, dbtModels, ...unrelated]);
    expect(found.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['skills/data/dbt-models/SKILL.md:3:14', 'skills/data/dbt/SKILL.md:3:14']);
    expect(found[0]!.severity).toBe('warning');
    expect(found[1]!.message).toMatch(/"dbt" overlaps "dbt-models" \(skills\/data\/dbt-models\/SKILL.md\) in description and trigger evals \(similarity 0\.\d\d\)/);
    expect(await tree(unrelated)).toEqual([]);
    expect(await tree([dbt, dbtModels, ...unrelated], { ...CATALOG_CONFIG, preset: 'default' })).toEqual([]);
  });

  it('accepts a split both descriptions state, but not a one-sided one', async () => {
    const split = [
      { ...dbt, description: 'Sets up and runs dbt projects — profiles, sources, seeds, docs and CI selection. Use when starting a dbt project. Not for modelling patterns; use `dbt-models`.' },
      { ...dbtModels, description: `${dbtModels.description} Not for project setup; use \`dbt\`.` },
    ];
    expect(await tree([...split, ...unrelated])).toEqual([]);
    const oneSided = await tree([{ ...dbt, description: split[0]!.description }, dbtModels, ...unrelated]);
    expect(oneSided.map((d) => `${d.line}:${d.column}`)).toEqual(['3:14', '3:14']);
  });

  it('still flags near-identical skills that name each other', async () => {
    const copy = { ...dbt, name: 'dbt-core', prompts: dbt.prompts };
    const found = await tree([
      { ...dbt, description: `${dbt.description} Not for the other one; use \`dbt-core\`.` },
      { ...copy, description: `${dbt.description} Not for the other one; use \`dbt\`.` },
      ...unrelated,
    ]);
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['3:14', '3:14']);
    expect(found[0]!.message).toContain('say nearly the same thing');
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
