import { env } from '../env';
import { locales, type Locale } from '../i18n/config';
import { routes } from '../routes';
import { loadContentTree } from './load';
import type { ContentTree } from './types';

let cached: ContentTree | undefined;
let cachedRouting: Routing | undefined;

/** One page of the blog, as the sitemap and the page's own metadata see it. */
export interface SitePage {
  path: string;
  locale: Locale;
  /** The same page in every locale it exists in, this one included. */
  alternates: Partial<Record<Locale, string>>;
  /** The last change to what the page shows, when it shows anything dated. */
  lastModified?: Date;
}

export interface Routing {
  /** Every page the blog serves, in locale order: the sitemap lists exactly these. */
  pageList: SitePage[];
  /** Every page URL the blog serves: the proxy answers anything else with the localized 404. */
  pages: Set<string>;
  /** Generated files that are not pages (feeds, social images, sitemap, robots). */
  files: Set<string>;
  /** Old paths (front matter `aliases`) and the post each one now lives at. */
  redirects: Map<string, string>;
}

/** The content tree, read once per production process and on every call in development. */
export function contentTree(): ContentTree {
  if (env.isDev || !cached) {
    cached = loadContentTree(env.contentDir, { includeDrafts: env.isDev });
    cachedRouting = undefined;
  }
  return cached;
}

/** The form paths are compared in: no trailing slash, Unicode NFC (as the proxy decodes requests). */
export function normalizePath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.normalize('NFC');
}

/**
 * The blog's page paths, for the proxy. A new kind of page (tags, series, …)
 * must be added here too; tests/e2e/links.spec.ts catches one that is not.
 */
export function routingFor(tree: ContentTree): Routing {
  const homes = Object.fromEntries(locales.map((locale) => [locale, routes.home(locale)]));
  const searches = Object.fromEntries(locales.map((locale) => [locale, routes.search(locale)]));
  const pageList: SitePage[] = [
    ...locales.map((locale) => ({
      path: routes.home(locale),
      locale,
      alternates: homes,
      // Posts are newest first: the home changes when its latest post does.
      lastModified: latestChange(tree.posts.filter((post) => post.locale === locale)),
    })),
    ...tree.posts.map((post) => ({
      path: routes.post(post.locale, post.slug),
      locale: post.locale,
      alternates: {
        [post.locale]: routes.post(post.locale, post.slug),
        ...Object.fromEntries(Object.entries(post.translations).map(([other, slug]) => [other, routes.post(other as Locale, slug)])),
      },
      lastModified: post.updated ?? post.date,
    })),
    ...locales.map((locale) => ({
      path: routes.search(locale),
      locale,
      alternates: searches,
      // What it finds changes with the language's posts, as the home does.
      lastModified: latestChange(tree.posts.filter((post) => post.locale === locale)),
    })),
  ];
  const pages = new Set(pageList.map((page) => page.path));
  const files = new Set([
    routes.sitemap(),
    routes.robots(),
    ...locales.flatMap((locale) => [routes.feed(locale), routes.homeImage(locale)]),
    ...tree.posts.map((post) => routes.postImage(post.locale, post.slug)),
  ]);
  const redirects = new Map<string, string>();
  for (const post of tree.posts) {
    for (const alias of post.aliases) {
      const from = normalizePath(alias);
      if (!pages.has(from)) redirects.set(from, routes.post(post.locale, post.slug));
    }
  }
  return { pageList, pages, files, redirects };
}

function latestChange(posts: ContentTree['posts']): Date | undefined {
  const times = posts.map((post) => (post.updated ?? post.date).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
}

export function routing(): Routing {
  const tree = contentTree();
  cachedRouting ??= routingFor(tree);
  return cachedRouting;
}
