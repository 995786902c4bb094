// A skill's other text files (references, scripts, evals), where its SKILL.md's relative links lead.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () =>
  (await getCollection('resources')).map((entry) => ({
    params: { name: entry.data.skill, file: entry.data.path },
    props: { text: entry.body ?? '' },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text);
