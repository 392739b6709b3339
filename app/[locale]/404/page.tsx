import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { getSite } from '@/lib/content';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/locale-route';

import { getDictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  const site = getSite();
  // No `page`: a 404 is never indexed and has no canonical address.
  return pageMetadata({
    locale,
    siteName: site.name,
    title: dict.notFound.title,
    description: dict.notFound.body,
    image: { path: routes.homeImage(locale), alt: site.name },
  });
}

/**
 * The localized 404 page. The proxy serves it, with status 404, for every
 * path that is not a page; prerendering it keeps it complete without
 * JavaScript (Next's own notFound() rendering is client-only since 16.3).
 */
export default async function NotFoundPage({ params }: Props) {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  // The other language's home, not its 404: a reader switching language wants somewhere to go.
  const alternates = await alternatesFor(locale, (other) => routes.home(other));
  return (
    <PageShell locale={locale} dict={dict} site={getSite()} alternates={alternates}>
      <div className="not-found">
        <p className="not-found-code" aria-hidden="true">
          404
        </p>
        <h1>{dict.notFound.title}</h1>
        <p>{dict.notFound.body}</p>
        <p>
          <a href={routes.home(locale)}>{dict.notFound.backHome}</a>
        </p>
      </div>
    </PageShell>
  );
}
