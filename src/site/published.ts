// What the site may publish from a skill, and under which URL. Names, aliases and file paths come
// from skills and are untrusted: each becomes part of an output path only when it cannot leave its
// folder on any file system or host, and each resource file is published under an extension no
// browser renders or runs, so a static host serves it as inert text whatever its own type table says.

/**
 * Extensions published as they are. Common static hosts serve these as text, JSON or a download, never
 * as a document or a script. Everything else (html, svg, xml, js, css, pdf, `.rs`, which some hosts map
 * to an XML type, …) is published with `.txt` appended.
 */
export const INERT_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'txt', 'json', 'csv', 'tsv', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'py', 'sh', 'bash', 'zsh', 'ps1', 'rb', 'go', 'sql', 'log']);

const TEXT_SUFFIX = '.txt';

/** A name or alias usable as one folder of the site: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
const PAGE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** True when `value` can name a page folder (`skills/<value>/`) without leaving it or needing escapes. */
export function isPageSegment(value: string): boolean {
  return PAGE_SEGMENT.test(value);
}

/**
 * One segment of a resource path: no separators of any platform, no `.`/`..`, nothing a server or a
 * file system decodes or treats specially (`%`, `:`, control characters), no leading `-` or space.
 */
const RESOURCE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._+@=,~ -]{0,254}$/;

function isResourceSegment(segment: string): boolean {
  return RESOURCE_SEGMENT.test(segment) && !segment.endsWith(' ') && !segment.endsWith('.');
}

/** Why a resource path cannot be published, or null when it can. */
export function resourcePathProblem(path: string): string | null {
  const segments = path.split('/');
  if (segments.length > 16) return 'it is nested too deeply';
  for (const segment of segments) {
    if (!isResourceSegment(segment)) return `its part ${JSON.stringify(segment)} is not a plain file or folder name`;
  }
  return null;
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The path a resource is published under inside its skill's folder: as is for inert types, else with `.txt` appended. */
export function publishedName(path: string): string {
  return INERT_EXTENSIONS.has(extensionOf(path)) ? path : `${path}${TEXT_SUFFIX}`;
}

/** Percent-encodes each segment of a `/`-separated path for use in a URL. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export interface PublishPlan {
  /** Source path (inside the skill folder) → published path, for every file that is published. */
  files: Map<string, string>;
  /** One line per file left out, saying why. */
  skipped: string[];
}

/**
 * Decides which of a skill's text files are published and where. A file whose path is unsafe is left
 * out, and so is one whose published path another file already takes (the file published as is wins).
 */
export function planResources(skill: string, paths: readonly string[]): PublishPlan {
  const files = new Map<string, string>();
  const skipped: string[] = [];
  const taken = new Map<string, string>();
  const ordered = [...paths].sort((a, b) => Number(publishedName(a) !== a) - Number(publishedName(b) !== b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const path of ordered) {
    const problem = path === 'SKILL.md' ? 'it would replace the SKILL.md' : resourcePathProblem(path);
    if (problem) {
      skipped.push(`${skill}: ${JSON.stringify(path)} is not published: ${problem}`);
      continue;
    }
    const published = publishedName(path);
    const lower = published.toLowerCase();
    const holder = taken.get(lower);
    if (holder !== undefined || lower === 'skill.md') {
      skipped.push(`${skill}: ${JSON.stringify(path)} is not published: its published name ${published} is taken by ${holder ?? 'SKILL.md'}`);
      continue;
    }
    taken.set(lower, path);
    files.set(path, published);
  }
  return { files, skipped };
}

/**
 * Where a relative link of a skill's body leads once its folder is published at `folder` (a site path
 * ending in `/`): a file published under another name is linked under that name; anything else keeps
 * the plain resolution. Returns path, query and fragment.
 */
export function publishedLink(url: string, folder: string, files: ReadonlyMap<string, string>): string {
  const resolved = new URL(url, `http://site${folder}`);
  const link = (pathname: string) => `${pathname}${resolved.search}${resolved.hash}`;
  if (!resolved.pathname.startsWith(folder)) return link(resolved.pathname);
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname.slice(folder.length));
  } catch {
    return link(resolved.pathname);
  }
  const published = files.get(path);
  return link(published === undefined ? resolved.pathname : `${folder}${encodePath(published)}`);
}

export interface AliasPage {
  alias: string;
  /** The skill it redirects to. */
  target: string;
}

/**
 * The redirect pages for aliases: one per alias that is a plain page name, is not the name of a skill
 * (the skill keeps its page) and was not claimed by an earlier skill. Everything left out is explained.
 */
export function aliasPages(skills: readonly { name: string; aliases: readonly string[] }[]): { pages: AliasPage[]; skipped: string[] } {
  // Compared without case: on a case-insensitive file system `Docker/` is the folder `docker/`.
  const names = new Set(skills.map((skill) => skill.name.toLowerCase()));
  const claimed = new Map<string, AliasPage>();
  const skipped: string[] = [];
  for (const skill of skills) {
    for (const alias of skill.aliases) {
      const key = alias.toLowerCase();
      const owner = claimed.get(key)?.target;
      const problem = !isPageSegment(alias)
        ? 'it is not a plain page name (letters, digits, ".", "_", "-")'
        : names.has(key)
          ? 'a skill has that name'
          : owner !== undefined && owner !== skill.name
            ? `${owner} claims it first`
            : null;
      if (problem) skipped.push(`${skill.name}: alias ${JSON.stringify(alias)} gets no page: ${problem}`);
      else if (owner === undefined) claimed.set(key, { alias, target: skill.name });
    }
  }
  return { pages: [...claimed.values()], skipped };
}
