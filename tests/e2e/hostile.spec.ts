import http from 'node:http';
import net from 'node:net';
// No page is opened here, so the base test (without the browser-console fixture) is enough.
import { expect, test } from '@playwright/test';
import { SITE_URL } from './servers';

/**
 * Requests a scanner, a crawler or a broken client sends, against the production server.
 * Raw node:http (and a raw socket where even that normalises), because a browser or Playwright's
 * request API would clean up the very paths under test. Whatever comes in, the server answers
 * at once, never with 5xx, never with a stack trace or a file path, and with a 404 (in the
 * path's language when it names one), a redirect, or 405 with `Allow` on a page.
 */

const { hostname, port } = new URL(SITE_URL);
const POST = '/pt/posts/integrando-sistemas-com-kafka';
// A hang fails; a slow shared machine does not.
const LIMIT_MS = 5_000;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // A connection of its own (agent: false): Node's default agent keeps sockets alive, and one the
    // server has just closed after refusing a request could be reused by the next test, which then
    // reads ECONNRESET instead of its answer.
    const request = http.request(
      {
        hostname,
        port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        timeout: LIMIT_MS,
        agent: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            ms: performance.now() - started,
          }),
        );
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error(`${options.method ?? 'GET'} ${path.slice(0, 80)}: no answer within ${LIMIT_MS} ms`)),
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Bytes on a socket, for request lines node:http will not send; resolves with the status line. */
function sendRaw(bytes: Buffer): Promise<{ statusLine: string; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${LIMIT_MS} ms`)), LIMIT_MS);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ statusLine: text.split('\r\n')[0] ?? '', text });
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.end(bytes);
  });
}

/** What no answer may contain: a stack frame, or a path of the machine it runs on. */
function expectNoLeak(text: string, what: string) {
  expect(text, `${what}: stack frame`).not.toMatch(/\n\s+at |\bat [\w.<>$]+ \(/);
  expect(text, `${what}: server path`).not.toMatch(/\/work\/|node_modules|\.next\/server|\/home\/|\/root\//);
}

function expectSafe(answer: Answer, what: string) {
  expect(answer.status, what).toBeGreaterThanOrEqual(200);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.ms, what).toBeLessThan(LIMIT_MS);
  expectNoLeak(answer.body, what);
}

/**
 * Asks for `path`, follows up to three same-site redirects (Next trims trailing slashes, the
 * proxy fixes capitals) and returns the last answer; each hop must be safe and stay on the site.
 */
async function finalAnswer(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  let answer = await send(path, { headers });
  for (let hop = 0; hop < 3 && answer.status >= 300 && answer.status < 400; hop++) {
    expectSafe(answer, path);
    const location = answer.headers.location ?? '';
    expect(location, `${path}: redirect leaves the site`).toMatch(/^\/(?![/\\])/);
    answer = await send(location, { headers });
  }
  expectSafe(answer, path);
  return answer;
}

async function expectLocalized404(path: string, lang: 'pt-BR' | 'en', headers: Record<string, string> = {}) {
  const answer = await finalAnswer(path, headers);
  expect(answer.status, path).toBe(404);
  expect(answer.body, path).toContain(`<html lang="${lang}"`);
  return answer;
}

test.describe('path traversal, encoded and double-encoded', () => {
  const cases: [string, 'pt-BR' | 'en'][] = [
    ['/..%2f..%2fetc/passwd', 'en'],
    ['/pt/..%2f..%2fetc/passwd', 'pt-BR'],
    // `%2e%2e` is a dot segment to the URL standard: this is /etc/passwd, which names no locale.
    ['/pt/%2e%2e/%2e%2e/etc/passwd', 'en'],
    ['/pt/%252e%252e/', 'pt-BR'],
    ['/pt/%252e%252e%252fetc%252fpasswd', 'pt-BR'],
    ['/%c0%ae%c0%ae/', 'en'],
    ['/en/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', 'en'],
    ['/pt/posts/..%5c..%5cpackage.json', 'pt-BR'],
  ];
  for (const [path, lang] of cases) {
    test(`${path} is a 404 in ${lang}`, async () => {
      const answer = await expectLocalized404(path, lang, { 'Accept-Language': 'en' });
      expect(answer.body).not.toContain('root:x:0:0');
    });
  }

  for (const path of [
    '/images/..%2f..%2fpackage.json',
    '/images/%2e%2e/%2e%2e/package.json',
    '/_next/static/..%2f..%2fpackage.json',
    '/_next/%2e%2e/%2e%2e/package.json',
  ]) {
    test(`${path} (a path the proxy does not see) gives no file away`, async () => {
      const answer = await finalAnswer(path);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('"dependencies"');
    });
  }
});

test.describe('NUL bytes, broken percent sequences and invalid UTF-8', () => {
  const cases: [string, 'pt-BR' | 'en'][] = [
    ['/pt/%00', 'pt-BR'],
    ['/en/posts/%00x', 'en'],
    ['/%00', 'en'],
    ['/en%00', 'en'],
    ['/pt/%E0%A4%A', 'pt-BR'],
    ['/pt/%ff', 'pt-BR'],
    ['/en/posts/%ff%fe', 'en'],
    ['/pt/%', 'pt-BR'],
    ['/pt/%zz', 'pt-BR'],
    ['/pt/' + '%'.repeat(200), 'pt-BR'],
  ];
  for (const [path, lang] of cases) {
    test(`${path.slice(0, 40)} is a 404 in ${lang}`, async () => {
      await expectLocalized404(path, lang, { 'Accept-Language': 'en' });
    });
  }

  test('raw bytes that are not UTF-8 in the request line are refused as a bad request', async () => {
    for (const bytes of [Buffer.from([0xff, 0xfe]), Buffer.from([0x00]), Buffer.from('ção😀')]) {
      const raw = Buffer.concat([
        Buffer.from('GET /pt/posts/'),
        bytes,
        Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      ]);
      const { statusLine, text } = await sendRaw(raw);
      expect(statusLine).toMatch(/^HTTP\/1\.1 4\d\d /);
      expectNoLeak(text, statusLine);
    }
  });
});

test.describe('request targets', () => {
  test('an absolute URL as the request target is served from this site, never sent to that host', async () => {
    const ask = (target: string) =>
      sendRaw(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    const page = await ask('http://evil.example/pt');
    expect(page.statusLine).toBe('HTTP/1.1 200 OK');
    const unknown = await ask('http://evil.example/en/nope');
    expect(unknown.statusLine).toBe('HTTP/1.1 404 Not Found');
    expect(unknown.text).toContain('<html lang="en"');
    for (const answer of [page, unknown]) expect(answer.text).not.toMatch(/^location:.*evil/im);
  });

  test('protocol-relative and backslash paths stay on the site', async () => {
    for (const path of ['//evil.example/pt', '/\\evil.example/', '/%2f%2fevil.example', '/%5cevil.example']) {
      const answer = await finalAnswer(path);
      expect(answer.status, path).toBe(404);
    }
  });
});

test.describe('unknown and malformed locales', () => {
  const cases: [string, 'pt-BR' | 'en'][] = [
    ['/xx', 'en'],
    ['/xx/posts/integrando-sistemas-com-kafka', 'en'],
    ['/pt-BR', 'en'],
    ['/pt_br/', 'en'],
    ['/e%6E/nao-existe', 'en'],
    ['/pT/posts/nao-existe', 'pt-BR'],
    ['/EN/posts/nao-existe', 'en'],
  ];
  for (const [path, lang] of cases) {
    test(`${path} is a 404 in ${lang}`, async () => {
      await expectLocalized404(path, lang, { 'Accept-Language': 'en' });
    });
  }

  test('a known page with its locale in capitals or escaped redirects to it', async () => {
    for (const path of ['/PT', '/p%74']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(308);
      expect(answer.headers.location, path).toBe('/pt');
    }
  });
});

test.describe('very long paths, slugs and query strings', () => {
  const long = 'a'.repeat(8 * 1024);

  test('an 8 KB path and an 8 KB slug are 404s in their language', async () => {
    await expectLocalized404(`/pt/${long}`, 'pt-BR');
    await expectLocalized404(`/en/posts/${long}`, 'en');
    await expectLocalized404(`/${long}`, 'en', { 'Accept-Language': 'en' });
  });

  test('an 8 KB query string changes nothing', async () => {
    const page = await send(`${POST}?q=${long}`);
    expectSafe(page, 'page');
    expect(page.status).toBe(200);
    await expectLocalized404(`/en/nope?q=${long}`, 'en');
  });

  test('a path beyond what the server reads is refused with a 4xx, and the server carries on', async () => {
    // Node answers 431 and closes the connection at once; while the client is still writing the
    // rest of the 64 KB, that close can arrive as a reset before the answer is read. Either is a
    // refusal; what may not happen is a 5xx, a hang, or a server that stops answering.
    const outcome = await send(`/pt/${'b'.repeat(64 * 1024)}`).then(
      (answer) => answer,
      (error: NodeJS.ErrnoException) => error,
    );
    if (outcome instanceof Error) expect(['ECONNRESET', 'EPIPE']).toContain(outcome.code);
    else {
      expectSafe(outcome, '64 KB path');
      expect(outcome.status).toBeGreaterThanOrEqual(400);
    }
    const after = await send('/pt');
    expect(after.status).toBe(200);
  });
});

test.describe('emoji and unusual characters in slugs and tags', () => {
  const cases: [string, 'pt-BR' | 'en'][] = [
    ['/pt/posts/%F0%9F%98%80', 'pt-BR'],
    ['/en/tags/%F0%9F%A6%84', 'en'],
    ['/pt/tags/caf%C3%A9', 'pt-BR'],
    ['/pt/posts/cafe%CC%81', 'pt-BR'],
    ['/pt/posts/%E2%80%AE%E2%80%8B', 'pt-BR'],
    ['/en/posts/a%20b%09c', 'en'],
    ['/en/posts/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'en'],
    ['/pt/posts/integrando-sistemas-com-kafka%F0%9F%98%80', 'pt-BR'],
  ];
  for (const [path, lang] of cases) {
    test(`${path} is a 404 in ${lang} that repeats nothing of the path`, async () => {
      const answer = await expectLocalized404(path, lang);
      expect(answer.body).not.toContain('<script>alert');
      expect(answer.body).not.toContain('😀');
    });
  }
});

test.describe('methods', () => {
  test('HEAD on a page answers like GET, without a body', async () => {
    const answer = await send(POST, { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
  });

  test('OPTIONS on a page lists what it allows', async () => {
    const answer = await send(POST, { method: 'OPTIONS' });
    expectSafe(answer, 'OPTIONS');
    expect(answer.status).toBe(204);
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']) {
    for (const path of [POST, '/en', '/']) {
      test(`${method} ${path} is 405 with Allow`, async () => {
        const body = method === 'TRACE' ? undefined : 'a=b';
        const headers: Record<string, string> = body
          ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length) }
          : {};
        const answer = await send(path, { method, headers, body });
        expectSafe(answer, `${method} ${path}`);
        expect(answer.status).toBe(405);
        expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
      });
    }
  }

  test('a server action call on a page (there are none) is 405', async () => {
    const answer = await send('/pt', {
      method: 'POST',
      headers: { 'Next-Action': 'abc', 'Content-Type': 'text/plain', 'Content-Length': '2' },
      body: '[]',
    });
    expectSafe(answer, 'Next-Action');
    expect(answer.status).toBe(405);
  });

  test('a body without a length on a method that has none is a bad request, not a hang', async () => {
    // node:http sends no Content-Length or chunking for DELETE, so the body reads as a broken
    // second request; the server refuses the connection with 400.
    const answer = await send(POST, { method: 'DELETE', body: 'a=b' });
    expectSafe(answer, 'DELETE with an unframed body');
    expect([400, 405]).toContain(answer.status);
  });

  test('other methods on an unknown path are 404s in its language', async () => {
    for (const method of ['POST', 'DELETE', 'OPTIONS']) {
      const answer = await send('/en/nope', { method });
      expectSafe(answer, method);
      expect(answer.status, method).toBe(404);
      expect(answer.body, method).toContain('<html lang="en"');
    }
    const trace = await send('/en/nope', { method: 'TRACE' });
    expectSafe(trace, 'TRACE');
    expect(trace.status).toBe(405);
  });

  test('other methods on a page with a query string are 405 too, and the query changes nothing on GET', async () => {
    // server.mjs matches a page by its path, without the query.
    const post = await send(`${POST}?utm_source=feed`, { method: 'PUT' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(post.headers['x-content-type-options']).toBe('nosniff');
    expect(post.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const get = await send(`${POST}?utm_source=feed`);
    expect(get.status).toBe(200);
    expect(get.body).toContain('<html lang="pt-BR"');
  });

  test('no request header changes how a path is routed', async () => {
    // An earlier server marked known paths with this header; a client's own must still change nothing.
    const claim = { 'X-Blog-Known-Path': '1' };
    const unknown = await send('/en/nope', { headers: claim });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('<html lang="en"');
    const capitals = await send('/PT/posts/Integrando-Sistemas-Com-Kafka', { headers: claim });
    expect(capitals.status).toBe(308);
    expect(capitals.headers.location).toBe(POST);
    const root = await send('/', { headers: { ...claim, 'Accept-Language': 'en' } });
    expect(root.status).toBe(307);
    expect(root.headers.location).toBe('/en');
  });

  test('OPTIONS * (the server as a whole) lists what it allows', async () => {
    const answer = await send('*', { method: 'OPTIONS' });
    expectSafe(answer, 'OPTIONS *');
    expect(answer.status).toBe(204);
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
  });
});

test.describe('malformed and huge Accept-Language and cookies', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['a huge Accept-Language', { 'Accept-Language': 'en;q=0.9,'.repeat(800) }, '/en'],
    ['a malformed Accept-Language', { 'Accept-Language': ';;;q=abc,,,*;q=-1,en;q=nan' }, '/pt'],
    ['an Accept-Language that is not text', { 'Accept-Language': '\u00e9\u00ff;q=1' }, '/pt'],
    ['a huge locale cookie', { Cookie: `blog-locale=${'e'.repeat(6000)}` }, '/pt'],
    ['a malformed cookie header', { Cookie: '=;;;%%%; blog-locale="en; a=\\"', 'Accept-Language': 'en' }, '/en'],
    ['a cookie with broken escapes', { Cookie: 'blog-locale=%E0%A4%A; other=%ff', 'Accept-Language': 'en' }, '/en'],
  ];
  for (const [what, headers, location] of cases) {
    test(`/ with ${what} still picks a language`, async () => {
      const answer = await send('/', { headers });
      expectSafe(answer, what);
      expect(answer.status).toBe(307);
      expect(answer.headers.location).toBe(location);
    });
  }

  test('an unknown path with such headers is still a 404', async () => {
    const answer = await send('/nope', {
      headers: { 'Accept-Language': 'x'.repeat(4000), Cookie: `blog-locale=${'%'.repeat(2000)}` },
    });
    expectSafe(answer, 'garbage headers');
    expect(answer.status).toBe(404);
  });

  test('headers beyond what the server reads are refused with a 4xx', async () => {
    const answer = await send('/pt', { headers: { Cookie: `a=${'c'.repeat(32 * 1024)}` } });
    expectSafe(answer, '32 KB cookie');
    expect(answer.status).toBe(431);
  });
});

test.describe('RSC and prefetch headers', () => {
  const sets: Record<string, string>[] = [
    { RSC: '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { RSC: '1', 'Next-Router-State-Tree': 'garbage' },
    { RSC: '1', 'Next-Router-State-Tree': '%7B%7D%5B', 'Next-Router-Prefetch': '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
    { 'Next-Url': '/../../etc/passwd', RSC: '1' },
  ];
  for (const headers of sets) {
    const names = Object.keys(headers).join(', ');
    test(`${names} on unknown paths: a 404 in the path's language`, async () => {
      for (const [path, lang] of [
        ['/pt/nao-existe', 'pt-BR'],
        ['/en/posts/nope', 'en'],
      ] as const) {
        const answer = await send(path, { headers });
        expectSafe(answer, `${names} ${path}`);
        expect(answer.status, path).toBe(404);
        expect(answer.body, path).toContain(`<html lang="${lang}"`);
      }
      const root = await send('/nope/nope', { headers });
      expectSafe(root, `${names} /nope/nope`);
      expect(root.status).toBe(404);
    });

    test(`${names} on a page: served or redirected, never an error`, async () => {
      const answer = await send(POST, { headers });
      expectSafe(answer, names);
      expect([200, 307, 308]).toContain(answer.status);
      if (answer.status !== 200)
        expect(answer.headers.location).toMatch(/^\/pt\/posts\/integrando-sistemas-com-kafka\?_rsc\b/);
    });
  }
});
