import { defaultLocale, locales } from '../i18n/config';
import { routes } from '../routes';
import type { SecurityHeader } from '../security-headers.mjs';
import { createHash } from 'node:crypto';
import { exportFile, languagePickerScript } from './pages';

/**
 * out/_headers and out/_redirects: the format Cloudflare Pages and Netlify both read, written by
 * scripts/export.ts from the same sources as out/_nginx/ (lib/security-headers.mjs, the posts'
 * aliases, lib/i18n/config.ts), so a rule still has one source.
 *
 * Where the two hosts differ, each line is one the other skips:
 * - Cloudflare joins a header set by two matching rules with a comma (two CSPs, both enforced);
 *   `! Name` detaches the earlier one. Netlify ignores a line without a colon, and there the later
 *   rule's value wins anyway.
 * - Cloudflare refuses a redirect with a 4th token (Netlify's conditions), a forced status (`301!`)
 *   or status 404, and skips those lines with a warning; Netlify takes them. Netlify offers neither
 *   307 nor 308, so its lines say 302 and 301.
 * - A Netlify rule yields to an existing file unless forced (`!`), and the export writes a redirect
 *   page at each old address, so its alias lines are forced and come before Cloudflare's.
 * - Cloudflare answers an unknown path with the nearest 404.html up the folder tree, status 404,
 *   so /en/x gets out/en/404.html with no rule; Netlify needs the `404` lines.
 */

/**
 * The Workers compatibility date `npm run export:serve -- --server wrangler` runs with: wrangler
 * refuses one newer than the runtime it bundles (workerd 1.20260426 in wrangler 4.86, the last
 * release that runs on Node 20), and without one it picks today's.
 */
export const WRANGLER_COMPATIBILITY_DATE = '2026-04-20';

/** Cache lifetimes, as deploy/nginx.conf sets them. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The search index's folders whose files are named by their content hash (pagefind). */
const HASHED_SEARCH_FOLDERS = ['fragment', 'index'];
/**
 * A file beside pagefind.js named by its content hash (`pagefind.<lang>_<hash>.pf_meta`), as
 * deploy/nginx.conf tells them apart. A `_headers` pattern cannot match it without matching
 * pagefind.js too, so each gets a rule of its own name.
 */
const HASHED_SEARCH_FILE = /^[\w.-]+\.pf_[a-z]+$/;

export interface HeaderRule {
  path: string;
  /** Headers an earlier matching rule set that this one replaces (Cloudflare's `! Name`). */
  detach: string[];
  headers: SecurityHeader[];
}

function checkHeader({ key, value }: SecurityHeader) {
  if (!/^[A-Za-z0-9-]+$/.test(key)) throw new Error(`not a header name: ${key}`);
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new Error(`a header value cannot hold control characters: ${key}`);
}

/**
 * The policy with `source` added to its script-src: the picker page at `/` runs one inline script of
 * its own, which the reading pages' policy does not allow.
 */
export function allowScript(policy: string, source: string): string {
  const directives = policy.split(';').map((directive) => directive.trim());
  const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === 'script-src');
  if (index < 0) throw new Error('the policy has no script-src to add the picker script to');
  directives[index] = `${directives[index]} ${source}`;
  return directives.join('; ');
}

/** The CSP source that allows exactly the picker's inline script. */
export const pickerScriptHash = `'sha256-${createHash('sha256').update(languagePickerScript()).digest('base64')}'`;

/**
 * The header rules: every security header on every response, the search page's and the search
 * index's policy in place of the others (they may compile WebAssembly), a year's cache for hashed
 * files, the feed's type and /healthz's. Pages keep the host's default (revalidate each time:
 * `public, max-age=0, must-revalidate` on both hosts).
 */
export function staticHostHeaderRules(options: {
  headers: readonly SecurityHeader[];
  searchHeaders: readonly SecurityHeader[];
  /** The names of the files at the top of the export's search index folder (out/pagefind). */
  searchIndexFiles: readonly string[];
}): HeaderRule[] {
  const base = new Map(options.headers.map((header) => [header.key, header.value]));
  // Only what differs is replaced, so each response still carries every header once.
  const searchOnly = options.searchHeaders.filter(({ key, value }) => base.get(key) !== value);
  const search = { detach: searchOnly.filter(({ key }) => base.has(key)).map(({ key }) => key), headers: searchOnly };
  if (!base.has('Content-Security-Policy')) throw new Error('the security headers have no Content-Security-Policy');
  const rules: HeaderRule[] = [
    { path: '/*', detach: [], headers: [...options.headers] },
    {
      path: '/',
      detach: ['Content-Security-Policy'],
      headers: [
        {
          key: 'Content-Security-Policy',
          value: allowScript(base.get('Content-Security-Policy') ?? '', pickerScriptHash),
        },
      ],
    },
    ...locales.map((locale) => ({ path: routes.search(locale), ...search })),
    { path: routes.searchBundle('*'), ...search },
    ...[
      ...HASHED_SEARCH_FOLDERS.map((folder) => `${folder}/*`),
      ...options.searchIndexFiles.filter((name) => HASHED_SEARCH_FILE.test(name)).sort(),
    ].map((file) => ({
      path: routes.searchBundle(file),
      detach: [],
      headers: [{ key: 'Cache-Control', value: IMMUTABLE }],
    })),
    { path: '/_next/static/*', detach: [], headers: [{ key: 'Cache-Control', value: IMMUTABLE }] },
    ...locales.map((locale) => ({
      path: routes.feed(locale),
      detach: [],
      headers: [{ key: 'Content-Type', value: 'application/rss+xml; charset=utf-8' }],
    })),
    {
      path: routes.healthz(),
      detach: [],
      headers: [
        { key: 'Content-Type', value: 'application/json' },
        { key: 'Cache-Control', value: 'no-store' },
      ],
    },
  ];
  for (const rule of rules) rule.headers.forEach(checkHeader);
  return rules;
}

export function staticHostHeaders(options: Parameters<typeof staticHostHeaderRules>[0]): string {
  const blocks = staticHostHeaderRules(options).map(({ path, detach, headers }) =>
    [path, ...detach.map((key) => `  ! ${key}`), ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n'),
  );
  return [
    '# Written by `npm run export` from lib/security-headers.mjs; do not edit (export again instead).',
    '# For Cloudflare Pages and Netlify: see lib/export/static-host.ts for how each reads it.',
    ...blocks,
    '',
  ].join('\n');
}

/** A path as `_redirects` wants it: each segment percent-encoded (both hosts match the encoded form). */
export function redirectSource(urlPath: string): string {
  if (!urlPath.startsWith('/')) throw new Error(`an alias must be a path: ${JSON.stringify(urlPath)}`);
  return urlPath
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export interface RedirectRule {
  from: string;
  to: string;
  /** The status, with `!` when forced (Netlify). */
  status: string;
  /** Netlify's conditions, e.g. `Language=en`. */
  conditions: string[];
  /** Which host takes the line (the other skips it). */
  host: 'cloudflare' | 'netlify' | 'both';
}

/**
 * The redirect rules: `/` by the first language of `Accept-Language` (Netlify; Cloudflare serves the
 * picker page), each old address for good, each locale's unknown paths to its own 404 (Netlify).
 */
export function staticHostRedirectRules(redirects: ReadonlyMap<string, string>): RedirectRule[] {
  const sorted = [...redirects].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, to] of sorted)
    if (!/^\/[a-z0-9\-/]*$/.test(to)) throw new Error(`unexpected redirect target: ${JSON.stringify(to)}`);
  return [
    // The default language last: a reader whose first language is neither gets the picker page.
    ...[...locales]
      .sort((a, b) => Number(a === defaultLocale) - Number(b === defaultLocale))
      .map((locale) => ({
        from: '/',
        to: routes.home(locale),
        status: '302!',
        conditions: [`Language=${locale}`],
        host: 'netlify' as const,
      })),
    ...sorted.flatMap(([from, to]) => [
      { from: redirectSource(from), to, status: '301!', conditions: [], host: 'netlify' as const },
      { from: redirectSource(from), to, status: '308', conditions: [], host: 'cloudflare' as const },
    ]),
    ...locales.map((locale) => ({
      from: `${routes.home(locale)}/*`,
      to: `/${exportFile(routes.notFound(locale))}`,
      status: '404',
      conditions: [],
      host: 'netlify' as const,
    })),
  ];
}

export function staticHostRedirects(redirects: ReadonlyMap<string, string>): string {
  return [
    "# Written by `npm run export` from the posts' `aliases`; do not edit (export again instead).",
    '# For Cloudflare Pages and Netlify. Cloudflare warns about and skips the lines only Netlify',
    '# understands (conditions, forced and 404 statuses); see lib/export/static-host.ts.',
    ...staticHostRedirectRules(redirects).map(({ from, to, status, conditions }) =>
      [from, to, status, ...conditions].join(' '),
    ),
    '',
  ].join('\n');
}
