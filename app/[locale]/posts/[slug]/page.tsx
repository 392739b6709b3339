import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IslandScript } from '@/components/island-script';
import { PageShell } from '@/components/layout/page-shell';
import { PostMeta, TagList } from '@/components/post/post-meta';
import { SeriesBox, SeriesNeighbours } from '@/components/series/series-box';
import { TableOfContents, TOC_MIN_SECTIONS } from '@/components/post/table-of-contents';
import { JsonLd } from '@/components/seo/json-ld';
import { getListedPost, getPage, getPost, getSeriesBox, getSite, staticParams, type Post } from '@/lib/content';
import { env } from '@/lib/env';
import { alternatesFor } from '@/lib/i18n/alternates';
import { defaultLocale, htmlLang, type Locale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeParam } from '@/lib/locale-route';
import { katexStylesheet } from '@/lib/math/katex-assets';
import { renderPost } from '@/lib/mdx/render';
import { routes } from '@/lib/routes';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/urls';

type Props = { params: Promise<{ locale: string; slug: string }> };

// True so that `npm run dev`, which caches generateStaticParams, shows a post written
// while it runs. A production build prerenders every post, the proxy answers any
// other path with the 404 page, and findPost calls notFound() for an unknown slug.
export const dynamicParams = true;

// Both params from here: derived per parent locale, a locale with no posts (an
// empty list) made Next 16 prerender no post in any locale, and say nothing.
export function generateStaticParams() {
  return staticParams('post');
}

async function findPost(params: Props['params']): Promise<Post> {
  const locale = await localeParam(params);
  const { slug } = await params;
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
      tags: getListedPost(post).tags.map((tag) => tag.label),
      authors: site.author ? [site.author.name] : undefined,
    },
  });
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  const { locale } = post;
  const dict = await getDictionary(locale);
  const site = getSite();
  const { html, references, headings, math, islands } = await renderPost(post, dict);
  const toc = headings.length >= TOC_MIN_SECTIONS;
  const series = getSeriesBox(post);
  const tags = getListedPost(post).tags;
  const alternates = await alternatesFor(locale, (other) => {
    const slug = post.translations[other];
    return slug ? routes.post(other, slug) : undefined;
  });
  const jsonLd = blogPostingJsonLd({
    locale,
    url: absoluteUrl(routes.post(locale, post.slug), env.siteUrl),
    title: post.title,
    description: post.description,
    published: post.date,
    modified: post.updated,
    tags: tags.map((tag) => tag.label),
    image: absoluteUrl(routes.postImage(locale, post.slug), env.siteUrl),
    author: site.author,
    blog: { name: site.name, url: absoluteUrl(routes.home(locale), env.siteUrl) },
    series: series ? { name: series.series.title, position: series.order } : undefined,
    citations: references.map((reference) => ({ url: reference.url, title: reference.title })),
    translations: (Object.entries(post.translations) as [Locale, string][]).map(([other, slug]) => ({
      locale: other,
      url: absoluteUrl(routes.post(other, slug), env.siteUrl),
    })),
    originalLocale: defaultLocale,
  });

  return (
    <PageShell locale={locale} dict={dict} site={site} alternates={alternates}>
      {/* React puts it in the <head>; only pages with math load KaTeX's stylesheet and fonts. */}
      {math ? <link rel="stylesheet" href={katexStylesheet()} precedence="default" /> : null}
      <div className={toc ? 'post-layout has-toc' : 'post-layout'}>
        {/* data-pagefind-body: the search index holds posts only, and only their article (scripts/build-search.mjs). */}
        <article className="post" lang={htmlLang[locale]} data-pagefind-body="">
          <header className="post-header">
            <h1>{post.title}</h1>
            <PostMeta post={post} dict={dict} author={site.author} />
            <TagList tags={tags} label={dict.post.tags} />
          </header>
          {series ? <SeriesBox box={series} locale={locale} dict={dict} /> : null}
          {toc ? <TableOfContents headings={headings} title={dict.toc.title} variant="inline" /> : null}
          {/* The body, rendered to HTML from its MDX by lib/mdx/render.tsx. */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
          {series ? <SeriesNeighbours box={series} dict={dict} /> : null}
        </article>
        {toc ? <TableOfContents headings={headings} title={dict.toc.title} variant="aside" /> : null}
      </div>
      {islands.map((name) => (
        <IslandScript key={name} name={name} />
      ))}
      <JsonLd data={jsonLd} />
    </PageShell>
  );
}
