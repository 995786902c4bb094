import type { APIRoute } from 'astro';
import { absolute } from '../site/paths.ts';

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap.xml', site)}\n`);
