import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, kafkaPost, test } from './fixtures';
import { EXPORT_DIR, EXPORT_URL, SITE_URL } from './servers';

/**
 * What deploy/nginx.conf adds to the static export (npm run export): the redirects and 404s the
 * Node server's proxy makes, headers, compression and cache lifetimes; and the two pages the export
 * writes in place of redirects (the language picker at `/`, an old address's redirect page) for
 * hosts that cannot redirect. The rest of the suite runs against the same export on this project.
 */

const ALIAS = '/2023/10/02/integrando-sistemas-com-kafka-uma-breve-introdu%C3%A7%C3%A3o.html';

/** A raw GET, so nothing is decompressed or normalised on the way. */
function raw(
  urlPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(EXPORT_URL);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: urlPath, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('/ is negotiated by nginx', () => {
  const cases: [Record<string, string>, string][] = [
    [{ 'Accept-Language': 'en-US,en;q=0.9' }, '/en'],
    [{ 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' }, '/en'],
    [{ 'Accept-Language': 'pt-BR,pt;q=0.9,en;q=0.8' }, '/pt'],
    [{ 'Accept-Language': 'de-DE' }, '/pt'],
    [{}, '/pt'],
    [{ 'Accept-Language': 'pt-BR', Cookie: 'theme=dark; blog-locale=en' }, '/en'],
    [{ 'Accept-Language': 'en-US', Cookie: 'blog-locale=pt' }, '/pt'],
    [{ 'Accept-Language': 'en-US', Cookie: 'blog-locale=fr' }, '/en'],
  ];
  for (const [headers, target] of cases) {
    test(`${JSON.stringify(headers)} → 307 ${target}`, async () => {
      const answer = await raw('/?utm_source=feed', headers);
      expect(answer.status).toBe(307);
      expect(answer.headers.location).toBe(`${target}?utm_source=feed`);
      expect(answer.headers.vary).toContain('Accept-Language, Cookie');
      expect(answer.headers['cache-control']).toBe('private, no-store');
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    });
  }
});

test.describe('redirects', () => {
  test("a post's old address is a 308 to the post, keeping the query", async () => {
    for (const [from, to] of [
      [ALIAS, kafkaPost.pt.path],
      [`${ALIAS}?ref=old`, `${kafkaPost.pt.path}?ref=old`],
    ] as const) {
      const answer = await raw(from);
      expect(answer.status, from).toBe(308);
      expect(answer.headers.location, from).toBe(to);
      expect(answer.headers['x-content-type-options'], from).toBe('nosniff');
    }
  });

  test('a trailing slash is a 308 to the address without it, never to another host', async () => {
    const trimmed = await raw('/pt/archive/?x=1');
    expect(trimmed.status).toBe(308);
    expect(trimmed.headers.location).toBe('/pt/archive?x=1');
    for (const hostile of ['//evil.example/', '/\\evil.example/', '/%0d%0aSet-Cookie:x=1/']) {
      const answer = await raw(hostile);
      expect(answer.headers.location ?? '', hostile).not.toMatch(/^\/[/\\]|evil|[\r\n]/);
      expect(answer.headers['set-cookie'], hostile).toBeUndefined();
      expect(answer.status, hostile).toBeLessThan(500);
    }
  });
});

test.describe('404s', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['/pt/nada-aqui', { 'Accept-Language': 'en' }, 'pt-BR', 'public, max-age=0, must-revalidate'],
    ['/en/nothing-here', { 'Accept-Language': 'pt-BR' }, 'en', 'public, max-age=0, must-revalidate'],
    ['/EN/nothing', { 'Accept-Language': 'pt-BR' }, 'en', 'public, max-age=0, must-revalidate'],
    ['/pt/404', {}, 'pt-BR', 'public, max-age=0, must-revalidate'],
    ['/en/404.html', {}, 'en', 'public, max-age=0, must-revalidate'],
    ['/pt/archive.html', {}, 'pt-BR', 'public, max-age=0, must-revalidate'],
    ['/wp-login.php', { 'Accept-Language': 'en-GB' }, 'en', 'private, no-store'],
    ['/nada', { 'Accept-Language': 'en', Cookie: 'blog-locale=pt' }, 'pt-BR', 'private, no-store'],
    ['/_nginx/http.conf', { 'Accept-Language': 'en' }, 'en', 'private, no-store'],
    // Cloudflare Pages' and Netlify's rules are not files of the site.
    ['/_headers', { 'Accept-Language': 'en' }, 'en', 'private, no-store'],
    ['/_redirects', { 'Accept-Language': 'pt-BR' }, 'pt-BR', 'private, no-store'],
    ['/pagefind/..%2f_nginx%2fhttp.conf', { 'Accept-Language': 'en' }, 'en', 'private, no-store'],
    // Above the root: nginx refuses it before reading the headers, so the default language.
    ['/pagefind/..%2f..%2fpackage.json', { 'Accept-Language': 'en' }, 'pt-BR', 'private, no-store'],
  ];
  for (const [urlPath, headers, lang, cache] of cases) {
    test(`${urlPath} ${JSON.stringify(headers)} is a 404 in ${lang}`, async () => {
      const answer = await raw(urlPath, headers);
      expect(answer.status).toBe(404);
      expect(answer.body.toString('utf8')).toContain(`<html lang="${lang}"`);
      expect(answer.headers['cache-control']).toBe(cache);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      if (cache.startsWith('private')) expect(answer.headers.vary).toContain('Accept-Language');
    });
  }
});

test('methods other than GET and HEAD are 405 with Allow', async () => {
  for (const [method, urlPath] of [
    ['POST', '/pt'],
    ['DELETE', kafkaPost.en.path],
    ['PUT', '/nothing'],
    ['OPTIONS', '/'],
  ] as const) {
    const answer = await raw(urlPath, {}, method);
    expect(answer.status, `${method} ${urlPath}`).toBe(405);
    expect(answer.headers.allow, `${method} ${urlPath}`).toBe('GET, HEAD');
    expect(answer.headers['content-security-policy'], `${method} ${urlPath}`).toContain("default-src 'self'");
  }
  const head = await raw(kafkaPost.pt.path, {}, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
});

test('HTML is compressed; hashed assets are cached for a year, pages revalidate', async ({ request }) => {
  const page = await raw(kafkaPost.pt.path, { 'Accept-Encoding': 'gzip' });
  expect(page.status).toBe(200);
  expect(page.headers['content-encoding']).toBe('gzip');
  expect(page.headers.vary).toContain('Accept-Encoding');
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');

  const html = await (await request.get(kafkaPost.pt.path)).text();
  const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
  expect(asset, 'the page loads a hashed asset').toBeTruthy();
  const answer = await raw(asset!, { 'Accept-Encoding': 'gzip' });
  expect(answer.status).toBe(200);
  expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(answer.headers['content-encoding']).toBe('gzip');
  expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
});

test('feeds, the sitemap and social images have their types', async () => {
  const types: [string, RegExp][] = [
    ['/pt/feed.xml', /^application\/rss\+xml; charset=utf-8$/],
    ['/sitemap.xml', /^application\/xml/],
    ['/robots.txt', /^text\/plain/],
    ['/en/social.png', /^image\/png$/],
    ['/icon.svg', /^image\/svg\+xml/],
  ];
  for (const [urlPath, type] of types) {
    const answer = await raw(urlPath);
    expect(answer.status, urlPath).toBe(200);
    expect(answer.headers['content-type'], urlPath).toMatch(type);
  }
  // Built for the address the build names (SITE_URL), whoever serves the files.
  const sitemap = (await raw('/sitemap.xml')).body.toString('utf8');
  expect(sitemap).toContain(`<loc>${SITE_URL}${kafkaPost.en.path}</loc>`);
});

test.describe('pages the export writes for hosts that cannot redirect', () => {
  const exported = (file: string) => fs.readFileSync(path.join(EXPORT_DIR, file), 'utf8');

  // Served from disk at an address nginx does not redirect, so the browser runs the page itself.
  const PICKER = `${EXPORT_URL}/__picker`;

  for (const [browserLocale, cookie, landing] of [
    ['en-US', undefined, /\/en$/],
    ['fr-FR', undefined, /\/pt$/],
    ['en-US', 'pt', /\/pt$/],
  ] as const) {
    test(`the language picker sends a browser in ${browserLocale}${cookie ? ` that chose ${cookie}` : ''} to its home`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale: browserLocale });
      if (cookie) await context.addCookies([{ name: 'blog-locale', value: cookie, url: EXPORT_URL }]);
      const page = await context.newPage();
      await page.route(PICKER, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: exported('index.html') }),
      );
      await page.goto(PICKER);
      await expect(page).toHaveURL(landing);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
      await context.close();
    });
  }

  test('without JavaScript the picker links both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route(PICKER, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: exported('index.html') }),
    );
    await page.goto(PICKER);
    await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', '/en');
    await page.getByRole('link', { name: 'Ler em português' }).click();
    await expect(page).toHaveURL(/\/pt$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await context.close();
  });

  test("an old address's page sends the reader to the post and names it canonical", async ({ page }) => {
    const file = decodeURIComponent(ALIAS).slice(1);
    const html = exported(file);
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${kafkaPost.pt.path}">`);
    await page.route(`${EXPORT_URL}/__alias`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto(`${EXPORT_URL}/__alias`);
    await expect(page).toHaveURL(new RegExp(`${kafkaPost.pt.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kafkaPost.pt.title);
  });

  test('each language has its own 404 page, and hosts that take one get Portuguese', () => {
    expect(exported('pt/404.html')).toContain('<html lang="pt-BR"');
    expect(exported('en/404.html')).toContain('<html lang="en"');
    expect(exported('404.html')).toBe(exported('pt/404.html'));
  });
});
