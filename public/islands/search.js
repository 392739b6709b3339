// @ts-check
/**
 * The search page's field and results (components/search/search-form.tsx renders the form, the
 * status region and, in data attributes, the strings in the page's language). Pagefind's own
 * script (pagefind.js, scripts/build-search.mjs) is imported on the first search, not with the
 * page; it loads the index of the page's <html lang>. The query lives in `?q=`, so a search can
 * be linked; the result count is announced through the status region. Result text goes into the
 * page as text nodes, never as HTML. Like the other islands it listens on the document and looks
 * its elements up when it needs them, so it keeps working where the dev server's React hydrates
 * the form after this module ran.
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
const ROOT = '[data-search]';
const FIELD = `${ROOT} input[type="search"]`;

/** The search's elements and strings as the document has them now, or undefined off the search page. */
function parts() {
  const root = document.querySelector(ROOT);
  const input = root?.querySelector('input[type="search"]');
  const status = root?.querySelector('[role="status"]');
  if (!(root instanceof HTMLElement) || !(input instanceof HTMLInputElement) || !status) return undefined;
  const { dataset } = root;
  const text = {
    searching: dataset.searching ?? '',
    noResults: dataset.noResults ?? '',
    results: { one: dataset.resultOne ?? '', other: dataset.resultOther ?? '' },
    failed: dataset.failed ?? '',
  };
  return {
    root,
    input,
    status,
    text,
    locale: dataset.locale ?? '',
    lang: dataset.lang ?? 'en',
    bundle: dataset.bundle ?? '',
  };
}

/** @type {Promise<Pagefind> | undefined} */
let loaded;
/**
 * @param {string} bundle
 * @returns {Promise<Pagefind>}
 */
function loadPagefind(bundle) {
  loaded ??= import(bundle).then(async (/** @type {Pagefind} */ pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  // A failed load (the network, a build without an index) is tried again on the next search.
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/**
 * @param {string} status the text for the status region
 * @param {ResultData[]} results
 */
function show(status, results) {
  const found = parts();
  if (!found) return;
  found.status.textContent = status;
  found.root.querySelector('.search-results')?.remove();
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
  found.status.after(list);
}

let latest = 0;
/** @param {string} query */
async function search(query) {
  const run = ++latest;
  const found = parts();
  if (!found) return;
  const { text } = found;
  if (query.trim() === '') return show('', []);
  show(text.searching, []);
  try {
    const pagefind = await loadPagefind(found.bundle);
    const answer = await pagefind.debouncedSearch(query, {}, DEBOUNCE_MS);
    if (answer === null || run !== latest) return;
    const data = await Promise.all(answer.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (run !== latest) return;
    const results = data.filter((result) => inLocale(result.url, found.locale));
    show(results.length === 0 ? text.noResults : countText(results.length, text.results, found.lang), results);
  } catch {
    if (run === latest) show(text.failed, []);
  }
}

document.addEventListener('input', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.matches(FIELD)) return;
  const url = new URL(window.location.href);
  if (input.value) url.searchParams.set('q', input.value);
  else url.searchParams.delete('q');
  window.history.replaceState(window.history.state, '', url);
  void search(input.value);
});

// Enter searches in place rather than reloading the page.
document.addEventListener('submit', (event) => {
  if (event.target instanceof Element && event.target.querySelector(FIELD)) event.preventDefault();
});

// Loaded as a deferred module: the form is in the document. A query in the address (a shared
// search) is searched at once.
const initial = new URLSearchParams(window.location.search).get('q') ?? '';
const field = parts()?.input;
if (initial && field) {
  field.value = initial;
  void search(initial);
}
