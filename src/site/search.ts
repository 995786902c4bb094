// Browser code for the search page. It ranks with the runtime's own search (src/runtime/search.ts:
// BM25F over name, description, tags, headings and body, with stop words, stemming and synonyms) over
// the bundle the site publishes, so a query ranks here exactly as `skillpack search` ranks it. Each
// result says which words matched where, with an excerpt of the body. A review build publishes no
// bundle; its search falls back to the Pagefind index of the pages. Every value from a skill is written
// with textContent.
import type { SkillRecord } from '../core/schema.ts';
import { SearchIndex } from '../runtime/search.ts';
import { inlineCodeNodes } from './inline-code.ts';
import { bodyExcerpt, explainMatch, suggestions, type MatchField } from './search-explain.ts';

const MAX_RESULTS = 10;
const FIELD_LABELS: Record<MatchField, string> = { name: 'name', description: 'description', tags: 'tags', headings: 'headings', body: 'text' };

interface Loaded {
  skills: SkillRecord[];
  index: SearchIndex;
}

/** A review build (skills with errors shown) publishes no bundle; its search falls back to the Pagefind index of its pages. */
class NoBundle extends Error {}

async function loadIndex(bundleUrl: string): Promise<Loaded> {
  const response = await fetch(bundleUrl);
  if (response.status === 404) throw new NoBundle();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { skills } = (await response.json()) as { skills: SkillRecord[] };
  return { skills, index: new SearchIndex(skills) };
}

interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string };
  filters: Record<string, string[]>;
}

interface Pagefind {
  options: (options: { baseUrl: string; excerptLength?: number }) => Promise<void>;
  search: (term: string, options: { filters?: Record<string, string> }) => Promise<{ results: Array<{ data: () => Promise<PagefindPage> }>; filters: Record<string, Record<string, number>> }>;
}

async function loadPagefind(bundleUrl: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl, excerptLength: 24 });
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

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
};

export function startSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const form = input.form!;
  const category = root.querySelector<HTMLSelectElement>('#search-category')!;
  const tag = root.querySelector<HTMLSelectElement>('#search-tag')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const results = root.querySelector<HTMLOListElement>('#search-results')!;
  const base = root.dataset.base!;
  const titles = new Map([...category.options].filter((option) => option.value).map((option) => [option.value, option.dataset.title ?? option.value]));
  const skillUrl = (name: string) => `${base}skills/${encodeURIComponent(name)}/`;
  let pagefind: Promise<Pagefind> | null = null;
  let loading: Promise<Loaded> | null = null;
  const load = () => (loading ??= loadIndex(root.dataset.bundle!).catch((error: unknown) => {
    loading = null;
    throw error;
  }));

  function resultItem(skill: SkillRecord, term: string): HTMLLIElement {
    const item = make('li', 'card');
    const heading = make('h2');
    const link = make('a', '', skill.name);
    link.href = skillUrl(skill.name);
    heading.append(link);
    item.append(heading, make('p', '', skill.description));
    if (skill.category) item.append(make('p', 'meta', titles.get(skill.category) ?? skill.category));
    const matched = explainMatch(skill, term);
    if (matched.length > 0) {
      const why = make('p', 'meta search-why');
      why.append('Matched: ');
      matched.forEach((match, i) => {
        if (i > 0) why.append('; ');
        why.append(make('strong', '', match.word), ` in ${match.fields.map((field) => FIELD_LABELS[field]).join(', ')}`);
      });
      item.append(why);
    }
    const excerpt = bodyExcerpt(skill.body, term);
    if (excerpt) {
      const paragraph = make('p', 'meta search-excerpt');
      paragraph.append(...excerpt.map((part) => (part.mark ? make('mark', '', part.text) : document.createTextNode(part.text))));
      item.append(paragraph);
    }
    return item;
  }

  /** The tag menu lists the tags of the current results, with counts, so it stays short and never empties the list. */
  function fillTags(hits: readonly SkillRecord[], chosen: string): void {
    const counts = new Map<string, number>();
    for (const skill of hits) for (const each of skill.tags) counts.set(each, (counts.get(each) ?? 0) + 1);
    if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    tag.replaceChildren(new Option('All tags', ''), ...sorted.map(([value, count]) => new Option(`${value} (${count})`, value)));
    tag.value = chosen;
  }

  function emptyState(term: string, skills: readonly SkillRecord[]): void {
    status.replaceChildren(`No skills match “${term}”. `);
    const ideas = suggestions(skills, term);
    const filtered = category.value !== '' || tag.value !== '';
    if (filtered) status.append('Try all categories and tags, or ');
    if (ideas.length > 0) {
      status.append(filtered ? 'one of: ' : 'Try one of: ');
      ideas.forEach((idea, i) => {
        const link = make('a', '', idea);
        link.href = `${base}search/?q=${encodeURIComponent(idea.replace(/-/g, ' '))}`;
        status.append(...(i > 0 ? [', '] : []), link);
      });
      status.append('. ');
    } else if (!filtered) status.append('Try fewer or more general words. ');
    const browse = make('a', '', 'Browse every skill');
    browse.href = `${base}skills/`;
    status.append(browse, '.');
  }

  function pagefindItem(page: PagefindPage): HTMLLIElement {
    const item = make('li', 'card');
    const heading = make('h2');
    const link = make('a', '', page.meta.title ?? page.url);
    link.href = page.url;
    heading.append(link);
    item.append(heading, make('p', '', page.meta.description ?? ''));
    const categoryTitle = page.filters.category?.[0];
    if (categoryTitle) item.append(make('p', 'meta', categoryTitle));
    const excerpt = make('p', 'meta search-excerpt');
    excerpt.append(...excerptNodes(page.excerpt));
    item.append(excerpt);
    return item;
  }

  /** Search without a bundle: Pagefind's own ranking over the pages, said so in the status line. */
  async function runPagefind(term: string, ticket: number): Promise<void> {
    const loaded = await (pagefind ??= loadPagefind(root.dataset.pagefind!, base));
    const filters: Record<string, string> = {};
    if (category.value) filters.category = titles.get(category.value) ?? category.value;
    if (tag.value) filters.tag = tag.value;
    const search = await loaded.search(term, { filters });
    const pages = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    const chosen = tag.value;
    const counts = Object.entries(search.filters.tag ?? {}).filter(([, count]) => count > 0 || chosen !== '');
    tag.replaceChildren(new Option('All tags', ''), ...counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => new Option(`${value} (${count})`, value)));
    tag.value = chosen;
    results.replaceChildren(...pages.map(pagefindItem));
    const total = search.results.length;
    status.replaceChildren(...inlineCodeNodes(`${total} ${total === 1 ? 'page matches' : 'pages match'} “${term}” (this review build publishes no bundle, so pages are ranked by the page index, not as \`skillpack search\` ranks).`));
  }

  let latest = 0;
  const run = async () => {
    const term = input.value.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!term) {
      results.replaceChildren();
      status.replaceChildren();
      return;
    }
    const ticket = ++latest;
    try {
      const { skills, index } = await load();
      if (ticket !== latest) return;
      const ranked = index.search(term, { limit: skills.length, ...(category.value ? { category: category.value } : {}) }).map((hit) => hit.skill);
      const chosen = tag.value;
      const hits = chosen ? ranked.filter((skill) => skill.tags.includes(chosen)) : ranked;
      fillTags(ranked, chosen);
      results.replaceChildren(...hits.slice(0, MAX_RESULTS).map((skill) => resultItem(skill, term)));
      const total = hits.length;
      if (total === 0) emptyState(term, skills);
      else status.textContent = `${total} ${total === 1 ? 'skill matches' : 'skills match'} “${term}”${total > MAX_RESULTS ? `; showing the best ${MAX_RESULTS}` : ''}.`;
    } catch (error) {
      if (error instanceof NoBundle) {
        await runPagefind(term, ticket).catch(() => (status.textContent = 'Search could not load. Reload the page to try again.'));
        return;
      }
      status.replaceChildren(
        ...inlineCodeNodes(
          import.meta.env.DEV
            ? 'Search needs a build: the development server serves the bundle of the last `npm run build`, and there is none yet. Run `npm run build` once.'
            : 'Search could not load. Reload the page to try again.',
        ),
      );
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  category.addEventListener('change', () => void run());
  tag.addEventListener('change', () => void run());
  const query = new URLSearchParams(location.search);
  const initialCategory = query.get('category');
  if (initialCategory && titles.has(initialCategory)) category.value = initialCategory;
  const initial = query.get('q');
  if (initial) {
    input.value = initial;
    void run();
  } else {
    void load().catch(() => undefined);
  }
}
