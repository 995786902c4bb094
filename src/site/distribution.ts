// How the discovery index distributes each skill: a skill that is only its SKILL.md as that file
// (`skill-md`), a skill with published resource files as one deterministic `.tar.gz` of its folder
// (`archive`), each with the sha256 of the exact bytes served at its URL.
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { createTarGz } from '../node/archive.ts';
import { href, skillFileHref } from './paths.ts';

export const DISCOVERY_SCHEMA = 'https://schemas.agentskills.io/discovery/0.2.0/schema.json';

export interface Distribution {
  name: string;
  type: 'skill-md' | 'archive';
  description: string;
  url: string;
  /** `sha256:` and the hex digest of the artifact's bytes. */
  digest: string;
  /** The artifact: the SKILL.md or the gzip-compressed tar. */
  bytes: Uint8Array;
}

export const archiveHref = (name: string) => href(`.well-known/agent-skills/${name}.tar.gz`);

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

let pending: Promise<Distribution[]> | null = null;

/** Every skill's distribution, sorted by name. The archive holds the SKILL.md and every published resource under its source path. */
export function distributions(): Promise<Distribution[]> {
  pending ??= (async () => {
    // Typed here so this checks the same with or without the types `astro sync` generates.
    const resourceEntries: Array<{ data: { skill: string; source: string }; body?: string }> = await getCollection('resources');
    const skillEntries: Array<{ data: { name: string; description: string }; body?: string }> = await getCollection('skills');
    const resources = new Map<string, { path: string; content: string }[]>();
    for (const entry of resourceEntries) {
      const list = resources.get(entry.data.skill) ?? [];
      list.push({ path: entry.data.source, content: entry.body ?? '' });
      resources.set(entry.data.skill, list);
    }
    const skills = skillEntries.map((entry) => ({ ...entry.data, text: entry.body ?? '' }));
    return skills
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((skill): Distribution => {
        const files = resources.get(skill.name) ?? [];
        const bytes = files.length === 0 ? Buffer.from(skill.text) : createTarGz([{ path: 'SKILL.md', content: skill.text }, ...files]);
        return {
          name: skill.name,
          type: files.length === 0 ? 'skill-md' : 'archive',
          description: skill.description,
          url: files.length === 0 ? skillFileHref(skill.name) : archiveHref(skill.name),
          digest: sha256(bytes),
          bytes,
        };
      });
  })();
  return pending;
}
