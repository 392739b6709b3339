// @ts-check
/**
 * The search island's pure helpers (public/islands/search.js): plain functions, so the browser
 * runs them as they are and the unit tests import the same file.
 */

/**
 * @typedef {object} ExcerptPart
 * @property {string} text
 * @property {boolean} marked a word that matched the query: shown in <mark>
 */

/** @type {Record<string, string>} */
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** @param {string} text */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, /** @type {string} */ name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * A Pagefind excerpt ("… as <mark>partições</mark> de um tópico …", its text HTML-escaped)
 * split into plain text and matches, so the island builds text nodes from it, never HTML.
 * Pagefind writes no markup but <mark> into an excerpt, so this is its whole format.
 * @param {string} excerpt
 * @returns {ExcerptPart[]}
 */
export function excerptParts(excerpt) {
  /** @type {ExcerptPart[]} */
  const parts = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    if (match[1]) parts.push({ text: decodeEntities(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return parts;
}

/**
 * Whether a result belongs on this language's search page. Pagefind already loads only the
 * index of the page's <html lang>; this also holds when a language has no posts and hence
 * no index of its own, where Pagefind would fall back to another language's.
 * @param {string} url
 * @param {string} locale
 */
export function inLocale(url, locale) {
  return url.startsWith(`/${locale}/`);
}

/**
 * "1 resultado", "3 results": the dictionary's plural forms, `#` standing for the count.
 * @param {number} count
 * @param {{ one: string, other: string }} forms
 * @param {string} lang
 */
export function countText(count, forms, lang) {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
  return form.replace('#', new Intl.NumberFormat(lang).format(count));
}
