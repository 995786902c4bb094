// sitemap.xml: every page people should land on (skill aliases and the 404 page left out).
import type { APIRoute } from 'astro';
import { allCategories, allSkills } from '../site/content.ts';
import { absolute } from '../site/paths.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const paths = [
    '',
    'skills/',
    'categories/',
    'download/',
    'contribute/',
    'search/',
    ...(await allCategories()).filter((category) => category.skills.length > 0).map((category) => `categories/${category.id}/`),
    ...(await allSkills()).map((skill) => `skills/${skill.name}/`),
  ];
  const urls = paths.map((path) => `  <url><loc>${escapeXml(absolute(path, site))}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
