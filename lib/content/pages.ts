import { locales, type Locale } from '../i18n/config';
import { routes } from '../routes';
import { indexesOf, TAG_PAGE_SIZE } from './indexes';
import type { ContentTree } from './types';

/**
 * Every page of the site, one entry per URL. The proxy's routing table and
 * each route's generateStaticParams both come from here, so a page cannot be
 * prerendered and yet answered 404, nor listed and never built.
 */
export type SitePage =
  | { kind: 'home'; locale: Locale }
  | { kind: 'post'; locale: Locale; slug: string }
  | { kind: 'archive'; locale: Locale }
  | { kind: 'tags'; locale: Locale }
  | { kind: 'tag'; locale: Locale; tag: string }
  | { kind: 'tag-page'; locale: Locale; tag: string; page: number }
  | { kind: 'series-index'; locale: Locale }
  | { kind: 'series'; locale: Locale; series: string };

export type PageKind = SitePage['kind'];

export function sitePages(tree: ContentTree): SitePage[] {
  const indexes = indexesOf(tree);
  return locales.flatMap((locale): SitePage[] => [
    { kind: 'home', locale },
    ...tree.posts.filter((post) => post.locale === locale).map((post) => ({ kind: 'post' as const, locale, slug: post.slug })),
    { kind: 'archive', locale },
    { kind: 'tags', locale },
    ...indexes.tags[locale].flatMap((tag): SitePage[] => {
      const pageCount = Math.ceil(tag.posts.length / TAG_PAGE_SIZE);
      const later = Array.from({ length: pageCount - 1 }, (_, i) => i + 2);
      return [
        { kind: 'tag', locale, tag: tag.slug },
        ...later.map((page) => ({ kind: 'tag-page' as const, locale, tag: tag.slug, page })),
      ];
    }),
    { kind: 'series-index', locale },
    ...indexes.series[locale].map((series) => ({ kind: 'series' as const, locale, series: series.id })),
  ]);
}

export function pagePath(page: SitePage): string {
  switch (page.kind) {
    case 'home':
      return routes.home(page.locale);
    case 'post':
      return routes.post(page.locale, page.slug);
    case 'archive':
      return routes.archive(page.locale);
    case 'tags':
      return routes.tags(page.locale);
    case 'tag':
      return routes.tag(page.locale, page.tag);
    case 'tag-page':
      return routes.tag(page.locale, page.tag, page.page);
    case 'series-index':
      return routes.seriesIndex(page.locale);
    case 'series':
      return routes.series(page.locale, page.series);
  }
}

/** A page's route params as Next passes them: every value a string, `kind` dropped. */
export type PageParams<K extends PageKind> = {
  [P in keyof Omit<Extract<SitePage, { kind: K }>, 'kind'>]: string;
};

/** generateStaticParams for the route that renders pages of `kind`. */
export function staticParamsFor<K extends PageKind>(tree: ContentTree, kind: K): PageParams<K>[] {
  return sitePages(tree)
    .filter((page): page is Extract<SitePage, { kind: K }> => page.kind === kind)
    .map(({ kind: _kind, ...params }) => Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)])) as PageParams<K>);
}
