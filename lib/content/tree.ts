import { cache } from 'react';
import { env } from '../env';
import { locales } from '../i18n/config';
import { routes } from '../routes';
import { createTreeLoader } from './cache';
import { loadContentTree } from './load';
import type { ContentTree } from './types';

let cached: ContentTree | undefined;
let cachedRouting: { tree: ContentTree; routing: Routing } | undefined;

export interface Routing {
  /** Every page URL the blog serves: the proxy answers anything else with the localized 404. */
  pages: Set<string>;
  /** Old paths (front matter `aliases`) and the post each one now lives at. */
  redirects: Map<string, string>;
}

// In development: at most once per request (React's cache), and only when a watched file
// changed; then only the changed files are parsed again.
const devTree = cache(createTreeLoader(env.contentDir, { includeDrafts: true }, undefined, { watch: true }));

/** The content tree, read once per production process; in development, fresh on every request. */
export function contentTree(): ContentTree {
  if (env.isDev) return devTree();
  cached ??= loadContentTree(env.contentDir, { includeDrafts: false });
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
  const pages = new Set([
    ...locales.map((locale) => routes.home(locale)),
    ...tree.posts.map((post) => routes.post(post.locale, post.slug)),
  ]);
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
  if (cachedRouting?.tree !== tree) cachedRouting = { tree, routing: routingFor(tree) };
  return cachedRouting.routing;
}
