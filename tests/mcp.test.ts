import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { SkillsClient } from '@modelcontextprotocol/client/ext/skills';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundle } from '../src/runtime/index.ts';
import { BODY_FILLER, bundleOf, makeTree, runCli, skillRecord, triggerFilesAt, VALID_TRIGGER_FILES } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../bin/skillpack.js');

/** Checked today, so the catalog preset's freshness rule has nothing to say about the fixture. */
const TODAY = new Date().toISOString().slice(0, 10);

const ALPHA = [
  '---',
  'name: alpha-deploy',
  'description: Deploys alpha services to a cluster with rolling updates. Use when shipping an alpha service.',
  'license: MIT',
  'metadata:',
  '  kind: procedure',
  '  tags: deploy rollout',
  `  verified: "${TODAY}"`,
  '  tested-with: "kubectl 1.34"',
  '  aliases: alpha-ship',
  '---',
  '# Alpha deploy',
  '',
  'Roll out with care. See [the checklist](references/checklist.md).',
  '',
  '## Steps',
  '',
  '1. Drain the node; `kubectl get nodes` shows it unschedulable.',
  '',
  BODY_FILLER,
  '',
].join('\n');
const BETA = `---\nname: beta-logs\ndescription: Reads and filters beta service logs. Use when searching logs for errors.\nmetadata:\n  kind: reference\n  tags: logs\n  verified: "${TODAY}"\n  tested-with: "grep 3.11"\n---\n# Beta logs\n\nGrep the logs.\n\n## Commands\n\n| command | finds |\n| --- | --- |\n| \`grep ERROR app.log\` | errors |\n\n${BODY_FILLER}\n`;

function project() {
  return makeTree({
    'skillpack.config.json': JSON.stringify({ catalog: 'skills' }),
    'skills/categories.yaml': 'ops:\n  title: Operations\n  description: Running services.\n',
    'skills/ops/alpha-deploy/SKILL.md': ALPHA,
    'skills/ops/alpha-deploy/references/checklist.md': '# Checklist\n\n- Drain the node first.\n',
    ...triggerFilesAt('skills/ops/alpha-deploy'),
    'skills/ops/beta-logs/SKILL.md': BETA,
    // Queries of its own, so the two fixture skills do not overlap in their evals.
    'skills/ops/beta-logs/evals/train_queries.json': JSON.stringify([...['grep the logs', 'find errors in logs', 'filter log lines'].map((query) => ({ query, should_trigger: true })), { query: 'deploy a service', should_trigger: false }, { query: 'roll back', should_trigger: false }]),
    'skills/ops/beta-logs/evals/validation_queries.json': JSON.stringify([...['tail the service logs', 'search logs for a request id'].map((query) => ({ query, should_trigger: true })), { query: 'scale the cluster', should_trigger: false }]),
  });
}

const open: Client[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.close()));
});

/** Starts `skillpack mcp` as a child process and connects the SDK's client to it over stdio. */
async function connect(cwd: string, args: string[]) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', ...args], cwd, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'skillpack-test', version: '1.0.0' });
  await client.connect(transport);
  open.push(client);
  return { client, skills: new SkillsClient(client), stderr: () => stderr };
}

const sha = (text: string | Uint8Array) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

describe('skillpack mcp', { timeout: 60_000 }, () => {
  const root = project();
  const built = runCli(['build', '--out', 'out'], root);
  const bundleFile = join(root, 'out/skills.json');

  it('builds the fixture', () => {
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
  });

  it('publishes every skill through the skills extension: verbatim frontmatter, complete file list, digests', async () => {
    const { client, skills } = await connect(root, ['--bundle', 'out/skills.json']);
    expect(skills.supported).toBe(true);
    const { skills: entries, invalid } = await skills.list();
    expect(invalid).toEqual([]);
    expect(entries.map((entry) => entry.uri)).toEqual(['skill://alpha-deploy/SKILL.md', 'skill://beta-logs/SKILL.md']);
    const alpha = entries[0]!;
    expect(alpha.frontmatter).toEqual({
      name: 'alpha-deploy',
      description: 'Deploys alpha services to a cluster with rolling updates. Use when shipping an alpha service.',
      license: 'MIT',
      metadata: { kind: 'procedure', tags: 'deploy rollout', aliases: 'alpha-ship', verified: TODAY, 'tested-with': 'kubectl 1.34' },
    });
    const checklist = '# Checklist\n\n- Drain the node first.\n';
    expect(alpha.resources).toEqual([
      { uri: 'skill://alpha-deploy/SKILL.md', digest: sha(ALPHA), size: Buffer.byteLength(ALPHA) },
      ...Object.entries(VALID_TRIGGER_FILES).map(([path, text]) => ({ uri: `skill://alpha-deploy/${path}`, digest: sha(text), size: Buffer.byteLength(text) })),
      { uri: 'skill://alpha-deploy/references/checklist.md', digest: sha(checklist), size: Buffer.byteLength(checklist) },
    ]);
    // The digests are the bundle's own.
    const record = (await loadBundle(bundleFile)).get('alpha-deploy')!;
    expect(record.files.map((file) => `sha256:${file.sha256}`).sort()).toEqual(alpha.resources !== 'dynamic' ? alpha.resources.map((r) => r.digest).sort() : []);

    // The client verifies size, digest and (for SKILL.md) frontmatter on every read.
    const skillFile = await skills.read(alpha);
    expect(skillFile.verified).toBe(true);
    expect(skillFile.text).toBe(ALPHA);
    expect((await skills.read(alpha, 'references/checklist.md')).text).toBe(checklist);
    expect((await skills.get('skill://beta-logs/SKILL.md')).skill.frontmatter.name).toBe('beta-logs');
    await expect(skills.get('skill://gamma/SKILL.md')).rejects.toThrow(/gamma/);

    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(expect.arrayContaining(['skill://alpha-deploy/SKILL.md', 'skill://beta-logs/SKILL.md']));
    const listed = resources.find((resource) => resource.uri === 'skill://alpha-deploy/SKILL.md')!;
    expect(listed).toMatchObject({ name: 'alpha-deploy', mimeType: 'text/markdown', description: alpha.frontmatter.description });
  });

  it('ranks with the runtime and returns skills by name or alias', async () => {
    const { client, stderr } = await connect(root, ['--bundle', 'out/skills.json']);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['get_skill', 'search_skills']);

    const bundle = await loadBundle(bundleFile);
    const query = 'search the logs for errors';
    const search = await client.callTool({ name: 'search_skills', arguments: { query, limit: 5 } });
    const results = (search.structuredContent as { results: Array<{ name: string; score: number; uri: string | null }> }).results;
    expect(results.map(({ name, score }) => ({ name, score }))).toEqual(bundle.search(query, { limit: 5 }).map(({ name, score }) => ({ name, score })));
    expect(results[0]).toMatchObject({ name: 'beta-logs', uri: 'skill://beta-logs/SKILL.md' });
    const filtered = await client.callTool({ name: 'search_skills', arguments: { query, category: 'nothing' } });
    expect((filtered.structuredContent as { results: unknown[] }).results).toEqual([]);

    const byAlias = await client.callTool({ name: 'get_skill', arguments: { name: 'alpha-ship' } });
    expect(byAlias.isError).toBeFalsy();
    expect(byAlias.content).toEqual([{ type: 'text', text: ALPHA }]);
    expect(byAlias.structuredContent).toMatchObject({ name: 'alpha-deploy', uri: 'skill://alpha-deploy/SKILL.md' });

    const missing = await client.callTool({ name: 'get_skill', arguments: { name: 'nope' } });
    expect(missing.isError).toBe(true);
    const invalid = await client.callTool({ name: 'search_skills', arguments: { query: 'x', limit: 1000 } });
    expect(invalid.isError).toBe(true);
    expect(stderr()).toMatch(/serving 2 skills on stdio/);
  });

  it('serves the project catalog from its sources without --bundle', async () => {
    const { skills } = await connect(root, []);
    const { skills: entries } = await skills.list();
    expect(entries.map((entry) => entry.uri)).toEqual(['skill://alpha-deploy/SKILL.md', 'skill://beta-logs/SKILL.md']);
    expect((await skills.read(entries[0]!, 'references/checklist.md')).verified).toBe(true);
  });

  it('serves a single-file skill of a tree without a project file', async () => {
    const text = '---\nname: gamma-notes\ndescription: Keeps gamma notes. Use when writing notes.\n---\n# Gamma\n';
    const tree = makeTree({ 'skills/tools/gamma-notes.md': text });
    const { skills } = await connect(tree, []);
    const { skills: entries } = await skills.list();
    expect(entries.map((entry) => [entry.uri, entry.resources])).toEqual([
      ['skill://gamma-notes/SKILL.md', [{ uri: 'skill://gamma-notes/SKILL.md', digest: sha(text), size: Buffer.byteLength(text) }]],
    ]);
    expect((await skills.read(entries[0]!)).text).toBe(text);
    // Built, it is served from the build output's folder for it.
    expect(runCli(['build', '--out', 'out'], tree).code).toBe(0);
    const built = await connect(tree, ['--bundle', 'out/skills.json']);
    expect((await built.skills.list()).skills.map((entry) => entry.uri)).toEqual(['skill://gamma-notes/SKILL.md']);
  });

  it('refuses an unreadable bundle with a message on stderr and exit code 1', () => {
    const result = runCli(['mcp', '--bundle', 'missing.json'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Cannot read bundle/);
  });
});

describe('skillpack mcp with a hostile bundle', { timeout: 60_000 }, () => {
  it('reads nothing outside the bundle folder and nothing that does not match the bundle', async () => {
    const root = makeTree({ 'secret.txt': 'top secret\n' });
    const secret = readFileSync(join(root, 'secret.txt'));
    const secretFile = { size: secret.length, sha256: createHash('sha256').update(secret).digest('hex') };
    const skillText = '---\nname: evil\ndescription: Looks harmless. Use when testing.\n---\n# Evil\n';
    const skillFile = { path: 'SKILL.md', size: Buffer.byteLength(skillText), sha256: createHash('sha256').update(skillText).digest('hex') };
    const linkedText = '---\nname: linked\ndescription: Linked. Use when testing.\n---\n# Linked\n';
    const bundle = bundleOf([
      // Paths that climb out of the skill folder, and a category that would climb out of plugins/.
      skillRecord('evil', { category: '../..', files: [skillFile, { path: '../../../secret.txt', ...secretFile }, { path: '/etc/passwd', ...secretFile }] }),
      // A skill folder that is a symlink to somewhere else.
      skillRecord('linked', { category: 'ops', files: [{ path: 'SKILL.md', size: Buffer.byteLength(linkedText), sha256: createHash('sha256').update(linkedText).digest('hex') }] }),
      // A file whose content differs from the bundle's digest.
      skillRecord('tampered', { category: 'ops', files: [skillFile] }),
    ]);
    mkdirSync(join(root, 'out/plugins/uncategorized/evil'), { recursive: true });
    writeFileSync(join(root, 'out/plugins/uncategorized/evil/SKILL.md'), skillText);
    mkdirSync(join(root, 'elsewhere'), { recursive: true });
    writeFileSync(join(root, 'elsewhere/SKILL.md'), linkedText);
    mkdirSync(join(root, 'out/plugins/ops'), { recursive: true });
    symlinkSync(join(root, 'elsewhere'), join(root, 'out/plugins/ops/linked'));
    mkdirSync(join(root, 'out/plugins/ops/tampered'), { recursive: true });
    writeFileSync(join(root, 'out/plugins/ops/tampered/SKILL.md'), skillText.replace('harmless', 'harmful'));
    writeFileSync(join(root, 'out/skills.json'), JSON.stringify(bundle));

    const { client, skills, stderr } = await connect(root, ['--bundle', 'out/skills.json']);
    const { skills: entries } = await skills.list();
    // Only `evil` is served, with its SKILL.md alone: the climbing paths are dropped, the symlinked and the tampered skills skipped.
    expect(entries.map((entry) => entry.uri)).toEqual(['skill://evil/SKILL.md']);
    expect(entries[0]!.resources).toEqual([{ uri: 'skill://evil/SKILL.md', digest: `sha256:${skillFile.sha256}`, size: skillFile.size }]);
    for (const uri of ['skill://evil/../../../secret.txt', 'skill://evil/%2e%2e/%2e%2e/%2e%2e/secret.txt', 'skill://linked/SKILL.md', 'skill://tampered/SKILL.md']) {
      await expect(client.readResource({ uri }), uri).rejects.toThrow();
    }
    const all = JSON.stringify(await client.callTool({ name: 'get_skill', arguments: { name: 'evil' } }));
    expect(all).not.toContain('top secret');
    // Searching still works for every skill: the bundle itself was verified.
    const search = await client.callTool({ name: 'search_skills', arguments: { query: 'linked' } });
    expect((search.structuredContent as { results: Array<{ name: string; uri: string | null }> }).results[0]).toEqual(expect.objectContaining({ name: 'linked', uri: null }));
    expect(stderr()).toMatch(/not a plain relative path/);
  });
});
