// The archive of each skill with files beside its SKILL.md, as the discovery index lists it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { distributions } from '../../../site/distribution.ts';

export const getStaticPaths = (async () =>
  (await distributions()).filter((skill) => skill.type === 'archive').map((skill) => ({ params: { name: skill.name }, props: { bytes: skill.bytes } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes, { headers: { 'Content-Type': 'application/gzip' } });
