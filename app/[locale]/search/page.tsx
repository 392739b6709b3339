import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { SearchForm } from '@/components/search/search-form';
import { JsonLd } from '@/components/seo/json-ld';
import { getPage, getSite, staticParams } from '@/lib/content';
import { env } from '@/lib/env';
import { alternatesFor } from '@/lib/i18n/alternates';
import { htmlLang } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeParam } from '@/lib/locale-route';
import { routes } from '@/lib/routes';
import { searchPageJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/urls';

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('search');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  const site = getSite();
  return pageMetadata({
    locale,
    siteName: site.name,
    page: getPage(routes.search(locale)),
    title: dict.search.title,
    description: dict.search.description,
    image: { path: routes.homeImage(locale), alt: site.name },
  });
}

/**
 * Full-text search of the language's posts. The page is prerendered; its island
 * (public/islands/search.js) loads Pagefind's index for the page's <html lang>
 * (scripts/build-search.mjs) on the first search.
 */
export default async function SearchPage({ params }: Props) {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  const alternates = await alternatesFor(locale, (other) => routes.search(other));
  const { search } = dict;
  const jsonLd = searchPageJsonLd({
    locale,
    url: absoluteUrl(routes.search(locale), env.siteUrl),
    blogUrl: absoluteUrl(routes.home(locale), env.siteUrl),
    name: search.title,
    description: search.description,
  });
  return (
    <PageShell
      locale={locale}
      dict={dict}
      site={getSite()}
      alternates={alternates}
      here={{ section: 'search', index: true }}
    >
      <h1>{search.title}</h1>
      <noscript>
        <p className="search-noscript">
          {search.needsJavaScript} <a href={routes.archive(locale)}>{search.archiveHint}</a>.
        </p>
      </noscript>
      <SearchForm locale={locale} lang={htmlLang[locale]} strings={search} />
      <JsonLd data={jsonLd} />
    </PageShell>
  );
}
