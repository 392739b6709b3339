// @ts-check
// Plain JavaScript: the production server (server.mjs) runs it with Node alone.
import Negotiator from 'negotiator';

/**
 * The locale for a reader: an explicit earlier choice (cookie) first, then Accept-Language, then
 * the default. Never throws: a malformed header simply matches nothing.
 * @template {string} L
 * @param {{ locales: readonly L[], defaultLocale: L, htmlLang: Record<L, string> }} offer
 * @param {{ cookie?: string | null, acceptLanguage?: string | null }} input
 * @returns {L}
 */
export function negotiate(offer, input) {
  const known = /** @param {string | null | undefined} value @returns {value is L} */ (value) =>
    typeof value === 'string' && /** @type {readonly string[]} */ (offer.locales).includes(value);
  if (known(input.cookie)) return input.cookie;
  const header = input.acceptLanguage?.trim();
  if (!header) return offer.defaultLocale;
  // Both the bare and the regional tag are offered, so "pt-PT" and "en-GB" still match.
  const offered = offer.locales.flatMap((locale) => [locale, offer.htmlLang[locale]]);
  try {
    const best = new Negotiator({ headers: { 'accept-language': header } }).language(offered);
    const base = best?.split('-')[0]?.toLowerCase();
    return known(base) ? base : offer.defaultLocale;
  } catch {
    return offer.defaultLocale;
  }
}
