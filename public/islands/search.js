// @ts-check
/**
 * The search page's field and results (components/search/search-form.tsx renders the form, the
 * status region and, in data attributes, the strings in the page's language). Pagefind's own
 * script (pagefind.js, scripts/build-search.mjs) is imported on the first search, not with the
 * page; it loads the index of the page's <html lang>. The query lives in `?q=`, so a search can
 * be linked; the result count is announced through the status region. Result text goes into the
 * page as text nodes, never as HTML.
 */
import { countText, excerptParts, inLocale } from './search-results.js';

/**
 * The part of Pagefind's browser API used here.
 * @typedef {object} Pagefind
 * @property {(options: { excerptLength?: number }) => Promise<void>} options
 * @property {(query: string, options?: object, wait?: number) => Promise<{ results: PagefindResult[] } | null>} debouncedSearch
 *   resolves to null when a later call superseded this one
 */
/** @typedef {{ data(): Promise<ResultData> }} PagefindResult */
/** @typedef {{ url: string, excerpt: string, meta: { title?: string } }} ResultData */

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 200;

const root = document.querySelector('[data-search]');
const input = root?.querySelector('input[type="search"]');
const status = root?.querySelector('[role="status"]');

if (root instanceof HTMLElement && input instanceof HTMLInputElement && status) {
  const { locale = '', lang = 'en', bundle = '' } = root.dataset;
  const text = {
    searching: root.dataset.searching ?? '',
    noResults: root.dataset.noResults ?? '',
    results: { one: root.dataset.resultOne ?? '', other: root.dataset.resultOther ?? '' },
    failed: root.dataset.failed ?? '',
  };

  /** @type {Promise<Pagefind> | undefined} */
  let loaded;
  /** @returns {Promise<Pagefind>} */
  const loadPagefind = () => {
    loaded ??= import(bundle).then(async (/** @type {Pagefind} */ pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    });
    // A failed load (the network, a build without an index) is tried again on the next search.
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };

  /** @param {ResultData[]} results */
  const showResults = (results) => {
    root.querySelector('.search-results')?.remove();
    if (results.length === 0) return;
    const list = document.createElement('ol');
    list.className = 'search-results';
    for (const result of results) {
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const heading = document.createElement('h2');
      heading.append(link);
      const excerpt = document.createElement('p');
      for (const part of excerptParts(result.excerpt)) {
        if (!part.marked) {
          excerpt.append(part.text);
          continue;
        }
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      }
      const item = document.createElement('li');
      item.append(heading, excerpt);
      list.append(item);
    }
    status.after(list);
  };

  let latest = 0;
  /** @param {string} query */
  const search = async (query) => {
    const run = ++latest;
    if (query.trim() === '') {
      status.textContent = '';
      showResults([]);
      return;
    }
    status.textContent = text.searching;
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.debouncedSearch(query, {}, DEBOUNCE_MS);
      if (found === null || run !== latest) return;
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (run !== latest) return;
      const results = data.filter((result) => inLocale(result.url, locale));
      status.textContent = results.length === 0 ? text.noResults : countText(results.length, text.results, lang);
      showResults(results);
    } catch {
      if (run !== latest) return;
      status.textContent = text.failed;
      showResults([]);
    }
  };

  input.addEventListener('input', () => {
    const url = new URL(window.location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
    void search(input.value);
  });
  // Enter searches in place rather than reloading the page.
  input.form?.addEventListener('submit', (event) => event.preventDefault());

  // Loaded as a deferred module: the form is in the document. A query in the address (a shared
  // search) is searched at once.
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
