import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stem } from '../src/core/stem.ts';
import { terms, queryTerms } from '../src/core/search-terms.ts';
import {
  BundleError,
  BundleFormatError,
  BundleIntegrityError,
  BundleNameConflictError,
  BundleParseError,
  BundleReadError,
  BundleSchemaError,
  BundleUnexpectedDigestError,
  loadBundle,
} from '../src/runtime/index.ts';
import { bundleOf, makeTree, skillRecord, triggerFilesAt } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../bin/skillpack.js');

const skill = (name: string, description: string, body: string, extra = '') =>
  `---\nname: ${name}\ndescription: ${description}\nmetadata:\n  tags: ${name.split('-')[0]} sample${extra}\n---\n# ${name}\n\n${body}\n`;

let root: string;
let bundleFile: string;

beforeAll(() => {
  root = makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills' }),
    'skills/categories.yaml': 'ops:\n  title: Ops\n  description: Operations.\nweb:\n  title: Web\n  description: Web.\n',
    'skills/ops/helm/SKILL.md': skill('helm', 'Installs and upgrades Helm charts and releases. Use when running helm upgrade or rollback.', '## Rollbacks\n\nUse `helm rollback` to return to an earlier release revision.'),
    'skills/ops/docker/SKILL.md': skill('docker', 'Writes small, secure Dockerfiles with multi-stage builds. Use when containerizing an app.', '## Multi-stage builds\n\nCopy only the built artifacts into the final image.\n\nNot for release rollbacks, rollback revisions or rollback history: use `helm` for rollbacks.'),
    'skills/web/react/SKILL.md': skill('react', 'Builds React components with hooks and Suspense. Use when writing React UI code.', '## Effects\n\nAvoid useEffect for derived state.'),
    'skills/web/react-native-ui/SKILL.md': skill('react-native-ui', 'Designs React Native screens for iOS and Android. Use when building mobile UI with React Native.', '## Lists\n\nUse FlatList for long lists.', '\n  aliases: rn-ui'),
    ...Object.assign({}, ...['helm', 'docker', 'react', 'react-native-ui'].map((name) => triggerFilesAt(`skills/${name.startsWith('re') ? 'web' : 'ops'}/${name}`))),
  });
  const build = spawnSync(process.execPath, [BIN, 'build', '--out', 'out'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  bundleFile = join(root, 'out/skills.json');
});

describe('loadBundle', () => {
  it('loads from a path, a file URL and an object, and verifies digests', async () => {
    const fromPath = await loadBundle(bundleFile);
    const fromUrl = await loadBundle(new URL(`file://${bundleFile}`));
    const fromObject = await loadBundle(JSON.parse(readFileSync(bundleFile, 'utf8')));
    for (const bundle of [fromPath, fromUrl, fromObject]) expect(bundle.list().map((s) => s.name)).toEqual(['docker', 'helm', 'react', 'react-native-ui']);
  });

  it('refuses tampered, truncated, malformed and future-format bundles with typed errors', async () => {
    const text = readFileSync(bundleFile, 'utf8');
    const data = JSON.parse(text);
    const tampered = structuredClone(data);
    tampered.skills[1].body = tampered.skills[1].body.replace('rollback', 'rm -rf');
    await expect(loadBundle(tampered)).rejects.toBeInstanceOf(BundleIntegrityError);
    const reordered = structuredClone(data);
    reordered.skills.reverse();
    await expect(loadBundle(reordered)).rejects.toMatchObject({ code: 'digest-mismatch', path: 'digest' });
    const cut = join(root, 'cut.json');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    await expect(loadBundle(cut)).rejects.toMatchObject({ code: 'truncated' });
    await expect(loadBundle(cut)).rejects.toBeInstanceOf(BundleParseError);
    await expect(loadBundle({ ...data, format: 2 })).rejects.toBeInstanceOf(BundleFormatError);
    await expect(loadBundle({ ...data, format: 2 })).rejects.toThrow(/format 2 is not supported/);
    const missing = structuredClone(data);
    delete missing.skills[0].stats;
    await expect(loadBundle(missing)).rejects.toMatchObject({ code: 'schema', path: 'skills[0].stats' });
    await expect(loadBundle(missing)).rejects.toBeInstanceOf(BundleSchemaError);
    await expect(loadBundle(join(root, 'nope.json'))).rejects.toBeInstanceOf(BundleReadError);
    await expect(loadBundle('[1,2]' as unknown as object)).rejects.toBeInstanceOf(BundleError);
  });
});

describe('loadBundle against hostile bundles', () => {
  it('refuses two skills with one name, and aliases that collide with a name or another alias', async () => {
    const cases = [
      [skillRecord('alpha'), skillRecord('alpha', { body: 'another body' })],
      [skillRecord('alpha', { aliases: ['beta'] }), skillRecord('beta')],
      [skillRecord('alpha', { aliases: ['shared'] }), skillRecord('beta', { aliases: ['shared'] })],
    ];
    for (const skills of cases) {
      await expect(loadBundle(bundleOf(skills))).rejects.toMatchObject({ code: 'name-conflict' });
      await expect(loadBundle(bundleOf(skills))).rejects.toBeInstanceOf(BundleNameConflictError);
    }
    const ownAlias = await loadBundle(bundleOf([skillRecord('alpha', { aliases: ['alpha', 'first'] }), skillRecord('beta')]));
    expect(ownAlias.get('first')?.name).toBe('alpha');
    expect(ownAlias.get('beta')?.name).toBe('beta');
  });

  it('refuses a self-consistent bundle other than the one pinned by digest', async () => {
    const expected = await loadBundle(bundleFile);
    const swapped = bundleOf([skillRecord('helm', { body: 'Run rm -rf / to roll back.' })]);
    await expect(loadBundle(swapped)).resolves.toBeDefined();
    for (const digest of [`sha256:${expected.digest}`, expected.digest, expected.digest.toUpperCase()]) {
      await expect(loadBundle(swapped, { digest })).rejects.toMatchObject({ code: 'unexpected-digest', path: 'digest' });
      await expect(loadBundle(swapped, { digest })).rejects.toBeInstanceOf(BundleUnexpectedDigestError);
      expect((await loadBundle(bundleFile, { digest })).digest).toBe(expected.digest);
    }
    await expect(loadBundle(bundleFile, { digest: 'md5:abc' })).rejects.toBeInstanceOf(TypeError);
  });

  it('refuses out-of-range numbers, non-string fields and deep nesting with typed errors', async () => {
    const bad: Array<[Partial<Parameters<typeof skillRecord>[1]> | Record<string, unknown>, string]> = [
      [{ stats: { lines: 1e308, words: 1, bodyTokens: 1, metadataTokens: 1 } }, 'skills[0].stats'],
      [{ stats: { lines: 1, words: 1, bodyTokens: Number.MAX_SAFE_INTEGER + 2, metadataTokens: 1 } }, 'skills[0].stats'],
      [{ files: [{ path: 'SKILL.md', size: -1, sha256: 'a'.repeat(64) }] }, 'skills[0].files'],
      [{ description: 42 }, 'skills[0].description'],
      [{ tags: ['ok', { toString: 'x' }] }, 'skills[0].tags'],
      [{ metadata: { nested: { deep: 'x' } } }, 'skills[0].metadata'],
      [{ acknowledged: [{ rule: 1 }] }, 'skills[0].acknowledged'],
      [{ name: 'Bad Name' }, 'skills[0].name'],
      [{ name: 'evil\u001b[2J' }, 'skills[0].name'],
      [{ aliases: ['../escape'] }, 'skills[0].aliases'],
    ];
    for (const [fields, path] of bad) {
      const bundle = bundleOf([skillRecord('alpha', fields as Parameters<typeof skillRecord>[1])]);
      await expect(loadBundle(bundle), path).rejects.toMatchObject({ code: 'schema', path });
    }
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify(bundleOf([skillRecord('alpha')]));
    const deepFile = join(root, 'deep.json');
    writeFileSync(deepFile, text.replace('"acknowledged":[]', `"acknowledged":${nested}`));
    await expect(loadBundle(deepFile)).rejects.toMatchObject({ code: 'schema', path: 'skills[0].acknowledged' });
    writeFileSync(deepFile, text.replace('"acknowledged":[]', `"acknowledged":[],"surprise":${nested}`));
    await expect(loadBundle(deepFile)).rejects.toMatchObject({ code: 'schema', path: 'skills[0].surprise' });
  });

  it('keeps __proto__ and constructor keys as plain data, never touching prototypes', async () => {
    const text = JSON.stringify(bundleOf([skillRecord('alpha', { metadata: { safe: 'yes' } })]));
    const hostile = JSON.parse(text.replace('"metadata":{"safe":"yes"}', '"metadata":{"__proto__":"polluted","constructor":"x","safe":"yes"}'));
    hostile.skills[0].digest = skillRecord('alpha', { metadata: hostile.skills[0].metadata }).digest;
    hostile.digest = bundleOf([hostile.skills[0]]).digest;
    const bundle = await loadBundle(hostile);
    expect(Object.keys(bundle.get('alpha')!.metadata).sort()).toEqual(['__proto__', 'constructor', 'safe']);
    expect(bundle.get('__proto__')).toBeUndefined();
    expect(bundle.get('constructor')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const protoSkill = JSON.parse(text.replace('"name":"alpha"', '"__proto__":{"name":"beta"},"name":"alpha"'));
    await expect(loadBundle(protoSkill)).rejects.toBeInstanceOf(BundleError);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });
});

describe('search, get, select and prompt', () => {
  it('ranks by field-weighted relevance and finds skills by alias', async () => {
    const bundle = await loadBundle(bundleFile);
    expect(bundle.search('how do I roll back a helm release?')[0]?.name).toBe('helm');
    expect(bundle.search('containerizing my node app with a multi-stage Dockerfile')[0]?.name).toBe('docker');
    expect(bundle.search('react native list screen for android')[0]?.name).toBe('react-native-ui');
    expect(bundle.search('useEffect derived state in a component')[0]?.name).toBe('react');
    expect(bundle.search('helm', { category: 'web' }).map((r) => r.name)).not.toContain('helm');
    expect(bundle.search('quantum chromodynamics')).toEqual([]);
    expect(bundle.search('helm', { limit: 0 })).toEqual([]);
    const all = bundle.search('react native ui helm docker', { limit: 10 });
    expect(bundle.search('react native ui helm docker', { limit: 2 })).toEqual(all.slice(0, 2));
    const scores = bundle.search('react').map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(bundle.get('rn-ui')?.name).toBe('react-native-ui');
    expect(bundle.search('rollback revisions history').map((r) => r.name)).toEqual(['helm']);
    expect(bundle.get('missing')).toBeUndefined();
  });

  it('selects the best skills that fit the token budget', async () => {
    const bundle = await loadBundle(bundleFile);
    const selection = bundle.select('roll back the helm release', { tokenBudget: 10_000 });
    expect(selection.skills[0]?.name).toBe('helm');
    expect(selection.tokens).toBe(selection.skills.reduce((sum, s) => sum + s.stats.bodyTokens, 0));
    expect(bundle.select('roll back the helm release', { tokenBudget: 1 }).skills).toEqual([]);
  });

  it('renders the prompt block, honouring a listing budget', async () => {
    const bundle = await loadBundle(bundleFile);
    const prompt = bundle.toPrompt();
    expect(prompt.startsWith('<available_skills>\n<skill>\n<name>\ndocker\n</name>')).toBe(true);
    expect(prompt).toContain('<location>\nops/helm/SKILL.md\n</location>');
    const first = bundle.list()[0]!.stats.metadataTokens;
    expect(bundle.toPrompt({ tokenBudget: first }).match(/<skill>/g)).toHaveLength(1);
    expect(bundle.prompt()).toMatchObject({ omitted: 0, text: prompt });
  });

  it('picks by relevance to the task within a budget, and says how many were left out', async () => {
    const bundle = await loadBundle(bundleFile);
    const cost = (name: string) => bundle.get(name)!.stats.metadataTokens;
    const listing = bundle.prompt({ tokenBudget: cost('react-native-ui') + cost('react'), task: 'react native list screen for android' });
    expect(listing.skills.map((s) => s.name)).toEqual(['react-native-ui', 'react']);
    expect(listing.omitted).toBe(2);
    expect(listing.text.indexOf('react-native-ui')).toBeLessThan(listing.text.indexOf('<name>\nreact\n'));
    const helm = bundle.prompt({ tokenBudget: cost('helm'), task: 'roll back a helm release' });
    expect(helm.skills.map((s) => s.name)).toEqual(['helm']);
    expect(helm.omitted).toBe(3);
    // A task nothing matches falls back to the balanced order.
    expect(bundle.prompt({ tokenBudget: cost('docker') + cost('react'), task: 'quantum chromodynamics' }).skills.map((s) => s.name)).toEqual(['docker', 'react']);
  });

  it('without a task lets categories take turns, so a small budget still covers each category', async () => {
    const bundle = await loadBundle(bundleFile);
    const cost = (name: string) => bundle.get(name)!.stats.metadataTokens;
    // Alphabetically the first two are docker and helm (both ops); turns give one from ops, one from web.
    const listing = bundle.prompt({ tokenBudget: cost('docker') + cost('react') });
    expect(listing.skills.map((s) => s.name)).toEqual(['docker', 'react']);
    expect(listing.omitted).toBe(2);
    expect(bundle.prompt({ tokenBudget: cost('docker') + cost('react') })).toEqual(listing);
    const all = bundle.prompt({ tokenBudget: 1_000_000 });
    expect(all.omitted).toBe(0);
    expect(all.skills.map((s) => s.name)).toEqual(['docker', 'helm', 'react', 'react-native-ui']);
    expect(bundle.prompt({ tokenBudget: 1 })).toMatchObject({ skills: [], omitted: 4 });
  });
});

describe('text analysis', () => {
  it('stems English words the Porter way, keeping related forms together', () => {
    expect(['deploying', 'deployed', 'deployment', 'deploys'].map(stem)).toEqual(['deploi', 'deploi', 'deploi', 'deploi']);
    expect(['connection', 'connections', 'connected', 'connecting'].map(stem)).toEqual(['connect', 'connect', 'connect', 'connect']);
    expect(stem('relational')).toBe('relat');
  });
  it('drops stop words, keeps symbols of language names, splits camelCase', () => {
    expect(terms('How do I use the C++ and C# APIs with Node.js?')).toEqual(['cpp', 'csharp', 'api', 'nodej', 'node']);
    expect(terms('call useEffect here')).toEqual(['call', 'useeffect', 'here', 'effect']);
  });
  it('expands synonyms at half weight and adds phrase bigrams', () => {
    const query = queryTerms('k8s ingress');
    expect(query.get('k8s')).toBe(1);
    expect(query.get('kubernet')).toBe(0.5);
    expect(query.get('k8s_ingress')).toBe(1);
  });
});

describe('skillpack search and prompt', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8' });
  it('prints [{name, score}] best first with --format json', () => {
    const { status, stdout } = run(['search', 'helm rollback', '--bundle', 'out/skills.json', '--format', 'json', '--limit', '2']);
    expect(status).toBe(0);
    const results = JSON.parse(stdout);
    expect(results[0].name).toBe('helm');
    expect(Object.keys(results[0])).toEqual(['name', 'score']);
    expect(results.length).toBeLessThanOrEqual(2);
  });
  it('compiles the project catalog on demand when no bundle is given', () => {
    const { status, stdout } = run(['search', 'dockerfile multi-stage', '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)[0].name).toBe('docker');
    expect(run(['prompt', '--budget', '1000']).stdout).toMatch(/^<available_skills>\n/);
  });
  it('prompt --budget --task lists the most relevant skills and reports the rest on stderr', () => {
    const data = JSON.parse(readFileSync(bundleFile, 'utf8'));
    const cost = (name: string) => data.skills.find((s: { name: string }) => s.name === name).stats.metadataTokens;
    const budget = String(cost('helm'));
    const relevant = run(['prompt', '--bundle', 'out/skills.json', '--budget', budget, '--task', 'roll back a helm release']);
    expect(relevant.status).toBe(0);
    expect(relevant.stdout.match(/<name>\n([^\n]+)\n/g)).toEqual(['<name>\nhelm\n']);
    expect(relevant.stderr).toBe(`skillpack: listed 1 of 4 skills within --budget ${budget} (the most relevant to the task); 3 left out\n`);
    const balanced = run(['prompt', '--bundle', 'out/skills.json', '--budget', String(cost('docker') + cost('react'))]);
    expect(balanced.stdout.match(/<name>\n([^\n]+)\n/g)).toEqual(['<name>\ndocker\n', '<name>\nreact\n']);
    expect(balanced.stderr).toContain('(categories taking turns); 2 left out');
    const everything = run(['prompt', '--bundle', 'out/skills.json']);
    expect(everything.stderr).toBe('');
  });
  it('reports a tampered bundle without a stack trace', () => {
    const data = JSON.parse(readFileSync(bundleFile, 'utf8'));
    data.skills[0].description = 'changed';
    writeFileSync(join(root, 'bad.json'), JSON.stringify(data));
    const { status, stderr } = run(['search', 'x', '--bundle', 'bad.json']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^skillpack: Bundle failed verification: skill "docker"/);
    expect(run(['search']).status).toBe(2);
    expect(run(['search', 'x', '--limit', '0']).status).toBe(2);
  });
});
