import type { Locale } from '../i18n/config';
import type { SeriesConfig, SiteConfig } from './schema';

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
  posts: Post[];
  /** Drafts and scheduled posts left out of `posts` (none when drafts are included). */
  withheld: Post[];
  series: Map<string, Series>;
  /** Per-locale labels, by tag id; absent when the tree has no tags.yml. */
  tagLabels?: Map<string, Partial<Record<Locale, string>>>;
}
