import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { PostMeta, TagList } from '@/components/post/post-meta';
import { JsonLd } from '@/components/seo/json-ld';
import { getPage, getPost, getPostIndex, getSeriesPosition, getSite, getTagList, type Post } from '@/lib/content';
import { env } from '@/lib/env';
import { alternatesFor } from '@/lib/i18n/alternates';
import { defaultLocale, htmlLang, isLocale, locales, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { renderPost } from '@/lib/mdx/render';
import { routes } from '@/lib/routes';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

// Both params from here: derived per parent locale, a locale with no posts (an
// empty list) made Next 16 prerender no post in any locale, and say nothing.
export function generateStaticParams() {
  return locales.flatMap((locale) => getPostIndex(locale).map((post) => ({ locale, slug: post.slug })));
}

async function findPost(params: Props['params']): Promise<Post> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const post = getPost(locale, slug);
  if (!post) notFound();
  return post;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await findPost(params);
  const site = getSite();
  return pageMetadata({
    locale: post.locale,
    siteName: site.name,
    page: getPage(routes.post(post.locale, post.slug)),
    title: post.title,
    description: post.description,
    image: { path: routes.postImage(post.locale, post.slug), alt: post.title },
    article: {
      publishedTime: post.date,
      modifiedTime: post.updated,
      tags: getTagList(post).map((tag) => tag.label),
      authors: [site.author.name],
    },
  });
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  const { locale } = post;
  const dict = await getDictionary(locale);
  const site = getSite();
  const { content, references } = await renderPost(post, dict);
  const series = getSeriesPosition(post);
  const alternates = await alternatesFor(locale, (other) => {
    const slug = post.translations[other];
    return slug ? routes.post(other, slug) : undefined;
  });
  const absolute = (path: string) => new URL(path, env.siteUrl).toString();
  const jsonLd = blogPostingJsonLd({
    locale,
    url: absolute(routes.post(locale, post.slug)),
    title: post.title,
    description: post.description,
    published: post.date,
    modified: post.updated,
    tags: getTagList(post).map((tag) => tag.label),
    image: absolute(routes.postImage(locale, post.slug)),
    author: site.author,
    series: series ? { name: series.title, position: series.order } : undefined,
    citations: references.map((reference) => ({ url: reference.url, title: reference.title })),
    translations: (Object.entries(post.translations) as [Locale, string][]).map(([other, slug]) => ({
      locale: other,
      url: absolute(routes.post(other, slug)),
    })),
    originalLocale: defaultLocale,
  });

  return (
    <PageShell locale={locale} dict={dict} site={site} alternates={alternates}>
      {/* data-pagefind-body: the search index holds posts only, and only their article (scripts/build-search.mjs). */}
      <article className="post" lang={htmlLang[locale]} data-pagefind-body="">
        <header className="post-header">
          {series ? (
            <p className="post-series">
              {dict.post.seriesPart(series.order, series.total)} {dict.post.seriesOf} <strong>{series.title}</strong>
            </p>
          ) : null}
          <h1>{post.title}</h1>
          <PostMeta post={post} dict={dict} />
          <TagList tags={getTagList(post)} label={dict.post.tags} />
        </header>
        <div className="prose">{content}</div>
      </article>
      <JsonLd data={jsonLd} />
    </PageShell>
  );
}
