import http from 'node:http';
import { expect, kafkaPost, test } from './fixtures';
import { CLOUDFLARE_URL } from './servers';
import { allowScript, pickerScriptHash } from '../../lib/export/static-host';
import { securityHeaders } from '../../lib/security-headers.mjs';

/**
 * What out/_headers and out/_redirects give behind Cloudflare's local runtime for Pages
 * (`wrangler pages dev`), beside what tests/e2e/export.spec.ts checks nginx adds. The rest of the
 * suite runs against the same host on this project.
 */

const ALIAS = '/2023/10/02/integrando-sistemas-com-kafka-uma-breve-introdu%C3%A7%C3%A3o.html';
const PAGE_CACHE = 'public, max-age=0, must-revalidate';

function raw(
  urlPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(CLOUDFLARE_URL);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: urlPath, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

function expectSecurityHeaders(headers: http.IncomingHttpHeaders, label: string, kind?: 'search' | 'picker') {
  for (const { key, value } of securityHeaders(kind === 'search' ? { wasm: true } : {})) {
    const expected =
      kind === 'picker' && key === 'Content-Security-Policy' ? allowScript(value, pickerScriptHash) : value;
    expect(headers[key.toLowerCase()], `${key} on ${label}`).toBe(expected);
  }
}

test('every response carries every security header once; search and its index may compile WebAssembly', async () => {
  const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec((await raw(kafkaPost.pt.path)).body)?.[1];
  expect(asset, 'the page loads a hashed asset').toBeTruthy();
  expectSecurityHeaders((await raw('/')).headers, '/', 'picker');
  for (const urlPath of ['/pt', kafkaPost.en.path, '/en/nothing-here', '/nada', ALIAS, '/pt/archive/', asset!]) {
    const answer = await raw(urlPath);
    expectSecurityHeaders(answer.headers, `${urlPath} (${answer.status})`);
  }
  for (const urlPath of ['/pt/search', '/en/search', '/pagefind/pagefind.js']) {
    const answer = await raw(urlPath);
    expect(answer.status, urlPath).toBe(200);
    expectSecurityHeaders(answer.headers, urlPath, 'search');
  }
});

test("a post's old address is a 308 to the post", async () => {
  const answer = await raw(ALIAS);
  expect(answer.status).toBe(308);
  expect(answer.headers.location).toBe(kafkaPost.pt.path);
});

test('a trailing slash is a 308 to the address without it', async () => {
  const answer = await raw('/pt/archive/');
  expect(answer.status).toBe(308);
  expect(answer.headers.location).toBe('/pt/archive');
});

test('/ is the picker page, which cannot depend on the reader; its policy lets its script run', async ({ browser }) => {
  const answer = await raw('/', { 'Accept-Language': 'en-US' });
  expect(answer.status).toBe(200);
  expect(answer.body).toContain('<a href="/en" hreflang="en" lang="en">Read in English</a>');
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/?utm_source=feed');
  await expect(page).toHaveURL(/\/en\?utm_source=feed$/);
  await context.close();
});

test.describe('404s', () => {
  for (const [urlPath, lang] of [
    ['/en/nothing-here', 'en'],
    ['/en/posts/integrando-sistemas-com-kafka', 'en'],
    ['/pt/nada-aqui', 'pt-BR'],
    // Outside the locales, out/404.html: Portuguese whatever the reader's language.
    ['/wp-login.php', 'pt-BR'],
  ] as const) {
    test(`${urlPath} is a 404 in ${lang}`, async () => {
      const answer = await raw(urlPath, { 'Accept-Language': 'en-US' });
      expect(answer.status).toBe(404);
      expect(answer.body).toContain(`<html lang="${lang}"`);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
    });
  }
});

test('hashed assets are cached for a year, pages revalidate, feeds have their type', async () => {
  const page = await raw(kafkaPost.pt.path);
  expect(page.headers['cache-control']).toBe(PAGE_CACHE);
  const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec(page.body)?.[1];
  expect((await raw(asset!)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const feed = await raw('/en/feed.xml');
  expect(feed.status).toBe(200);
  expect(feed.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
});
