import path from 'node:path';
import { defaultLocale, LOCALE_COOKIE, locales } from '../i18n/config';
import type { SecurityHeader } from '../security-headers.mjs';

/**
 * The parts of deploy/nginx.conf that come from the site, written by scripts/export.ts into
 * `out/_nginx/` at each export, so the redirects and headers have one source each:
 * the content's `aliases` (lib/content) and lib/security-headers.mjs.
 */

/**
 * A string as an nginx config token: double-quoted, `"` and `\` escaped. nginx has no escape for
 * `$` (it would start a variable) nor for control characters, so those are refused.
 */
export function nginxString(value: string): string {
  if (/[\u0000-\u001f\u007f$]/.test(value)) throw new Error(`nginx cannot hold ${JSON.stringify(value)} in its config`);
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * `$blog_redirect`: the post an old address now lives at, keyed by the decoded path nginx
 * compares (`$uri`), so `%C3%A7` and `ç` both match. http-level (maps live there).
 */
export function nginxRedirectMap(redirects: ReadonlyMap<string, string>): string {
  const lines = [...redirects]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => {
      if (!from.startsWith('/')) throw new Error(`an alias must be a path: ${JSON.stringify(from)}`);
      if (!/^\/[a-z0-9\-/]*$/.test(to)) throw new Error(`unexpected redirect target: ${JSON.stringify(to)}`);
      return `  ${nginxString(from)} ${to};`;
    });
  return ["# From the posts' `aliases`.", 'map $uri $blog_redirect {', '  default "";', ...lines, '}', ''].join('\n');
}

/**
 * One `add_header` per security header, `always` so 404s and redirects carry them too. nginx drops
 * the server's add_header in a location that has its own, so every such location includes this file.
 */
export function nginxHeaders(headers: readonly SecurityHeader[]): string {
  return [
    '# Written by `npm run export` from lib/security-headers.mjs; do not edit (re-export instead).',
    ...headers.map(({ key, value }) => {
      if (!/^[A-Za-z0-9-]+$/.test(key)) throw new Error(`not a header name: ${key}`);
      return `add_header ${key} ${nginxString(value)} always;`;
    }),
    '',
  ].join('\n');
}

/**
 * The maps that pick a language, as proxy.ts and lib/i18n/negotiate.ts do:
 * - `$blog_locale`: the reader's language for `/` and for a 404 outside any locale: the cookie
 *   (LOCALE_COOKIE), else the first language in `Accept-Language` the blog is written in (not
 *   refused with q=0), else the default. nginx has no q-value sorting: browsers list languages in
 *   order of preference, so this agrees with the server for them; a hand-written header that puts a
 *   lower q first may differ.
 * - `$blog_not_found`: the 404 page to answer with: the path's own locale (in any case, `/EN/x`),
 *   else `any/` and the reader's language (a response that must not be cached for everyone).
 */
export function nginxLocaleMaps(): string {
  const alternation = locales.join('|');
  return [
    '# From lib/i18n/config.ts.',
    'map $http_cookie $blog_cookie_locale {',
    '  default "";',
    `  "~(?:^|;)\\s*${LOCALE_COOKIE}=(?<blog_cookie>${alternation})\\s*(?:;|$)" $blog_cookie;`,
    '}',
    'map $http_accept_language $blog_accept_locale {',
    `  default ${defaultLocale};`,
    `  "~*(?:^|,)\\s*(?<blog_accept>${alternation})(?:-[a-z0-9]+)*\\s*(?:;\\s*q\\s*=\\s*(?:1(?:\\.0*)?|0?\\.[0-9]*[1-9][0-9]*)\\s*)?(?:,|$)" $blog_accept;`,
    '}',
    'map $blog_cookie_locale $blog_locale {',
    '  "" $blog_accept_locale;',
    '  default $blog_cookie_locale;',
    '}',
    'map $uri $blog_path_locale {',
    '  default "";',
    ...locales.map((locale) => `  "~*^/${locale}(?:/|$)" ${locale};`),
    '}',
    'map $blog_path_locale $blog_not_found {',
    '  "" any/$blog_locale;',
    '  default $blog_path_locale;',
    '}',
    '',
  ].join('\n');
}

/** The folder and address deploy/nginx.conf is written for; a deployment replaces both. */
export const NGINX_TEMPLATE = { root: '/srv/blog/out', listen: '127.0.0.1:8080' } as const;

/**
 * deploy/nginx.conf for another folder and address: every `/srv/blog/out` and the `listen` line
 * replaced, nothing else (scripts/export-serve.ts, the end-to-end suite).
 */
export function concreteNginxConfig(template: string, target: { root: string; listen: string }): string {
  if (!path.isAbsolute(target.root) || /[\s;{}"'$]/.test(target.root))
    throw new Error(`the export's folder must be an absolute path nginx can read as is: ${target.root}`);
  const listen = `listen ${NGINX_TEMPLATE.listen};`;
  if (!template.includes(listen) || !template.includes(NGINX_TEMPLATE.root))
    throw new Error(`deploy/nginx.conf no longer has "${listen}" and "${NGINX_TEMPLATE.root}" to replace`);
  return template.replaceAll(listen, `listen ${target.listen};`).replaceAll(NGINX_TEMPLATE.root, target.root);
}

/**
 * out/_nginx/http.conf, included at http level: the language maps and the aliases. The bucket size
 * comes first (nginx fixes it at the first map) and fits the longest alias, which nginx would
 * otherwise refuse beyond 64 bytes; a Jekyll permalink is often longer.
 */
export function nginxHttpConf(redirects: ReadonlyMap<string, string>): string {
  const longest = Math.max(0, ...[...redirects.keys()].map((from) => Buffer.byteLength(from)));
  let bucket = 64;
  while (bucket < longest + 32) bucket *= 2;
  return [
    '# Written by `npm run export`; do not edit (export again instead).',
    `map_hash_bucket_size ${bucket};`,
    '',
    nginxLocaleMaps(),
    nginxRedirectMap(redirects),
  ].join('\n');
}
