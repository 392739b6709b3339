import type { Locale } from './i18n/config';

/** Every internal URL is built here, so a route change is one edit. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  post: (locale: Locale, slug: string) => `/${locale}/posts/${encodeURIComponent(slug)}`,
  /** Served by the proxy, with status 404, in place of any unknown path. */
  notFound: (locale: Locale) => `/${locale}/404`,
};
