// A link check over a built site: every internal href/src must resolve to a file, and every
// `#fragment` to an element id on the target page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

/** Problems found, as `page: link (reason)`; empty when every internal link and anchor resolves. */
export function checkLinks(out: string, base: string, siteOrigin: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!)));
      ids.set(file, found);
    }
    return found;
  };
  for (const page of htmlFiles(out)) {
    const html = readFileSync(page, 'utf8');
    const pagePath = `${base}${relative(out, page).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
    for (const match of html.matchAll(/<[a-z][^>]*?\s(?:href|src)="([^"]*)"/g)) {
      let link = decode(match[1]!);
      if (link.startsWith(siteOrigin)) link = link.slice(siteOrigin.length);
      if (/^[a-z]+:/i.test(link) || link.startsWith('//')) continue;
      const url = new URL(link, `http://site${pagePath}`);
      if (!url.pathname.startsWith(base)) {
        problems.push(`${pagePath}: ${link} (outside the base path)`);
        continue;
      }
      let file = join(out, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        problems.push(`${pagePath}: ${link} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) problems.push(`${pagePath}: ${link} (no element with id "${fragment}")`);
    }
  }
  return problems;
}
