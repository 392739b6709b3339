import { locales, type Locale } from '../i18n/config';
import { routes } from '../routes';
import { indexesOf, tagPageCount } from './indexes';
import type { SitePage } from './tree';
import type { ContentTree, ListedPost } from './types';

/**
 * Every page of the site, one entry per URL. The proxy's routing table and
 * each route's generateStaticParams both come from here, so a page cannot be
 * prerendered and yet answered 404, nor listed and never built.
 */
export type PageRef =
  | { kind: 'home'; locale: Locale }
  | { kind: 'post'; locale: Locale; slug: string }
  | { kind: 'archive'; locale: Locale }
  | { kind: 'tags'; locale: Locale }
  | { kind: 'tag'; locale: Locale; tag: string }
  | { kind: 'tag-page'; locale: Locale; tag: string; page: number }
  | { kind: 'series-index'; locale: Locale }
  | { kind: 'series'; locale: Locale; series: string }
  | { kind: 'search'; locale: Locale };

export type PageKind = PageRef['kind'];

export function sitePages(tree: ContentTree): PageRef[] {
  const indexes = indexesOf(tree);
  return locales.flatMap((locale): PageRef[] => [
    { kind: 'home', locale },
    ...tree.posts
      .filter((post) => post.locale === locale)
      .map((post) => ({ kind: 'post' as const, locale, slug: post.slug })),
    { kind: 'archive', locale },
    { kind: 'tags', locale },
    ...indexes.tags[locale].flatMap((tag): PageRef[] => {
      const later = Array.from({ length: tagPageCount(tag) - 1 }, (_, i) => i + 2);
      return [
        { kind: 'tag', locale, tag: tag.slug },
        ...later.map((page) => ({ kind: 'tag-page' as const, locale, tag: tag.slug, page })),
      ];
    }),
    { kind: 'series-index', locale },
    ...indexes.series[locale].map((series) => ({ kind: 'series' as const, locale, series: series.id })),
    { kind: 'search', locale },
  ]);
}

export function pagePath(page: PageRef): string {
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
    case 'search':
      return routes.search(page.locale);
  }
}

/** A page's route params as Next passes them: every value a string, `kind` dropped. */
export type PageParams<K extends PageKind> = {
  [P in keyof Omit<Extract<PageRef, { kind: K }>, 'kind'>]: string;
};

/** generateStaticParams for the route that renders pages of `kind`. */
export function staticParamsFor<K extends PageKind>(tree: ContentTree, kind: K): PageParams<K>[] {
  return sitePages(tree)
    .filter((page): page is Extract<PageRef, { kind: K }> => page.kind === kind)
    .map(
      ({ kind: _kind, ...params }) =>
        Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)])) as PageParams<K>,
    );
}

/** The last change to what a list shows: its newest post, or the latest update of one. */
function latestChange(posts: readonly Pick<ListedPost, 'date' | 'updated'>[]): Date | undefined {
  const times = posts.map((post) => (post.updated ?? post.date).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
}

/** A page as the sitemap and its own metadata see it: its path, the same page in other languages, its last change. */
export function describePage(tree: ContentTree, page: PageRef): SitePage {
  const indexes = indexesOf(tree);
  const everywhere = (route: (locale: Locale) => string) =>
    Object.fromEntries(locales.map((locale) => [locale, route(locale)]));
  const where = (route: (locale: Locale) => string | undefined) => {
    const found: Partial<Record<Locale, string>> = {};
    for (const locale of locales) {
      const path = route(locale);
      if (path) found[locale] = path;
    }
    return found;
  };
  const path = pagePath(page);
  const { locale } = page;
  switch (page.kind) {
    case 'home':
      return { path, locale, alternates: everywhere(routes.home), lastModified: latestChange(indexes.lists[locale]) };
    case 'post': {
      const post = indexes.postBySlug.get(`${locale}/${page.slug}`)!;
      return {
        path,
        locale,
        alternates: {
          [locale]: path,
          ...where((other) => (post.translations[other] ? routes.post(other, post.translations[other]) : undefined)),
        },
        lastModified: post.updated ?? post.date,
      };
    }
    case 'archive':
    case 'tags':
    case 'series-index':
    case 'search': {
      // The search page finds what the language's lists show, so it changes when they do.
      const route = {
        archive: routes.archive,
        tags: routes.tags,
        'series-index': routes.seriesIndex,
        search: routes.search,
      }[page.kind];
      return { path, locale, alternates: everywhere(route), lastModified: latestChange(indexes.lists[locale]) };
    }
    case 'tag':
    case 'tag-page': {
      const tag = indexes.tagBySlug[locale].get(page.tag)!;
      const number = page.kind === 'tag-page' ? page.page : 1;
      return {
        path,
        locale,
        // The same page of the same tag, where that language's list of it is as long.
        alternates: where((other) => {
          const there = indexes.tagById[other].get(tag.id);
          return there && tagPageCount(there) >= number ? routes.tag(other, there.slug, number) : undefined;
        }),
        lastModified: latestChange(tag.posts),
      };
    }
    case 'series': {
      const series = indexes.seriesById[locale].get(page.series)!;
      return {
        path,
        locale,
        alternates: where((other) => indexes.seriesById[other].get(page.series)?.href),
        lastModified: latestChange(series.parts.flatMap((part) => (part.kind === 'post' ? [part.post] : []))),
      };
    }
  }
}
