import 'server-only';
import type { Metadata } from 'next';
import { getPage, getSite, type ListedPost } from '../content';
import { env } from '../env';
import type { Locale } from '../i18n/config';
import { routes } from '../routes';
import { collectionPageJsonLd, type JsonLd } from './json-ld';
import { pageMetadata } from './metadata';
import { absoluteUrl } from '../urls';

interface Listing {
  locale: Locale;
  /** The page's own path, as lib/content/pages.ts lists it. */
  path: string;
  title: string;
  description: string;
}

/** The head of a listing page (archive, tags, a tag, series): the language's social card stands for it. */
export function listingMetadata({ locale, path, title, description }: Listing): Metadata {
  const site = getSite();
  return pageMetadata({
    locale,
    siteName: site.name,
    page: getPage(path),
    title,
    description,
    image: { path: routes.homeImage(locale), alt: site.name },
  });
}

/** A listing page as a schema.org CollectionPage of the posts it shows. */
export function listingJsonLd({ locale, path, title, description, posts }: Listing & { posts: ListedPost[] }): JsonLd {
  return collectionPageJsonLd({
    locale,
    url: absoluteUrl(path, env.siteUrl),
    name: title,
    description,
    posts: posts.map((post) => ({ url: absoluteUrl(post.href, env.siteUrl), title: post.title, published: post.date })),
  });
}
