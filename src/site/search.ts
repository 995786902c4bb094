// Browser code for the search page: runs Pagefind as the visitor types. Only this page loads
// Pagefind, as soon as it has rendered, so the first keystroke finds it ready.

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; description?: string }; filters: Record<string, string[]> }>;
}

interface Pagefind {
  options: (options: { baseUrl: string; excerptLength?: number }) => Promise<void>;
  /** Loads the WebAssembly and the index metadata, which the first search would otherwise wait for. */
  init: () => Promise<void>;
  search: (term: string, options: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
  /** Every filter value in the index with its page count, e.g. `{ tag: { docker: 3 } }`. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 10;
const FIRST_RESULTS = 3;

async function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/**
 * Pagefind's excerpt is the page's text, HTML-escaped, with <mark> around the matches. It is still
 * parsed in an inert document and rebuilt from text and <mark> only, so markup can never reach the page.
 */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK' ? Object.assign(document.createElement('mark'), { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''),
  );
}

function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const description = document.createElement('p');
  description.textContent = data.meta.description ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'meta';
  excerpt.append(...excerptNodes(data.excerpt));
  const category = data.filters.category?.[0];
  item.append(heading, description, ...(category ? [Object.assign(document.createElement('p'), { className: 'meta', textContent: category })] : []), excerpt);
  return item;
}

/** The tag list comes from the index itself, so it never offers a tag no page has. */
async function fillTags(pagefind: Pagefind, select: HTMLSelectElement): Promise<void> {
  const tags = Object.entries((await pagefind.filters()).tag ?? {}).sort(([a], [b]) => a.localeCompare(b));
  select.append(...tags.map(([value, count]) => new Option(`${value} (${count})`, value)));
}

export function startSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const form = input.form!;
  const category = root.querySelector<HTMLSelectElement>('#search-category')!;
  const tag = root.querySelector<HTMLSelectElement>('#search-tag')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const results = root.querySelector<HTMLOListElement>('#search-results')!;
  let pagefind: Promise<Pagefind> | null = null;
  const load = () => {
    if (!pagefind) {
      pagefind = loadPagefind(root.dataset.bundle!, root.dataset.base!);
      void pagefind.then((loaded) => fillTags(loaded, tag)).catch(() => undefined);
    }
    return pagefind;
  };
  // Each keystroke starts a search; only the newest one may write the results.
  let latest = 0;

  const run = async () => {
    const term = input.value.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!term) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const ticket = ++latest;
    try {
      const filters: Record<string, string> = {};
      if (category.value) filters.category = category.value;
      if (tag.value) filters.tag = tag.value;
      const search = await (await load()).search(term, { filters });
      if (ticket !== latest) return;
      // The first few results go on screen as soon as their excerpts arrive; the rest follow.
      const shown = search.results.slice(0, MAX_RESULTS).map((result) => result.data());
      const first = await Promise.all(shown.slice(0, FIRST_RESULTS));
      if (ticket !== latest) return;
      results.replaceChildren(...first.map(resultItem));
      const rest = await Promise.all(shown.slice(FIRST_RESULTS));
      if (ticket !== latest) return;
      results.append(...rest.map(resultItem));
      const total = search.results.length;
      status.textContent = total === 0 ? `No skills match “${term}”.` : `${total} ${total === 1 ? 'skill matches' : 'skills match'} “${term}”${total > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
    } catch {
      pagefind = null;
      status.textContent = import.meta.env.DEV
        ? 'Search needs a build: the development server serves the index of the last `npm run build`, and there is none yet. Run `npm run build` once.'
        : 'Search could not load. Reload the page to try again.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  category.addEventListener('change', () => void run());
  tag.addEventListener('change', () => void run());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  } else {
    void load().catch(() => undefined);
  }
}
