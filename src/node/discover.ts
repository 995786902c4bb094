import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { relativePosix } from './paths.ts';

/** A skill found on disk, before it is read. */
export interface FoundSkill {
  /** Absolute path of the SKILL.md (or single-file skill). */
  absolutePath: string;
  /** Absolute path of the root of the tree it was found in. */
  treeRoot: string;
  /** Path relative to the tree root, `/`-separated. */
  sourcePath: string;
  layout: 'folder' | 'file';
  expectedName: string;
  category: string | null;
  /** Every entry below the skill folder found while walking the tree (SKILL.md excluded), so it need not be listed again. */
  entries?: ResourceEntry[];
}

/** A file-system entry of a skill folder, relative to it. */
export interface ResourceEntry {
  path: string;
  type: 'file' | 'symlink' | 'other';
}

export interface Discovery {
  skills: FoundSkill[];
  /** Paths given on the command line that do not exist or hold no skill. */
  missing: string[];
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
const NOT_SKILLS = new Set(['readme.md', 'license.md', 'changelog.md', 'contributing.md', 'code_of_conduct.md', 'security.md', 'agents.md', 'claude.md']);

/**
 * Finds skills under each path: a tree (SKILL.md at any depth, plus `<category>/<name>.md` single-file
 * skills two levels down — those that open with frontmatter), a skill folder, or a SKILL.md itself. `catalogRoot`, when given and the path
 * lies inside it, fixes categories relative to the catalog rather than to the path.
 */
export function discoverSkills(paths: readonly string[], catalogRoot: string | null): Discovery {
  const skills: FoundSkill[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (skill: FoundSkill) => {
    if (seen.has(skill.absolutePath)) return;
    seen.add(skill.absolutePath);
    skills.push(skill);
  };

  for (const given of paths) {
    const absolute = resolve(given);
    if (!existsSync(absolute) && !isLink(absolute)) {
      missing.push(given);
      continue;
    }
    const before = skills.length;
    if (isDir(absolute)) {
      const ownSkill = skillFileIn(absolute);
      if (ownSkill) {
        const root = catalogRootFor(absolute, catalogRoot) ?? dirname(absolute);
        add(withEntries(describe(join(absolute, ownSkill), root, 'folder')));
      } else {
        const root = catalogRootFor(absolute, catalogRoot) ?? absolute;
        walkTree(absolute, root, add);
      }
    } else {
      const folderSkill = /^skill\.md$/i.test(basename(absolute));
      const skillDir = dirname(absolute);
      const root = catalogRootFor(absolute, catalogRoot) ?? (folderSkill ? dirname(skillDir) : skillDir);
      add(folderSkill ? withEntries(describe(absolute, root, 'folder')) : describe(absolute, root, 'file'));
    }
    if (skills.length === before) missing.push(given);
  }
  skills.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  return { skills, missing };
}

function catalogRootFor(absolute: string, catalogRoot: string | null): string | null {
  if (catalogRoot === null) return null;
  const rel = relative(catalogRoot, absolute);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/')) ? catalogRoot : null;
}

function walkTree(start: string, root: string, add: (skill: FoundSkill) => void): void {
  const stack: Array<{ dir: string; depth: number; owner: { skill: FoundSkill; prefix: string } | null }> = [
    { dir: start, depth: start === root ? 0 : relativePosix(root, start).split('/').length, owner: null },
  ];
  while (stack.length > 0) {
    const { dir, depth, owner: inherited } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    let ownSkill: string | null = null;
    for (const entry of entries) {
      if (entry.name === 'SKILL.md') ownSkill = 'SKILL.md';
      else if (entry.name === 'skill.md' && ownSkill === null) ownSkill = 'skill.md';
    }
    let owner = inherited;
    if (ownSkill && dir !== root) {
      const skill = describe(join(dir, ownSkill), root, 'folder');
      skill.entries = [];
      add(skill);
      owner = { skill, prefix: '' };
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        stack.push({ dir: join(dir, entry.name), depth: depth + 1, owner: owner && { skill: owner.skill, prefix: `${owner.prefix}${entry.name}/` } });
        continue;
      }
      if (owner && !(owner.prefix === '' && entry.name === ownSkill)) {
        owner.skill.entries!.push({ path: `${owner.prefix}${entry.name}`, type: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'other' });
      } else if (
        !ownSkill &&
        depth === 1 &&
        (entry.isFile() || entry.isSymbolicLink()) &&
        entry.name.endsWith('.md') &&
        !NOT_SKILLS.has(entry.name.toLowerCase()) &&
        (entry.isSymbolicLink() || opensWithFrontmatter(join(dir, entry.name)))
      ) {
        add(describe(join(dir, entry.name), root, 'file'));
      }
    }
  }
}

/**
 * Gives a skill named directly on the command line the entries of its folder, listed by the same walk
 * as trees (nested skills and skipped folders left out). When both SKILL.md and skill.md exist, the
 * one not being checked is one of the other's files.
 */
function withEntries(skill: FoundSkill): FoundSkill {
  const folder = dirname(skill.absolutePath);
  const name = basename(skill.absolutePath);
  let own: FoundSkill | undefined;
  walkTree(folder, dirname(folder), (found) => {
    if (dirname(found.absolutePath) === folder) own = found;
  });
  // The walk fills a skill's entries after announcing it, so they are read once it has finished.
  if (own) {
    skill.entries = own.entries!.filter((entry) => entry.path !== name);
    if (own.absolutePath !== skill.absolutePath) skill.entries.push({ path: basename(own.absolutePath), type: 'file' });
  }
  return skill;
}

function describe(absolutePath: string, treeRoot: string, layout: 'folder' | 'file'): FoundSkill {
  const sourcePath = relativePosix(treeRoot, absolutePath);
  const parts = sourcePath.split('/');
  const expectedName = layout === 'folder' ? basename(dirname(absolutePath)) : basename(absolutePath).replace(/\.md$/i, '');
  const categoryDepth = layout === 'folder' ? 3 : 2;
  const category = parts.length === categoryDepth ? parts[0]! : null;
  return { absolutePath, treeRoot, sourcePath, layout, expectedName, category };
}

/**
 * Whether a file starts with a frontmatter fence (`---`, after an optional byte order mark): Markdown
 * beside the skills without one is documentation, not a single-file skill. Links are taken as
 * candidates without being read here; reading them reports where they point.
 */
function opensWithFrontmatter(path: string): boolean {
  const head = Buffer.alloc(6);
  let length = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    length = readSync(fd, head, 0, head.length, 0);
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = head.subarray(0, length).toString('latin1');
  const body = text.startsWith('\xef\xbb\xbf') ? text.slice(3) : text;
  return body.startsWith('---');
}

function skillFileIn(dir: string): string | null {
  if (existsSync(join(dir, 'SKILL.md')) || isLink(join(dir, 'SKILL.md'))) return 'SKILL.md';
  if (existsSync(join(dir, 'skill.md'))) return 'skill.md';
  return null;
}

function isDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory() || (lstatSync(path).isSymbolicLink() && lstatSync(realpathSync(path)).isDirectory());
  } catch {
    return false;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
