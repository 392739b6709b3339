import { routes } from '../routes';
import { canonicalPath } from '../server/canonical-path.mjs';
import { routingFor } from './tree';
import type { ContentTree, PostSummary } from './types';

/** What an internal link in a post may point at. */
export interface LinkTargets {
  /** Paths of the published site: its pages and the old paths that redirect to them. */
  pages: Set<string>;
  /** Paths of posts that are not published (yet), and why. */
  withheld: Map<string, 'draft' | 'scheduled'>;
}

/** The links a post's plugins check: the site's targets and where the post itself lives. */
export interface LinkContext {
  targets: LinkTargets;
  /** The post's own path, which relative links resolve against. */
  page: string;
  /** A draft or scheduled post may link to other unpublished posts. */
  published: boolean;
}

/**
 * Link targets from the site's own page list (routingFor), so a new kind of
 * page is a valid target as soon as it is routed. Drafts and scheduled posts
 * are targets only for other unpublished posts, in development as in a build.
 */
export function linkTargets(tree: ContentTree): LinkTargets {
  const { pages, redirects } = routingFor(tree);
  const withheld = new Map<string, 'draft' | 'scheduled'>();
  for (const post of [...tree.posts, ...tree.withheld]) {
    if (post.draft || post.scheduled)
      withheld.set(routes.post(post.locale, post.slug), post.draft ? 'draft' : 'scheduled');
  }
  const published = [...pages, ...redirects.keys()].filter((page) => !withheld.has(page));
  return { pages: new Set(published), withheld };
}

export function linkContext(post: Pick<PostSummary, 'locale' | 'slug'>, targets: LinkTargets): LinkContext {
  const page = canonicalPath(routes.post(post.locale, post.slug));
  return { targets, page, published: !targets.withheld.has(page) };
}
