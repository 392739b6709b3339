import { env } from '../env';
import { routes } from '../routes';
import { loadContentTree } from './load';
import { pagePath, sitePages } from './pages';
import type { ContentTree } from './types';

let cached: ContentTree | undefined;
let cachedRouting: Routing | undefined;

export interface Routing {
  /** Every page URL the blog serves: the proxy answers anything else with the localized 404. */
  pages: Set<string>;
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

/** The blog's page paths, for the proxy: the same list the routes prerender (lib/content/pages.ts). */
export function routingFor(tree: ContentTree): Routing {
  const pages = new Set(sitePages(tree).map(pagePath));
  const redirects = new Map<string, string>();
  for (const post of tree.posts) {
    for (const alias of post.aliases) {
      const from = normalizePath(alias);
      if (!pages.has(from)) redirects.set(from, routes.post(post.locale, post.slug));
    }
  }
  return { pages, redirects };
}

export function routing(): Routing {
  const tree = contentTree();
  cachedRouting ??= routingFor(tree);
  return cachedRouting;
}
