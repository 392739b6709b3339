'use client';

import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { countText, excerptParts, inLocale, type ExcerptPart } from '@/lib/search/results';

/** The part of Pagefind's browser API this island uses (pagefind.js, written by scripts/build-search.mjs). */
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    wait?: number,
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Result {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

export interface SearchStrings {
  label: string;
  searching: string;
  noResults: string;
  results: { one: string; other: string };
  failed: string;
}

type State =
  { status: 'idle' } | { status: 'searching' } | { status: 'failed' } | { status: 'done'; results: Result[] };

const MAX_RESULTS = 20;
let loaded: Promise<Pagefind> | undefined;

/** Pagefind is fetched on the first search, not with the page; it picks the index of <html lang>. */
function loadPagefind(url: string): Promise<Pagefind> {
  loaded ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>).then(
    async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      return pagefind;
    },
  );
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/**
 * The search field and its results. The query lives in `?q=`, so a search can be linked;
 * the result count is announced to screen readers through a status region.
 */
export function SearchBox({
  locale,
  lang,
  bundleUrl,
  strings,
}: {
  locale: string;
  lang: string;
  bundleUrl: string;
  strings: SearchStrings;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);

  async function search(text: string) {
    const run = ++latest.current;
    if (text.trim() === '') return setState({ status: 'idle' });
    setState({ status: 'searching' });
    try {
      const pagefind = await loadPagefind(bundleUrl);
      const found = await pagefind.debouncedSearch(text, {}, 200);
      // null: a later keystroke superseded this search.
      if (found === null || run !== latest.current) return;
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (run !== latest.current) return;
      const results = data
        .filter((result) => inLocale(result.url, locale))
        .map((result) => ({
          url: result.url,
          title: result.meta.title ?? result.url,
          excerpt: excerptParts(result.excerpt),
        }));
      setState({ status: 'done', results });
    } catch {
      if (run === latest.current) setState({ status: 'failed' });
    }
  }

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    if (initial) {
      // The query comes from the URL, which the prerendered HTML cannot know: it is read once, after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setQuery(initial);
      void search(initial);
    }
    // Runs once: later changes come from the field itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const text = event.target.value;
    setQuery(text);
    const url = new URL(window.location.href);
    if (text) url.searchParams.set('q', text);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
    void search(text);
  }

  const status =
    state.status === 'searching'
      ? strings.searching
      : state.status === 'failed'
        ? strings.failed
        : state.status === 'done'
          ? state.results.length === 0
            ? strings.noResults
            : countText(state.results.length, strings.results, lang)
          : '';

  return (
    <div className="search" data-react-island>
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={id}>{strings.label}</label>
        <input
          id={id}
          type="search"
          name="q"
          value={query}
          onChange={onChange}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
        />
      </form>
      <p className="search-status" role="status">
        {status}
      </p>
      {state.status === 'done' && state.results.length > 0 ? (
        <ol className="search-results">
          {state.results.map((result) => (
            <li key={result.url}>
              <h2>
                <a href={result.url}>{result.title}</a>
              </h2>
              <p>
                {result.excerpt.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
