import 'server-only';
import type { Locale } from '../i18n/config';
import { linkContext, linkTargets, type LinkContext, type LinkTargets } from './links';
import { contentTree as tree, routing, type SitePage } from './tree';
import type { ContentTree, Post, PostSummary, Series } from './types';

export type { ContentTree, Post, PostSummary, Series, SitePage };
export { ContentError } from './errors';

function summary({ body: _body, ...rest }: Post): PostSummary {
  return rest;
}

export function getSite() {
  return tree().site;
}

/** A page's entry in the site's page list: its translations and last change. */
export function getPage(path: string): SitePage | undefined {
  return routing().pageList.find((page) => page.path === path);
}

/** A locale's posts, newest first, without bodies. */
export function getPostIndex(locale: Locale): PostSummary[] {
  return tree()
    .posts.filter((post) => post.locale === locale)
    .map(summary);
}

export function getPost(locale: Locale, slug: string): Post | undefined {
  return tree().posts.find((post) => post.locale === locale && post.slug === slug);
}

/** A post's tags with their labels in its language (the id when tags.yml has none). */
export function getTagList(post: Pick<PostSummary, 'tags' | 'locale'>): { id: string; label: string }[] {
  const labels = tree().tagLabels;
  return post.tags.map((id) => ({ id, label: labels?.get(id)?.[post.locale] ?? id }));
}

/** "Part 2 of 3": a post's place in its series, counting planned entries. */
export function getSeriesPosition(post: PostSummary): { id: string; title: string; order: number; total: number } | undefined {
  if (!post.series) return undefined;
  const series = tree().series.get(post.series.id);
  if (!series) return undefined;
  // Every language's entries count: a part not yet translated is still part of the series.
  const orders = [
    ...tree()
      .posts.filter((entry) => entry.series?.id === series.id)
      .map((entry) => entry.series!.order),
    ...series.planned.map((entry) => entry.order),
  ];
  return { id: series.id, title: series.title[post.locale], order: post.series.order, total: Math.max(...orders) };
}

const targetsByTree = new WeakMap<object, LinkTargets>();

/** What a post's internal links are checked against: the site's pages, as this tree routes them. */
export function getLinkContext(post: Pick<Post, 'locale' | 'slug'>): LinkContext {
  const current = tree();
  let targets = targetsByTree.get(current);
  if (!targets) {
    targets = linkTargets(current);
    targetsByTree.set(current, targets);
  }
  return linkContext(post, targets);
}
