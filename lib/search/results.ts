/**
 * Helpers for the search page's island (components/search/search-box.tsx): plain functions,
 * so they run in the browser and in unit tests alike.
 */

export interface ExcerptPart {
  text: string;
  /** A word that matched the query: shown in <mark>. */
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * A Pagefind excerpt ("… as <mark>partições</mark> de um tópico …", its text HTML-escaped)
 * split into plain text and matches, so the page renders it as React text, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
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
 */
export function inLocale(url: string, locale: string): boolean {
  return url.startsWith(`/${locale}/`);
}

/** "1 resultado", "3 results": the dictionary's plural forms, `#` standing for the count. */
export function countText(count: number, forms: { one: string; other: string }, lang: string): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
  return form.replace('#', new Intl.NumberFormat(lang).format(count));
}
