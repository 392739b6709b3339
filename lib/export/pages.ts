import { defaultLocale, htmlLang, isLocale, LOCALE_COOKIE, locales, type Locale } from '../i18n/config';
import { routes } from '../routes';

/**
 * The pages a static export writes that the Node server answers with a redirect instead:
 * `/` (a language picker) and each old address in a post's `aliases` (a redirect page).
 * Pure: scripts/export.ts fetches everything else from the built site.
 */

/** The file a URL path is written to: pages as `path.html`, so `/pt/archive` is `pt/archive.html`. */
export function exportFile(urlPath: string): string {
  if (!urlPath.startsWith('/') || urlPath.split('/').some((segment) => segment === '..' || segment === '.'))
    throw new Error(`not a site path: ${JSON.stringify(urlPath)}`);
  if (urlPath === '/') return 'index.html';
  const trimmed = urlPath.replace(/\/+$/, '').slice(1);
  // An old address that already names a file (a Jekyll `.html` permalink) keeps its name.
  return /\.html?$/.test(trimmed) ? trimmed : `${trimmed}.html`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One link per language, in that language, for the picker. */
export interface PickerLink {
  locale: Locale;
  /** "Ler em português", "Read in English": the language's own words. */
  label: string;
}

/**
 * The picker's script, inline in its page: a host that sends the security headers on `/` must allow
 * exactly this script by its hash (lib/export/static-host.ts).
 */
export function languagePickerScript(): string {
  const known = locales.map((locale) => `"${locale}"`).join(',');
  // Written out by hand to stay a few hundred bytes with no framework: it runs before anything paints.
  return [
    '(function(){',
    `var known=[${known}],pick;`,
    `var m=document.cookie.match(/(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)/);`,
    'if(m&&known.indexOf(m[1])>=0)pick=m[1];',
    'var langs=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||""];',
    'for(var i=0;!pick&&i<langs.length;i++){var base=String(langs[i]).split("-")[0].toLowerCase();if(known.indexOf(base)>=0)pick=base;}',
    `location.replace("/"+(pick||"${defaultLocale}")+location.search+location.hash);`,
    '})();',
  ].join('');
}

/**
 * The page at `/` of a static export. A static host cannot read `Accept-Language`, so the
 * browser decides as lib/i18n/negotiate.ts does on the server: the reader's earlier choice
 * (the cookie), then the first of `navigator.languages` the blog is written in, else Portuguese.
 * Readers without JavaScript see a link to each language.
 */
export function languagePickerHtml(options: { siteName: string; links: PickerLink[]; siteUrl: string }): string {
  const script = languagePickerScript();
  const origin = options.siteUrl.replace(/\/+$/, '');
  const alternates = options.links
    .map(
      ({ locale }) =>
        `<link rel="alternate" hreflang="${htmlLang[locale]}" href="${escapeHtml(origin + routes.home(locale))}">`,
    )
    .join('\n');
  const items = options.links
    .map(
      ({ locale, label }) =>
        `<li><a href="${routes.home(locale)}" hreflang="${htmlLang[locale]}" lang="${htmlLang[locale]}">${escapeHtml(label)}</a></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${htmlLang[defaultLocale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.siteName)}</title>
<meta name="robots" content="noindex, follow">
${alternates}
<link rel="alternate" hreflang="x-default" href="${escapeHtml(origin + routes.home(defaultLocale))}">
<script>${script}</script>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(options.siteName)}</h1>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}

/**
 * The page at an old address (a post's `aliases`): a static host that cannot redirect still sends
 * browsers on at once (meta refresh), tells search engines where the page lives (canonical), and
 * shows a link for everyone else. deploy/nginx.conf answers these addresses with a 308 instead.
 */
export function redirectPageHtml(options: { target: string; siteUrl: string }): string {
  if (!options.target.startsWith('/') || options.target.startsWith('//'))
    throw new Error(`a redirect must lead to a path of this site: ${JSON.stringify(options.target)}`);
  const target = escapeHtml(options.target);
  const canonical = escapeHtml(options.siteUrl.replace(/\/+$/, '') + options.target);
  const locale = options.target.split('/')[1];
  return `<!DOCTYPE html>
<html lang="${isLocale(locale) ? htmlLang[locale] : htmlLang[defaultLocale]}">
<head>
<meta charset="utf-8">
<title>${target}</title>
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="${canonical}">
</head>
<body>
<p><a href="${target}">${canonical}</a></p>
</body>
</html>
`;
}
