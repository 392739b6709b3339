import { notFound } from 'next/navigation';
import { isLocale, locales, type Locale } from './i18n/config';

/** Both locales, as generateStaticParams gives them. */
export function localeParams(): { locale: Locale }[] {
  return locales.map((locale) => ({ locale }));
}

/** The `locale` of a route's params: a locale, or else the 404 page (`notFound()`). */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** A GET handler for a file under /{locale}/: anything but a locale is a 404. */
export function localeRoute(respond: (locale: Locale) => Promise<Response>) {
  return async (_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> =>
    respond(await localeParam(params));
}
