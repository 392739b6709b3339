import type { PostSummary, TagRef } from '@/lib/content';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/dates';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { Byline, type SiteAuthor } from '../layout/byline';

type Dated = Pick<PostSummary, 'date' | 'updated' | 'draft' | 'scheduled' | 'readingMinutes' | 'locale'>;

/**
 * Date, reading time and (optionally) the author and update date of a post,
 * in the page's language (`locale`, default the post's).
 */
export function PostMeta({
  post,
  dict,
  locale = post.locale,
  author,
}: {
  post: Dated;
  dict: Dictionary;
  locale?: Locale;
  author?: SiteAuthor;
}) {
  return (
    <p className="post-meta">
      {post.draft || post.scheduled ? (
        <>
          <strong className="draft-badge">{post.draft ? dict.post.draft : dict.post.scheduled}</strong>{' '}
        </>
      ) : null}
      {author ? (
        <>
          <Byline author={author} label={dict.post.byline} />
          <span aria-hidden="true"> · </span>
        </>
      ) : null}
      <time dateTime={post.date.toISOString()}>{formatDate(post.date, locale)}</time>
      <span aria-hidden="true"> · </span>
      <span>{dict.post.minRead(post.readingMinutes)}</span>
      {post.updated ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            {dict.post.updatedOn} <time dateTime={post.updated.toISOString()}>{formatDate(post.updated, locale)}</time>
          </span>
        </>
      ) : null}
    </p>
  );
}

export function TagList({ tags, label }: { tags: TagRef[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <a className="tag" href={tag.href}>
            {tag.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
