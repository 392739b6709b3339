import { env } from '../env';
import { locales } from '../i18n/config';
import { routes } from '../routes';
import { loadContentTree } from './load';
import type { ContentTree } from './types';

let cached: ContentTree | undefined;
let cachedPaths: Set<string> | undefined;

/** The content tree, read once per production process and on every call in development. */
export function contentTree(): ContentTree {
  if (env.isDev || !cached) {
    cached = loadContentTree(env.contentDir, { includeDrafts: env.isDev });
    cachedPaths = undefined;
  }
  return cached;
}

/** Every page URL the blog serves: the proxy answers anything else with the localized 404. */
export function pagePaths(tree: ContentTree): Set<string> {
  return new Set([
    ...locales.map((locale) => routes.home(locale)),
    ...tree.posts.map((post) => routes.post(post.locale, post.slug)),
  ]);
}

export function knownPaths(): Set<string> {
  const tree = contentTree();
  cachedPaths ??= pagePaths(tree);
  return cachedPaths;
}
