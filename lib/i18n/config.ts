/** The blog's locales, declared once. Portuguese is the original language. */
export const locales = ['pt', 'en'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'pt';

/** BCP 47 tags for `<html lang>`, hreflang and Intl. */
export const htmlLang: Record<Locale, string> = { pt: 'pt-BR', en: 'en' };

/** Open Graph wants underscores. */
export const ogLocale: Record<Locale, string> = { pt: 'pt_BR', en: 'en_US' };

/** Cookie that remembers the reader's explicit choice in the language switcher. */
export const LOCALE_COOKIE = 'blog-locale';

/** The site's time zone: dates without an offset are read, and shown, in it. */
export const SITE_TIME_ZONE = 'America/Sao_Paulo';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language part of a BCP 47 tag, lowercased: "pt-BR" → "pt". */
export function baseLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((l) => l !== locale);
}
