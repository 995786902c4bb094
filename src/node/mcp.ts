// The `skillpack mcp` server: a bundle served over MCP on stdio. Skills are published through the MCP
// skills extension (io.modelcontextprotocol/skills): every file of a skill is a `skill://<name>/<path>`
// resource, and `skills/list` / `skills/get` give each skill's frontmatter and the size and digest of
// each of its files. Two tools rank and fetch skills with the runtime's own search. stdout carries the
// protocol; everything else goes to stderr.
import { existsSync, lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { McpServer } from '@modelcontextprotocol/server';
import { SkillsExtension, type SkillFileEntry, type SkillFiles } from '@modelcontextprotocol/server/ext/skills';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import * as z from 'zod';
import { escapeControls } from '../core/terminal.ts';
import { COMPILER_VERSION } from '../core/version.ts';
import type { SkillRecord } from '../core/schema.ts';
import type { SkillBundle } from '../runtime/index.ts';
import { isPlainSkillPath, readVerifiedFile, skillFolderFiles, skillTreeDir, type RecordedFile } from './skill-files.ts';

/** Where a skill's files are on disk: a folder holding all of them, or only its SKILL.md. */
export type SkillLocation = { dir: string } | { skillFile: string };

/** Finds a skill's files on disk, or null when none are available (the skill is then searchable but not served as resources). */
export type Locate = (skill: SkillRecord) => SkillLocation | null;

/** The files `skillpack build` wrote beside `bundleFile`: `plugins/<category>/<name>/…`, else `skills/<name>.md`. */
export function locateInBuildOutput(bundleFile: string): Locate {
  const outDir = dirname(bundleFile);
  return (skill) => {
    const tree = skillTreeDir(skill);
    if (isRealFolder(outDir, tree)) return { dir: join(outDir, tree) };
    if (isRealFolder(outDir, 'skills') && existsSync(join(outDir, 'skills', `${skill.name}.md`))) return { skillFile: join(outDir, 'skills', `${skill.name}.md`) };
    return null;
  };
}

/** The skills' own folders in the tree they were compiled from (`path` is relative to it); single-file skills (`<category>/<name>.md`) alone. */
export function locateInSourceTree(treeRoot: string): Locate {
  return (skill) => {
    if (!isPlainSkillPath(skill.path)) return null;
    const folder = dirname(skill.path);
    if (folder !== '.' && !isRealFolder(treeRoot, folder)) return null;
    return basename(skill.path) === 'SKILL.md' ? { dir: join(treeRoot, folder) } : { skillFile: join(treeRoot, skill.path) };
  };
}

/** Whether `relative` is a folder below `root` reached without symlinks. */
function isRealFolder(root: string, relative: string): boolean {
  let at = root;
  for (const part of relative.split('/')) {
    at = join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat || stat.isSymbolicLink() || !stat.isDirectory()) return false;
  }
  return true;
}

/**
 * A virtual folder of skill folders, `<name>/<path>`, holding exactly the files the bundle lists for each
 * skill (with plain paths), each read from its location only if its size and sha256 match the bundle.
 */
export function bundleSkillFiles(bundle: SkillBundle, locate: Locate, warn: (message: string) => void): { files: SkillFiles; served: Set<string> } {
  const skills = new Map<string, { location: SkillLocation; files: Map<string, RecordedFile> }>();
  const folders = new Map<string, Map<string, SkillFileEntry['kind']>>([['', new Map()]]);
  const add = (dir: string, name: string, kind: SkillFileEntry['kind']) => {
    if (!folders.has(dir)) folders.set(dir, new Map());
    folders.get(dir)!.set(name, kind);
  };
  for (const skill of bundle.list()) {
    const location = locate(skill);
    if (!location) {
      warn(`${skill.name}: no files beside the bundle; it can be searched but is not served as resources`);
      continue;
    }
    const listed = skillFolderFiles(skill).filter(({ path }) => 'dir' in location || path === 'SKILL.md');
    for (const { path } of listed) if (!isPlainSkillPath(path)) warn(`${skill.name}: file path ${JSON.stringify(path)} is not a plain relative path; not served`);
    const files = new Map(listed.filter(({ path }) => isPlainSkillPath(path)).map(({ path, recorded }) => [path, recorded]));
    if (!files.has('SKILL.md')) continue;
    // Checked once up front: a skill with a missing, linked or altered file is not served at all.
    const broken = [...files].map(([path, recorded]) => problemReading(location, path, recorded)).find((problem) => problem !== null);
    if (broken) {
      warn(`${skill.name}: ${broken}; not served`);
      continue;
    }
    skills.set(skill.name, { location, files });
    add('', skill.name, 'directory');
    for (const path of files.keys()) {
      const parts = [skill.name, ...path.split('/')];
      for (let i = 1; i < parts.length; i++) add(parts.slice(0, i).join('/'), parts[i]!, i === parts.length - 1 ? 'file' : 'directory');
    }
  }
  const files: SkillFiles = {
    async list(dir) {
      const children = folders.get(dir);
      return children ? [...children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, kind]) => ({ name, kind })) : [];
    },
    async read(path) {
      const slash = path.indexOf('/');
      const skill = slash > 0 ? skills.get(path.slice(0, slash)) : undefined;
      const inside = path.slice(slash + 1);
      const recorded = skill?.files.get(inside);
      if (!skill || !recorded) throw new Error(`${path} is not a file of the bundle`);
      return readFile(skill.location, inside, recorded);
    },
  };
  return { files, served: new Set(skills.keys()) };
}

/** Reads the file at `path` inside a skill folder (its SKILL.md, for a skill located by that file alone). */
function readFile(location: SkillLocation, path: string, recorded: RecordedFile): Uint8Array {
  return 'dir' in location ? readVerifiedFile(location.dir, path, recorded) : readVerifiedFile(dirname(location.skillFile), basename(location.skillFile), recorded);
}

function problemReading(location: SkillLocation, path: string, recorded: RecordedFile): string | null {
  try {
    readFile(location, path, recorded);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

export interface McpOptions {
  bundle: SkillBundle;
  locate: Locate;
  log: (line: string) => void;
}

const SEARCH_LIMIT = 50;

/** An MCP server for a bundle, not yet connected: the skills extension plus the `search_skills` and `get_skill` tools. */
export async function createSkillsServer({ bundle, locate, log }: McpOptions): Promise<McpServer> {
  const warn = (message: string) => log(`skillpack mcp: ${escapeControls(message)}`);
  const { files, served } = bundleSkillFiles(bundle, locate, warn);
  const catalog = await SkillsExtension.load(files, { pageSize: 100, onWarning: (warning) => warn(`${warning.path}: ${warning.message}`) });
  const uris = new Map(catalog.entries.map((entry) => [entry.uri.slice('skill://'.length, -'/SKILL.md'.length), entry]));
  const uriOf = (name: string) => (served.has(name) && uris.has(name) ? `skill://${name}/SKILL.md` : null);

  const mcp = new McpServer(
    { name: 'skillpack', version: COMPILER_VERSION },
    {
      instructions:
        `Agent skills (${bundle.skills.length}): call search_skills with the task in a few words, then get_skill with the best match's name ` +
        'to read its instructions. Skills are also published as skill:// resources (skills/list).',
    },
  );
  catalog.attach(mcp);

  const SearchHit = z.object({ name: z.string(), score: z.number(), description: z.string(), category: z.string().nullable(), uri: z.string().nullable() });
  mcp.registerTool(
    'search_skills',
    {
      title: 'Search skills',
      description: 'Ranks the skills for a task (BM25F over names, descriptions, tags, headings and bodies); best first.',
      inputSchema: z.object({
        query: z.string().min(1).max(2000).describe('The task or topic, in plain words'),
        limit: z.number().int().min(1).max(SEARCH_LIMIT).optional().describe('Most results (default 10)'),
        category: z.string().max(64).optional().describe('Only skills of this category'),
      }),
      outputSchema: z.object({ results: z.array(SearchHit) }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit, category }) => {
      const results = bundle.search(query, { limit: limit ?? 10, ...(category === undefined ? {} : { category }) }).map(({ name, score, skill }) => ({
        name,
        score,
        description: skill.description,
        category: skill.category,
        uri: uriOf(name),
      }));
      return { content: [{ type: 'text', text: JSON.stringify(results, null, 2) }], structuredContent: { results } };
    },
  );

  mcp.registerTool(
    'get_skill',
    {
      title: 'Get a skill',
      description: "Returns a skill's SKILL.md (instructions for the task) by name or alias, and the URIs of its other files.",
      inputSchema: z.object({ name: z.string().min(1).max(128).describe('Skill name or alias, as search_skills returns it') }),
      outputSchema: z.object({ name: z.string(), description: z.string(), category: z.string().nullable(), uri: z.string().nullable(), files: z.array(z.string()) }),
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ name }) => {
      const skill = bundle.get(name);
      if (!skill) return { isError: true, content: [{ type: 'text', text: `No skill is named ${JSON.stringify(name)}; search_skills finds skills by task.` }] };
      const uri = uriOf(skill.name);
      const entry = uri === null ? undefined : uris.get(skill.name);
      const resources = entry && Array.isArray(entry.resources) ? entry.resources.map((resource) => resource.uri) : [];
      let text = skill.body;
      if (uri !== null) {
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(await files.read(`${skill.name}/SKILL.md`));
        } catch (error) {
          warn(`${skill.name}: ${(error as Error).message}; answering with the bundle's copy of the body`);
        }
      }
      return {
        content: [{ type: 'text', text }],
        structuredContent: { name: skill.name, description: skill.description, category: skill.category, uri, files: resources },
      };
    },
  );
  return mcp;
}

/** Serves the bundle on stdin/stdout until the client closes the connection. */
export async function serveStdio(options: McpOptions): Promise<void> {
  const mcp = await createSkillsServer(options);
  const closed = new Promise<void>((resolve) => {
    mcp.server.onclose = () => resolve();
  });
  await mcp.connect(new StdioServerTransport());
  options.log(`skillpack mcp: serving ${options.bundle.skills.length} skills on stdio`);
  await closed;
}
