import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadProjectConfig } from './config.ts';
import { discoverSkills } from './discover.ts';
import { TOOL_ROOT } from './tool.ts';

const REPO = TOOL_ROOT;

export interface PreviewOptions {
  cwd: string;
  path: string;
  port: number;
  log: (line: string) => void;
}

export interface RunningPreview {
  /** Address of the first skill's page. */
  url: string;
  /** Stops the server and removes the temporary project. */
  stop(): void;
  /** Settles when the server exits. */
  exited: Promise<number>;
}

/** Deletes what the copy holds and the source no longer does. */
function removeStale(source: string, copy: string, copied: (path: string) => boolean): void {
  for (const entry of readdirSync(copy, { withFileTypes: true })) {
    const inSource = join(source, entry.name);
    const inCopy = join(copy, entry.name);
    if (!existsSync(inSource) || !copied(inSource) || lstatSync(inSource).isDirectory() !== entry.isDirectory()) rmSync(inCopy, { recursive: true, force: true });
    else if (entry.isDirectory()) removeStale(inSource, inCopy, copied);
  }
}

/**
 * Serves one skill (or a folder of skills) with the site's own layout, through `astro dev`, so the
 * pages match the catalog and show `skillpack check`'s findings in a banner. The skill folder (or the
 * folder of skills) is copied into a temporary catalog, and copied again whenever it changes.
 */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  // The preview is the site itself: its sources and Astro are in a checkout, not in the published package.
  if (!existsSync(join(REPO, 'astro.config.mjs')) || !existsSync(join(REPO, 'node_modules/astro/bin/astro.mjs'))) {
    throw new Error('preview needs a checkout of the skillpack repository with its dependencies installed (the site and Astro are not part of the package)');
  }
  const target = resolve(options.cwd, options.path);
  const project = loadProjectConfig(options.cwd);
  const found = discoverSkills([target], project?.catalogRoot ?? null);
  if (found.skills.length === 0) throw new Error(`no skill found at "${options.path}"`);

  const temporary = mkdtempSync(join(tmpdir(), 'skillpack-preview-'));
  const isTree = statSync(target).isDirectory() && !existsSync(join(target, 'SKILL.md')) && !existsSync(join(target, 'skill.md'));
  // The site reads a copy in a temporary project, refreshed on every change: the catalog named by its
  // configuration then lies inside that project, as every skillpack.config.json must.
  const catalog = join(temporary, 'skills');
  let from = target;
  let copy = catalog;
  if (!isTree) {
    const skill = found.skills[0]!;
    from = dirname(skill.absolutePath);
    copy = join(catalog, skill.category ?? basename(dirname(from)), skill.expectedName);
  }
  const copied = (source: string) => !/[\\/](\.git|node_modules)$/.test(source);
  // Updated in place, never deleted and recreated: the site's watcher sees each file change, and no
  // reload can catch the folder half copied.
  const refresh = () => {
    if (existsSync(copy)) removeStale(from, copy, copied);
    cpSync(from, copy, { recursive: true, force: true, filter: copied });
  };
  refresh();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(from, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 100);
  });
  const stopWatching = [() => watcher.close()];

  const categories: Record<string, { title: string; description: string }> = {};
  if (project && existsSync(project.categoriesFile)) Object.assign(categories, parseYaml(readFileSync(project.categoriesFile, 'utf8')));
  for (const skill of discoverSkills([catalog], catalog).skills) {
    if (skill.category && !categories[skill.category]) categories[skill.category] = { title: skill.category, description: `Skills in ${skill.category}.` };
  }
  writeFileSync(join(temporary, 'categories.json'), JSON.stringify(categories));
  const insideCatalog = project !== null && found.skills.every((skill) => skill.treeRoot === project.catalogRoot);
  writeFileSync(
    join(temporary, 'skillpack.config.json'),
    JSON.stringify({ catalog, categories: join(temporary, 'categories.json'), preset: insideCatalog ? 'catalog' : 'default' }),
  );

  const child = spawn(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(options.port)], {
    cwd: REPO,
    env: { ...process.env, SKILLPACK_ROOT: temporary, SKILLPACK_ALLOW_ERRORS: '1', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    for (const close of stopWatching) close();
    child.kill('SIGTERM');
    rmSync(temporary, { recursive: true, force: true });
  };
  const exited = new Promise<number>((done) => child.on('exit', (code) => done(code ?? 0)));
  const address = await new Promise<string>((ready, fail) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/?/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
      if (match) ready(match[0].endsWith('/') ? match[0] : `${match[0]}/`);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`astro dev stopped (exit ${code}) before serving:\n${output.slice(-2000)}`)));
  }).catch((error: Error) => {
    stop();
    throw error;
  });
  const pageOf = (name: string) => `${address}skills/${encodeURIComponent(name)}/`;
  for (const skill of found.skills) options.log(`  ${pageOf(skill.expectedName)}`);
  return { url: pageOf(found.skills[0]!.expectedName), stop, exited };
}
