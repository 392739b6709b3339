import { NextResponse, type NextRequest } from 'next/server';
import { ContentError } from '@/lib/content/errors';
import { routing, type Routing } from '@/lib/content/tree';
import { isLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { routes } from '@/lib/routes';

/**
 * Locale routing and 404s, in one place:
 * - `/` sends the reader to their language (307: the choice may change later);
 * - a page of the blog goes through untouched;
 * - an old path listed in a post's `aliases` redirects to it for good (308);
 * - anything else gets the localized 404 page with status 404, in the path's
 *   locale when it has one, else in the reader's best language.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';

  const negotiated = (): Locale =>
    negotiateLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get('accept-language'),
    });

  if (pathname === '/') {
    const response = NextResponse.redirect(new URL(routes.home(negotiated()), request.url), 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    return response;
  }

  let known: Routing;
  try {
    known = routing();
  } catch (error) {
    // Broken content: let the page render, so the dev server shows the content error.
    if (error instanceof ContentError) return NextResponse.next();
    throw error;
  }
  if (known.pages.has(pathname)) return NextResponse.next();
  const moved = known.redirects.get(pathname);
  if (moved) return NextResponse.redirect(new URL(moved, request.url), 308);

  const url = request.nextUrl.clone();
  url.pathname = routes.notFound(isLocale(first) ? first : negotiated());
  url.search = '';
  return NextResponse.rewrite(url, { status: 404 });
}

export const config = {
  // Next's own files, static files and the root-level documents skip the proxy.
  matcher: ['/((?!_next/|images/|favicon\\.ico$|icon\\.svg$|sitemap\\.xml$|robots\\.txt$).*)'],
};
