import { getSite } from '@/lib/content';
import { htmlLang } from '@/lib/i18n/config';
import { localeParams, localeRoute } from '@/lib/locale-route';
import { socialImage } from '@/lib/seo/social-image';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeParams;

/** The home's social card, also used by pages without a card of their own. */
export const GET = localeRoute(async (locale) => {
  const site = getSite();
  return socialImage({
    lang: htmlLang[locale],
    title: site.name,
    kicker: site.description[locale],
    siteName: site.name,
  });
});
