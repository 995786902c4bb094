// The preview page's main thread: the editor, drops and file pickers, and the results. The compiler's
// core runs in the checker worker and token counting in the tokenizer worker, so typing never waits.
import type { Category } from '../../core/config.ts';
import { declaredName } from '../../core/declared-name.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { headingAnchor } from '../../core/headings.ts';
import type { PreviewInput } from '../../core/preview.ts';
import { LineEditor } from './editor.ts';
import { droppedFiles, loadSkill, pickedFiles, type PickedFile } from './files.ts';
import { enableOffline } from './offline.ts';
import type { CheckFailure, CheckRequest, CheckResponse, CountResponse, WarmRequest, WorkerReady } from './protocol.ts';
import { isRelativeUrl } from '../../core/urls.ts';
import { planResources, publishedLink } from '../published.ts';
import { inlineCodeNodes } from '../inline-code.ts';

const DEBOUNCE_MS = 250;
const DRAFT_KEY = 'skillpack-preview-draft';
const MAX_BODY_TOKENS = 5000;

const number = new Intl.NumberFormat('en');
const plural = (count: number, word: string) => `${number.format(count)} ${word}${count === 1 ? '' : 's'}`;

function element<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`preview: missing ${selector}`);
  return found;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Milestones in milliseconds since navigation started, for tests and measurements (`window.__skillpackPreview`). */
interface Timings {
  checkerReady?: number;
  firstDiagnostics?: number;
  tokenizerReady?: number;
  offline?: boolean;
  lastCheckMs?: number;
}

export function startPreview(root: HTMLElement): void {
  const base = root.dataset.base!;
  const categories = JSON.parse(root.dataset.categories!) as Record<string, Category>;
  const catalogSkills = JSON.parse(root.dataset.skills!) as Record<string, string | null>;
  const timings: Timings = {};
  (window as { __skillpackPreview?: Timings }).__skillpackPreview = timings;

  const editor = new LineEditor(element<HTMLTextAreaElement>(root, '#preview-source'), element(root, '#preview-gutter'));
  const drop = element(root, '#preview-drop');
  const fileInput = element<HTMLInputElement>(root, '#preview-file');
  const folderInput = element<HTMLInputElement>(root, '#preview-folder');
  const categorySelect = element<HTMLSelectElement>(root, '#preview-category');
  const folderName = element<HTMLInputElement>(root, '#preview-folder-name');
  const sourceStatus = element(root, '#preview-source-status');
  const summary = element(root, '#preview-summary');
  const list = element<HTMLOListElement>(root, '#preview-diagnostics');
  const acknowledgedBox = element<HTMLDetailsElement>(root, '#preview-acknowledged');
  const tokensOut = element(root, '#preview-tokens');
  const promptOut = element(root, '#preview-prompt');
  const pageName = element(root, '#preview-page-name');
  const pageLede = element(root, '#preview-page-lede');
  const pageBody = element(root, '#preview-page-body');
  const pageToc = element(root, '#preview-page-toc');
  const pageFacts = element(root, '#preview-page-facts');
  const offlineStatus = element(root, '#preview-offline');

  /** Updates the live region only when its text changes, so screen readers announce changes, not every keystroke. */
  const setSummary = (text: string) => {
    if (summary.textContent !== text) summary.textContent = text;
  };

  /** What was loaded besides the text: a dropped folder's name and files, kept until something else is loaded. */
  let loaded: { folder?: string; files: NonNullable<PreviewInput['files']>; text: string; label: string } | null = null;
  let latest = 0;
  let shown: CheckResponse | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // --- workers -------------------------------------------------------------------------------
  const workerUrls: string[] = [];
  const onReady = (data: unknown) => {
    if (data && typeof (data as WorkerReady).ready === 'string') {
      workerUrls.push((data as WorkerReady).ready);
      return true;
    }
    return false;
  };
  const checker = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module', name: 'skillpack-checker' });
  checker.addEventListener('message', (event: MessageEvent<CheckResponse | CheckFailure | WorkerReady>) => {
    if (onReady(event.data)) {
      timings.checkerReady ??= Math.round(performance.now());
      if (editor.value.trim() === '' && !loaded) checker.postMessage({ warm: true } satisfies WarmRequest);
      return;
    }
    if ('failure' in event.data) {
      if (event.data.id !== latest) return;
      setSummary(`The checker failed on this text (${event.data.failure}); this is a bug in Skillpack, please report it with the file.`);
      root.dataset.checked = String(event.data.id);
      return;
    }
    show(event.data as CheckResponse);
  });
  checker.addEventListener('error', () => {
    setSummary('The checker could not start; reload the page to try again.');
  });

  let tokenizer: Worker | null = null;
  let tokenizerReady = false;
  const startTokenizer = () => {
    if (tokenizer) return;
    tokenizer = new Worker(new URL('./tokenizer.worker.ts', import.meta.url), { type: 'module', name: 'skillpack-tokenizer' });
    tokenizer.addEventListener('message', (event: MessageEvent<CountResponse | WorkerReady>) => {
      if (onReady(event.data)) {
        tokenizerReady = true;
        timings.tokenizerReady = Math.round(performance.now());
        if (shown) countTokens(shown);
        // Not under `astro dev`, whose unbundled modules change on every edit. (MODE rather than PROD:
        // PROD follows NODE_ENV, which test runners set to `test` for the builds they start.)
        if (import.meta.env.MODE !== 'development') {
          void enableOffline(base, workerUrls).then((ok) => {
            timings.offline = ok;
            offlineStatus.textContent = ok ? 'Saved for offline use: this page works without a connection from now on.' : '';
          });
        }
        return;
      }
      const { id, counts } = event.data as CountResponse;
      if (shown?.id === id) showTokens(counts[0]!, counts[1]!);
    });
  };
  const countTokens = (response: CheckResponse) => {
    if (!response.tokenTexts) return showTokens(null, null);
    if (!tokenizerReady || !tokenizer) return;
    tokenizer.postMessage({ id: response.id, texts: [response.tokenTexts.body, response.tokenTexts.metadata] });
  };

  // --- checking ------------------------------------------------------------------------------
  const currentInput = (): PreviewInput => {
    const text = loaded && editor.value === loaded.text.replace(/\r\n?/g, '\n') ? loaded.text : editor.value;
    const folder = folderName.value.trim() || loaded?.folder;
    return { text, ...(folder ? { folder } : {}), category: categorySelect.value || null, files: loaded?.files ?? [], file: 'SKILL.md' };
  };

  const check = () => {
    clearTimeout(timer);
    delete root.dataset.pending;
    root.dataset.requested = String(++latest);
    if (editor.value.trim() === '' && !loaded) {
      root.dataset.checked = String(latest);
      shown = null;
      setSummary('Paste a SKILL.md, drop a file or a skill folder, or choose one above.');
      list.replaceChildren();
      acknowledgedBox.hidden = true;
      editor.mark([]);
      tokensOut.textContent = '';
      promptOut.textContent = '';
      pageName.textContent = '';
      pageLede.textContent = '';
      pageBody.replaceChildren();
      pageToc.replaceChildren();
      pageFacts.replaceChildren();
      return;
    }
    const request: CheckRequest = { id: latest, input: currentInput(), categories };
    checker.postMessage(request);
  };
  const schedule = () => {
    clearTimeout(timer);
    root.dataset.pending = 'true';
    timer = setTimeout(check, DEBOUNCE_MS);
  };

  // --- results -------------------------------------------------------------------------------
  function show(response: CheckResponse): void {
    if (response.id !== latest) return;
    shown = response;
    timings.lastCheckMs = response.elapsed;
    const { result, header } = response;
    const diagnostics = result.diagnostics;
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const acknowledged = result.acknowledged.length;
    const verdict =
      diagnostics.length === 0
        ? `No problems: skillpack check would pass this skill${acknowledged ? ` (${plural(acknowledged, 'acknowledged finding')})` : ''}.`
        : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${acknowledged ? `, ${plural(acknowledged, 'acknowledged finding')}` : ''}.`;
    setSummary(response.codeUnanalysed ? `${verdict} The code analysis could not load (no connection?), so findings in code may be missing or wrong; reload when online.` : verdict);
    list.replaceChildren
(...diagnostics.map(diagnosticItem));
    editor.mark(diagnostics.filter((d): d is Diagnostic & { line: number } => d.file === 'SKILL.md' && d.line !== null));
    acknowledgedBox.hidden = acknowledged === 0;
    acknowledgedBox.querySelector('ul')!.replaceChildren(
      ...result.acknowledged.map((item) => make('li', {}, `${item.file}:${item.line ?? '–'} `, make('code', { textContent: item.rule }), ` ${item.message} — “${item.reason}”`)),
    );
    promptOut.textContent = result.promptEntry ?? 'Not listed: the frontmatter needs a name and a description.';
    pageName.textContent = header?.name ?? '';
    pageLede.textContent = header?.description ?? '';
    // The core's render step sanitizes the HTML exactly as for the catalog pages (raw HTML dropped,
    // an allow-list of elements and URL schemes), so it goes in the same way the pages embed it.
    pageBody.innerHTML = result.html ?? '';
    if (header) publishRelativeUrls(header.name);
    renderToc(result.headings);
    renderFacts(response);
    if (timings.firstDiagnostics === undefined) {
      timings.firstDiagnostics = Math.round(performance.now());
      // The tokenizer is large: it starts only once the first diagnostics are on screen.
      setTimeout(startTokenizer, 0);
    }
    if (!response.tokenTexts) showTokens(null, null);
    else if (tokenizerReady) countTokens(response);
    else tokensOut.textContent = 'Counting tokens…';
    root.dataset.checked = String(response.id);
  }

  function diagnosticItem(diagnostic: Diagnostic): HTMLLIElement {
    const where = diagnostic.line === null ? diagnostic.file : `${diagnostic.file === 'SKILL.md' ? 'Line' : diagnostic.file} ${diagnostic.line}:${diagnostic.column ?? 1}`;
    const badge = make('span', { className: `badge badge--${diagnostic.severity}`, textContent: diagnostic.severity });
    const rule = make('a', { href: `${base}contribute/#${diagnostic.rule}`, textContent: diagnostic.rule, className: 'diagnostic-rule' });
    const item = make('li', { className: `diagnostic diagnostic--${diagnostic.severity}` });
    item.dataset.line = String(diagnostic.line ?? '');
    item.dataset.rule = diagnostic.rule;
    const text = [make('span', { className: 'diagnostic-where', textContent: where }), ' ', make('span', { className: 'diagnostic-message' }, ...inlineCodeNodes(diagnostic.message))];
    if (diagnostic.file === 'SKILL.md' && diagnostic.line !== null) {
      const line = diagnostic.line;
      const button = make('button', { type: 'button', className: 'diagnostic-go', title: `Go to line ${line} in the editor` }, ...text);
      button.addEventListener('click', () => editor.goToLine(line));
      item.append(badge, ' ', button, ' ', rule);
    } else item.append(badge, ' ', make('span', { className: 'diagnostic-go' }, ...text), ' ', rule);
    return item;
  }

  /**
   * Points links and images into the skill's folder (`references/api.md`) where the catalog publishes
   * that folder, beside the SKILL.md, as the site's content loader does (src/content.config.ts), so the
   * body is the same HTML as on the skill's page.
   */
  /** The original URL of each rewritten link (kept aside: the body must stay the same HTML as the page's). */
  const relativeTargets = new WeakMap<Element, string>();

  function publishRelativeUrls(name: string): void {
    const folder = `${base}.well-known/agent-skills/${encodeURIComponent(name)}/`;
    // The same published names as on the site: text files of a dropped folder, renamed where a browser would render them.
    const { files } = planResources(name, (loaded?.files ?? []).filter((file) => file.text !== undefined).map((file) => file.path));
    for (const node of pageBody.querySelectorAll<HTMLElement>('a[href], img[src]')) {
      const attribute = node.tagName === 'A' ? 'href' : 'src';
      const url = node.getAttribute(attribute)!;
      if (isRelativeUrl(url)) {
        relativeTargets.set(node, url);
        node.setAttribute(attribute, publishedLink(url, folder, files));
      }
    }
  }

  function renderToc(headings: CheckResponse['result']['headings']): void {
    const entries = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
    if (entries.length === 0) return void pageToc.replaceChildren();
    const items = entries.map((heading) => make('li', { className: `depth-${heading.depth}` }, make('a', { href: `#${headingAnchor(heading.id)}`, textContent: heading.text })));
    pageToc.replaceChildren(make('nav', { className: 'toc', ariaLabel: 'On this page (preview)' }, make('h3', { textContent: 'On this page' }), make('ol', {}, ...items)));
  }

  function renderFacts(response: CheckResponse): void {
    const header = response.header;
    if (!header) return void pageFacts.replaceChildren();
    const category = categorySelect.value;
    const rows: [string, string][] = [];
    if (category) rows.push(['Category', categories[category]?.title ?? category]);
    rows.push(['License', header.license ?? 'Not stated']);
    const facts = make('dl', { className: 'facts' }, ...rows.flatMap(([term, value]) => [make('dt', { textContent: term }), make('dd', { textContent: value })]));
    const tags = header.tags.length > 0 ? [make('ul', { className: 'tags', ariaLabel: 'Tags' }, ...header.tags.map((tag) => make('li', {}, make('span', { textContent: tag }))))] : [];
    pageFacts.replaceChildren(make('h3', { textContent: 'About this skill' }), facts, ...tags);
  }

  function showTokens(body: number | null, metadata: number | null): void {
    if (body === null || metadata === null) {
      tokensOut.textContent = 'No estimate: the frontmatter needs a name and a description.';
      return;
    }
    const over = body > MAX_BODY_TOKENS;
    tokensOut.replaceChildren(
      make('dl', { className: 'facts' },
        make('dt', { textContent: 'Listing' }), make('dd', {}, `≈ ${number.format(metadata)} tokens `, make('span', { className: 'muted', textContent: '(name and description, always in the prompt)' })),
        make('dt', { textContent: 'Loading' }), make('dd', { className: over ? 'over-limit' : '' }, `≈ ${number.format(body)} tokens `, make('span', { className: 'muted', textContent: `(body, when the skill is used; limit ${number.format(MAX_BODY_TOKENS)})` })),
      ),
    );
    root.dataset.tokens = `${body} ${metadata}`;
  }

  // --- loading sources -----------------------------------------------------------------------
  const categoryFor = (guess: string | null, name: string | undefined) => {
    if (guess && Object.hasOwn(categories, guess)) return guess;
    return name && Object.hasOwn(catalogSkills, name) ? catalogSkills[name]! : null;
  };

  async function load(picked: PickedFile[], how: string): Promise<void> {
    const skill = await loadSkill(picked);
    if (!skill) {
      sourceStatus.textContent = `No SKILL.md in what was ${how}; drop a SKILL.md or the folder that holds it.`;
      return;
    }
    loaded = { ...(skill.input.folder ? { folder: skill.input.folder } : {}), files: skill.input.files ?? [], text: skill.input.text, label: skill.label };
    editor.value = skill.input.text;
    folderName.value = skill.input.folder ?? '';
    const category = categoryFor(skill.category, skill.input.folder ?? declaredName(skill.input.text));
    if (category) categorySelect.value = category;
    const others = skill.input.files?.length ?? 0;
    sourceStatus.textContent = [
      `Loaded ${skill.label}${others ? ` and ${plural(others, 'other file')} of its folder` : ''}.`,
      skill.problem ? `It cannot be checked as it is: ${skill.problem}.` : '',
      skill.ignored ? `${plural(skill.ignored, 'other SKILL.md')} ignored; drop one skill at a time.` : '',
    ].filter(Boolean).join(' ');
    saveDraft();
    check();
  }

  const saveDraft = () => {
    try {
      localStorage.setItem(DRAFT_KEY, editor.value);
    } catch {}
  };

  // Typing waits for a pause; a paste or a drop of text is a complete change and is checked at once.
  editor.textarea.addEventListener('input', (event) => {
    saveDraft();
    const kind = (event as InputEvent).inputType;
    if (kind === 'insertFromPaste' || kind === 'insertFromDrop') check();
    else schedule();
  });
  categorySelect.addEventListener('change', check);
  folderName.addEventListener('input', schedule);
  fileInput.addEventListener('change', () => {
    if (fileInput.files?.length) void load(pickedFiles(fileInput.files), 'chosen');
    fileInput.value = '';
  });
  folderInput.addEventListener('change', () => {
    if (folderInput.files?.length) void load(pickedFiles(folderInput.files), 'chosen');
    folderInput.value = '';
  });
  // The whole form accepts drops; the drop zone shows where.
  const dropTarget = root.querySelector<HTMLElement>('.preview-source') ?? drop;
  dropTarget.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    drop.classList.add('is-dragging');
  });
  dropTarget.addEventListener('dragleave', (event) => {
    if (!dropTarget.contains(event.relatedTarget as Node | null)) drop.classList.remove('is-dragging');
  });
  dropTarget.addEventListener('drop', (event) => {
    drop.classList.remove('is-dragging');
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    void droppedFiles(event.dataTransfer).then((files) => load(files, 'dropped'));
  });
  // A new paste or a cleared editor forgets the dropped folder's other files.
  editor.textarea.addEventListener('paste', () => {
    if (loaded && (editor.textarea.selectionStart === 0 && editor.textarea.selectionEnd === editor.value.length || editor.value === '')) {
      loaded = null;
      folderName.value = '';
      sourceStatus.textContent = 'Checking the pasted text.';
    }
  });
  // A link into the folder of a skill that is not published yet has nothing to open.
  pageBody.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a');
    const relative = link ? relativeTargets.get(link) : undefined;
    if (link && relative && !Object.hasOwn(catalogSkills, shown?.header?.name ?? '')) {
      event.preventDefault();
      sourceStatus.textContent = `“${relative}” is a file of the skill folder; it opens from the catalog once the skill is published.`;
    }
  });

  root.dataset.ready = 'true';
  let draft: string | null = null;
  try {
    draft = localStorage.getItem(DRAFT_KEY);
  } catch {}
  if (draft && editor.value === '') editor.value = draft;
  check();
  // Without anything to check, the tokenizer still loads once the page is idle (for offline use too).
  if (editor.value.trim() === '') setTimeout(startTokenizer, 1000);
}
