import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countBySeverity } from '../core/diagnostics.ts';
import { RULES } from '../core/rules/index.ts';
import { PRESETS, type Preset } from '../core/rules/types.ts';
import { COMPILER_VERSION } from '../core/version.ts';
import { bundleFiles } from '../node/build.ts';
import { loadProjectConfig } from '../node/config.ts';
import { checkPaths, type CheckResult } from '../node/pipeline.ts';
import { installNodeTokenizer } from '../node/tokenizer.ts';
import { writeAtomically } from '../node/write.ts';
import { formatGithub, formatJson, formatPretty, formatSarif, type Report } from './format.ts';

const USAGE = `Usage: skillpack <command> [options]

Commands:
  check [PATH…]   Validate skills (a tree, a skill folder or a SKILL.md; default: the catalog)
      --format pretty|json|github|sarif  Output format (default: pretty)
      --preset spec|default|catalog Rule set (default: catalog inside the catalog, else default)
      --no-cache                    Ignore and do not write the incremental cache
  build           Check the catalog, then write the bundle
      --source DIR                  Skills to compile (default: the catalog)
      --out DIR                     Output folder (default: dist/bundle)
      --no-cache                    Ignore and do not write the incremental cache
  --help, --version
`;

class UsageError extends Error {}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  installNodeTokenizer();
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${COMPILER_VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await runCheck(rest, io);
    if (command === 'build') return await runBuild(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`skillpack: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr.write(`skillpack: ${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string };

function defaultSource(cwd: string): string {
  const project = loadProjectConfig(cwd);
  return project ? relative(cwd, project.catalogRoot) || '.' : 'skills';
}

function parsePreset(value: string | undefined): Preset | undefined {
  if (value === undefined) return undefined;
  if (!(PRESETS as readonly string[]).includes(value)) throw new UsageError(`--preset must be one of ${PRESETS.join(', ')}`);
  return value as Preset;
}

function toReport(result: CheckResult): Report {
  return { diagnostics: result.diagnostics, files: result.files, ...countBySeverity(result.diagnostics) };
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'pretty' },
      preset: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const format = values.format!;
  if (!['pretty', 'json', 'github', 'sarif'].includes(format)) throw new UsageError('--format must be pretty, json, github or sarif');
  const paths = positionals.length > 0 ? positionals : [defaultSource(io.cwd)];
  const result = await checkPaths({
    cwd: io.cwd,
    paths: paths.map((path) => resolve(io.cwd, path)),
    preset: parsePreset(values.preset),
    cache: !values['no-cache'],
  });
  if (result.missing.length > 0) {
    throw new UsageError(result.missing.map((path) => `no skill found at "${path}" (it does not exist or holds no SKILL.md)`).join('\n'));
  }
  const report = toReport(result);
  if (format === 'json') io.stdout.write(`${formatJson(report)}\n`);
  else if (format === 'sarif') io.stdout.write(`${formatSarif(report, RULES, COMPILER_VERSION)}\n`);
  else if (format === 'github') {
    const annotations = formatGithub(report);
    if (annotations) io.stdout.write(`${annotations}\n`);
  } else {
    const color = (io.stdout as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR;
    io.stdout.write(`${formatPretty(report, color)}\n`);
    if (result.acknowledged.length > 0) {
      io.stdout.write(`${result.acknowledged.length} acknowledged finding${result.acknowledged.length === 1 ? '' : 's'} (skillpack-ignore-next-line), recorded in the bundle\n`);
    }
  }
  return report.errors > 0 ? 1 : 0;
}

async function runBuild(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: {
      source: { type: 'string' },
      out: { type: 'string', default: 'dist/bundle' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  void positionals;
  const source = resolve(io.cwd, values.source ?? defaultSource(io.cwd));
  if (!existsSync(source) || !statSync(source).isDirectory()) throw new UsageError(`--source "${values.source ?? source}" is not a folder`);
  const result = await checkPaths({ cwd: io.cwd, paths: [source], compile: true, cache: !values['no-cache'] });
  const report = toReport(result);
  if (report.errors > 0) {
    io.stderr.write(`${formatPretty(report, false)}\n\nskillpack: build refused: fix the errors above; nothing was written.\n`);
    return 1;
  }
  if (report.warnings > 0) io.stderr.write(`${formatPretty(report, false)}\n\n`);
  const outDir = resolve(io.cwd, values.out!);
  const { bundle, files } = bundleFiles(result, process.env.SOURCE_DATE_EPOCH);
  writeAtomically(outDir, files, ['skills']);
  const shown = relative(io.cwd, outDir) || '.';
  const sizeOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.byteLength(content) : content.length);
  const topLevel = files.filter((file) => !file.path.startsWith('skills/'));
  const perSkill = files.filter((file) => file.path.startsWith('skills/'));
  const lines = topLevel.map((file) => `  ${`${shown}/${file.path}`.padEnd(40)} ${formatBytes(sizeOf(file.content)).padStart(10)}`);
  lines.push(`  ${`${shown}/skills/*.md (${perSkill.length} files)`.padEnd(40)} ${formatBytes(perSkill.reduce((sum, file) => sum + sizeOf(file.content), 0)).padStart(10)}`);
  io.stdout.write(`Built ${bundle.skills.length} skills (bundle digest ${bundle.digest.slice(0, 12)}):\n${lines.join('\n')}\n`);
  return 0;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
