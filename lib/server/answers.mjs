// @ts-check
/**
 * What the blog's server (server.mjs) answers before Next sees a request, decided from the routing
 * table the build wrote (scripts/routing-table.ts). Plain JavaScript: the production server runs it
 * with Node alone, without the TypeScript toolchain.
 *
 * Next answers every page, file and redirect of the blog itself. What it cannot answer right is
 * answered here, each for a measured reason:
 * - an unknown path: Next 16's notFound() under `[locale]` sends an error shell that only
 *   JavaScript fills in, and its static 404 speaks no particular language; the reader gets the
 *   build's prerendered 404 of the path's language instead (else of their own);
 * - old addresses (front matter `aliases`), and pages asked for in capitals or percent-escaped: a
 *   308 to the page, from the same table;
 * - methods other than GET and HEAD on a page: Next would render the page for any of them;
 * - TRACE and TRACK (the Fetch standard forbids them, so Next fails with 500), a request target of
 *   `*` (`OPTIONS *`), and an absolute-form target (Next redirects to the host it names).
 */
import fs from 'node:fs';
import path from 'node:path';
import { negotiate } from '../i18n/accept-language.mjs';
import { securityHeaders } from '../security-headers.mjs';
import { canonicalPath } from './canonical-path.mjs';

/** What every page allows; other methods on a page get 405 and this list. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** The routing table's file, in the build's folder. */
export const ROUTING_FILE = 'blog-routing.json';

/**
 * The routing table as the build writes it.
 * @typedef {object} RoutingTable
 * @property {string[]} locales
 * @property {string} defaultLocale
 * @property {Record<string, string>} htmlLang BCP 47 tag per locale
 * @property {string} cookie the cookie that remembers the reader's explicit choice
 * @property {string[]} pages every page the build prerendered
 * @property {string[]} files generated files and files of public/
 * @property {string[]} prefixes path prefixes Next serves as they come (its assets, the search index)
 * @property {Record<string, string>} redirects old path → page
 * @property {Record<string, string>} etags page → the ETag of its prerendered HTML, taken at build
 * @property {Record<string, string>} notFound locale → the prerendered 404's file, relative to the build folder
 */

/**
 * The table ready for lookups, with each locale's 404 page read once.
 * @typedef {object} Routing
 * @property {RoutingTable} table
 * @property {Set<string>} pages
 * @property {Set<string>} files
 * @property {Map<string, string>} redirects
 * @property {Map<string, string>} etags
 * @property {Map<string, Buffer>} notFound
 */

/**
 * An answer made here, security headers included.
 * @typedef {{ answer: { status: number, headers: Record<string, string>, body?: Buffer } }} Answer
 */

/**
 * What to do with a request: answer it here, or hand it to Next (with its target in origin form,
 * and headers to add to Next's answer).
 * @typedef {Answer | { next: string, headers?: Record<string, string> }} Decision
 */

/**
 * Reads the routing table of the build in `distDir`; throws with what to do when there is none.
 * @param {string} distDir
 * @returns {Routing}
 */
export function loadRouting(distDir) {
  const file = path.join(distDir, ROUTING_FILE);
  /** @type {RoutingTable} */
  let table;
  try {
    table = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`No routing table in ${distDir} (${reason}). Build the blog first: npm run build`);
  }
  return {
    table,
    pages: new Set(table.pages),
    files: new Set(table.files),
    redirects: new Map(Object.entries(table.redirects)),
    etags: new Map(Object.entries(table.etags ?? {})),
    notFound: new Map(
      Object.entries(table.notFound).map(([locale, page]) => [locale, fs.readFileSync(path.join(distDir, page))]),
    ),
  };
}

/** The headers next.config.mjs puts on every page, for the answers made here. */
const SECURITY = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));

/**
 * @param {number} status
 * @param {Record<string, string>} [headers]
 * @param {Buffer} [body]
 * @returns {Answer}
 */
const answer = (status, headers = {}, body) => ({ answer: { status, headers: { ...SECURITY, ...headers }, body } });

/**
 * The answer to a method other than GET or HEAD where only those are served: what is allowed
 * (OPTIONS), else 405 and what is allowed.
 * @param {string} method
 * @returns {Answer}
 */
export function notAllowed(method) {
  return answer(method === 'OPTIONS' ? 204 : 405, { Allow: ALLOWED_METHODS });
}

/**
 * The path of an absolute-form request target (`GET http://host/pt HTTP/1.1`, which only proxies
 * are sent, but anyone can type: RFC 9112, 3.2.2); any other target as it is.
 * @param {string} url
 * @returns {string}
 */
export function originForm(url) {
  if (url.startsWith('/') || url === '*') return url;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.pathname + parsed.search;
  } catch {
    // not a URL: Next refuses it
  }
  return url;
}

/**
 * Whether an If-None-Match header names `etag` (weak comparison, as for GET: RFC 9110, 13.1.2).
 * @param {string | undefined} header
 * @param {string} etag
 * @returns {boolean}
 */
export function matchesEtag(header, etag) {
  if (!header) return false;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * The value of one cookie in a Cookie header.
 * @param {string | undefined} header
 * @param {string} name
 * @returns {string | undefined}
 */
export function cookieValue(header, name) {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * What becomes of one request.
 * @param {Routing} routing
 * @param {{ method?: string, url?: string, headers: { cookie?: string, 'accept-language'?: string, 'if-none-match'?: string } }} request
 * @returns {Decision}
 */
export function decide(routing, request) {
  const method = request.method ?? 'GET';
  const url = originForm(request.url ?? '/');
  if (url === '*') return method === 'OPTIONS' ? notAllowed(method) : answer(400);
  if (method === 'TRACE' || method === 'TRACK') return notAllowed(method);
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  const search = query === -1 ? '' : url.slice(query);

  if (routing.pages.has(pathname)) {
    if (method !== 'GET' && method !== 'HEAD') return notAllowed(method);
    // Revalidation from the build's ETag: Next would hash the whole page on every request.
    const etag = routing.etags.get(pathname);
    if (!etag) return { next: url };
    if (matchesEtag(request.headers['if-none-match'], etag)) return answer(304, { ETag: etag });
    return { next: url, headers: { ETag: etag } };
  }
  // `/` (the proxy picks the reader's language), generated files, and what Next serves by prefix.
  if (pathname === '/' || routing.files.has(pathname) || routing.table.prefixes.some((p) => pathname.startsWith(p)))
    return { next: url };

  const canonical = canonicalPath(pathname);
  const target =
    routing.redirects.get(canonical) ??
    [canonical, canonical.toLowerCase()].find((candidate) => candidate !== pathname && routing.pages.has(candidate));
  if (target) return answer(308, { Location: target + search });

  const first = canonical.split('/')[1]?.toLowerCase();
  const inPath = first !== undefined && routing.table.locales.includes(first);
  const locale = inPath
    ? first
    : negotiate(routing.table, {
        cookie: cookieValue(request.headers.cookie, routing.table.cookie),
        acceptLanguage: request.headers['accept-language'],
      });
  const page = routing.notFound.get(locale);
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    // A 404 chosen by the reader's language must not be cached and served to someone else.
    'Cache-Control': inPath ? 'public, max-age=0, must-revalidate' : 'private, no-store',
    ...(inPath ? {} : { Vary: 'Accept-Language, Cookie' }),
  };
  return answer(404, headers, method === 'HEAD' ? undefined : page);
}
