import type { PostSummary } from '@/lib/content';
import { formatDate } from '@/lib/i18n/dates';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Date, reading time and (optionally) the update date of a post. */
export function PostMeta({ post, dict }: { post: PostSummary; dict: Dictionary }) {
  return (
    <p className="post-meta">
      {post.draft || post.scheduled ? (
        <>
          <strong className="draft-badge">{post.draft ? dict.post.draft : dict.post.scheduled}</strong>{' '}
        </>
      ) : null}
      <time dateTime={post.date.toISOString()}>{formatDate(post.date, post.locale)}</time>
      <span aria-hidden="true"> · </span>
      <span>{dict.post.minRead(post.readingMinutes)}</span>
      {post.updated ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>
            {dict.post.updatedOn} <time dateTime={post.updated.toISOString()}>{formatDate(post.updated, post.locale)}</time>
          </span>
        </>
      ) : null}
    </p>
  );
}

export function TagList({ tags, label }: { tags: { id: string; label: string }[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.id} className="tag">
          {tag.label}
        </li>
      ))}
    </ul>
  );
}
