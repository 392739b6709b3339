import type { Metadata } from 'next';
import { htmlLang, otherLocales, type Locale } from './i18n/config';

/**
 * Metadata of a listing page (archive, tags, series): its title, canonical
 * URL and the same page in the other languages where it exists there.
 */
export function listingMetadata({
  locale,
  title,
  description,
  path,
  pathIn,
  index = true,
}: {
  locale: Locale;
  title: string;
  description?: string;
  path: string;
  pathIn: (other: Locale) => string | undefined;
  /** False for later pages of a list: search engines get page 1. */
  index?: boolean;
}): Metadata {
  const languages: Record<string, string> = { [htmlLang[locale]]: path };
  for (const other of otherLocales(locale)) {
    const otherPath = pathIn(other);
    if (otherPath) languages[htmlLang[other]] = otherPath;
  }
  return {
    title,
    description,
    alternates: { canonical: path, languages },
    ...(index ? {} : { robots: { index: false, follow: true } }),
  };
}
