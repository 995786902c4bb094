// Makes the preview work offline once loaded: registers the service worker (public/preview-sw.js)
// for this page (and for the asset folder, where its workers' scripts live) and hands it every URL
// the page has used, which it keeps in its cache.

/** The same-origin URLs under the site's base that the page has loaded so far. */
function usedUrls(base: string, extra: readonly string[]): string[] {
  const root = new URL(base, location.href).href;
  const page = new URL(location.pathname, location.href).href;
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  // The icon is fetched by the browser itself, outside the page's resource timing.
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="stylesheet"]')) resources.push(link.href);
  return [...new Set([page, ...resources, ...extra])].filter((url) => url.startsWith(root) && !url.includes('/pagefind/'));
}

/**
 * Registers the worker and, once it is active, sends it the page's URLs. Resolves with true when they
 * are cached; false where service workers are unavailable (plain http on another host, private modes).
 */
export async function enableOffline(base: string, extra: readonly string[]): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  try {
    const scope = new URL(location.pathname, location.href).pathname;
    const registration = await navigator.serviceWorker.register(`${base}preview-sw.js`, { scope });
    // A worker's script is fetched under the worker's own URL, so the page's worker does not see it:
    // the same script, registered for the asset folder, answers for the checker and tokenizer workers.
    await navigator.serviceWorker.register(`${base}preview-sw.js`, { scope: `${base}_astro/` });
    const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
    if (!worker) return false;
    const channel = new MessageChannel();
    const done = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<{ cached: number }>) => resolve(event.data.cached > 0);
      setTimeout(() => resolve(false), 120_000);

    });
    worker.postMessage({ type: 'cache', urls: usedUrls(base, extra) }, [channel.port2]);
    return await done;
  } catch {
    return false;
  }
}
