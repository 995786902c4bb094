import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_LINT_CONFIG, type LintConfig } from '../core/config.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import type { Acknowledged } from '../core/directives.ts';
import type { Profile } from '../core/profiles.ts';
import { lintTree } from '../core/lint.ts';
import type { Preset, SkillSummary } from '../core/rules/types.ts';
import type { SkillRecord } from '../core/schema.ts';
import type { MarkdownParser, ParsedSkill, SkillSource } from '../core/skill.ts';
import { defaultCacheFile, SkillCache } from './cache.ts';
import { loadCategories, loadProjectConfig } from './config.ts';
import { discoverSkills, type FoundSkill } from './discover.ts';
import { processSkill, type SkillJob, type SkillOutcome } from './process.ts';
import { readSkillFile, relativePosix, scanResources } from './read.ts';
import { BATCH_SIZE, threadCount, WORKER_THRESHOLD, WorkerPool } from './workers.ts';

export interface CheckOptions {
  cwd: string;
  paths: readonly string[];
  /** Overrides the preset chosen from the project config. */
  preset?: Preset;
  /** Overrides the agent profile chosen from the project config (default: the specification's). */
  profile?: Profile;
  /** Also compile every skill without errors into a bundle record. */
  compile?: boolean;
  /** Read and write the incremental cache (default true). */
  cache?: boolean;
  /** Cache file to use instead of the default location. */
  cacheFile?: string;
  /** Keep each skill's text in the result (default true); a plain check drops it to save memory. */
  retainText?: boolean;
}

export interface CheckedSkill {
  found: FoundSkill;
  source: SkillSource;
  /** Parsed form; null when the result came from the cache. */
  parsed: ParsedSkill | null;
  skillFile: { size: number; sha256: string };
  diagnostics: Diagnostic[];
  /** Findings acknowledged by ignore directives. */
  acknowledged: Acknowledged[];
  summary: SkillSummary;
  /** Present when compiling was asked for and the skill has no errors. */
  record: SkillRecord | null;
}

export interface CheckResult {
  config: LintConfig;
  skills: CheckedSkill[];
  diagnostics: Diagnostic[];
  /** Number of files checked (SKILL.md files plus the categories file when used). */
  files: number;
  missing: string[];
  /** Skills answered from the cache. */
  cacheHits: number;
  /** Findings acknowledged by ignore directives, over all skills. */
  acknowledged: Acknowledged[];
}

export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  const cwd = resolve(options.cwd);
  const project = loadProjectConfig(cwd);
  const discovery = discoverSkills(options.paths, project?.catalogRoot ?? null);
  const inCatalog = project !== null && discovery.skills.length > 0 && discovery.skills.every((skill) => skill.treeRoot === project.catalogRoot);
  const preset = options.preset ?? (inCatalog ? project.preset : 'default');
  const diagnostics: Diagnostic[] = [];
  let categories: LintConfig['categories'] = null;
  let files = 0;
  if (inCatalog && preset === 'catalog') {
    const loaded = loadCategories(project.categoriesFile, display(cwd, project.categoriesFile));
    categories = loaded.categories;
    diagnostics.push(...loaded.diagnostics);
    files++;
  }
  const profile = options.profile ?? project?.profile ?? DEFAULT_LINT_CONFIG.profile;
  const config: LintConfig = { ...DEFAULT_LINT_CONFIG, preset, profile, categories, allowedInstallers: project?.allowedInstallers ?? DEFAULT_LINT_CONFIG.allowedInstallers };
  const useCache = options.cache !== false;
  const cache = new SkillCache(useCache ? (options.cacheFile ?? defaultCacheFile(cwd, options.paths)) : null);
  const compile = options.compile === true;

  // Only the frontmatter-only spec preset skips bodies and resource files.
  const markdown = preset !== 'spec' || compile;
  const configKey = JSON.stringify([config, compile]);
  const threads = threadCount();
  // Workers pay off only for many cache misses; they start at the first miss, so warm runs never start them.
  const poolWanted = markdown && discovery.skills.length >= WORKER_THRESHOLD && threads > 1;
  let pool: WorkerPool | null = null;
  let parseMarkdown: MarkdownParser | null = null;
  const retainText = options.retainText !== false;

  const realRoots = new Map<string, string>();
  const skills: CheckedSkill[] = [];
  let cacheHits = 0;
  let batch: Array<{ skill: CheckedSkill; key: string; job: SkillJob }> = [];
  const inFlight: Promise<void>[] = [];

  const settle = (skill: CheckedSkill, key: string, outcome: SkillOutcome & { parsed?: ParsedSkill | null }) => {
    skill.diagnostics = outcome.diagnostics;
    skill.acknowledged = outcome.acknowledged;
    skill.summary = outcome.summary;
    skill.record = outcome.record;
    skill.parsed = outcome.parsed ?? null;
    if (outcome.failed) return;
    cache.set(key, {
      diagnostics: outcome.diagnostics,
      acknowledged: outcome.acknowledged,
      summary: outcome.summary,
      ...(outcome.record ? { record: { ...withoutBody(outcome.record), bodyOffset: outcome.bodyOffset } } : {}),
    });
  };
  const flush = async () => {
    if (!pool || batch.length === 0) return;
    const sent = batch;
    batch = [];
    const { done } = await pool.submit(sent.map((item) => item.job));
    inFlight.push(done.then((outcomes) => sent.forEach((item, i) => settle(item.skill, item.key, outcomes[i]!))));
    if (!retainText) for (const item of sent) dropText(item.skill.source);
  };

  try {
    for (const found of discovery.skills) {
      let realRoot = realRoots.get(found.treeRoot);
      if (realRoot === undefined) {
        realRoot = realpathSync(found.treeRoot);
        realRoots.set(found.treeRoot, realRoot);
      }
      const file = display(cwd, found.absolutePath);
      const read = readSkillFile(found.absolutePath, file, realRoot);
      const resources =
        markdown && found.entries && read.text !== null
          ? scanResources(dirname(found.absolutePath), config.maxResourceBytes, found.entries)
          : { files: [], texts: {} };
      const source: SkillSource = {
        file,
        sourcePath: found.sourcePath,
        expectedName: found.expectedName,
        category: found.category,
        layout: found.layout,
        text: read.text,
        files: resources.files,
        resourceTexts: resources.texts,
        readDiagnostics: read.diagnostics,
      };
      const skillFile = { size: read.size, sha256: read.sha256 };
      files++;

      const { entries: _entries, ...location } = found;
      const key = SkillCache.key([configKey, file, location, read.sha256, read.diagnostics, resources.files, resources.texts]);
      const cached = read.text === null ? undefined : cache.get(key);
      if (cached && (!compile || cached.record || cached.diagnostics.some((d) => d.severity === 'error'))) {
        cacheHits++;
        const record = cached.record ? withBody(cached.record, read.text!) : null;
        skills.push({ found, source, parsed: null, skillFile, diagnostics: cached.diagnostics, acknowledged: cached.acknowledged, summary: cached.summary, record });
        if (!retainText) dropText(source);
        continue;
      }
      const skill: CheckedSkill = { found, source, parsed: null, skillFile, diagnostics: [], acknowledged: [], summary: { file, name: null }, record: null };
      skills.push(skill);
      if (poolWanted) pool ??= new WorkerPool(threads, { config, compile, markdown });
      else if (markdown && !parseMarkdown) {
        parseMarkdown = (await import('../core/markdown.ts')).parseMarkdown;
        await (await import('./grammars.ts')).installNodeGrammars();
      }
      if (pool) {
        batch.push({ skill, key, job: { source, skillFile } });
        if (batch.length >= BATCH_SIZE) await flush();
      } else {
        settle(skill, key, processSkill({ source, skillFile }, config, compile, parseMarkdown));
        if (!retainText) {
          dropText(source);
          skill.parsed = null;
        }
      }
    }
    await flush();
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  cache.save();

  for (const skill of skills) diagnostics.push(...skill.diagnostics);
  diagnostics.push(...lintTree(skills.map((skill) => skill.summary), config));
  diagnostics.sort(compareDiagnostics);
  return { config, skills, diagnostics, files, missing: discovery.missing, cacheHits, acknowledged: skills.flatMap((skill) => skill.acknowledged) };
}

/** Forgets a skill's text once it has been checked (only the diagnostics are still needed). */
function dropText(source: SkillSource): void {
  source.text = null;
  source.resourceTexts = {};
}

function withoutBody(record: SkillRecord): Omit<SkillRecord, 'body'> {
  const { body: _body, ...rest } = record;
  return rest;
}

function withBody(cached: Omit<SkillRecord, 'body'> & { bodyOffset: number }, text: string): SkillRecord {
  const { bodyOffset, ...rest } = cached;
  return { ...rest, body: text.slice(bodyOffset) };
}

function display(cwd: string, absolute: string): string {
  return relativePosix(cwd, absolute) || '.';
}
