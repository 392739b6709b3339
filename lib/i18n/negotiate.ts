import Negotiator from 'negotiator';
import { defaultLocale, htmlLang, isLocale, locales, type Locale } from './config';

/**
 * Picks the locale for a reader who arrives at `/`: an explicit earlier choice
 * (cookie) first, then Accept-Language, then Portuguese. Never throws: a
 * malformed header simply matches nothing.
 */
export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  const header = input.acceptLanguage?.trim();
  if (!header) return defaultLocale;
  // Offer both the bare and the regional tag so "pt-PT" and "en-GB" still match.
  const offered = locales.flatMap((l) => [l, htmlLang[l]]);
  try {
    const best = new Negotiator({ headers: { 'accept-language': header } }).language(offered);
    const base = best?.split('-')[0]?.toLowerCase();
    return isLocale(base) ? base : defaultLocale;
  } catch {
    return defaultLocale;
  }
}
