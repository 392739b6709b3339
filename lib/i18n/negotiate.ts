import { negotiate } from './accept-language.mjs';
import { defaultLocale, htmlLang, locales, type Locale } from './config';

/**
 * Picks the locale for a reader who arrives at `/`: an explicit earlier choice
 * (cookie) first, then Accept-Language, then Portuguese. Never throws: a
 * malformed header simply matches nothing.
 */
export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  return negotiate({ locales, defaultLocale, htmlLang }, input);
}
