import { cache } from 'react';
import { env } from '../env';
import { locales, type Locale } from '../i18n/config';
import { katexPaths } from '../math/katex-assets';
import { routes } from '../routes';
import { canonicalPath } from '../server/canonical-path.mjs';
import { createTreeLoader } from './cache';
import { loadContentTree } from './load';
import { describePage, sitePages } from './pages';
import type { ContentTree } from './types';

let cachedRouting: { tree: ContentTree; routing: Routing } | undefined;

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
  /** The same pages by path. */
  pageByPath: Map<string, SitePage>;
  /** Every page URL the blog serves: the server answers anything else with the localized 404 (scripts/routing-table.ts). */
  pages: Set<string>;
  /** Generated files that are not pages (feeds, social images, sitemap, robots). */
  files: Set<string>;
  /** Old paths (front matter `aliases`) and the post each one now lives at. */
  redirects: Map<string, string>;
}

/**
 * The loaded tree, one per process and content folder. Turbopack gives every route (and the
 * proxy) its own instance of this module, so a module variable would read the folder once per
 * route: 1,000 posts parsed again by each. Kept on globalThis instead. (A change to the loader's
 * own code in development therefore needs a restart of `npm run dev` to take effect.)
 */
interface SharedTrees {
  production: Map<string, ContentTree>;
  development: Map<string, () => ContentTree>;
}

const SHARED = Symbol.for('bilingual-blog.content-tree');

function sharedTrees(): SharedTrees {
  const holder = globalThis as { [SHARED]?: SharedTrees };
  holder[SHARED] ??= { production: new Map(), development: new Map() };
  return holder[SHARED];
}

// In development: at most once per request (React's cache), and only when a watched file
// changed; then only the changed files are parsed again.
function devTree(): ContentTree {
  const loaders = sharedTrees().development;
  let load = loaders.get(env.contentDir);
  if (!load) {
    load = cache(createTreeLoader(env.contentDir, { includeDrafts: true }, undefined, { watch: true }));
    loaders.set(env.contentDir, load);
  }
  return load();
}

/** The content tree, read once per production process; in development, fresh on every request. */
export function contentTree(): ContentTree {
  if (env.isDev) return devTree();
  const trees = sharedTrees().production;
  let tree = trees.get(env.contentDir);
  if (!tree) {
    tree = loadContentTree(env.contentDir, { includeDrafts: false });
    trees.set(env.contentDir, tree);
  }
  return tree;
}

/** The blog's page paths, for the build's routing table: the same list the routes prerender (lib/content/pages.ts). */
export function routingFor(tree: ContentTree): Routing {
  const pageList = sitePages(tree).map((page) => describePage(tree, page));
  const pageByPath = new Map(pageList.map((page) => [page.path, page]));
  const pages = new Set(pageByPath.keys());
  const files = new Set([
    routes.sitemap(),
    routes.robots(),
    routes.healthz(),
    ...locales.flatMap((locale) => [routes.feed(locale), routes.homeImage(locale)]),
    ...tree.posts.map((post) => routes.postImage(post.locale, post.slug)),
    ...katexPaths(),
  ]);
  const redirects = new Map<string, string>();
  for (const post of tree.posts) {
    for (const alias of post.aliases) {
      const from = canonicalPath(alias);
      if (!pages.has(from)) redirects.set(from, routes.post(post.locale, post.slug));
    }
  }
  return { pageList, pageByPath, pages, files, redirects };
}

export function routing(): Routing {
  const tree = contentTree();
  if (cachedRouting?.tree !== tree) cachedRouting = { tree, routing: routingFor(tree) };
  return cachedRouting.routing;
}
