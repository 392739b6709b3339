import { createHash } from 'node:crypto';
import { defaultLocale, locales } from '../i18n/config';
import { displayPath, type ContentProblem } from './errors';
import type { PostSummary } from './types';

/** A short hash of a post body, the "version" a translation records of its source. */
export function contentHash(body: string): string {
  const normalized = body.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

/** The file a translation was made from: the one it names, else the original language. */
export function sourceOf<T extends PostSummary>(post: T, group: T[]): T | undefined {
  const locale = post.translationOf?.locale ?? defaultLocale;
  return locale === post.locale ? undefined : group.find((other) => other.locale === locale);
}

/**
 * Translations that may be out of date (warnings, naming both files) and
 * posts that exist in one language only (information).
 */
export function translationProblems(posts: PostSummary[]): ContentProblem[] {
  const byId = new Map<string, PostSummary[]>();
  for (const post of posts) byId.set(post.id, [...(byId.get(post.id) ?? []), post]);
  const problems: ContentProblem[] = [];
  for (const group of byId.values()) {
    for (const locale of locales) {
      if (group.some((post) => post.locale === locale)) continue;
      problems.push({
        file: group[0]!.file,
        severity: 'info',
        message: `not translated yet: no ${locale}.mdx beside it`,
      });
    }
    for (const post of group) {
      const source = sourceOf(post, group);
      if (!source) continue;
      const translated = post.updated ?? post.date;
      if (source.updated && source.updated > translated) {
        problems.push({
          file: post.file,
          severity: 'warning',
          message: `translation may be out of date: ${displayPath(source.file)} was updated on ${day(source.updated)}, after this translation (${day(translated)}); update it and its "updated" date`,
        });
      } else if (post.translationOf && post.translationOf.hash !== source.sourceHash) {
        problems.push({
          file: post.file,
          severity: 'warning',
          message: `translation may be out of date: ${displayPath(source.file)} changed since this translation was made; bring it up to date, then set translationOf.hash to ${source.sourceHash}`,
        });
      }
    }
  }
  return problems;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
