// Service worker of the skill preview (/contribute/preview/), registered by that page only, twice: for
// the page itself, and for the asset folder (_astro/), because a worker's script is fetched under the
// worker's own URL and only a registration covering that URL may answer it. The page sends the URLs it used (itself, its scripts, styles and workers); they are cached,
// and anything else the page fetches under the site's base path is cached as it goes. The page itself
// is fetched from the network first, so a new deployment shows up at once; everything else comes from
// the cache first (Astro's asset names carry a content hash). Nothing outside the base path is touched.
const CACHE = 'skillpack-preview-v1';
const base = new URL('./', self.location.href).href;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('skillpack-preview-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
  const port = event.ports[0];
  const wanted = new Set(data.urls.filter((url) => typeof url === 'string' && url.startsWith(base)));
  event.waitUntil(
    store(wanted)
      .catch(() => 0)
      .then((cached) => port?.postMessage({ cached })),
  );
});

/** Caches every wanted URL not cached yet and drops the rest (assets of earlier deployments); returns how many are cached. */
async function store(wanted) {
  const cache = await caches.open(CACHE);
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
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  return cached;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(base)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        try {
          const response = await fetch(request);
          if (response.ok) await cache.put(request.url.split(/[?#]/)[0], response.clone());
          return response;
        } catch (error) {
          const cached = await cache.match(request, { ignoreSearch: true });
          if (cached) return cached;
          throw error;
        }
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(request);
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
      return response;
    })(),
  );
});
