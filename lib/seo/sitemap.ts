import type { MetadataRoute } from 'next';
import type { SitePage } from '../content/tree';
import { defaultLocale, htmlLang, locales } from '../i18n/config';
import { absoluteUrl } from '../urls';

/**
 * The sitemap, from the site's page list: one entry per page, with its last
 * change and, when it exists in more than one language, an xhtml:link for
 * each language and x-default (the Portuguese original when there is one).
 */
export function sitemapEntries(pages: readonly SitePage[], siteUrl: URL): MetadataRoute.Sitemap {
  return pages.map((page) => {
    const translated = locales.filter((locale) => page.alternates[locale] !== undefined);
    const languages =
      translated.length > 1
        ? {
            ...Object.fromEntries(
              translated.map((locale) => [htmlLang[locale], absoluteUrl(page.alternates[locale]!, siteUrl)]),
            ),
            'x-default': absoluteUrl(page.alternates[defaultLocale] ?? page.path, siteUrl),
          }
        : undefined;
    return {
      url: absoluteUrl(page.path, siteUrl),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      ...(languages ? { alternates: { languages } } : {}),
    };
  });
}

/** robots.txt: everything may be crawled; the sitemap says what there is. */
export function robotsRules(siteUrl: URL, sitemapPath: string, disallow: string[] = []): MetadataRoute.Robots {
  const rule = { userAgent: '*', allow: '/', ...(disallow.length > 0 ? { disallow } : {}) };
  return { rules: [rule], sitemap: absoluteUrl(sitemapPath, siteUrl) };
}
