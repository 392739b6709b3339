import type { SiteConfig } from '@/lib/content/types';

export type SiteAuthor = NonNullable<SiteConfig['author']>;

/** "por Fulana" / "by Fulana", linked when the author has an address. */
export function Byline({ author, label }: { author: SiteAuthor; label: string }) {
  return (
    <span className="byline">
      {label}{' '}
      {author.url ? (
        <a href={author.url} rel="author">
          {author.name}
        </a>
      ) : (
        author.name
      )}
    </span>
  );
}
