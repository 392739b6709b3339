import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { routes } from '@/lib/routes';
import { notAllowed } from '@/lib/server/answers.mjs';

/**
 * `/` sends the reader to their language: an explicit earlier choice (cookie), else
 * Accept-Language, else Portuguese; a 307, since the choice may change. The only request that
 * must be decided per reader; every other path is answered from what the build wrote (Next's own
 * routing, and server.mjs for what Next cannot answer right).
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const { status, headers } = notAllowed(request.method).answer;
    return new NextResponse(null, { status, headers });
  }
  const locale = negotiateLocale({
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  // Next makes a same-origin Location relative: the browser resolves it against the address it
  // asked for, whatever proxy sits in front of the server.
  const response = NextResponse.redirect(new URL(routes.home(locale) + request.nextUrl.search, request.nextUrl), 307);
  // Chosen by the reader's language: never cached and served to someone else.
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'Accept-Language, Cookie');
  return response;
}

export const config = { matcher: '/' };
