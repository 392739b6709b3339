import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { PostList } from '@/components/post/post-list';
import { SeriesList } from '@/components/series/series-list';
import { JsonLd } from '@/components/seo/json-ld';
import { getPage, getPostList, getSeriesList, getSite } from '@/lib/content';
import { env } from '@/lib/env';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/locale-route';

import { getDictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import { blogJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/urls';

type Props = { params: Promise<{ locale: string }> };

/** How many posts the home shows; the archive has them all. */
const LATEST = 10;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
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
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  const site = getSite();
  const posts = getPostList(locale);
  const series = getSeriesList(locale);
  const alternates = await alternatesFor(locale, (other) => routes.home(other));
  const jsonLd = blogJsonLd({
    locale,
    url: absoluteUrl(routes.home(locale), env.siteUrl),
    name: site.name,
    description: site.description[locale],
    posts: posts
      .slice(0, LATEST)
      .map((post) => ({ url: absoluteUrl(post.href, env.siteUrl), title: post.title, published: post.date })),
  });
  return (
    <PageShell locale={locale} dict={dict} site={site} alternates={alternates}>
      <div className="home-intro">
        <h1>{site.name}</h1>
        <p className="lead">{site.description[locale]}</p>
      </div>
      <section aria-labelledby="latest-posts">
        <h2 id="latest-posts">{dict.homePage.latestPosts}</h2>
        <PostList posts={posts.slice(0, LATEST)} locale={locale} dict={dict} emptyText={dict.homePage.noPosts} />
        {posts.length > 0 ? (
          <p className="more-link">
            <a href={routes.archive(locale)}>{dict.homePage.allPosts} →</a>
          </p>
        ) : null}
      </section>
      {series.length > 0 ? (
        <section aria-labelledby="home-series">
          <h2 id="home-series">{dict.homePage.series}</h2>
          <SeriesList series={series} dict={dict} />
        </section>
      ) : null}
      <JsonLd data={jsonLd} />
    </PageShell>
  );
}
