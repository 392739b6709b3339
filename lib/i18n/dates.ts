import { htmlLang, SITE_TIME_ZONE, type Locale } from './config';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** "2 de outubro de 2023" / "October 2, 2023", in the site's time zone. */
export function formatDate(date: Date, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long', timeZone: SITE_TIME_ZONE });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

const yearFormatter = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: SITE_TIME_ZONE });

/** The calendar year of an instant in the site's time zone (a post at 23:00 on 31 December stays in its year). */
export function yearOf(date: Date): number {
  return Number(yearFormatter.format(date));
}
