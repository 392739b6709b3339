import type { Metadata } from 'next';
import type { SitePage } from '../content/tree';
import { env } from '../env';
import { defaultLocale, htmlLang, locales, ogLocale, type Locale } from '../i18n/config';
import { routes } from '../routes';
import { absoluteUrl } from '../urls';

export interface PageMetadataInput {
  locale: Locale;
  siteName: string;
  /**
   * The page's entry in the site's page list (its path and translations).
   * Absent for a page that must not be indexed (the 404): no canonical, no hreflang, noindex.
   */
  page?: Pick<SitePage, 'path' | 'alternates'>;
  /** The page's own title; absent on the home, whose title is the site's name. */
  title?: string;
  description: string;
  /** A 1200×630 PNG, as a site path. */
  image: { path: string; alt: string };
  /** Posts: Open Graph `article` with its times and tags. */
  article?: { publishedTime: Date; modifiedTime?: Date; tags: string[]; authors?: string[] };
  siteUrl?: URL;
}

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * A page's head, built the same way for every kind of page: title with the
 * site's name, description, absolute self canonical, reciprocal hreflang over
 * the locales the page exists in (x-default: the Portuguese original when
 * there is one), the language's feed, Open Graph and a Twitter card.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { locale, siteName, page, title, description, image, article, siteUrl = env.siteUrl } = input;
  const fullTitle = title ? `${title} · ${siteName}` : siteName;
  const url = page ? absoluteUrl(page.path, siteUrl) : undefined;
  const translated = page ? locales.filter((other) => page.alternates[other] !== undefined) : [locale];
  const images = [{ url: absoluteUrl(image.path, siteUrl), ...SOCIAL_IMAGE_SIZE, alt: image.alt, type: 'image/png' }];

  const languages: Record<string, string> = {};
  if (page) {
    for (const other of translated) languages[htmlLang[other]] = absoluteUrl(page.alternates[other]!, siteUrl);
    languages['x-default'] = absoluteUrl(page.alternates[defaultLocale] ?? page.path, siteUrl);
  }

  const openGraphBase = {
    title: title ?? siteName,
    description,
    siteName,
    url,
    locale: ogLocale[locale],
    alternateLocale: translated.filter((other) => other !== locale).map((other) => ogLocale[other]),
    images,
  };

  return {
    title: { absolute: fullTitle },
    description,
    alternates: {
      canonical: url,
      languages: page ? languages : undefined,
      types: {
        'application/rss+xml': [{ url: absoluteUrl(routes.feed(locale), siteUrl), title: `${siteName} (RSS)` }],
      },
    },
    robots: page ? undefined : { index: false, follow: true },
    openGraph: article
      ? {
          ...openGraphBase,
          type: 'article',
          publishedTime: article.publishedTime.toISOString(),
          modifiedTime: (article.modifiedTime ?? article.publishedTime).toISOString(),
          tags: article.tags,
          authors: article.authors,
        }
      : { ...openGraphBase, type: 'website' },
    twitter: { card: 'summary_large_image', title: title ?? siteName, description, images },
  };
}
