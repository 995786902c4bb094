// Browser code for /skills/: filters by category and tag and sorts by name or size, by hiding and
// reordering the server-rendered list. Loaded the first time someone uses the filter form.

type Sort = 'name' | 'size-asc' | 'size-desc';

function compare(sort: Sort): (a: HTMLElement, b: HTMLElement) => number {
  const name = (item: HTMLElement) => item.dataset.name ?? '';
  const tokens = (item: HTMLElement) => Number(item.dataset.tokens ?? 0);
  if (sort === 'size-asc') return (a, b) => tokens(a) - tokens(b) || name(a).localeCompare(name(b));
  if (sort === 'size-desc') return (a, b) => tokens(b) - tokens(a) || name(a).localeCompare(name(b));
  return (a, b) => name(a).localeCompare(name(b));
}

/** Shows the skills matching the form, in the chosen order, and keeps the address bar in step. */
export function applyFilters(form: HTMLFormElement, list: HTMLElement, status: HTMLElement): void {
  const values = new FormData(form);
  const category = String(values.get('category') ?? '');
  const tag = String(values.get('tag') ?? '');
  const sort = String(values.get('sort') ?? 'name') as Sort;
  const items = [...list.children] as HTMLElement[];
  let shown = 0;
  for (const item of items) {
    const visible = (!category || item.dataset.category === category) && (!tag || (item.dataset.tags ?? '').includes(` ${tag} `));
    item.hidden = !visible;
    if (visible) shown++;
  }
  list.append(...items.sort(compare(sort)));
  status.textContent = `${shown} of ${items.length} skills`;
  const query = new URLSearchParams();
  if (category) query.set('category', category);
  if (tag) query.set('tag', tag);
  if (sort !== 'name') query.set('sort', sort);
  const search = query.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** Puts the address bar's `?category=…&tag=…&sort=…` into the form (links from skill pages use it). */
export function readQuery(form: HTMLFormElement): void {
  const query = new URLSearchParams(location.search);
  for (const field of ['category', 'tag', 'sort']) {
    const select = form.elements.namedItem(field) as HTMLSelectElement | null;
    const value = query.get(field);
    if (select && value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
}
