import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { PostMeta, TagList } from '@/components/post/post-meta';
import { SeriesBox, SeriesNeighbours } from '@/components/series/series-box';
import { getListedPost, getPost, getSeriesBox, getSite, staticParams, type Post } from '@/lib/content';
import { env } from '@/lib/env';
import { alternatesFor } from '@/lib/i18n/alternates';
import { defaultLocale, htmlLang, isLocale, locales, ogLocale, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderPost } from '@/lib/mdx/render';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

// Both params from here: derived per parent locale, a locale with no posts (an
// empty list) made Next 16 prerender no post in any locale, and say nothing.
export function generateStaticParams() {
  return staticParams('post');
}

async function findPost(params: Props['params']): Promise<Post> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const post = getPost(locale, slug);
  if (!post) notFound();
  return post;
}

/** Links to this post in each language it is published in, keyed by hreflang. */
function languageLinks(post: Post): Record<string, string> {
  const links: Record<string, string> = { [htmlLang[post.locale]]: routes.post(post.locale, post.slug) };
  for (const [other, slug] of Object.entries(post.translations) as [Locale, string][]) {
    links[htmlLang[other]] = routes.post(other, slug);
  }
  // Readers of neither language get the original, Portuguese when it exists.
  links['x-default'] = links[htmlLang[defaultLocale]] ?? routes.post(post.locale, post.slug);
  return links;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params);
  const site = getSite();
  return {
    title: post.title,
    description: post.description,
    keywords: post.tags,
    alternates: { canonical: routes.post(post.locale, post.slug), languages: languageLinks(post) },
    openGraph: {
      type: 'article',
      title: post.title,
      description: post.description,
      siteName: site.name,
      locale: ogLocale[post.locale],
      url: routes.post(post.locale, post.slug),
      publishedTime: post.date.toISOString(),
      modifiedTime: post.updated?.toISOString(),
      tags: post.tags,
    },
  };
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  const { locale } = post;
  const dict = await getDictionary(locale);
  const site = getSite();
  const content = await renderPost(post, dict);
  const series = getSeriesBox(post);
  const alternates = await alternatesFor(locale, (other) => {
    const slug = post.translations[other];
    return slug ? routes.post(other, slug) : undefined;
  });
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    inLanguage: htmlLang[locale],
    datePublished: post.date.toISOString(),
    dateModified: (post.updated ?? post.date).toISOString(),
    author: { '@type': 'Person', name: site.author.name, url: site.author.url },
    keywords: post.tags.join(', '),
    url: new URL(routes.post(locale, post.slug), env.siteUrl).toString(),
  };

  return (
    <PageShell locale={locale} dict={dict} site={site} alternates={alternates}>
      <article className="post" lang={htmlLang[locale]}>
        <header className="post-header">
          <h1>{post.title}</h1>
          <PostMeta post={post} dict={dict} />
          <TagList tags={getListedPost(post).tags} label={dict.post.tags} />
        </header>
        {series ? <SeriesBox box={series} locale={locale} dict={dict} /> : null}
        <div className="prose">{content}</div>
        {series ? <SeriesNeighbours box={series} dict={dict} /> : null}
      </article>
      <script
        type="application/ld+json"
        // JSON.stringify cannot close the script element once "<" is escaped.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
    </PageShell>
  );
}
