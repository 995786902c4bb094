// Browser code for /skills/: a text filter, a category, a tag facet with counts, sorting, and a compact
// view, applied by hiding and reordering the server-rendered list. Every value shown in the facet
// comes from the list's data attributes and is written with textContent.

type Sort = 'name' | 'size-asc' | 'size-desc';

/** How many tags the facet offers at once (the selected one is always among them). */
const FACET_SIZE = 20;
const FIELDS = ['q', 'category', 'tag', 'sort', 'view'] as const;

function compare(sort: Sort): (a: HTMLElement, b: HTMLElement) => number {
  const name = (item: HTMLElement) => item.dataset.name ?? '';
  const tokens = (item: HTMLElement) => Number(item.dataset.tokens ?? 0);
  if (sort === 'size-asc') return (a, b) => tokens(a) - tokens(b) || name(a).localeCompare(name(b));
  if (sort === 'size-desc') return (a, b) => tokens(b) - tokens(a) || name(a).localeCompare(name(b));
  return (a, b) => name(a).localeCompare(name(b));
}

const tagsOf = (item: HTMLElement) => (item.dataset.tags ?? '').split(' ').filter(Boolean);

/** The tag buttons: the most frequent tags among `items` (tags containing the filter text first), with counts. */
function renderFacet(facet: HTMLElement, items: HTMLElement[], selected: string, text: string, choose: (tag: string) => void): void {
  const counts = new Map<string, number>();
  for (const item of items) for (const tag of tagsOf(item)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const matchesText = (tag: string) => text !== '' && tag.includes(text);
  const ranked = [...counts]
    .sort((a, b) => Number(matchesText(b[0])) - Number(matchesText(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, FACET_SIZE);
  if (selected && !ranked.some(([tag]) => tag === selected)) ranked.unshift([selected, counts.get(selected) ?? 0]);
  facet.replaceChildren(
    ...ranked.map(([tag, count]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'facet-option';
      button.dataset.tag = tag;
      button.setAttribute('aria-pressed', String(tag === selected));
      button.append(document.createTextNode(tag), ' ', Object.assign(document.createElement('span'), { className: 'facet-count', textContent: `(${count})` }));
      button.addEventListener('click', () => choose(tag === selected ? '' : tag));
      return button;
    }),
  );
}

/** Shows the skills matching the form, in the chosen order, and keeps the address bar in step. */
export function applyFilters(form: HTMLFormElement, list: HTMLElement, status: HTMLElement): void {
  const values = new FormData(form);
  const text = String(values.get('q') ?? '').trim().toLowerCase();
  const category = String(values.get('category') ?? '');
  const tag = String(values.get('tag') ?? '');
  const sort = String(values.get('sort') ?? 'name') as Sort;
  const compact = values.get('view') === 'compact';
  const items = [...list.children] as HTMLElement[];
  const matchesText = (item: HTMLElement) => !text || (item.textContent ?? '').toLowerCase().includes(text) || tagsOf(item).some((each) => each.includes(text));
  const beforeTag = items.filter((item) => (!category || item.dataset.category === category) && matchesText(item));
  const shown = new Set(beforeTag.filter((item) => !tag || tagsOf(item).includes(tag)));
  for (const item of items) item.hidden = !shown.has(item);
  list.append(...items.sort(compare(sort)));
  list.classList.toggle('skill-list--compact', compact);
  const tagInput = form.elements.namedItem('tag') as HTMLInputElement;
  renderFacet(form.querySelector<HTMLElement>('#tag-facet')!, beforeTag, tag, text, (chosen) => {
    tagInput.value = chosen;
    applyFilters(form, list, status);
  });
  status.replaceChildren(`${shown.size} of ${items.length} skills`);
  if (shown.size === 0) {
    // An empty result says what to do next: widen the filters, or search the skills' full text.
    const clear = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Clear the filters' });
    clear.addEventListener('click', () => form.reset());
    const search = document.createElement('a');
    search.href = `${form.dataset.search}?q=${encodeURIComponent(text)}`;
    search.textContent = 'search the full text';
    status.append('. ', clear, text ? ' or ' : '', ...(text ? [search] : []), '.');
  }
  const query = new URLSearchParams();
  if (text) query.set('q', String(values.get('q')).trim());
  if (category) query.set('category', category);
  if (tag) query.set('tag', tag);
  if (sort !== 'name') query.set('sort', sort);
  if (compact) query.set('view', 'compact');
  const search = query.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Puts the address bar's `?q=…&category=…&tag=…&sort=…&view=compact` into the form (links from skill pages use it). */
export function readQuery(form: HTMLFormElement): void {
  const query = new URLSearchParams(location.search);
  for (const field of FIELDS) {
    const control = form.elements.namedItem(field) as HTMLInputElement | HTMLSelectElement | null;
    const value = query.get(field);
    if (!control || value === null) continue;
    if (control instanceof HTMLSelectElement) {
      if ([...control.options].some((option) => option.value === value)) control.value = value;
    } else if (control.type === 'checkbox') control.checked = value === control.value;
    else control.value = value;
  }
}

export function startFilters(form: HTMLFormElement, list: HTMLElement, status: HTMLElement): void {
  // Leaving the text field fires `change` after `input` already applied its value; re-rendering then
  // would replace the status line's buttons under the pointer, so an unchanged form is left alone.
  let applied = '';
  const run = () => {
    const state = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)])).toString();
    if (state === applied) return;
    applied = state;
    applyFilters(form, list, status);
  };
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', run);
  form.addEventListener('change', run);
  // A reset clears the hidden tag too, then the list follows once the form holds its defaults.
  form.addEventListener('reset', () => setTimeout(() => {
    (form.elements.namedItem('tag') as HTMLInputElement).value = '';
    run();
  }));
  form.addEventListener('click', (event) => {
    // The tag buttons apply their choice themselves; the next change of another field must not be skipped.
    if ((event.target as Element).closest('.facet-option')) applied = '';
  });
  readQuery(form);
  run();
}
