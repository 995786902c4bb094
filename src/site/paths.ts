// URLs inside the site, always under the configured base path and ending in a slash for pages.

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path under the site's base, e.g. `href('skills/docker/')` → `/skillpack/skills/docker/`. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** An absolute URL (for Open Graph, the sitemap and install snippets). */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').href;
}

export const skillHref = (name: string) => href(`skills/${name}/`);
export const categoryHref = (id: string) => href(`categories/${encodeURIComponent(id)}/`);
/** The folder where a skill's SKILL.md and its other published files are served. */
export const skillFolderHref = (name: string) => href(`.well-known/agent-skills/${name}/`);
/** Where each SKILL.md is served, as the agent-skills discovery index lists it. */
export const skillFileHref = (name: string) => `${skillFolderHref(name)}SKILL.md`;
export const bundleHref = (path: string) => href(`bundle/${path}`);
