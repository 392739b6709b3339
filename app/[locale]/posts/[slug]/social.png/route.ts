import { notFound } from 'next/navigation';
import { getPost, getSeriesPosition, getSite } from '@/lib/content';
import { htmlLang } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/dates';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeParam } from '@/lib/locale-route';
import { socialImage } from '@/lib/seo/social-image';

// Drawn on a card's first request, not by the build: a card is an image for link previews, fetched
// by a crawler once, and drawing one takes longer than prerendering its post (35 ms against about
// 30 ms). At build time the cards were 1,710 of a 1,000-post build's 3,849 routes; as one block of
// Next's prerender batches they left one worker idle for a third of the build. `force-static`
// keeps the drawn card in Next's cache (and lib/seo/social-image.tsx keeps it between builds);
// `npm run export` fetches every card, so a static export has them all. The proxy lets only the
// cards of published posts through, and an unknown slug is a 404 here too.
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

/** A post's social card: its title, its place in a series, the site and the date, in its language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await localeParam(params);
  const { slug } = await params;
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
