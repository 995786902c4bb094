// The agent-skills discovery index (Cloudflare's Agent Skills Discovery RFC, v0.2.0): one
// `skill-md` entry per skill, with the sha256 of the exact file served at its `url`.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { downloads } from '../../../site/content.ts';
import { skillFileHref } from '../../../site/paths.ts';

const DISCOVERY_SCHEMA = 'https://schemas.agentskills.io/discovery/0.2.0/schema.json';

export const GET: APIRoute = async () => {
  const digests = new Map((await downloads()).map((file) => [file.path, file.sha256]));
  const skills = (await getCollection('skills'))
    .map((entry) => entry.data)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((skill) => ({
      name: skill.name,
      type: 'skill-md',
      description: skill.description,
      url: skillFileHref(skill.name),
      digest: `sha256:${digests.get(`skills/${skill.name}.md`)}`,
    }));
  return new Response(`${JSON.stringify({ $schema: DISCOVERY_SCHEMA, skills }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
