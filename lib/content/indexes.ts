import { htmlLang, locales, type Locale } from '../i18n/config';
import { routes } from '../routes';
import type {
  ContentTree,
  ListedPost,
  PostSummary,
  SeriesEntry,
  SeriesPart,
  SeriesPlace,
  TagEntry,
  TagRef,
} from './types';

/** Posts per tag page; later ones go to /tags/{tag}/page/{n}. */
export const TAG_PAGE_SIZE = 20;

/** Everything the pages look up, built once per loaded tree. */
export interface ContentIndexes {
  /** `${locale}/${slug}` → the post. */
  postBySlug: Map<string, PostSummary>;
  /** Per list language: its own posts plus the other language's untranslated ones, newest first. */
  lists: Record<Locale, ListedPost[]>;
  /** Per language: tags with at least one listed post, by label in that language's collation. */
  tags: Record<Locale, TagEntry[]>;
  tagBySlug: Record<Locale, Map<string, TagEntry>>;
  tagById: Record<Locale, Map<string, TagEntry>>;
  /** Per language: series with at least one published post, by title. */
  series: Record<Locale, SeriesEntry[]>;
  seriesById: Record<Locale, Map<string, SeriesEntry>>;
  /** `${list locale}/${post locale}/${post id}` → the post as that list shows it. */
  listed: Map<string, ListedPost>;
}

const built = new WeakMap<ContentTree, ContentIndexes>();

/** The indexes of `tree`, memoised on the tree object so a reloaded tree gets fresh ones. */
export function indexesOf(tree: ContentTree): ContentIndexes {
  let indexes = built.get(tree);
  if (!indexes) {
    indexes = buildIndexes(tree);
    built.set(tree, indexes);
  }
  return indexes;
}

const byLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;

export function tagRef(tree: ContentTree, id: string, locale: Locale): TagRef {
  const config = tree.tags?.get(id)?.[locale];
  const slug = config?.slug ?? id;
  return { id, label: config?.label ?? id, slug, href: routes.tag(locale, slug) };
}

function buildIndexes(tree: ContentTree): ContentIndexes {
  const postBySlug = new Map(tree.posts.map((post) => [`${post.locale}/${post.slug}`, post]));

  // Series sizes count every language's parts and the planned ones: an untranslated part is still a part.
  const seriesTotals = new Map<string, number>();
  for (const series of tree.series.values()) {
    seriesTotals.set(series.id, Math.max(0, ...series.planned.map((entry) => entry.order)));
  }
  for (const post of tree.posts) {
    if (!post.series) continue;
    seriesTotals.set(post.series.id, Math.max(seriesTotals.get(post.series.id) ?? 0, post.series.order));
  }

  const seriesPlace = (post: PostSummary, locale: Locale): SeriesPlace | undefined => {
    const series = post.series && tree.series.get(post.series.id);
    if (!post.series || !series) return undefined;
    return {
      id: series.id,
      title: series.title[locale],
      href: routes.series(locale, series.id),
      order: post.series.order,
      total: seriesTotals.get(series.id) ?? post.series.order,
    };
  };

  const listed = new Map<string, ListedPost>();
  const listedAs = (post: PostSummary, locale: Locale): ListedPost => {
    const key = `${locale}/${post.locale}/${post.id}`;
    let entry = listed.get(key);
    if (!entry) {
      entry = {
        id: post.id,
        locale: post.locale,
        slug: post.slug,
        href: routes.post(post.locale, post.slug),
        title: post.title,
        description: post.description,
        date: post.date,
        updated: post.updated,
        draft: post.draft,
        scheduled: post.scheduled,
        readingMinutes: post.readingMinutes,
        tags: post.tags.map((id) => tagRef(tree, id, locale)),
        series: seriesPlace(post, locale),
        inOtherLanguage: post.locale !== locale,
      };
      listed.set(key, entry);
    }
    return entry;
  };

  // tree.posts is newest first already; a post joins another language's lists only when it has no version there.
  const lists = byLocale((locale) =>
    tree.posts
      .filter((post) => post.locale === locale || post.translations[locale] === undefined)
      .map((post) => listedAs(post, locale)),
  );

  const tags = byLocale((locale) => {
    const entries = new Map<string, TagEntry>();
    for (const post of lists[locale]) {
      for (const ref of post.tags) {
        let entry = entries.get(ref.id);
        if (!entry) {
          entry = { ...ref, posts: [], ownPosts: 0 };
          entries.set(ref.id, entry);
        }
        entry.posts.push(post);
        if (!post.inOtherLanguage) entry.ownPosts += 1;
      }
    }
    const collator = new Intl.Collator(htmlLang[locale], { numeric: true });
    return [...entries.values()].sort((a, b) => collator.compare(a.label, b.label) || a.id.localeCompare(b.id));
  });

  const series = byLocale((locale) => {
    const collator = new Intl.Collator(htmlLang[locale], { numeric: true });
    const entries: SeriesEntry[] = [];
    for (const config of tree.series.values()) {
      const posts = lists[locale].filter((post) => post.series?.id === config.id);
      if (posts.length === 0) continue;
      const parts = new Map<number, SeriesPart>();
      for (const post of posts) {
        const order = post.series!.order;
        const taken = parts.get(order);
        // Two versions at one place (a translation numbered differently): the reader's language wins.
        if (!taken || (taken.kind === 'post' && taken.post.inOtherLanguage && !post.inOtherLanguage)) {
          parts.set(order, { kind: 'post', order, post });
        }
      }
      for (const planned of config.planned) {
        if (parts.has(planned.order)) continue;
        const lang = planned.title[locale] ? locale : (locales.find((l) => planned.title[l]) ?? locale);
        parts.set(planned.order, { kind: 'planned', order: planned.order, title: planned.title[lang] ?? '', lang });
      }
      entries.push({
        id: config.id,
        title: config.title[locale],
        description: config.description[locale],
        href: routes.series(locale, config.id),
        parts: [...parts.values()].sort((a, b) => a.order - b.order),
        total: seriesTotals.get(config.id) ?? 0,
      });
    }
    return entries.sort((a, b) => collator.compare(a.title, b.title));
  });

  return {
    postBySlug,
    lists,
    tags,
    tagBySlug: byLocale((locale) => new Map(tags[locale].map((tag) => [tag.slug, tag]))),
    tagById: byLocale((locale) => new Map(tags[locale].map((tag) => [tag.id, tag]))),
    series,
    seriesById: byLocale((locale) => new Map(series[locale].map((entry) => [entry.id, entry]))),
    listed,
  };
}

/** A post as its own language's lists show it. */
export function listedPost(tree: ContentTree, post: PostSummary): ListedPost {
  return indexesOf(tree).listed.get(`${post.locale}/${post.locale}/${post.id}`)!;
}

/** The series box of a post: every part, where it stands, and its neighbours that can be read. */
export interface SeriesBox {
  series: SeriesEntry;
  order: number;
  previous?: ListedPost;
  next?: ListedPost;
}

export function seriesBoxOf(tree: ContentTree, post: PostSummary): SeriesBox | undefined {
  if (!post.series) return undefined;
  const series = indexesOf(tree).seriesById[post.locale].get(post.series.id);
  if (!series) return undefined;
  const order = post.series.order;
  const readable = series.parts.filter((part) => part.kind === 'post');
  return {
    series,
    order,
    previous: readable.filter((part) => part.order < order).at(-1)?.post,
    next: readable.find((part) => part.order > order)?.post,
  };
}

/** How many pages a tag's list takes: TAG_PAGE_SIZE posts each, and at least the first. */
export function tagPageCount(entry: { posts: readonly unknown[] }): number {
  return Math.max(1, Math.ceil(entry.posts.length / TAG_PAGE_SIZE));
}

/** Page `page` (from 1) of a tag's posts, or undefined past its last page. */
export function tagPageOf(
  entry: TagEntry,
  page: number,
): { posts: ListedPost[]; page: number; pageCount: number } | undefined {
  const pageCount = tagPageCount(entry);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { posts: entry.posts.slice((page - 1) * TAG_PAGE_SIZE, page * TAG_PAGE_SIZE), page, pageCount };
}
