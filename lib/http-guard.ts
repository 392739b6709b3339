import http from 'node:http';
import { securityHeaders } from './security-headers.mjs';

/** What every page allows; other methods on a page get 405 and this list. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/**
 * The request header that marks a request for a page or file the blog serves, set here and
 * nowhere else (a client's own is removed first). proxy.ts's matcher skips requests that carry
 * it: a known page then costs Next no proxy run, which halved the throughput of every page.
 */
export const KNOWN_PATH_HEADER = 'x-blog-known-path';

/** The paths a production server serves as they are: its pages, and its generated files. */
export interface KnownPaths {
  pages: ReadonlySet<string>;
  files: ReadonlySet<string>;
}

export type EarlyAnswer = { status: number; headers: Record<string, string> };

/**
 * Requests that Next cannot even represent, answered before they reach it. Next builds a Fetch
 * `Request` for the proxy, and the Fetch standard forbids the methods TRACE and TRACK, so Next
 * answered them with 500 before the proxy ran; a request target of `*` (`OPTIONS *`, "the
 * server as a whole") is not a URL at all and failed the same way. Nothing else is touched.
 */
export function earlyAnswer(method: string | undefined, url: string | undefined): EarlyAnswer | undefined {
  if (url === '*') {
    return method === 'OPTIONS' ? { status: 204, headers: { Allow: ALLOWED_METHODS } } : { status: 400, headers: {} };
  }
  if (method === 'TRACE' || method === 'TRACK') return { status: 405, headers: { Allow: ALLOWED_METHODS } };
  return undefined;
}

/**
 * The path of an absolute-form request target (`GET http://host/pt HTTP/1.1`, which only proxies
 * are sent, but anyone can type). Servers must accept it (RFC 9112, 3.2.2); Next answered it with
 * a 308 to that other host. Every other target is returned unchanged.
 */
export function originForm(url: string | undefined): string | undefined {
  if (url === undefined || url.startsWith('/') || url === '*') return url;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.pathname + parsed.search;
  } catch {
    // not a URL: left for Node and Next to refuse
  }
  return url;
}

/**
 * What becomes of a request for an exact path the blog serves (query aside): a page read with
 * GET or HEAD, or a generated file, goes on to Next marked as known (`'known'`); any other
 * method on a page gets 405 with `Allow` (204 for OPTIONS), since the pages are static and Next
 * would otherwise render them for any method. Every other path is left to the proxy
 * (`undefined`): `/`, aliases, capitals, escapes and unknown paths, and other methods on files,
 * which their route handlers answer.
 */
export function knownPathAnswer(
  method: string | undefined,
  url: string | undefined,
  known: KnownPaths,
): EarlyAnswer | 'known' | undefined {
  if (url === undefined) return undefined;
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  if (known.pages.has(pathname)) {
    if (method === 'GET' || method === 'HEAD') return 'known';
    return { status: method === 'OPTIONS' ? 204 : 405, headers: { Allow: ALLOWED_METHODS } };
  }
  if (known.files.has(pathname) && (method === 'GET' || method === 'HEAD')) return 'known';
  return undefined;
}

let installed = false;
// The same headers next.config.mjs puts on every response Next makes.
const SECURITY_HEADERS = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));

/**
 * Puts earlyAnswer in front of every HTTP server in this process (Next's own, created before
 * instrumentation runs, included), with originForm: Next offers no hook that sees a request
 * before it builds the `Request` that fails. With `known` (a production server, whose pages do
 * not change while it runs), knownPathAnswer too. Installed once; every other request goes on to
 * Next unchanged but for the known-path mark.
 */
export function installEarlyAnswers(known?: () => KnownPaths): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      request.url = originForm(request.url);
      delete request.headers[KNOWN_PATH_HEADER];
      let answer = earlyAnswer(request.method, request.url);
      if (!answer && known) {
        const outcome = knownPathAnswer(request.method, request.url, known());
        if (outcome === 'known') request.headers[KNOWN_PATH_HEADER] = '1';
        else answer = outcome;
      }
      if (answer) {
        response.writeHead(answer.status, {
          ...SECURITY_HEADERS,
          ...answer.headers,
          'Content-Length': '0',
          Connection: 'close',
        });
        response.end();
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
