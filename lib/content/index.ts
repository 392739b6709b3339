import 'server-only';
import { cache } from 'react';
import type { Locale } from '../i18n/config';
import { yearOf } from '../i18n/dates';
import { indexesOf, listedPost, seriesBoxOf, tagPageOf, tagRef, type SeriesBox } from './indexes';
import { staticParamsFor, type PageKind, type PageParams } from './pages';
import { linkContext, linkTargets, type LinkContext, type LinkTargets } from './links';
import { withBody } from './load';
import { contentTree as tree, routing, type SitePage } from './tree';
import type {
  ContentTree,
  ListedPost,
  Post,
  PostSummary,
  Series,
  SeriesEntry,
  SeriesPart,
  SeriesPlace,
  TagEntry,
  TagRef,
} from './types';

export type {
  ContentTree,
  ListedPost,
  Post,
  PostSummary,
  Series,
  SeriesBox,
  SeriesEntry,
  SeriesPart,
  SitePage,
  TagEntry,
  TagRef,
};
export { ContentError } from './errors';
export { TAG_PAGE_SIZE } from './indexes';

export function getSite() {
  return tree().site;
}

/** generateStaticParams of the route for `kind`, from the same list the proxy serves. */
export function staticParams<K extends PageKind>(kind: K): PageParams<K>[] {
  return staticParamsFor(tree(), kind);
}

/** A page's entry in the site's page list: its translations and last change. */
export function getPage(path: string): SitePage | undefined {
  return routing().pageByPath.get(path);
}

/** A locale's own posts, newest first, without bodies. */
export function getPostIndex(locale: Locale): PostSummary[] {
  return tree().posts.filter((post) => post.locale === locale);
}

/**
 * A post with its body, which is read from its file now (the tree holds none);
 * once per request, so a page and its metadata share one read.
 */
export const getPost = cache((locale: Locale, slug: string): Post | undefined => {
  const post = indexesOf(tree()).postBySlug.get(`${locale}/${slug}`);
  return post && withBody(post);
});

/** A post's tags with their labels and pages in its language. */
export function getTagList(post: Pick<PostSummary, 'tags' | 'locale'>): TagRef[] {
  return post.tags.map((id) => tagRef(tree(), id, post.locale));
}

/** "Part 2 of 3": a post's place in its series, counting planned entries and every language's parts. */
export function getSeriesPosition(post: Pick<PostSummary, 'id' | 'locale'>): SeriesPlace | undefined {
  return indexesOf(tree()).listed.get(`${post.locale}/${post.locale}/${post.id}`)?.series;
}

/** A post as its own language's lists show it. */
export function getListedPost(post: PostSummary): ListedPost {
  return listedPost(tree(), post);
}

/** What a list in `locale` shows: its posts and the other language's untranslated ones, newest first. */
export function getPostList(locale: Locale): ListedPost[] {
  return indexesOf(tree()).lists[locale];
}

/** The list by year, newest first. */
export function getArchive(locale: Locale): { year: number; posts: ListedPost[] }[] {
  const years: { year: number; posts: ListedPost[] }[] = [];
  for (const post of getPostList(locale)) {
    const year = yearOf(post.date);
    const last = years.at(-1);
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}

export function getTags(locale: Locale): TagEntry[] {
  return indexesOf(tree()).tags[locale];
}

export function getTagById(locale: Locale, id: string): TagEntry | undefined {
  return indexesOf(tree()).tagById[locale].get(id);
}

/** One page of a tag, by the tag's slug in `locale`; undefined for an unknown tag or page. */
export function getTagPage(locale: Locale, slug: string, page: number) {
  const tag = indexesOf(tree()).tagBySlug[locale].get(slug);
  const found = tag && tagPageOf(tag, page);
  return tag && found ? { tag, ...found } : undefined;
}

export function getSeriesList(locale: Locale): SeriesEntry[] {
  return indexesOf(tree()).series[locale];
}

export function getSeries(locale: Locale, id: string): SeriesEntry | undefined {
  return indexesOf(tree()).seriesById[locale].get(id);
}

export function getSeriesBox(post: PostSummary): SeriesBox | undefined {
  return seriesBoxOf(tree(), post);
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
