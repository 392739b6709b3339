import http from 'node:http';

/** What every page allows; the proxy answers other methods on a page with 405 and this list. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/**
 * Requests that Next cannot even represent, answered before they reach it. Next builds a Fetch
 * `Request` for the proxy, and the Fetch standard forbids the methods TRACE and TRACK, so Next
 * answered them with 500 before the proxy ran; a request target of `*` (`OPTIONS *`, "the
 * server as a whole") is not a URL at all and failed the same way. Nothing else is touched.
 */
export function earlyAnswer(
  method: string | undefined,
  url: string | undefined,
): { status: number; headers: Record<string, string> } | undefined {
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

let installed = false;

/**
 * Puts earlyAnswer in front of every HTTP server in this process (Next's own, created before
 * instrumentation runs, included), with originForm: Next offers no hook that sees a request
 * before it builds the `Request` that fails. Installed once; every other request goes on to
 * Next unchanged.
 */
export function installEarlyAnswers(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      request.url = originForm(request.url);
      const answer = earlyAnswer(request.method, request.url);
      if (answer) {
        response.writeHead(answer.status, { ...answer.headers, 'Content-Length': '0', Connection: 'close' });
        response.end();
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
