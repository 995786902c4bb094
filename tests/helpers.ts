import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_LINT_CONFIG, type LintConfig } from '../src/core/config.ts';
import type { Diagnostic } from '../src/core/diagnostics.ts';
import { lintSkill, lintTree, summarize } from '../src/core/lint.ts';
import { parseMarkdown } from '../src/core/markdown.ts';
import { assembleBundle, recordDigest } from '../src/core/compile.ts';
import type { Bundle, SkillRecord } from '../src/core/schema.ts';
import { parseSkill, type ParsedSkill, type SkillFile, type SkillSource } from '../src/core/skill.ts';
import { installNodeGrammars } from '../src/node/grammars.ts';
import { installNodeTokenizer } from '../src/node/tokenizer.ts';

installNodeTokenizer();
await installNodeGrammars();

export interface SourceOptions {
  name?: string;
  category?: string | null;
  layout?: 'folder' | 'file';
  files?: string[];
  resourceTexts?: Record<string, string>;
}

export function sourceOf(text: string, options: SourceOptions = {}): SkillSource {
  const name = options.name ?? 'my-skill';
  const category = options.category === undefined ? 'tools' : options.category;
  const sourcePath = [category, name, 'SKILL.md'].filter(Boolean).join('/');
  return {
    file: `skills/${sourcePath}`,
    sourcePath,
    expectedName: name,
    category,
    layout: options.layout ?? 'folder',
    text,
    files: (options.files ?? []).map((path): SkillFile => ({ path, size: 1, sha256: 'a'.repeat(64), kind: 'file', executable: false, content: 'text' })),
    resourceTexts: options.resourceTexts ?? {},
    readDiagnostics: [],
  };
}

export function parse(text: string, options: SourceOptions = {}): ParsedSkill {
  return parseSkill(sourceOf(text, options), parseMarkdown);
}

export const CATALOG_CONFIG: LintConfig = {
  ...DEFAULT_LINT_CONFIG,
  preset: 'catalog',
  categories: { tools: { title: 'Tools', description: 'Tools.' } },
};

export function lint(text: string, options: SourceOptions & { config?: Partial<LintConfig> } = {}): Diagnostic[] {
  const config = { ...DEFAULT_LINT_CONFIG, ...options.config };
  const skill = parse(text, options);
  return [...lintSkill(skill, config).diagnostics, ...lintTree([summarize(skill)], config)];
}

/** Diagnostics of one rule as `line:column` strings, the form fixture tests state. */
export function at(diagnostics: readonly Diagnostic[], rule: string): string[] {
  return diagnostics.filter((d) => d.rule === rule).map((d) => `${d.line}:${d.column}`);
}

export function skillText(frontmatter: string, body = '# Title\n\nBody text.\n'): string {
  return `---\n${frontmatter}\n---\n${body}`;
}

/** `metadata` lines that satisfy the catalog preset's freshness rule today (the date is today's, so they never go stale). */
/** The frontmatter of the skill the threat tests put their code in. */
export const THREAT_TEST_FRONTMATTER = 'name: my-skill\ndescription: Helps with the build. Use when the build needs care.';

/** That skill with one fenced block of code; the block's first code line is line 8. */
export function fencedSkill(language: string, code: string): string {
  return skillText(THREAT_TEST_FRONTMATTER, `# T\n\n\`\`\`${language}\n${code}\n\`\`\`\n`);
}

/** `rule line:column severity` of every threat finding of a skill. */
export function threatFindings(text: string, options: SourceOptions & { config?: Partial<LintConfig> } = {}): string[] {
  return lint(text, options)
    .filter((d) => d.rule.startsWith('threat/'))
    .map((d) => `${d.rule} ${d.line}:${d.column} ${d.severity}`);
}

export const FRESH_METADATA = `\n  verified: "${new Date().toISOString().slice(0, 10)}"\n  tested-with: "bash 5.2"`;

/** 150 lines of prose, so a fixture body has the length the catalog preset's skill-structure rule asks for. */
export const BODY_FILLER = Array.from({ length: 150 }, (_, i) => `Reference line ${i}.`).join('\n');

/** The older `evals/triggers.json` format, still read (with a deprecation warning). */
export const VALID_TRIGGERS = JSON.stringify({
  should_trigger: ['one task', 'two task', 'three task', 'four task', 'five task'],
  should_not_trigger: ['near one', 'near two', 'near three'],
});

const query = (text: string, shouldTrigger: boolean) => ({ query: text, should_trigger: shouldTrigger });
/** Valid trigger queries in the Agent Skills format, by path relative to the skill folder. */
export const VALID_TRIGGER_FILES: Record<string, string> = {
  'evals/train_queries.json': JSON.stringify([query('one task', true), query('two task', true), query('three task', true), query('near one', false), query('near two', false)]),
  'evals/validation_queries.json': JSON.stringify([query('four task', true), query('five task', true), query('near three', false)]),
};

/** The same files under a skill folder of a tree (`skills/tools/alpha`). */
export function triggerFilesAt(skillFolder: string): Record<string, string> {
  return Object.fromEntries(Object.entries(VALID_TRIGGER_FILES).map(([path, text]) => [`${skillFolder}/${path}`, text]));
}

/** Writes a tree of files under a fresh temporary folder and returns its path. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'skillpack-test-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

/** Every SKILL.md of the project's own catalog, sorted. */
export function catalogSkillFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === 'SKILL.md') files.push(path);
    }
  };
  walk(resolve(import.meta.dirname, '../skills'));
  return files.sort();
}

/** A bundle record with a correct digest, for bundles built by hand (fields the compiler would refuse included). */
export function skillRecord(name: string, fields: Partial<Omit<SkillRecord, 'digest'>> = {}): SkillRecord {
  const record: Omit<SkillRecord, 'digest'> = {
    name,
    description: `Does ${name}.`,
    category: 'tools',
    path: `tools/${name}/SKILL.md`,
    license: null,
    compatibility: null,
    metadata: {},
    allowedTools: null,
    tags: [name],
    aliases: [],
    headings: [],
    summary: '',
    stats: { lines: 1, words: 1, bodyTokens: 1, metadataTokens: 10 },
    acknowledged: [],
    files: [{ path: 'SKILL.md', size: 1, sha256: 'a'.repeat(64) }],
    body: `${name} body`,
    ...fields,
  };
  return { ...record, digest: recordDigest(record) };
}

/** A self-consistent bundle of these records: every digest matches, whatever the records hold. */
export function bundleOf(records: readonly SkillRecord[]): Bundle {
  return assembleBundle(records);
}

/** Polls `probe` every half second until it gives a value (null and errors mean "not yet"), failing after `seconds`. */
export async function until<T>(probe: () => Promise<T | null>, seconds: number, what: string): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 500));
  }
}

const BIN = resolve(import.meta.dirname, '../bin/skillpack.js');

/** Runs the `skillpack` command as a user would, without colour. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The contents of a cache file: after the line with its MAC, a line with the stamps and tree findings and a
 * line with the entries, merged into one object.
 */
export function readCacheFile(file: string): Record<string, any> {
  const [, head = '{}', entries = '{}'] = readFileSync(file, 'latin1').split('\n');
  return { ...JSON.parse(head), ...JSON.parse(entries) };
}

/**
 * The skill of a threat probe: a name made from what it tests, its description, and its body as a fenced block of
 * `language` (the code from line 8) or, for `prose`, as text (from line 7).
 */
export function probeSkill(probe: { what: string; description: string; language: string; body: string }): string {
  const frontmatter = `name: ${probe.what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}\ndescription: ${probe.description}`;
  const body = probe.language === 'prose' ? `# T\n\n${probe.body}\n` : `# T\n\n\`\`\`${probe.language}\n${probe.body}\n\`\`\`\n`;
  return skillText(frontmatter, body);
}
