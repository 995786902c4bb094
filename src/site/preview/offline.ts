// Makes the preview work offline once loaded: registers the service worker (public/preview-sw.js)
// for this page and for each of its workers' scripts (one registration per script, scoped to that one
// file), drops the registrations of earlier deployments' scripts, and hands the worker every URL the
// page has used, which it keeps in the cache of the current build.

/** The same-origin URLs under the site's base that the page has loaded so far. */
function usedUrls(base: string, extra: readonly string[]): string[] {
  const root = new URL(base, location.href).href;
  const page = new URL(location.pathname, location.href).href;
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  // The icon is fetched by the browser itself, outside the page's resource timing.
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="stylesheet"]')) resources.push(link.href);
  return [...new Set([page, ...resources, ...extra])].filter((url) => url.startsWith(root) && !url.includes('/pagefind/'));
}

/** The registration's newest worker once it is active (a new deployment's worker installs first). */
async function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  const pending = registration.installing ?? registration.waiting;
  if (pending) {
    await new Promise<void>((settled) => {
      const check = () => {
        if (pending.state === 'activated' || pending.state === 'redundant') settled();
      };
      pending.addEventListener('statechange', check);
      check();
    });
  }
  return registration.active;
}

/**
 * Registers the workers and, once the page's is active, sends it the page's URLs. Resolves with true
 * when they are cached; false where service workers are unavailable (plain http on another host,
 * private modes).
 */
export async function enableOffline(base: string, workerScripts: readonly string[]): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  try {
    const script = `${base}preview-sw.js`;
    const scope = new URL(location.pathname, location.href).pathname;
    const registration = await navigator.serviceWorker.register(script, { scope, updateViaCache: 'none' });
    // Registering an unchanged script URL does not look for a new worker, and the browser's own check after a
    // navigation comes when it pleases (later in newer Chromium): asking now lets a new deployment take over
    // on this load. Offline the check fails, and the worker already installed serves.
    await registration.update().catch(() => undefined);
    const workerScopes = new Set(workerScripts.map((url) => new URL(url, location.href).pathname));
    for (const workerScope of workerScopes) await navigator.serviceWorker.register(script, { scope: workerScope, updateViaCache: 'none' });
    // Registrations for the scripts of earlier deployments (or for the whole asset folder) serve nothing now.
    const assets = new URL(`${base}_astro/`, location.href).href;
    for (const old of await navigator.serviceWorker.getRegistrations()) {
      if (old.scope.startsWith(assets) && !workerScopes.has(new URL(old.scope).pathname)) await old.unregister();
    }
    const worker = await activeWorker(registration);
    if (!worker) return false;
    const channel = new MessageChannel();
    const done = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<{ cached: number }>) => resolve(event.data.cached > 0);
      setTimeout(() => resolve(false), 120_000);
    });
    worker.postMessage({ type: 'cache', urls: usedUrls(base, workerScripts) }, [channel.port2]);
    return await done;
  } catch {
    return false;
  }
}
