// The catalog website. Everything is configurable through the environment so tests and benchmarks
// can build other catalogs into other folders: SKILLPACK_ROOT (project folder of the catalog),
// SITE_URL, SITE_BASE (e.g. /skillpack/), SITE_OUT and SITE_CACHE.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { defineConfig } from 'astro/config';
import { INLINE_SCRIPT_HASHES, PAGE_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/site/security.ts';

const base = process.env.SITE_BASE ?? '/';
const outDir = resolve(process.env.SITE_OUT ?? './dist');

/**
 * `astro dev` has no bundle (which the search page ranks) nor Pagefind index of its own; it serves the
 * ones the last `npm run build` wrote, so search works while editing (with results as of that build).
 * Without a build the search page says so.
 */
const lastBuiltSearchIndex = {
  name: 'skillpack-last-built-search-index',
  configureServer(server) {
    const root = base.replace(/\/?$/, '/');
    server.middlewares.use((request, response, next) => {
      const path = decodeURIComponent((request.url ?? '').split('?')[0]);
      const folder = ['pagefind', 'bundle'].find((name) => path.startsWith(`${root}${name}/`));
      if (!folder) return next();
      const file = join(outDir, folder, path.slice(`${root}${folder}/`.length));
      if (!file.startsWith(join(outDir, folder, sep)) || !existsSync(file) || !statSync(file).isFile()) return next();
      response.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
      createReadStream(file).pipe(response);
    });
  },
};

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  outDir,
  cacheDir: process.env.SITE_CACHE ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Skill bodies are highlighted by the compiler's own renderer; Astro's Markdown pipeline is unused.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...PAGE_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: INLINE_SCRIPT_HASHES },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    plugins: [lastBuiltSearchIndex],
  },
});
