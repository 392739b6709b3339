import { htmlLang, type Locale } from '../i18n/config';

/** schema.org JSON-LD, built from the same typed objects as the page. */
type Thing = { '@type': string; [property: string]: unknown };
export type JsonLd = Thing & { '@context': 'https://schema.org' };

export interface PostingInput {
  locale: Locale;
  url: string;
  title: string;
  description: string;
  published: Date;
  modified?: Date;
  tags: string[];
  image: string;
  /** The blog's author, if the site names one. */
  author?: { name: string; url?: string };
  /** The blog in this language: the publisher, and the author when no person is named. */
  blog: { name: string; url: string };
  /** The series and this post's place in it. */
  series?: { name: string; position: number; url?: string };
  /** The reference links at the end of the post. */
  citations: { url: string; title: string }[];
  /** This post's translations, absolute URLs by locale (the original first). */
  translations: { locale: Locale; url: string }[];
  /** The locale the post was first written in. */
  originalLocale: Locale;
}

function person(author: NonNullable<PostingInput['author']>): Thing {
  return { '@type': 'Person', name: author.name, ...(author.url ? { url: author.url } : {}) };
}

function organization(blog: PostingInput['blog']): Thing {
  return { '@type': 'Organization', name: blog.name, url: blog.url };
}

/**
 * A post as a BlogPosting. The original links to its translations with
 * workTranslation; a translation names its original with translationOfWork.
 */
export function blogPostingJsonLd(input: PostingInput): JsonLd {
  const work = (locale: Locale, url: string): Thing => ({
    '@type': 'BlogPosting',
    '@id': url,
    url,
    inLanguage: htmlLang[locale],
  });
  const original = input.translations.find((t) => t.locale === input.originalLocale);
  const isOriginal = input.locale === input.originalLocale || !original;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    headline: input.title,
    description: input.description,
    inLanguage: htmlLang[input.locale],
    datePublished: input.published.toISOString(),
    dateModified: (input.modified ?? input.published).toISOString(),
    author: input.author ? person(input.author) : organization(input.blog),
    publisher: organization(input.blog),
    keywords: input.tags.join(', '),
    image: input.image,
    ...(input.series
      ? {
          isPartOf: {
            '@type': 'CreativeWorkSeries',
            name: input.series.name,
            ...(input.series.url ? { url: input.series.url } : {}),
          },
          position: input.series.position,
        }
      : {}),
    ...(input.citations.length > 0
      ? { citation: input.citations.map((c) => ({ '@type': 'CreativeWork', name: c.title, url: c.url })) }
      : {}),
    ...(isOriginal
      ? input.translations.length > 0
        ? { workTranslation: input.translations.map((t) => work(t.locale, t.url)) }
        : {}
      : { translationOfWork: work(original.locale, original.url) }),
  };
}

export interface ListingInput {
  locale: Locale;
  url: string;
  name: string;
  description: string;
  posts: { url: string; title: string; published: Date }[];
}

function postings(posts: ListingInput['posts']): Thing[] {
  return posts.map((post) => ({
    '@type': 'BlogPosting',
    '@id': post.url,
    url: post.url,
    headline: post.title,
    datePublished: post.published.toISOString(),
  }));
}

/** The home page: the blog in one language and its latest posts. */
export function blogJsonLd(input: ListingInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: htmlLang[input.locale],
    blogPost: postings(input.posts),
  };
}

/** A list of posts (a tag, a series, the archive). */
export function collectionPageJsonLd(input: ListingInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: htmlLang[input.locale],
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: postings(input.posts).map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
    },
  };
}

/** The search page: a `SearchResultsPage` of the blog in its language. */
export function searchPageJsonLd(input: Omit<ListingInput, 'posts'> & { blogUrl: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'SearchResultsPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: htmlLang[input.locale],
    isPartOf: { '@type': 'Blog', '@id': input.blogUrl },
  };
}

/** The text of a `<script type="application/ld+json">`: JSON that cannot close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
