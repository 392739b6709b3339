import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { PostList } from '@/components/post/post-list';
import { JsonLd } from '@/components/seo/json-ld';
import { getPage, getPostIndex, getSite, getTagList } from '@/lib/content';
import { env } from '@/lib/env';
import { alternatesFor } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import { blogJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const site = getSite();
  return pageMetadata({
    locale,
    siteName: site.name,
    page: getPage(routes.home(locale)),
    description: site.description[locale],
    image: { path: routes.homeImage(locale), alt: site.name },
  });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const dict = await getDictionary(locale);
  const site = getSite();
  const posts = getPostIndex(locale).map((post) => ({ ...post, tagList: getTagList(post) }));
  const alternates = await alternatesFor(locale, (other) => routes.home(other));
  const absolute = (path: string) => new URL(path, env.siteUrl).toString();
  const jsonLd = blogJsonLd({
    locale,
    url: absolute(routes.home(locale)),
    name: site.name,
    description: site.description[locale],
    posts: posts.map((post) => ({ url: absolute(routes.post(locale, post.slug)), title: post.title, published: post.date })),
  });
  return (
    <PageShell locale={locale} dict={dict} site={site} alternates={alternates}>
      <div className="home-intro">
        <h1>{site.name}</h1>
        <p className="lead">{site.description[locale]}</p>
      </div>
      <section aria-labelledby="latest-posts">
        <h2 id="latest-posts">{dict.homePage.latestPosts}</h2>
        <PostList posts={posts} dict={dict} emptyText={dict.homePage.noPosts} />
      </section>
      <JsonLd data={jsonLd} />
    </PageShell>
  );
}
