import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { JsonLd } from '@/components/seo/json-ld';
import { SeriesList } from '@/components/series/series-list';
import { getSeriesList, getSite, staticParams } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/locale-route';

import { getDictionary } from '@/lib/i18n/dictionaries';
import { listingJsonLd, listingMetadata } from '@/lib/seo/listing';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('series-index');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  return listingMetadata({
    locale,
    path: routes.seriesIndex(locale),
    title: dict.series.title,
    description: dict.series.description,
  });
}

export default async function SeriesIndexPage({ params }: Props) {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  const alternates = await alternatesFor(locale, routes.seriesIndex);
  const series = getSeriesList(locale);
  return (
    <PageShell
      locale={locale}
      dict={dict}
      site={getSite()}
      alternates={alternates}
      here={{ section: 'series', index: true }}
    >
      <h1>{dict.series.title}</h1>
      <p className="lead">{dict.series.description}</p>
      <SeriesList series={series} dict={dict} heading="h2" />
      <JsonLd
        data={listingJsonLd({
          locale,
          path: routes.seriesIndex(locale),
          title: dict.series.title,
          description: dict.series.description,
          posts: series.flatMap((entry) => entry.parts.flatMap((part) => (part.kind === 'post' ? [part.post] : []))),
        })}
      />
    </PageShell>
  );
}
