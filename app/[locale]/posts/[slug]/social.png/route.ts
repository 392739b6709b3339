import { notFound } from 'next/navigation';
import { getPost, getPostIndex, getSeriesPosition, getSite } from '@/lib/content';
import { htmlLang, isLocale, locales } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/dates';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { socialImage } from '@/lib/seo/social-image';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getPostIndex(locale).map((post) => ({ locale, slug: post.slug })));
}

/** A post's social card: its title, its place in a series, the site and the date, in its language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const post = getPost(locale, slug);
  if (!post) notFound();
  const dict = await getDictionary(locale);
  const series = getSeriesPosition(post);
  return socialImage({
    lang: htmlLang[locale],
    title: post.title,
    kicker: series ? `${dict.post.seriesPart(series.order, series.total)} · ${series.title}` : undefined,
    siteName: getSite().name,
    date: formatDate(post.date, locale),
  });
}
