import { notFound } from 'next/navigation';
import { isLocale, locales, type Locale } from './i18n/config';

/** Both locales, as generateStaticParams gives them. */
export function localeParams(): { locale: Locale }[] {
  return locales.map((locale) => ({ locale }));
}

/** A GET handler for a file under /{locale}/: anything but a locale is a 404. */
export function localeRoute(respond: (locale: Locale) => Promise<Response>) {
  return async (_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> => {
    const { locale } = await params;
    if (!isLocale(locale)) notFound();
    return respond(locale);
  };
}
