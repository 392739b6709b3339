import type { Locale } from './i18n/config';

/** Every internal URL is built here, so a route change is one edit. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  // Slugs are [a-z0-9-] (lib/content/schema.ts), so they need no escaping.
  post: (locale: Locale, slug: string) => `/${locale}/posts/${slug}`,
  archive: (locale: Locale) => `/${locale}/archive`,
  tags: (locale: Locale) => `/${locale}/tags`,
  /** Page 1 of a tag is the tag's own URL; later pages hang below it. */
  tag: (locale: Locale, slug: string, page = 1) =>
    page > 1 ? `/${locale}/tags/${slug}/page/${page}` : `/${locale}/tags/${slug}`,
  seriesIndex: (locale: Locale) => `/${locale}/series`,
  series: (locale: Locale, id: string) => `/${locale}/series/${id}`,
  /** Served by the proxy, with status 404, in place of any unknown path. */
  notFound: (locale: Locale) => `/${locale}/404`,
  /** RSS 2.0 of a language's posts. */
  feed: (locale: Locale) => `/${locale}/feed.xml`,
  /** The 1200×630 social card of a language's home (and of pages without their own). */
  homeImage: (locale: Locale) => `/${locale}/social.png`,
  /** A post's 1200×630 social card. */
  postImage: (locale: Locale, slug: string) => `/${locale}/posts/${slug}/social.png`,
  /** Full-text search of a language's posts. */
  search: (locale: Locale) => `/${locale}/search`,
  /** The search index's files (scripts/build-search.mjs), served by app/pagefind/[...path]/route.ts. */
  searchBundle: (file: string) => `/pagefind/${file}`,
  sitemap: () => '/sitemap.xml',
  robots: () => '/robots.txt',
  /** 200 with the build id and post counts, for load balancers and container health checks. */
  healthz: () => '/healthz',
};
