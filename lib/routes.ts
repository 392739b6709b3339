import type { Locale } from './i18n/config';

/** Every internal URL is built here, so a route change is one edit. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  // Slugs are [a-z0-9-] (lib/content/schema.ts), so they need no escaping.
  post: (locale: Locale, slug: string) => `/${locale}/posts/${slug}`,
  /** Served by the proxy, with status 404, in place of any unknown path. */
  notFound: (locale: Locale) => `/${locale}/404`,
};
