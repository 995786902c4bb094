// Each skill's SKILL.md, byte for byte the bundle's `skills/<name>.md`, where the discovery index points.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () =>
  (await getCollection('skills')).map((entry) => ({ params: { name: entry.id }, props: { text: entry.body ?? '' } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
