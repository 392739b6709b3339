import Link from 'next/link';
import type { PostSummary } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import { PostMeta, TagList } from './post-meta';

export interface ListedPost extends PostSummary {
  tagList: { id: string; label: string }[];
}

export function PostList({ posts, dict, emptyText }: { posts: ListedPost[]; dict: Dictionary; emptyText: string }) {
  if (posts.length === 0) return <p>{emptyText}</p>;
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.id}>
          <article className="post-card">
            <h3>
              <Link href={routes.post(post.locale, post.slug)}>{post.title}</Link>
            </h3>
            <PostMeta post={post} dict={dict} />
            <p className="post-description">{post.description}</p>
            <TagList tags={post.tagList} label={dict.post.tags} />
          </article>
        </li>
      ))}
    </ol>
  );
}
