import type { ListedPost } from '@/lib/content';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { PostMeta, TagList } from './post-meta';

/**
 * A post's title as a link; one in another language than the page's carries
 * that language (lang, hreflang) and says so in words.
 */
export function PostTitleLink({ post, dict }: { post: ListedPost; dict: Dictionary }) {
  const lang = post.inOtherLanguage ? htmlLang[post.locale] : undefined;
  return (
    <>
      <a href={post.href} hrefLang={lang} lang={lang}>
        {post.title}
      </a>
      {post.inOtherLanguage ? <span className="language-mark"> ({dict.inLanguage[post.locale]})</span> : null}
    </>
  );
}

/** Post cards, newest first as given; `locale` is the page's language, which dates follow. */
export function PostList({
  posts,
  locale,
  dict,
  emptyText,
  heading: Heading = 'h3',
}: {
  posts: ListedPost[];
  locale: Locale;
  dict: Dictionary;
  emptyText?: string;
  heading?: 'h2' | 'h3';
}) {
  if (posts.length === 0) return emptyText ? <p>{emptyText}</p> : null;
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={`${post.locale}/${post.id}`}>
          <article className="post-card">
            <Heading>
              <PostTitleLink post={post} dict={dict} />
            </Heading>
            <PostMeta post={post} dict={dict} locale={locale} />
            <p className="post-description" lang={post.inOtherLanguage ? htmlLang[post.locale] : undefined}>
              {post.description}
            </p>
            <TagList tags={post.tags} label={dict.post.tags} />
          </article>
        </li>
      ))}
    </ol>
  );
}
