import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { PostList } from '@/components/post/post-list';
import { getPostIndex, getSite, getTagList } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { htmlLang, isLocale, locales, ogLocale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const site = getSite();
  return {
    title: { absolute: site.name },
    description: site.description[locale],
    alternates: {
      canonical: routes.home(locale),
      // x-default is / itself, which picks the reader's language.
      languages: { ...Object.fromEntries(locales.map((l) => [htmlLang[l], routes.home(l)])), 'x-default': '/' },
    },
    openGraph: { type: 'website', siteName: site.name, locale: ogLocale[locale], url: routes.home(locale) },
  };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const dict = await getDictionary(locale);
  const site = getSite();
  const posts = getPostIndex(locale).map((post) => ({ ...post, tagList: getTagList(post) }));
  const alternates = await alternatesFor(locale, (other) => routes.home(other));
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
    </PageShell>
  );
}
