// Service worker of the skill preview (/contribute/preview/), registered by that page only: once for
// the page itself, and once for each of its workers' scripts, with that script's own URL as the scope
// (a worker's script is fetched under its own URL, and only a registration covering that URL may
// answer it offline; a scope of one file confines that registration to that file and its worker).
//
// The page sends the URLs it used (itself, its scripts, styles and workers); they are cached, and what
// the page or its workers fetch later under the site's base path is cached as it goes (never the files
// published from skills). The page itself comes from the network first, so a new deployment shows up
// at once; everything else from the cache first. BUILD is written by the site build (the digest of all
// other files), so a new deployment brings a worker with new bytes: the browser installs it, and on
// activation it drops the caches of every earlier build. Nothing outside the base path is touched.
const BUILD = 'development';
const PREFIX = 'skillpack-preview-';
const CACHE = `${PREFIX}${BUILD}`;
const base = new URL('./', self.location.href).href;

/** What may be cached: GETs under the base path, except skill files, search index and the worker itself. */
function cacheable(url) {
  if (!url.startsWith(base)) return false;
  const path = url.slice(base.length);
  return !path.startsWith('.well-known/') && !path.startsWith('pagefind/') && !path.startsWith('preview-sw.js');
}

/**
 * Files the checker worker fetches only when a skill needs them (the code analysis's WebAssembly
 * grammars, megabytes the page never lists): kept once cached. Their names carry a content hash and
 * the cache belongs to one build, so nothing stale can stay.
 */
function onDemand(url) {
  return url.startsWith(`${base}_astro/`) && url.endsWith('.wasm');
}

self.addEventListener('install', (event) => event.waitUntil(caches.open(CACHE).then(() => self.skipWaiting())));

/**
 * This build's cache, or null once a newer build's worker has deleted it: a worker still running for a
 * page of the old build must not create it again (its files would shadow the new build's).
 */
async function dropOtherCaches() {
  for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
}

async function ownCache() {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : null;
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await dropOtherCaches();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  const sender = event.source && 'url' in event.source ? event.source.url : '';
  if (!sender.startsWith(base) || !data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
  const port = event.ports[0];
  const wanted = new Set(data.urls.filter((url) => typeof url === 'string' && cacheable(url)));
  event.waitUntil(
    store(wanted)
      .catch(() => 0)
      .then((cached) => port?.postMessage({ cached, build: BUILD })),
  );
});

/** Caches every wanted URL not cached yet and drops the rest; returns how many are cached. */
async function store(wanted) {
  const cache = await ownCache();
  if (!cache) return 0;
  let cached = 0;
  for (const url of wanted) {
    try {
      if (!(await cache.match(url))) {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) continue;
        await cache.put(url, response);
      }
      cached++;
    } catch {
      // offline or gone: keep whatever was cached before
    }
  }
  for (const request of await cache.keys()) if (!wanted.has(request.url) && !onDemand(request.url)) await cache.delete(request);
  // A worker of the previous build may still have been answering a request while this one activated.
  await dropOtherCaches();
  return cached;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !cacheable(request.url)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        const cache = await ownCache();
        try {
          const response = await fetch(request);
          if (response.ok && cache) await cache.put(request.url.split(/[?#]/)[0], response.clone());
          return response;
        } catch (error) {
          const cached = await cache?.match(request, { ignoreSearch: true });
          if (cached) return cached;
          throw error;
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await ownCache();
      const cached = await cache?.match(request);
      if (cached) return cached;
      // Revalidated, so a build's first copy of a file never comes from the browser's HTTP cache of an earlier build.
      const response = await fetch(request, { cache: 'no-cache' });
      if (cache && response.ok && response.type === 'basic') await cache.put(request, response.clone());
      return response;
    })(),
  );
});
