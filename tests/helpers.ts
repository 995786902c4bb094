import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  const body = probe.language === 'prose' ? `# T\n\n${probe.body}\n` : `# T\n\n\`\`\`${probe.language}\n${probe.body}\n\`\`\`\n`;
  return skillText(probeFrontmatter(probe), body);
}

/** The frontmatter of a probe's skill: a name made from what it tests, and its description. */
function probeFrontmatter(probe: { what: string; description: string }): string {
  return `name: ${probe.what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}\ndescription: ${probe.description}`;
}

/** Lines of one script. */
export const lines = (...text: string[]) => text.join('\n');

/** Threat findings of the threat tests' skill whose body is the given prose (from line 7). */
export function proseThreats(body: string): string[] {
  return threatFindings(skillText(THREAT_TEST_FRONTMATTER, `# T\n\n${body}\n`));
}

/** The errors among threat findings, as `rule line:column` (`rule file line:column` for a file's). */
export function threatErrors(findings: readonly string[]): string[] {
  return findings.filter((finding) => finding.endsWith(' error')).map((finding) => finding.slice(0, -' error'.length));
}

/** `rule file line:column severity` of every threat finding of the skill `text`, which ships `files` (path to text). */
export function shippedThreats(text: string, files: Record<string, string>): string[] {
  return lint(text, { files: Object.keys(files), resourceTexts: files })
    .filter((d) => d.rule.startsWith('threat/'))
    .map((d) => `${d.rule} ${d.file.split('/').pop()} ${d.line}:${d.column} ${d.severity}`);
}

/** The frontmatter of the skill the file tests ship their scripts in. */
export const FILE_TEST_FRONTMATTER = 'name: dev-setup\ndescription: Sets up the development machine. Use when starting on the project.';

/**
 * `rule file line:column severity` of every threat finding of a skill made of `files` (path to text), its body naming
 * them all on one line after `verb` (`Use \`a\`, \`b\`.`); the skill is the file tests' unless `frontmatter` is given.
 */
export function fileThreats(files: Record<string, string>, options: { frontmatter?: string; verb?: string } = {}): string[] {
  const named = Object.keys(files).map((path) => `\`${path}\``).join(', ');
  return shippedThreats(skillText(options.frontmatter ?? FILE_TEST_FRONTMATTER, `# T\n\n${options.verb ?? 'Use'} ${named}.\n`), files);
}

/** A probe of the threat grids: the skill `probeSkill` makes of it, or with `files` a skill shipping them. */
export interface ThreatProbe {
  what: string;
  /** The skill's description, which states the purpose its code must stay within. */
  description: string;
  /** A fenced block's language, or `prose` for a body written as text; ignored when the code is in `files`. */
  language: string;
  /** The code or text, whole or as its lines. */
  body: string | string[];
  /** Files of the skill (path to text); when given, the body is prose naming them and `at` says `file line:column`. */
  files?: Record<string, string>;
  /** The rule of the `at` errors when it is not the grid's (`threat/` may be left off). */
  rule?: string;
  /** `line:column` of each error of the rule; absent for a careful tool. */
  at?: string | string[];
  /** Findings of other rules or severities the same code also gets, whole (`threat/exfiltration 10:1 error`); for a careful tool, the warnings a reviewer should still see. */
  also?: string[];
  /** Whole findings expected, for grids that state every finding so (`threat/destructive 10:1 error`). */
  expected?: string[];
  /** Why the analysis does not read this probe yet, when it does not (an expected failure). */
  notYet?: string;
}

/** `rule line:column severity` (with `files`, `rule file line:column severity`) of every threat finding of a probe. */
export function probeThreats(probe: ThreatProbe): string[] {
  const body = [probe.body].flat().join('\n');
  if (!probe.files) return threatFindings(probeSkill({ ...probe, body }));
  return shippedThreats(skillText(probeFrontmatter(probe), `# T\n\n${body}\n`), probe.files);
}

/**
 * What the test of each probe asks of its findings:
 * - `caught`: exactly an error of the probe's rule (or the grid's) at each `at`, with its `also` and `expected` findings, in any order;
 * - `caught errors`: the same of its errors alone;
 * - `clean`: exactly its `also` or `expected` findings (none for most), in order;
 * - `clean of errors`: no error;
 * - `holds error`: among its errors, the one `at` gives whole (`rule line:column`).
 */
export type ProbeCheck = 'caught' | 'caught errors' | 'clean' | 'clean of errors' | 'holds error';

/** A `describe` with one test per probe, named by what it tests, an expected failure when the probe is `notYet` read. */
export function describeProbes(title: string, probes: readonly ThreatProbe[], check: ProbeCheck, rule?: string): void {
  describe(title, () => {
    for (const probe of probes) {
      (probe.notYet ? it.fails : it)(probe.what, () => {
        const findings = probeThreats(probe);
        const errors = findings.filter((finding) => finding.endsWith(' error'));
        const named = probe.rule ?? rule ?? '';
        const caught = [probe.at ?? []].flat().map((at) => `${named.startsWith('threat/') ? named : `threat/${named}`} ${at} error`);
        const stated = [...(probe.also ?? []), ...(probe.expected ?? [])];
        if (check === 'caught') expect(findings.sort()).toEqual([...caught, ...stated].sort());
        else if (check === 'caught errors') expect(errors.sort()).toEqual([...caught, ...stated].sort());
        else if (check === 'clean') expect(findings).toEqual(stated);
        else if (check === 'clean of errors') expect(errors).toEqual([]);
        else expect(errors).toContain(`${probe.at} error`);
      });
    }
  });
}

/** A probe of the agent-manipulation grids: a skill of its own description, extra frontmatter lines and body lines. */
export interface AgentProbe {
  what: string;
  description: string;
  /** Frontmatter lines after the description; without them the body starts on line 5. */
  frontmatter?: string[];
  lines: string[];
  /** Files the skill sends the agent to (path to text). */
  files?: Record<string, string>;
  /** `rule line:column` of an error a malicious probe must raise; absent for a careful one, which must raise none. */
  at?: string;
  /** Why the probe is not read (an expected failure). */
  fails?: string;
}

/** `rule line:column` of each error of an agent probe's skill. */
export function agentProbeErrors(probe: AgentProbe): string[] {
  const frontmatter = ['name: my-skill', `description: ${JSON.stringify(probe.description)}`, ...(probe.frontmatter ?? [])].join('\n');
  return threatErrors(threatFindings(skillText(frontmatter, `${probe.lines.join('\n')}\n`), probe.files ? { files: Object.keys(probe.files), resourceTexts: probe.files } : {}));
}

/** A `describe` with one test per agent probe: a malicious one must raise its error, a careful one none. */
export function describeAgentProbes(title: string, probes: readonly AgentProbe[]): void {
  describe(title, () => {
    for (const probe of probes) {
      (probe.fails ? it.fails : it)(probe.what, () => {
        if (probe.at) expect(agentProbeErrors(probe)).toContain(probe.at);
        else expect(agentProbeErrors(probe)).toEqual([]);
      });
    }
  });
}

/** A reading of the agent-manipulation grids: one paragraph of a skill that helps with the project (from line 7). */
export interface Reading {
  what: string;
  text: string;
  /** `rule line:column` of an error a malicious probe must raise; absent for a careful twin that must stay clean. */
  at?: string;
  /** Why the probe is not read (an expected failure). */
  fails?: string;
}

/** A `describe` with one test per reading, as `describeAgentProbes`. */
export function describeReadings(title: string, readings: readonly Reading[]): void {
  describeAgentProbes(title, readings.map((reading) => ({ ...reading, description: 'Helps with the project. Use when the project needs care.', lines: ['# T', '', reading.text] })));
}

/** CPU milliseconds this process spends running `run`. */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * That `analyse` grows linearly on `text` (about a megabyte): its first quarter must take about a quarter of the time
 * (quadratic work would take a sixteenth), and the whole stays within `limitMs` of CPU. Both bounds allow for a 2-core
 * machine whose other test workers share the cores, which slows each run by up to about 1.5× and does so unevenly.
 */
export function expectLinearCpu(analyse: (text: string) => unknown, text: string, limitMs = 2500): void {
  analyse(text.slice(0, 20_000));
  const measure = () => ({ quarter: cpuMs(() => analyse(text.slice(0, text.length >> 2))), whole: cpuMs(() => analyse(text)) });
  let { quarter, whole } = measure();
  // A burst of load during one of the two runs skews their ratio; the least of two tries removes it, a quadratic ratio stays.
  if (whole >= limitMs || whole >= Math.max(8 * quarter, 400)) {
    const again = measure();
    quarter = Math.min(quarter, again.quarter);
    whole = Math.min(whole, again.whole);
  }
  expect(whole).toBeLessThan(limitMs);
  expect(whole).toBeLessThan(Math.max(8 * quarter, 400));
}
