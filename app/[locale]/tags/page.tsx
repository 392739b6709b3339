import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { JsonLd } from '@/components/seo/json-ld';
import { getPostList, getSite, getTags, staticParams } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/locale-route';

import { getDictionary } from '@/lib/i18n/dictionaries';
import { listingJsonLd, listingMetadata } from '@/lib/seo/listing';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('tags');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  return listingMetadata({
    locale,
    path: routes.tags(locale),
    title: dict.tags.title,
    description: dict.tags.description,
  });
}

/** Every tag with a post, by label in this language's alphabetical order, with its post count. */
export default async function TagsPage({ params }: Props) {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  const tags = getTags(locale);
  const alternates = await alternatesFor(locale, routes.tags);
  return (
    <PageShell
      locale={locale}
      dict={dict}
      site={getSite()}
      alternates={alternates}
      here={{ section: 'tags', index: true }}
    >
      <h1>{dict.tags.title}</h1>
      <p className="lead">{dict.tags.description}</p>
      {tags.length === 0 ? (
        <p>{dict.homePage.noPosts}</p>
      ) : (
        <ul className="tag-index">
          {tags.map((tag) => (
            <li key={tag.id}>
              <a href={tag.href}>{tag.label}</a>{' '}
              <span className="tag-count">({dict.tags.postCount(tag.posts.length)})</span>
            </li>
          ))}
        </ul>
      )}
      <JsonLd
        data={listingJsonLd({
          locale,
          path: routes.tags(locale),
          title: dict.tags.title,
          description: dict.tags.description,
          posts: getPostList(locale),
        })}
      />
    </PageShell>
  );
}
