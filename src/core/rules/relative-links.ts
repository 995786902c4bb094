import type { Definition, Image, Link } from 'mdast';
import { visitNodes } from '../mdast.ts';
import { isRelativeUrl } from '../urls.ts';
import type { SkillRule } from './types.ts';

/** The file a relative URL points at, relative to the skill folder, or an explanation of why it cannot be followed. */
export function resolveRelativeUrl(url: string): { path: string } | { outside: true } | null {
  if (url.startsWith('/') && !url.startsWith('//')) return { outside: true };
  if (!isRelativeUrl(url)) return null;
  let pathPart = url.split(/[?#]/, 1)[0]!;
  try {
    pathPart = decodeURIComponent(pathPart);
  } catch {
    // keep the raw text: a stray % is still a path
  }
  const segments: string[] = [];
  for (const segment of pathPart.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { outside: true };
      segments.pop();
    } else segments.push(segment);
  }
  return { path: segments.join('/') };
}

const rule: SkillRule = {
  id: 'relative-links',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary: 'Relative links and images point at files that exist inside the skill folder.',
    pass: '---\nname: api-design\ndescription: Designs HTTP APIs. Use when adding endpoints.\n---\nSee [the error catalog](references/errors.md).\n',
    fail: '---\nname: api-design\ndescription: Designs HTTP APIs. Use when adding endpoints.\n---\nSee [the error catalog](../shared/errors.md).\n',
  },
  check({ skill, report }) {
    if (!skill.tree) return;
    const files = new Set<string>();
    const folders = new Set<string>(['']);
    for (const file of skill.source.files) {
      files.add(file.path);
      const parts = file.path.split('/');
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    }
    const skillFileName = skill.source.sourcePath.split('/').pop()!;
    files.add(skillFileName);

    visitNodes(skill.tree, ['link', 'image', 'definition'], (node) => {
      const target = node as Link | Image | Definition;
      const resolved = resolveRelativeUrl(target.url);
      if (resolved === null) return;
      const kind = target.type === 'image' ? 'Image' : 'Link';
      const span = target.position ? { start: target.position.start, end: target.position.end } : null;
      if ('outside' in resolved) {
        report(span, `${kind} "${target.url}" points outside the skill folder; copy the file into the skill (e.g. references/) and link it relatively`);
        return;
      }
      if (skill.source.layout === 'file') {
        report(span, `${kind} "${target.url}" points at a file, but single-file skills have no folder; convert to <name>/SKILL.md with the file beside it`);
        return;
      }
      if (files.has(resolved.path) || folders.has(resolved.path)) return;
      report(span, `${kind} "${target.url}" points at a missing file "${resolved.path}"; add it to the skill folder or fix the path`);
    });
  },
};
export default rule;
