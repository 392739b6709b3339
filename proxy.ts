import fs from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { ContentError } from '@/lib/content/errors';
import { normalizePath, routing, type Routing } from '@/lib/content/tree';
import { env } from '@/lib/env';
import { ALLOWED_METHODS } from '@/lib/http-guard';
import { isLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { prerenderedNotFound } from '@/lib/not-found-page';
import { routes } from '@/lib/routes';

/**
 * Locale routing and 404s, in one place:
 * - `/` sends the reader to their language (307: the choice may change later);
 * - a page of the blog goes through untouched, and so does a file in public/ (on a production
 *   server, pages and generated files never get here: see `config` below);
 * - an old path listed in a post's `aliases` redirects to it for good (308),
 *   and so does a page asked for in capitals (`/EN/…`);
 * - a page asked for with a method other than GET or HEAD gets 405 with `Allow` (204 for
 *   OPTIONS): the pages are static, and Next would otherwise render them for any method;
 * - anything else gets the localized 404 page with status 404, in the path's
 *   locale when it has one, else in the reader's best language.
 *
 * Nothing here depends on the address the server is bound to or on the request's
 * `Host`: redirects carry a relative `Location` (the reader's own origin, whatever
 * proxy sits in front), and the 404 is answered from the build's prerendered page,
 * never by a rewrite that Next might forward over HTTP (see lib/not-found-page.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const negotiated = (): Locale =>
    negotiateLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get('accept-language'),
    });

  if (pathname === '/') {
    if (!READ_METHODS.has(request.method)) return notAllowed(request.method);
    return personal(redirect(request, routes.home(negotiated()) + search, 307));
  }

  let known: Routing;
  try {
    known = routing();
  } catch (error) {
    // Broken content on the dev server: let the page render, so it shows the content error.
    // A production server never gets here with broken content: it refuses to start
    // (instrumentation.ts).
    if (env.isDev && error instanceof ContentError) return NextResponse.next();
    throw error;
  }
  if (known.files.has(pathname)) return NextResponse.next();
  if (known.pages.has(pathname))
    return READ_METHODS.has(request.method) ? NextResponse.next() : notAllowed(request.method);

  const decoded = normalizePath(safeDecode(pathname));
  const target =
    known.redirects.get(decoded) ?? (known.pages.has(decoded.toLowerCase()) ? decoded.toLowerCase() : undefined);
  if (target) return redirect(request, target + search, 308);
  if (isPublicFile(decoded)) return NextResponse.next();

  const first = decoded.split('/')[1]?.toLowerCase();
  if (isLocale(first)) return notFound(request, first);
  return personal(notFound(request, negotiated()));
}

/**
 * A redirect to a path of this site. Next makes a same-origin `Location` relative, so the
 * browser resolves it against the address it asked for, whatever sits in front of the server.
 */
function redirect(request: NextRequest, location: string, status: 307 | 308): NextResponse {
  return NextResponse.redirect(new URL(location, request.nextUrl), status);
}

function notFound(request: NextRequest, locale: Locale): NextResponse {
  const html = prerenderedNotFound(locale);
  if (html !== undefined) {
    return new NextResponse(request.method === 'HEAD' ? null : html, {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0, must-revalidate' },
    });
  }
  // The dev server has no prerendered page: render it in place. (`next dev` serves on localhost,
  // the origin Next gives the proxy, so this rewrite stays inside the process.)
  const url = request.nextUrl.clone();
  url.pathname = routes.notFound(locale);
  url.search = '';
  return NextResponse.rewrite(url, { status: 404 });
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** The answer to any other method on a page: what it allows (OPTIONS), or 405 and what it allows. */
function notAllowed(method: string): NextResponse {
  return new NextResponse(null, { status: method === 'OPTIONS' ? 204 : 405, headers: { Allow: ALLOWED_METHODS } });
}

/** A response chosen by the reader's language must not be cached and served to someone else. */
function personal(response: NextResponse): NextResponse {
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'Accept-Language, Cookie');
  return response;
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname).normalize('NFC');
  } catch {
    return pathname;
  }
}

/** Files in public/ other than images/ (which skips the proxy altogether). */
function isPublicFile(decoded: string): boolean {
  const file = path.join(env.publicDir, decoded);
  if (path.relative(env.publicDir, file).startsWith('..')) return false;
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    {
      // Next's own files, post images and media (app/media/), the search index (app/pagefind/) and the
      // site icon skip the proxy.
      source: '/((?!_next/|images/|media/|pagefind/|favicon\\.ico$|icon\\.svg$).*)',
      // So does every page and file the blog serves, on a production server: lib/http-guard.ts
      // marks those requests with this header (KNOWN_PATH_HEADER), and answers other methods
      // on a page itself. Running the proxy cost Next half its throughput on every page.
      missing: [{ type: 'header', key: 'x-blog-known-path' }],
    },
  ],
};
