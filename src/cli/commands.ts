// The commands behind `skillpack`, loaded only once one is asked for (help and version need none of
// this); what only some commands use (the bundle runtime, the writer, the SARIF rule list) is loaded by them.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LINT_CONFIG } from '../core/config.ts';
import { countBySeverity } from '../core/diagnostics.ts';
import { PRESETS } from '../core/rules/types.ts';
import { PROFILES } from '../core/profiles.ts';
import { escapeControls } from '../core/terminal.ts';
import { COMPILER_VERSION } from '../core/version.ts';
import { CONFIG_FILE, loadProjectConfig } from '../node/config.ts';
import { checkPaths, planCheck, type CheckResult } from '../node/pipeline.ts';
import { installNodeTokenizer } from '../node/tokenizer.ts';
import { choiceError, closest, RefusalError, UsageError } from './usage.ts';
import { colorFor, Progress, suggestSkillName } from './terminal.ts';
import type { SkillBundle } from '../runtime/index.ts';
import { formatGithub, formatJson, formatPretty, formatSarif, formatVerdicts, type Report } from '../core/report.ts';
import { verdictOf } from '../core/verdict.ts';

export type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string };

function defaultSource(cwd: string): string {
  const project = loadProjectConfig(cwd);
  return project ? relative(cwd, project.catalogRoot) || '.' : 'skills';
}

/** The value of an option that takes one of a few words (checked against the usage table before the command runs; checked again here for callers of runCommand). */
function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw choiceError(flag, value, allowed);
}

function toReport(result: CheckResult): Report {
  const resources = result.skills.reduce((sum, skill) => sum + skill.source.files.length, 0);
  return {
    diagnostics: result.diagnostics,
    files: result.files,
    ...countBySeverity(result.diagnostics),
    checked: { skills: result.skills.map((skill) => skill.source.file), files: result.files + resources },
  };
}

function withVerdicts(report: Report, result: CheckResult): Report {
  return { ...report, verdicts: result.skills.map((skill) => ({ file: skill.source.file, ...verdictOf(skill.diagnostics) })) };
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'pretty' },
      preset: { type: 'string' },
      profile: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  });
  const format = oneOf('--format', values.format!, ['pretty', 'json', 'github', 'sarif']);
  const preset = values.preset === undefined ? undefined : oneOf('--preset', values.preset, PRESETS);
  const profile = values.profile === undefined ? undefined : oneOf('--profile', values.profile, PROFILES);
  const paths = positionals.length > 0 ? positionals : [defaultSource(io.cwd)];
  const progress = format === 'pretty' && (io.stderr as NodeJS.WriteStream).isTTY === true ? new Progress(io.stderr) : null;
  const color = format === 'pretty' && colorFor(io.stdout, process.env);
  // What is shown and how: an unchanged tree shown the same way gets the same output (one kept answer for each).
  const shown = JSON.stringify({ format, explain: values.explain, color, paths, preset, profile });
  try {
    const plan = await planCheck({
      cwd: io.cwd,
      paths: paths.map((path) => resolve(io.cwd, path)),
      preset,
      profile,
      cache: !values['no-cache'],
      retainText: false,
      ...(progress ? { onProgress: progress.update } : {}),
    });
    const inputsKey = plan.inputsKey();
    const known = inputsKey === null ? undefined : plan.cache.answer(inputsKey, shown);
    if (known) {
      io.stdout.write(known.output);
      return known.exitCode;
    }
    const result = await plan.run();
    progress?.clear();
    if (result.missing.length > 0) {
      const shownPaths = result.missing.map((path) => `"${relative(io.cwd, path) || '.'}"`).join(', ');
      throw new UsageError(`no skill found at ${shownPaths} (${result.missing.length === 1 ? 'it does not exist or holds' : 'they do not exist or hold'} no SKILL.md)`);
    }
    const report = withVerdicts(toReport(result), result);
    const output = await checkOutput(report, result, format, values.explain!, color);
    const exitCode = report.errors > 0 ? 1 : 0;
    if (output) io.stdout.write(output);
    if (inputsKey !== null) plan.cache.rememberAnswer(inputsKey, shown, plan.inputFiles(), output, exitCode);
    return exitCode;
  } finally {
    progress?.clear();
  }
}

/** What `check` prints for a report in the asked format. */
async function checkOutput(report: Report, result: CheckResult, format: string, explain: boolean, color: boolean): Promise<string> {
  if (format === 'json') return `${formatJson(report)}\n`;
  if (format === 'sarif') {
    const { RULES } = await import('../core/rules/index.ts');
    return `${formatSarif(report, RULES, COMPILER_VERSION)}\n`;
  }
  if (format === 'github') {
    const annotations = formatGithub(report);
    return annotations ? `${annotations}\n` : '';
  }
  let output = `${formatPretty(report, color)}\n`;
  if (explain) output += `${formatVerdicts(report)}\n`;
  if (result.config.allowedInstallers !== DEFAULT_LINT_CONFIG.allowedInstallers) {
    output += `${CONFIG_FILE} allows piping these installers into a shell: ${escapeControls(result.config.allowedInstallers.join(', '))}\n`;
  }
  if (result.acknowledged.length > 0) {
    output += `${result.acknowledged.length} acknowledged finding${result.acknowledged.length === 1 ? '' : 's'} (skillpack-ignore-next-line), recorded in the bundle\n`;
  }
  return output;
}

async function runBuild(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: {
      source: { type: 'string' },
      out: { type: 'string', default: 'dist/bundle' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const source = resolve(io.cwd, values.source ?? defaultSource(io.cwd));
  if (!existsSync(source) || !statSync(source).isDirectory()) throw new UsageError(`--source "${values.source ?? source}" is not a folder`);
  const outDir = resolve(io.cwd, values.out!);
  const { MARKER_FILE, outputFolderProblem } = await import('../node/output.ts');
  const refusal = outputFolderProblem(outDir, { source, projectRoot: io.cwd });
  if (refusal) throw new RefusalError(`build refused: --out "${values.out}" ${refusal}; nothing was written`);
  const result = await checkPaths({ cwd: io.cwd, paths: [source], compile: true, cache: !values['no-cache'] });
  const report = toReport(result);
  if (report.errors > 0) {
    io.stderr.write(`${formatPretty(report, false)}\n\nskillpack: build refused: fix the errors above; nothing was written.\n`);
    return 1;
  }
  if (report.warnings > 0) io.stderr.write(`${formatPretty(report, false)}\n\n`);
  const { bundleFiles } = await import('../node/build.ts');
  const { writeAtomically } = await import('../node/write.ts');
  const { bundle, files: bundleOutput } = bundleFiles(result, process.env.SOURCE_DATE_EPOCH);
  const { marketplaceFiles } = await import('../node/marketplace.ts');
  const files = [...bundleOutput, ...marketplaceFiles(result.skills, result.config.categories)];
  const written = writeAtomically(outDir, [...files, MARKER_FILE], ['skills', 'plugins', '.claude-plugin']);
  const shown = escapeControls(relative(io.cwd, outDir) || '.');
  const sizeOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.byteLength(content) : content.length);
  const topLevel = files.filter((file) => !file.path.startsWith('skills/') && !file.path.startsWith('plugins/'));
  const lines = topLevel.map((file) => `  ${`${shown}/${file.path}`.padEnd(40)} ${formatBytes(sizeOf(file.content)).padStart(10)}`);
  for (const [folder, label] of [['skills/', 'skills/*.md'], ['plugins/', 'plugins/<category>/<name>/*']]) {
    const inside = files.filter((file) => file.path.startsWith(folder!));
    lines.push(`  ${`${shown}/${label} (${inside.length} files)`.padEnd(40)} ${formatBytes(inside.reduce((sum, file) => sum + sizeOf(file.content), 0)).padStart(10)}`);
  }
  const verb = written ? 'Built' : 'Up to date:';
  io.stdout.write(`${verb} ${bundle.skills.length} skills (bundle digest ${bundle.digest.slice(0, 12)}):\n${lines.join('\n')}\n`);
  return 0;
}

async function openBundle(bundleFile: string | undefined, io: Io): Promise<SkillBundle | null> {
  const { loadBundle } = await import('../runtime/index.ts');
  if (bundleFile !== undefined) return loadBundle(resolve(io.cwd, bundleFile));
  const { compileProjectBundle } = await import('../node/project-bundle.ts');
  const { bundle, result } = await compileProjectBundle(io.cwd);
  if (bundle === null) {
    io.stderr.write(`${formatPretty(toReport(result), false)}\n\nskillpack: the catalog has errors, so no bundle could be compiled; fix them or pass --bundle FILE\n`);
    return null;
  }
  return loadBundle(bundle);
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a positive whole number`);
  return Number(value);
}

/** A valid `<category>/<name>` close to a refused one, for the usage error. */
function suggestTarget(target: string, categories: readonly string[]): string | undefined {
  const slash = target.indexOf('/');
  const typedCategory = slash === -1 ? '' : target.slice(0, slash);
  const category = categories.includes(typedCategory) ? typedCategory : (closest(typedCategory, categories) ?? (categories.length === 1 ? categories[0]! : '<category>'));
  const name = suggestSkillName(slash === -1 ? target : target.slice(slash + 1));
  const suggestion = name && `${category}/${name}`;
  return suggestion === target ? undefined : suggestion;
}

async function runNew(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  const project = loadProjectConfig(io.cwd);
  if (!project) throw new UsageError(`new works in a catalog project (one with ${CONFIG_FILE})`);
  const { loadCategories } = await import('../node/categories.ts');
  const { categories, diagnostics } = loadCategories(project.categoriesFile, relative(io.cwd, project.categoriesFile));
  if (diagnostics.length > 0) throw new UsageError(diagnostics[0]!.message);
  const categoryIds = Object.keys(categories ?? {}).sort();
  if (positionals.length > 1) throw new UsageError(`expected one CATEGORY/NAME, got ${positionals.length} arguments (a name has no spaces)`, suggestTarget(positionals.join(' '), categoryIds));
  const target = positionals[0]!;
  const parts = target.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError(`expected <category>/<name>, got "${target}"`, suggestTarget(target, categoryIds));
  const { scaffoldSkill } = await import('../node/scaffold.ts');
  const result = scaffoldSkill(project.catalogRoot, target, categories);
  if (!result.ok) throw new UsageError(`cannot create ${target}: ${result.reason}`, suggestTarget(target, categoryIds));
  const shown = result.files.map((file) => `  ${escapeControls(relative(io.cwd, file))}`).join('\n');
  const folder = escapeControls(relative(io.cwd, dirname(result.files[0]!)));
  io.stdout.write(`Created:\n${shown}\n\nReplace every TODO(skillpack) placeholder, then run: npx skillpack check ${folder}\n`);
  return 0;
}

async function runPreview(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { port: { type: 'string', default: '4321' } } });
  if (positionals.length !== 1) throw new UsageError('expected one PATH (a skill folder, a SKILL.md or a folder of skills)');
  const port = positiveInteger(values.port, '--port')!;
  if (!existsSync(resolve(io.cwd, positionals[0]!))) throw new UsageError(`"${positionals[0]}" does not exist`);
  io.stdout.write('Starting the preview server (astro dev)…\n');
  const { startPreview } = await import('../node/preview-server.ts');
  const preview = await startPreview({ cwd: io.cwd, path: positionals[0]!, port, log: (line) => io.stdout.write(`${escapeControls(line)}\n`) });
  io.stdout.write('Edits reload the page; press Ctrl+C to stop.\n');
  const stop = () => preview.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await preview.exited;
  return 0;
}

async function runSearch(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { bundle: { type: 'string' }, limit: { type: 'string' }, category: { type: 'string' }, format: { type: 'string', default: 'pretty' } },
  });
  oneOf('--format', values.format!, ['pretty', 'json']);
  const limit = positiveInteger(values.limit, '--limit') ?? 10;
  const bundle = await openBundle(values.bundle, io);
  if (!bundle) return 1;
  const results = bundle.search(positionals.join(' '), { limit, ...(values.category ? { category: values.category } : {}) });
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(results.map(({ name, score }) => ({ name, score })))}\n`);
    return 0;
  }
  if (results.length === 0) io.stdout.write('No matching skills.\n');
  const names = results.map((result) => escapeControls(result.name));
  const width = Math.max(0, ...names.map((name) => name.length));
  results.forEach((result, i) => {
    const characters = [...result.skill.description];
    const description = escapeControls(characters.length > 90 ? `${characters.slice(0, 89).join('')}…` : result.skill.description);
    io.stdout.write(`${result.score.toFixed(2).padStart(7)}  ${names[i]!.padEnd(width)}  ${description}\n`);
  });
  return 0;
}

async function runPrompt(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, allowPositionals: false, strict: true, options: { bundle: { type: 'string' }, budget: { type: 'string' }, task: { type: 'string' } } });
  const budget = positiveInteger(values.budget, '--budget');
  const bundle = await openBundle(values.bundle, io);
  if (!bundle) return 1;
  const listing = bundle.prompt({ ...(budget === undefined ? {} : { tokenBudget: budget }), ...(values.task === undefined ? {} : { task: values.task }) });
  // The block goes into a model's system prompt: control and invisible characters there are the hidden
  // instructions the hidden-unicode rule exists for, so they are shown as escapes here too.
  io.stdout.write(`${escapeControls(listing.text, { keepNewlines: true })}\n`);
  if (listing.omitted > 0) {
    const picked = values.task?.trim() ? 'the most relevant to the task' : 'categories taking turns';
    io.stderr.write(`skillpack: listed ${listing.skills.length} of ${listing.skills.length + listing.omitted} skills within --budget ${budget} (${picked}); ${listing.omitted} left out\n`);
  }
  return 0;
}

async function runMcp(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, allowPositionals: false, strict: true, options: { bundle: { type: 'string' } } });
  const { serveStdio, locateInBuildOutput, locateInSourceTree } = await import('../node/mcp.ts');
  const bundle = await openBundle(values.bundle, io);
  if (!bundle) return 1;
  const locate =
    values.bundle !== undefined
      ? locateInBuildOutput(resolve(io.cwd, values.bundle))
      : locateInSourceTree(loadProjectConfig(io.cwd)?.catalogRoot ?? resolve(io.cwd, 'skills'));
  // stdout is the protocol channel: every message of ours goes to stderr.
  await serveStdio({ bundle, locate, log: (line) => io.stderr.write(`${line}\n`) });
  return 0;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** Runs a command by name; null when there is no such command. */
export async function runCommand(command: string, args: string[], io: Io): Promise<number | null> {
  installNodeTokenizer();
  if (command === 'check') return await runCheck(args, io);
  if (command === 'build') return await runBuild(args, io);
  if (command === 'search') return await runSearch(args, io);
  if (command === 'new') return await runNew(args, io);
  if (command === 'preview') return await runPreview(args, io);
  if (command === 'prompt') return await runPrompt(args, io);
  if (command === 'mcp') return await runMcp(args, io);
  if (command === 'install') return await (await import('../node/install/commands.ts')).runInstall(args, io);
  if (command === 'verify') return await (await import('../node/install/commands.ts')).runVerify(args, io);
  if (command === 'update') return await (await import('../node/install/commands.ts')).runUpdate(args, io);
  if (command === 'remove') return await (await import('../node/install/commands.ts')).runRemove(args, io);
  return null;
}

/** Errors in a bundle's or a skill's content: reported on one line with exit code 1. */
export async function isContentError(error: unknown): Promise<boolean> {
  if (!(error instanceof Error)) return false;
  const [{ BundleError }, { BundleContentError }] = await Promise.all([import('../runtime/index.ts'), import('../node/build.ts')]);
  return error instanceof BundleError || error instanceof BundleContentError;
}
