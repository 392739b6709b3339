import { IslandScript } from '@/components/island-script';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import type { Locale } from '@/lib/i18n/config';
import { routes } from '@/lib/routes';

/**
 * The search field and its status region, which public/islands/search.js runs. The island reads
 * its strings, locale and Pagefind's address from the data attributes, so the module holds no
 * language of its own.
 */
export function SearchForm({ locale, lang, strings }: { locale: Locale; lang: string; strings: Dictionary['search'] }) {
  return (
    <div
      className="search"
      data-search=""
      data-locale={locale}
      data-lang={lang}
      data-bundle={routes.searchBundle('pagefind.js')}
      data-searching={strings.searching}
      data-no-results={strings.noResults}
      data-result-one={strings.results.one}
      data-result-other={strings.results.other}
      data-failed={strings.failed}
    >
      <form role="search" className="search-form">
        <label htmlFor="search-query">{strings.label}</label>
        <input id="search-query" type="search" name="q" autoComplete="off" spellCheck={false} enterKeyHint="search" />
      </form>
      <p className="search-status" role="status" />
      <IslandScript name="search" />
    </div>
  );
}
