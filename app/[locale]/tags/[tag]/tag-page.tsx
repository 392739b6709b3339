import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { Pagination } from '@/components/layout/pagination';
import { PostList } from '@/components/post/post-list';
import { JsonLd } from '@/components/seo/json-ld';
import { getSite, getTagById, getTagPage, type TagEntry } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { type Locale } from '@/lib/i18n/config';
import { localeParam } from '@/lib/locale-route';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionaries';
import { listingJsonLd, listingMetadata } from '@/lib/seo/listing';
import { routes } from '@/lib/routes';

/** The route params of a tag page; `page` is absent on the first page. */
export type TagParams = Promise<{ locale: string; tag: string; page?: string }>;

async function findTagPage(params: TagParams) {
  const locale = await localeParam(params);
  const { tag, page = '1' } = await params;
  if (!/^[1-9]\d*$/.test(page)) notFound();
  const found = getTagPage(locale, tag, Number(page));
  if (!found) notFound();
  return { locale, ...found };
}

/** The same tag in `other`, when that language has posts of its own with it. */
function tagPathIn(id: string) {
  return (other: Locale) => {
    const there = getTagById(other, id);
    return there && there.ownPosts > 0 ? there.href : undefined;
  };
}

/** Path, title and description of one page of a tag. */
function tagListing(dict: Dictionary, tag: TagEntry, page: number, pageCount: number) {
  const title = dict.tags.tagTitle(tag.label);
  return {
    path: routes.tag(tag.href.split('/')[1] as Locale, tag.slug, page),
    title: page > 1 ? `${title} · ${dict.pagination.pageOf(page, pageCount)}` : title,
    description: dict.tags.tagDescription(tag.label),
  };
}

export async function tagPageMetadata(params: TagParams): Promise<Metadata> {
  const { locale, tag, page, pageCount } = await findTagPage(params);
  const dict = await getDictionary(locale);
  return listingMetadata({ locale, ...tagListing(dict, tag, page, pageCount) });
}

/** One page of a tag's posts, newest first, with links to the pages around it. */
export async function TagPageView({ params }: { params: TagParams }) {
  const { locale, tag, posts, page, pageCount } = await findTagPage(params);
  const dict = await getDictionary(locale);
  const alternates = await alternatesFor(locale, tagPathIn(tag.id), (other, otherDict) => ({
    href: routes.tags(other),
    missing: otherDict.languageSwitcher.tagMissing(getTagById(other, tag.id)?.label ?? tag.label),
    goTo: otherDict.languageSwitcher.goTags,
  }));
  return (
    <PageShell
      locale={locale}
      dict={dict}
      site={getSite()}
      alternates={alternates}
      here={{ section: 'tags', index: false }}
    >
      <h1>{dict.tags.tagTitle(tag.label)}</h1>
      <p className="lead">
        {dict.tags.postCount(tag.posts.length)} · <a href={routes.tags(locale)}>{dict.tags.allTags}</a>
      </p>
      <PostList posts={posts} locale={locale} dict={dict} heading="h2" />
      <Pagination page={page} pageCount={pageCount} hrefOf={(n) => routes.tag(locale, tag.slug, n)} dict={dict} />
      <JsonLd data={listingJsonLd({ locale, ...tagListing(dict, tag, page, pageCount), posts })} />
    </PageShell>
  );
}
