import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { JsonLd } from '@/components/seo/json-ld';
import { SeriesParts } from '@/components/series/series-parts';
import { getSeries, getSite, staticParams } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { type Locale } from '@/lib/i18n/config';
import { localeParam } from '@/lib/locale-route';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { listingJsonLd, listingMetadata } from '@/lib/seo/listing';

type Props = { params: Promise<{ locale: string; series: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('series');
}

async function findSeries(params: Props['params']) {
  const locale = await localeParam(params);
  const { series: id } = await params;
  const series = getSeries(locale, id);
  if (!series) notFound();
  return { locale, series };
}

const seriesIn = (id: string) => (other: Locale) => getSeries(other, id)?.href;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, series } = await findSeries(params);
  return listingMetadata({ locale, path: series.href, title: series.title, description: series.description });
}

/** A series: what it is about, then its parts in order, planned ones marked "coming soon". */
export default async function SeriesPage({ params }: Props) {
  const { locale, series } = await findSeries(params);
  const dict = await getDictionary(locale);
  // A series with a post in either language is listed in both, so the switcher always finds it.
  const alternates = await alternatesFor(locale, seriesIn(series.id));
  return (
    <PageShell
      locale={locale}
      dict={dict}
      site={getSite()}
      alternates={alternates}
      here={{ section: 'series', index: false }}
    >
      <h1>{series.title}</h1>
      <p className="lead">{series.description}</p>
      <h2>{dict.series.parts}</h2>
      <SeriesParts parts={series.parts} locale={locale} dict={dict} detailed />
      <JsonLd
        data={listingJsonLd({
          locale,
          path: series.href,
          title: series.title,
          description: series.description,
          posts: series.parts.flatMap((part) => (part.kind === 'post' ? [part.post] : [])),
        })}
      />
    </PageShell>
  );
}
