import { Feed } from 'feed';
import { htmlLang, type Locale } from '../i18n/config';
import { absoluteUrl } from '../urls';

/** How many of the latest posts a feed carries. */
export const FEED_SIZE = 20;

export interface FeedEntry {
  /** The post's folder id: stable across rebuilds and slug changes. */
  id: string;
  title: string;
  description: string;
  /** Site path of the post. */
  path: string;
  date: Date;
  updated?: Date;
  /** Tag labels in the feed's language. */
  categories: string[];
}

export interface FeedInput<T extends FeedEntry> {
  locale: Locale;
  title: string;
  description: string;
  siteUrl: URL;
  homePath: string;
  /** The blog's author, named on every item when the site has one. */
  author?: { name: string };
  feedPath: string;
  entries: T[];
  /** The post's body as HTML, absolute addresses only; called for the entries the feed keeps. */
  content: (entry: T, url: string) => Promise<string>;
}

/**
 * A guid that outlives rebuilds and slug changes (RFC 4151 tag URI):
 * tag:blog.example.com,2023-10-02:2023-10-02-kafka-intro/pt
 */
export function feedGuid(siteUrl: URL, entry: Pick<FeedEntry, 'id' | 'date'>, locale: Locale): string {
  return `tag:${siteUrl.hostname},${entry.date.toISOString().slice(0, 10)}:${entry.id}/${locale}`;
}

/** RSS 2.0 of a language's latest posts, with their full content. */
export async function rssFeed<T extends FeedEntry>(input: FeedInput<T>): Promise<string> {
  const latest = [...input.entries].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, FEED_SIZE);
  const changes = latest.map((entry) => (entry.updated ?? entry.date).getTime());
  const feed = new Feed({
    id: absoluteUrl(input.homePath, input.siteUrl),
    title: input.title,
    description: input.description,
    link: absoluteUrl(input.homePath, input.siteUrl),
    language: htmlLang[input.locale],
    feedLinks: { rss: absoluteUrl(input.feedPath, input.siteUrl) },
    // The newest change, not the time of the build: an unchanged blog gives an unchanged feed.
    updated: new Date(changes.length > 0 ? Math.max(...changes) : 0),
    generator: false,
  });
  for (const entry of latest) {
    const url = absoluteUrl(entry.path, input.siteUrl);
    feed.addItem({
      title: entry.title,
      link: url,
      guid: feedGuid(input.siteUrl, entry, input.locale),
      date: entry.updated ?? entry.date,
      published: entry.date,
      description: entry.description,
      content: await input.content(entry, url),
      category: entry.categories.map((name) => ({ name })),
      // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
      ...(input.author ? { extensions: [{ name: 'dc:creator', objects: { _text: input.author.name } }] } : {}),
    });
  }
  return feed.rss2();
}
