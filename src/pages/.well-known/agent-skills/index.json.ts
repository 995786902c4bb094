// The agent-skills discovery index (Cloudflare's Agent Skills Discovery RFC, v0.2.0): a `skill-md`
// entry for each skill that is only its SKILL.md, an `archive` entry for each skill with other files,
// each with the sha256 of the exact bytes served at its `url`.
import type { APIRoute } from 'astro';
import { DISCOVERY_SCHEMA, distributions } from '../../../site/distribution.ts';

export const GET: APIRoute = async () => {
  const skills = (await distributions()).map(({ name, type, description, url, digest }) => ({ name, type, description, url, digest }));
  return new Response(`${JSON.stringify({ $schema: DISCOVERY_SCHEMA, skills }, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
