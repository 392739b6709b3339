import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { PostList } from '@/components/post/post-list';
import { JsonLd } from '@/components/seo/json-ld';
import { getArchive, getPostList, getSite, staticParams } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/locale-route';

import { getDictionary } from '@/lib/i18n/dictionaries';
import { listingJsonLd, listingMetadata } from '@/lib/seo/listing';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('archive');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  return listingMetadata({
    locale,
    path: routes.archive(locale),
    title: dict.archive.title,
    description: dict.archive.description,
  });
}

/** Every post of the language, and the other language's untranslated ones, by year. */
export default async function ArchivePage({ params }: Props) {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  const years = getArchive(locale);
  const alternates = await alternatesFor(locale, routes.archive);
  return (
    <PageShell
      locale={locale}
      dict={dict}
      site={getSite()}
      alternates={alternates}
      here={{ section: 'archive', index: true }}
    >
      <h1>{dict.archive.title}</h1>
      <p className="lead">{dict.archive.description}</p>
      {years.length === 0 ? <p>{dict.homePage.noPosts}</p> : null}
      {years.map(({ year, posts }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="archive-year">
          <h2 id={`year-${year}`}>{year}</h2>
          <PostList posts={posts} locale={locale} dict={dict} />
        </section>
      ))}
      <JsonLd
        data={listingJsonLd({
          locale,
          path: routes.archive(locale),
          title: dict.archive.title,
          description: dict.archive.description,
          posts: getPostList(locale),
        })}
      />
    </PageShell>
  );
}
