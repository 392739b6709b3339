import type { Locale } from '../i18n/config';
import type { SeriesConfig, SiteConfig, TagConfig } from './schema';

/** What listings need: everything about a post but its body. */
export interface PostSummary {
  /** The folder name: stable across languages and renames of the slug. */
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date;
  tags: string[];
  series?: { id: string; order: number };
  draft: boolean;
  /** Dated after the moment the tree was read: like a draft, shown by the dev server only. */
  scheduled: boolean;
  aliases: string[];
  /** For a translation: the source it was made from and that source's hash at the time. */
  translationOf?: { locale: Locale; hash: string };
  /** A hash of this file's body, which a translation of it records. */
  sourceHash: string;
  readingMinutes: number;
  /** Slugs of this post in the other locales that are published alongside it. */
  translations: Partial<Record<Locale, string>>;
  /** Absolute path of the source file, for messages. */
  file: string;
}

/** A post as its page renders it: read from its file on demand (lib/content/load.ts readPostBody). */
export interface Post extends PostSummary {
  /** The MDX body, with the front matter replaced by blank lines so positions match the file. */
  body: string;
}

export interface Series extends SeriesConfig {
  id: string;
  file: string;
}

export type { SiteConfig };

export interface ContentTree {
  dir: string;
  site: SiteConfig;
  /** Newest first, without bodies: listings and lookups never hold the posts' text. */
  posts: PostSummary[];
  /** Drafts and scheduled posts left out of `posts` (none when drafts are included). */
  withheld: PostSummary[];
  series: Map<string, Series>;
  /** Per-locale label and slug, by tag id; absent when the tree has no tags.yml. */
  tags?: Map<string, TagConfig>;
}

/** A tag as a page in one language shows it: label and URL in that language. */
export interface TagRef {
  id: string;
  label: string;
  slug: string;
  href: string;
}

/** A post's place in its series, as a reader of `locale` sees it. */
export interface SeriesPlace {
  id: string;
  title: string;
  href: string;
  order: number;
  /** Parts written and planned, in every language. */
  total: number;
}

/**
 * A post as the lists of one language show it (home, archive, tags, series):
 * links, tag labels and series title already in that language. A post that
 * has no version in the list's language is listed too, in its own language,
 * with `inOtherLanguage` set so the list marks it.
 */
export interface ListedPost {
  id: string;
  /** The post's language, which differs from the list's when `inOtherLanguage`. */
  locale: Locale;
  slug: string;
  href: string;
  title: string;
  description: string;
  date: Date;
  updated?: Date;
  draft: boolean;
  /** Dated after the build: shown by the dev server only, with a badge, like a draft. */
  scheduled: boolean;
  readingMinutes: number;
  tags: TagRef[];
  series?: SeriesPlace;
  inOtherLanguage: boolean;
}

/** One tag in one language, with the posts its page lists, newest first. */
export interface TagEntry extends TagRef {
  posts: ListedPost[];
  /** How many of them are written in this language (the rest are marked). */
  ownPosts: number;
}

export type SeriesPart =
  | { kind: 'post'; order: number; post: ListedPost }
  /** A part not written yet: its title, in `lang` (the page's language when it has one). */
  | { kind: 'planned'; order: number; title: string; lang: Locale };

/** A series in one language: its parts in order, planned ones included. */
export interface SeriesEntry {
  id: string;
  title: string;
  description: string;
  href: string;
  parts: SeriesPart[];
  total: number;
}
