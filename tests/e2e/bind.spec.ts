import { spawn } from 'node:child_process';
import http from 'node:http';
import { expect, test } from './fixtures';
import { FIXTURE_URL, SITE_URL } from './servers';

/**
 * The real site's and the fixture's servers listen on 127.0.0.1 only (playwright.config.ts), as
 * they do behind a reverse proxy. These requests arrive the way such a proxy sends them: with its own public
 * `Host` and `X-Forwarded-*` headers, which name neither the bind address nor localhost.
 */
const FOREIGN = {
  Host: 'blog.example.org',
  'X-Forwarded-Host': 'public.example.net',
  'X-Forwarded-Proto': 'https',
  'X-Forwarded-For': '203.0.113.7',
};

interface Answer {
  status: number;
  location?: string;
  body: string;
  ms: number;
}

/** A raw HTTP/1.1 request, so the Host header is exactly the one given (a browser would not allow it). */
function send(path: string, headers: Record<string, string> = {}, method = 'GET', origin = SITE_URL): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, path, method, headers: { ...FOREIGN, ...headers }, timeout: 10_000 },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            body,
            ms: performance.now() - started,
          }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error(`${path}: no answer within 10 s`)));
    request.on('error', reject);
    request.end();
  });
}

// A hang of seconds (the old failure took 30 s) fails; a slow shared CI machine does not.
const QUICK_MS = 2_000;

test.describe('a server bound to 127.0.0.1 behind a proxy with its own Host', () => {
  const notFound: { path: string; lang: string; heading: string; acceptLanguage?: string }[] = [
    { path: '/pt/nao-existe', lang: 'pt-BR', heading: 'Página não encontrada' },
    { path: '/en/does-not-exist', lang: 'en', heading: 'Page not found' },
    { path: '/pt/posts/nao-existe?x=1', lang: 'pt-BR', heading: 'Página não encontrada' },
    { path: '/wp-admin/setup.php', lang: 'en', heading: 'Page not found', acceptLanguage: 'en-US' },
  ];
  for (const c of notFound) {
    test(`${c.path} answers 404 in ${c.lang} at once`, async () => {
      const answer = await send(c.path, c.acceptLanguage ? { 'Accept-Language': c.acceptLanguage } : {});
      expect(answer.status).toBe(404);
      expect(answer.ms).toBeLessThan(QUICK_MS);
      expect(answer.body).toContain(`<html lang="${c.lang}"`);
      expect(answer.body).toContain(`<h1>${c.heading}</h1>`);
      // Nothing in the page points at the names the request came in with.
      expect(answer.body).not.toContain('blog.example.org');
      expect(answer.body).not.toContain('public.example.net');
    });
  }

  test('HEAD on an unknown path answers 404 without a body', async () => {
    const answer = await send('/pt/nao-existe', {}, 'HEAD');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe('');
  });

  const redirects: { path: string; headers: Record<string, string>; status: number; location: string }[] = [
    { path: '/', headers: { 'Accept-Language': 'en-US,en;q=0.9' }, status: 307, location: '/en' },
    {
      path: '/?utm_source=feed',
      headers: { 'Accept-Language': 'pt-BR' },
      status: 307,
      location: '/pt?utm_source=feed',
    },
    { path: '/EN', headers: {}, status: 308, location: '/en' },
    {
      path: '/pt/posts/integrando-sistemas-com-kafka/',
      headers: {},
      status: 308,
      location: '/pt/posts/integrando-sistemas-com-kafka',
    },
  ];
  for (const r of redirects) {
    test(`${r.path} redirects to ${r.location} with a relative Location`, async () => {
      const answer = await send(r.path, r.headers);
      expect(answer.status).toBe(r.status);
      expect(answer.ms).toBeLessThan(QUICK_MS);
      // Relative: the browser keeps the public origin it asked for; never localhost or the bind address.
      expect(answer.location).toBe(r.location);
    });
  }

  test("an old address in a post's aliases redirects with a relative Location", async () => {
    const answer = await send('/2024/02/01/texto-bilingue.html?ref=old', {}, 'GET', FIXTURE_URL);
    expect(answer.status).toBe(308);
    expect(answer.ms).toBeLessThan(QUICK_MS);
    expect(answer.location).toBe('/pt/posts/texto-bilingue?ref=old');
  });

  test('known pages still answer 200', async () => {
    for (const path of ['/pt', '/en', '/pt/posts/integrando-sistemas-com-kafka']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(200);
    }
  });
});

// One server start is enough; the viewport plays no part.
test('the server refuses to start without a build to answer for', { tag: '@desktop' }, async () => {
  const port = String(Number(new URL(SITE_URL).port) + 50);
  const child = spawn(process.execPath, ['server.mjs', '-p', port, '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_DIST_DIR: '.next-e2e-nonexistent', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 20_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve(status);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain('The blog cannot start: No routing table in');
  expect(output).toContain('Build the blog first: npm run build');
});
