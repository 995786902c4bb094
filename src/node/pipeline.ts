import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_LINT_CONFIG, todayUtc, type LintConfig } from '../core/config.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import type { Acknowledged } from '../core/directives.ts';
import type { Profile } from '../core/profiles.ts';
import type { Preset, SkillSummary } from '../core/rules/types.ts';
import type { SkillRecord } from '../core/schema.ts';
import type { MarkdownParser, ParsedSkill, SkillFile, SkillSource } from '../core/skill.ts';
import { defaultCacheFile, SkillCache } from './cache.ts';
import { loadProjectConfig } from './config.ts';
import { discoverSkills, type FoundSkill } from './discover.ts';
import type { SkillJob, SkillOutcome } from './process.ts';
import { relativePosix } from './paths.ts';
import { MAX_SKILL_FILE_BYTES, readSkillFile, scanResources, stampedResources, stampedSkillFile } from './read.ts';
import { BATCH_SIZE, settleNativeMemory, threadCount, WORKER_THRESHOLD, WorkerPool } from './workers.ts';

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
  /** The date the freshness rule compares against, `YYYY-MM-DD` (default: today, UTC). */
  today?: string;
  /** Told each time a skill has been checked (answered from the cache or not). */
  onProgress?: (done: number, total: number) => void;
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
  /** Files whose content was read (the rest were known unchanged from their metadata). */
  filesRead: number;
}

export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  return (await planCheck(options)).run();
}

/**
 * A check whose skills have been found, not yet run. `inputsKey` names everything its result depends on except
 * the content of `inputFiles`, so that a caller which kept what it made of a result, with the stamps those files
 * had, can give it again while they still have them (see `SkillCache.answer`), without running anything.
 */
export interface CheckPlan {
  /** Null when the cache is off or a path named no skill; made on first use (a build or a site never asks). */
  inputsKey(): string | null;
  /** The files whose content the result depends on: each skill's SKILL.md and, unless only frontmatter is checked, its resource files. */
  inputFiles(): string[];
  cache: SkillCache;
  run(): Promise<CheckResult>;
}

export async function planCheck(options: CheckOptions): Promise<CheckPlan> {
  const run = await prepareRun(options);
  let key: string | null | undefined;
  const inputsKey = () => (key ??= run.cache.enabled && run.discovery.missing.length === 0 ? run.cacheKey(['inputs', run.cwd, run.discovery.skills, run.diagnostics, run.extraFiles]) : null);
  return { inputsKey, inputFiles: () => inputFiles(run), cache: run.cache, run: () => checkPlanned(run, options.onProgress) };
}

function inputFiles(run: Run): string[] {
  const files: string[] = [];
  for (const found of run.discovery.skills) {
    files.push(found.absolutePath);
    if (!run.markdown || !found.entries) continue;
    const folder = dirname(found.absolutePath);
    for (const entry of found.entries) if (entry.type === 'file') files.push(join(folder, entry.path));
  }
  return files;
}

async function checkPlanned(run: Run, onProgress: CheckOptions['onProgress']): Promise<CheckResult> {
  const total = run.discovery.skills.length;
  let done = 0;
  const settled = onProgress ? () => onProgress(++done, total) : () => {};
  const checker = new Checker(run, settled);
  const skills: CheckedSkill[] = [];
  let cacheHits = 0;
  try {
    for (const found of run.discovery.skills) {
      let input = readStamped(found, run) ?? readSkill(found, run);
      const cached = lookUp(found, input, run);
      if (cached) {
        cacheHits++;
        skills.push(cached);
        settled();
        continue;
      }
      if (!input.complete) input = readSkill(found, run);
      const skill: CheckedSkill = { found, source: input.source, parsed: null, skillFile: input.skillFile, diagnostics: [], acknowledged: [], summary: { file: input.source.file, name: null }, record: null };
      skills.push(skill);
      await checker.check(skill, input);
    }
    await checker.finish();
  } finally {
    await checker.close();
  }
  const result = await collect(run, skills, cacheHits);
  run.cache.save();
  return result;
}

/** What one run needs throughout: the configuration, the skills found and the cache. */
interface Run {
  cwd: string;
  config: LintConfig;
  discovery: ReturnType<typeof discoverSkills>;
  /** Diagnostics about the run itself (the categories file). */
  diagnostics: Diagnostic[];
  /** Files checked besides the skills (the categories file). */
  extraFiles: number;
  cache: SkillCache;
  compile: boolean;
  /** Whether bodies and resource files are read: only the frontmatter-only spec preset skips them. */
  markdown: boolean;
  retainText: boolean;
  /** Makes a cache key from the parts of it that are not the configuration and compile flag, which every key holds. */
  cacheKey: (parts: unknown) => string;
  realRoots: Map<string, string>;
  /** Files whose content was read. */
  filesRead: number;
}

async function prepareRun(options: CheckOptions): Promise<Run> {
  const cwd = resolve(options.cwd);
  const project = loadProjectConfig(cwd);
  const discovery = discoverSkills(options.paths, project?.catalogRoot ?? null);
  const inCatalog = project !== null && discovery.skills.length > 0 && discovery.skills.every((skill) => skill.treeRoot === project.catalogRoot);
  const preset = options.preset ?? (inCatalog ? project.preset : 'default');
  const diagnostics: Diagnostic[] = [];
  let categories: LintConfig['categories'] = null;
  let extraFiles = 0;
  if (inCatalog && preset === 'catalog') {
    const { loadCategories } = await import('./categories.ts');
    const loaded = loadCategories(project.categoriesFile, display(cwd, project.categoriesFile));
    categories = loaded.categories;
    diagnostics.push(...loaded.diagnostics);
    extraFiles++;
  }
  const profile = options.profile ?? project?.profile ?? DEFAULT_LINT_CONFIG.profile;
  const config: LintConfig = {
    ...DEFAULT_LINT_CONFIG,
    preset,
    profile,
    categories,
    allowedInstallers: project?.allowedInstallers ?? DEFAULT_LINT_CONFIG.allowedInstallers,
    maxSkillAgeDays: project?.maxSkillAgeDays ?? DEFAULT_LINT_CONFIG.maxSkillAgeDays,
    // Only the catalog preset's freshness rule reads the date; elsewhere it would only churn the cache key.
    today: preset === 'catalog' ? (options.today ?? todayUtc()) : null,
  };
  const useCache = options.cache !== false;
  const cache = new SkillCache(useCache ? (options.cacheFile ?? defaultCacheFile(cwd, options.paths)) : null);
  const compile = options.compile === true;
  let keyer: ((parts: unknown) => string) | null = null;
  return {
    cwd,
    config,
    discovery,
    diagnostics,
    extraFiles,
    cache,
    compile,
    markdown: preset !== 'spec' || compile,
    retainText: options.retainText !== false,
    // Made on first use: a run without the cache hashes nothing.
    cacheKey: (parts) => (keyer ??= SkillCache.keyer([config, compile]))(parts),
    realRoots: new Map(),
    filesRead: 0,
  };
}

/** One skill as read: its source (without texts when answered from stamps), digest and cache key. */
interface SkillInput {
  source: SkillSource;
  skillFile: { size: number; sha256: string };
  /** Null when the cache is off or the file could not be read as text. */
  key: string | null;
  /** Whether the texts were read (false when the stamps alone answered). */
  complete: boolean;
}

function sourceOf(found: FoundSkill, run: Run, text: string | null, files: SkillFile[], resourceTexts: Record<string, string>, readDiagnostics: Diagnostic[]): SkillSource {
  return {
    file: display(run.cwd, found.absolutePath),
    sourcePath: found.sourcePath,
    expectedName: found.expectedName,
    category: found.category,
    layout: found.layout,
    text,
    files,
    resourceTexts,
    readDiagnostics,
  };
}

function cacheKey(found: FoundSkill, run: Run, file: string, sha256: string, files: SkillFile[]): string {
  const { entries: _entries, ...location } = found;
  return run.cacheKey([file, location, sha256, files]);
}

/**
 * Reads nothing: when the cache is on and the stamps of SKILL.md and every resource file match the
 * files' metadata, their digests come from the stamps. Null when any file must be read. Compiling
 * needs the text of SKILL.md (the body goes into the bundle), so it always reads.
 */
function readStamped(found: FoundSkill, run: Run): SkillInput | null {
  if (!run.cache.enabled || run.compile) return null;
  const skillFile = stampedSkillFile(found.absolutePath, run.cache);
  if (!skillFile) return null;
  const files = run.markdown && found.entries ? stampedResources(dirname(found.absolutePath), run.config.maxResourceBytes, found.entries, run.cache) : [];
  if (!files) return null;
  const source = sourceOf(found, run, null, files, {}, []);
  return { source, skillFile, key: cacheKey(found, run, source.file, skillFile.sha256, files), complete: false };
}

/** Reads SKILL.md and (unless only frontmatter is checked) every resource file, stamping them for the next run. */
function readSkill(found: FoundSkill, run: Run): SkillInput {
  let realRoot = run.realRoots.get(found.treeRoot);
  if (realRoot === undefined) {
    realRoot = realpathSync(found.treeRoot);
    run.realRoots.set(found.treeRoot, realRoot);
  }
  // Digests are needed only to key the cache and to compile.
  const reading = { hash: run.cache.enabled || run.compile, stamps: run.cache.enabled ? run.cache : null };
  const file = display(run.cwd, found.absolutePath);
  const read = readSkillFile(found.absolutePath, file, realRoot, MAX_SKILL_FILE_BYTES, reading);
  const resources = run.markdown && found.entries && read.text !== null ? scanResources(dirname(found.absolutePath), run.config.maxResourceBytes, found.entries, reading) : { files: [], texts: {}, read: 0 };
  run.filesRead += 1 + resources.read;
  const source = sourceOf(found, run, read.text, resources.files, resources.texts, read.diagnostics);
  const key = run.cache.enabled && read.text !== null ? cacheKey(found, run, file, read.sha256, resources.files) : null;
  return { source, skillFile: { size: read.size, sha256: read.sha256 }, key, complete: true };
}

/** The skill answered from the cache, or undefined when it must be checked. */
function lookUp(found: FoundSkill, input: SkillInput, run: Run): CheckedSkill | undefined {
  const cached = input.key === null ? undefined : run.cache.get(input.key);
  // A build needs the record, unless the skill has errors (then there is none to build).
  if (!cached || (run.compile && !cached.record && !cached.diagnostics.some((d) => d.severity === 'error'))) return undefined;
  const record = cached.record ? withBody(cached.record, input.source.text!) : null;
  if (!run.retainText) dropText(input.source);
  return { found, source: input.source, parsed: null, skillFile: input.skillFile, diagnostics: cached.diagnostics, acknowledged: cached.acknowledged, summary: cached.summary, record };
}

/**
 * Parses, lints and compiles the skills the cache could not answer: inline for a few, on worker
 * threads for many. Workers start at the first miss, so a warm run never pays for them, and the
 * parser, grammars and rules load only when a skill is actually checked.
 */
class Checker {
  private readonly run: Run;
  private readonly poolWanted: boolean;
  private readonly threads = threadCount();
  private pool: WorkerPool | null = null;
  private parseMarkdown: MarkdownParser | null = null;
  private process: typeof import('./process.ts').processSkill | null = null;
  private refreshGrammars: () => Promise<void> = async () => {};
  private batch: Array<{ skill: CheckedSkill; key: string | null; job: SkillJob }> = [];
  private readonly inFlight: Promise<void>[] = [];

  private readonly onSettled: () => void;

  constructor(run: Run, onSettled: () => void) {
    this.run = run;
    this.onSettled = onSettled;
    this.poolWanted = run.markdown && run.discovery.skills.length >= WORKER_THRESHOLD && this.threads > 1;
  }

  async check(skill: CheckedSkill, input: SkillInput): Promise<void> {
    const job: SkillJob = { source: input.source, skillFile: input.skillFile };
    if (this.poolWanted) {
      this.pool ??= new WorkerPool(this.threads, { config: this.run.config, compile: this.run.compile, markdown: this.run.markdown });
      this.batch.push({ skill, key: input.key, job });
      if (this.batch.length >= BATCH_SIZE) await this.flush();
      return;
    }
    if (!this.process) {
      this.process = (await import('./process.ts')).processSkill;
      if (this.run.markdown) {
        this.parseMarkdown = (await import('../core/markdown.ts')).parseMarkdown;
        const grammars = await import('./grammars.ts');
        await grammars.installNodeGrammars();
        this.refreshGrammars = grammars.refreshGrammars;
      }
    }
    await settleNativeMemory();
    await this.refreshGrammars();
    this.settle(skill, input.key, this.process(job, this.run.config, this.run.compile, this.parseMarkdown));
    if (!this.run.retainText) {
      dropText(skill.source);
      skill.parsed = null;
    }
  }

  /** Waits for every batch sent to the workers. */
  async finish(): Promise<void> {
    await this.flush();
    await Promise.all(this.inFlight);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private async flush(): Promise<void> {
    if (!this.pool || this.batch.length === 0) return;
    const sent = this.batch;
    this.batch = [];
    const { done } = await this.pool.submit(sent.map((item) => item.job));
    this.inFlight.push(done.then((outcomes) => sent.forEach((item, i) => this.settle(item.skill, item.key, outcomes[i]!))));
    if (!this.run.retainText) for (const item of sent) dropText(item.skill.source);
  }

  private settle(skill: CheckedSkill, key: string | null, outcome: SkillOutcome & { parsed?: ParsedSkill | null }): void {
    skill.diagnostics = outcome.diagnostics;
    skill.acknowledged = outcome.acknowledged;
    skill.summary = outcome.summary;
    skill.record = outcome.record;
    skill.parsed = outcome.parsed ?? null;
    this.onSettled();
    if (outcome.failed || key === null) return;
    this.run.cache.set(key, {
      diagnostics: outcome.diagnostics,
      acknowledged: outcome.acknowledged,
      summary: outcome.summary,
      ...(outcome.record ? { record: { ...withoutBody(outcome.record), bodyOffset: outcome.bodyOffset } } : {}),
    });
  }
}

/** Adds the findings that compare skills with each other and sorts everything. */
async function collect(run: Run, skills: CheckedSkill[], cacheHits: number): Promise<CheckResult> {
  const diagnostics = [...run.diagnostics];
  for (const skill of skills) diagnostics.push(...skill.diagnostics);
  diagnostics.push(...(await treeFindings(run, skills)));
  diagnostics.sort(compareDiagnostics);
  return {
    config: run.config,
    skills,
    diagnostics,
    files: skills.length + run.extraFiles,
    missing: run.discovery.missing,
    cacheHits,
    acknowledged: skills.flatMap((skill) => skill.acknowledged),
    filesRead: run.filesRead,
  };
}

/**
 * The findings of the rules that compare skills, which depend only on the skills' summaries: taken
 * from the cache when the summaries are those of the last run (an unchanged tree), computed otherwise.
 */
async function treeFindings(run: Run, skills: CheckedSkill[]): Promise<Diagnostic[]> {
  const summaries = skills.map((skill) => skill.summary);
  const key = run.cache.enabled ? run.cacheKey(['tree', summaries]) : null;
  const known = key === null ? undefined : run.cache.treeFindings(key);
  if (known) return known;
  const { lintTree } = await import('../core/lint-tree.ts');
  const found = lintTree(summaries, run.config);
  if (key !== null) run.cache.setTreeFindings(key, found);
  return found;
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
