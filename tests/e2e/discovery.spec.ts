import type { APIRequestContext, Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { expect, kafkaPost, servesExport, test } from './fixtures';
import { FIXTURE_URL, SITE_URL } from './servers';

/**
 * What search engines, feed readers and link previews read: the sitemap, the
 * feeds and every page's head, parsed for real and followed to their targets.
 */

const LANG = { pt: 'pt-BR', en: 'en' } as const;
const xml = new XMLParser({
  ignoreAttributes: false,
  // Text stays text: a tag called "2023" is not a number.
  parseTagValue: false,
  isArray: (name) => ['url', 'xhtml:link', 'item', 'category'].includes(name),
});

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@_rel': string; '@_hreflang': string; '@_href': string }[];
}

/**
 * Where a URL of the blog is fetched from. The export project serves the export of the SITE_URL
 * build from nginx at its own address, while every page still names SITE_URL as its address.
 */
let at = (url: string) => url;

async function sitemap(request: APIRequestContext, origin: string): Promise<SitemapUrl[]> {
  const response = await request.get(at(`${origin}/sitemap.xml`));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  return xml.parse(await response.text()).urlset.url as SitemapUrl[];
}

/** The width and height in a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectStatus(request: APIRequestContext, url: string, status = 200) {
  const response = await request.get(at(url), { maxRedirects: 0 });
  expect(response.status(), url).toBe(status);
  return response;
}

/** The head as search engines and link previews read it. */
async function head(page: Page) {
  return page.evaluate(() => {
    const attr = (selector: string, name: string) =>
      [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? '');
    const meta = (property: string) => attr(`meta[property="${property}"], meta[name="${property}"]`, 'content');
    return {
      lang: document.documentElement.lang,
      title: document.title,
      description: meta('description'),
      canonical: attr('link[rel="canonical"]', 'href'),
      hreflang: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((el) => [
          el.getAttribute('hreflang'),
          el.getAttribute('href'),
        ]),
      ) as Record<string, string>,
      feeds: attr('link[rel="alternate"][type="application/rss+xml"]', 'href'),
      robots: meta('robots'),
      og: {
        title: meta('og:title'),
        type: meta('og:type'),
        url: meta('og:url'),
        image: meta('og:image'),
        locale: meta('og:locale'),
        alternateLocale: meta('og:locale:alternate'),
        published: meta('article:published_time'),
        tags: meta('article:tag'),
      },
      twitter: { card: meta('twitter:card'), image: meta('twitter:image') },
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? ''),
    };
  });
}

for (const origin of [SITE_URL, FIXTURE_URL]) {
  // What crawlers read does not depend on the viewport: not on the phone project. The fixture blog
  // is built and served by the Node server only: not on the export project.
  const tag = origin === FIXTURE_URL ? ['@desktop', '@node'] : ['@desktop'];
  test.describe(`discovery on ${origin === SITE_URL ? 'the blog' : 'the fixture blog'}`, { tag }, () => {
    test.beforeEach(({ baseURL }, testInfo) => {
      const served = servesExport(testInfo.project.name) ? baseURL : undefined;
      at = (url) => (served && url.startsWith(`${SITE_URL}/`) ? served + url.slice(SITE_URL.length) : url);
    });

    test('the sitemap lists every public page once, with lastmod and reciprocal alternates, and each answers 200', async ({
      request,
    }) => {
      const urls = await sitemap(request, origin);
      const locs = urls.map((u) => u.loc);
      expect(new Set(locs).size).toBe(locs.length);
      expect(locs).toEqual(expect.arrayContaining([`${origin}/pt`, `${origin}/en`]));
      for (const url of urls) {
        expect(url.loc.startsWith(`${origin}/`), url.loc).toBe(true);
        expect(url.loc, 'no 404 page').not.toMatch(/\/404$/);
        expect(Number.isNaN(Date.parse(url.lastmod ?? '')), `lastmod of ${url.loc}`).toBe(false);
        await expectStatus(request, url.loc);
        const links = Object.fromEntries((url['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
        if (Object.keys(links).length === 0) continue;
        expect(Object.values(links), `${url.loc} lists itself`).toContain(url.loc);
        expect(links['x-default'], `${url.loc} has x-default`).toBeTruthy();
        for (const [lang, href] of Object.entries(links)) {
          if (lang === 'x-default') continue;
          const other = urls.find((u) => u.loc === href);
          expect(other, `${href} is in the sitemap`).toBeTruthy();
          const back = Object.fromEntries((other!['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
          expect(back, `${href} links back to the same set`).toEqual(links);
        }
      }
      if (origin === FIXTURE_URL) {
        expect(
          locs.some((l) => l.includes('rascunho')),
          'no draft',
        ).toBe(false);
        expect(locs, 'no redirect').not.toContain(`${origin}/blog/texto-bilingue`);
        const untranslated = urls.find((u) => u.loc === `${origin}/pt/posts/so-em-portugues`);
        expect(untranslated?.['xhtml:link'] ?? []).toEqual([]);
      }
    });

    test('robots.txt allows everything but the health check and points to the sitemap', async ({ request }) => {
      const text = await (await expectStatus(request, `${origin}/robots.txt`)).text();
      expect(text).toMatch(/User-Agent: \*\nAllow: \/\nDisallow: \/healthz\n/);
      expect(text).toContain(`Sitemap: ${origin}/sitemap.xml`);
    });

    for (const locale of ['pt', 'en'] as const) {
      test(`the ${locale} feed is RSS 2.0 with full, absolute content and a stable guid`, async ({ request, page }) => {
        const feedUrl = `${origin}/${locale}/feed.xml`;
        const response = await expectStatus(request, feedUrl);
        expect(response.headers()['content-type']).toContain('application/rss+xml');
        const text = await response.text();
        const rss = xml.parse(text).rss;
        expect(rss['@_version']).toBe('2.0');
        const channel = rss.channel;
        expect(channel.language).toBe(LANG[locale]);
        expect(channel.link).toBe(`${origin}/${locale}`);
        expect(channel['atom:link']).toMatchObject({ '@_href': feedUrl, '@_rel': 'self' });
        const items = channel.item as Record<string, unknown>[];
        expect(items.length).toBeGreaterThan(0);
        expect(items.length).toBeLessThanOrEqual(20);
        for (const item of items) {
          const link = item.link as string;
          expect(item.title, link).toBeTruthy();
          expect(link.startsWith(`${origin}/${locale}/posts/`), link).toBe(true);
          expect(Number.isNaN(Date.parse(item.pubDate as string)), link).toBe(false);
          expect((item.guid as Record<string, string>)['#text'], link).toMatch(/^tag:/);
          expect((item.category as string[] | undefined)?.length ?? 0, link).toBeGreaterThan(0);
          // The blog names no author yet; the fixture blog names one, on every item.
          expect(item['dc:creator'], link).toBe(origin === SITE_URL ? undefined : 'Pessoa de Teste');
          await expectStatus(request, link);
          const content = item['content:encoded'] as string;
          expect(content.length, link).toBeGreaterThan(100);
          const addresses = await page.evaluate((html) => {
            const doc = new DOMParser().parseFromString(html, 'text/html');
            return [...doc.querySelectorAll('[href], [src]')].map(
              (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
            );
          }, content);
          for (const address of addresses) {
            expect(address, `absolute address in ${link}`).toMatch(/^https?:\/\//);
            if (address.startsWith(origin)) await expectStatus(request, address.split('#')[0]!);
          }
        }
        // Rebuilt or not, the same post keeps the same guid: it is made of the post's id and language.
        const guids = items.map((item) => (item.guid as Record<string, string>)['#text']);
        expect(new Set(guids).size).toBe(guids.length);
        if (origin === SITE_URL) {
          const kafka = items.find((item) => item.link === SITE_URL + kafkaPost[locale].path)!;
          expect((kafka.guid as Record<string, string>)['#text']).toBe(
            `tag:127.0.0.1,2023-10-02:2023-10-02-kafka-intro/${locale}`,
          );
          expect(kafka.category).toEqual(['Kafka', '2023']);
          const figure = await page.evaluate((html) => {
            const doc = new DOMParser().parseFromString(html, 'text/html');
            return {
              caption: doc.querySelector('figure figcaption')?.textContent ?? '',
              image: doc.querySelector('figure img')?.getAttribute('src'),
              quotes: doc.querySelectorAll('blockquote').length,
              references: [...doc.querySelectorAll('.references li a')].map((a) => a.getAttribute('href')),
            };
          }, kafka['content:encoded'] as string);
          expect(figure.caption).toContain(`${kafkaPost[locale].figure} — ${kafkaPost[locale].caption}`);
          expect(figure.image).toBe(SITE_URL + kafkaPost[locale].image);
          expect(figure.quotes).toBe(2);
          expect(figure.references).toContain('https://www.freecodecamp.org/news/apache-kafka-handbook/');
        }
      });
    }

    test('every page in the sitemap has one self canonical, reciprocal hreflang, its feed, JSON-LD and Open Graph with a 1200×630 PNG', async ({
      page,
      request,
    }) => {
      test.setTimeout(120_000);
      const urls = (await sitemap(request, origin)).map((u) => u.loc);
      const heads = new Map<string, Awaited<ReturnType<typeof head>>>();
      for (const url of urls) {
        const response = await page.goto(at(url));
        expect(response?.status(), url).toBe(200);
        heads.set(url, await head(page));
      }
      for (const [url, h] of heads) {
        const locale = new URL(url).pathname.split('/')[1] as 'pt' | 'en';
        expect(h.lang, url).toBe(LANG[locale]);
        expect(h.canonical, url).toEqual([url]);
        expect(h.title, url).toMatch(/\S · \S|^[^·]+$/);
        expect(h.description[0]?.length ?? 0, url).toBeGreaterThan(10);
        expect(h.robots, url).toEqual([]);
        expect(h.feeds, url).toEqual([`${origin}/${locale}/feed.xml`]);
        // hreflang: itself, x-default, and exactly the pages that link back with the same set.
        expect(h.hreflang[LANG[locale]], url).toBe(url);
        expect(h.hreflang['x-default'], url).toBeTruthy();
        for (const [lang, href] of Object.entries(h.hreflang)) {
          expect(href.startsWith(`${origin}/`), `${url} → ${href}`).toBe(true);
          await expectStatus(request, href);
          if (lang !== 'x-default')
            expect(heads.get(href)?.hreflang, `${href} links back to ${url}`).toEqual(h.hreflang);
        }
        // Open Graph and the card.
        expect(h.og.title[0], url).toBeTruthy();
        expect(h.og.url, url).toEqual([url]);
        expect(h.og.locale, url).toEqual([locale === 'pt' ? 'pt_BR' : 'en_US']);
        const translated = Object.keys(h.hreflang).filter((lang) => lang !== 'x-default' && lang !== LANG[locale]);
        expect(h.og.alternateLocale, url).toEqual(translated.map((lang) => (lang === 'pt-BR' ? 'pt_BR' : 'en_US')));
        expect(h.twitter.card, url).toEqual(['summary_large_image']);
        expect(h.og.image, url).toHaveLength(1);
        expect(h.twitter.image, url).toEqual(h.og.image);
        const image = await expectStatus(request, h.og.image[0]!);
        expect(image.headers()['content-type'], h.og.image[0]).toBe('image/png');
        expect(pngSize(await image.body()), h.og.image[0]).toEqual({ width: 1200, height: 630 });
        // Structured data.
        const data = h.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
        expect(data.length, url).toBe(1);
        const ld = data[0]!;
        expect(ld['@context'], url).toBe('https://schema.org');
        expect(ld.inLanguage, url).toBe(LANG[locale]);
        if (url.includes('/posts/')) {
          expect(h.og.type, url).toEqual(['article']);
          expect(h.og.published[0], url).toMatch(/^\d{4}-\d\d-\d\dT/);
          expect(h.og.tags.length, url).toBeGreaterThan(0);
          expect(ld, url).toMatchObject({
            '@type': 'BlogPosting',
            url,
            image: h.og.image[0],
            mainEntityOfPage: { '@type': 'WebPage', '@id': url },
          });
          // Without a named author the blog itself is the author, never a placeholder Person.
          expect(ld.author, url).toEqual(
            origin === SITE_URL
              ? { '@type': 'Organization', name: 'Notas de Integração', url: `${origin}/${locale}` }
              : { '@type': 'Person', name: 'Pessoa de Teste' },
          );
          expect(ld.publisher, url).toMatchObject({ '@type': 'Organization', url: `${origin}/${locale}` });
          const original = h.hreflang['x-default'];
          if (original !== url)
            expect(ld.translationOfWork, url).toMatchObject({ '@type': 'BlogPosting', url: original });
          else if (translated.length > 0)
            expect(ld.workTranslation, url).toEqual([expect.objectContaining({ '@type': 'BlogPosting' })]);
        } else if (url.endsWith('/search')) {
          expect(h.og.type, url).toEqual(['website']);
          expect(ld, url).toMatchObject({
            '@type': 'SearchResultsPage',
            url,
            isPartOf: { '@type': 'Blog', '@id': `${origin}/${locale}` },
          });
        } else {
          expect(h.og.type, url).toEqual(['website']);
          // The home is the blog; the archive, tag and series pages are collections of its posts.
          expect(ld['@type'], url).toBe(/^\/(pt|en)$/.test(new URL(url).pathname) ? 'Blog' : 'CollectionPage');
        }
      }
    });
  });
}

test.describe('the Kafka post', () => {
  for (const locale of ['pt', 'en'] as const) {
    test(`in ${locale}: JSON-LD names its series, its references and its translation`, async ({ page }) => {
      await page.goto(kafkaPost[locale].path);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(ld.isPartOf).toEqual({
        '@type': 'CreativeWorkSeries',
        name: locale === 'pt' ? 'Kafka do começo' : 'Kafka from the start',
      });
      expect(ld.position).toBe(1);
      expect(ld.citation).toHaveLength(3);
      expect(ld.citation[0]).toEqual({
        '@type': 'CreativeWork',
        name: 'The Apache Kafka Handbook – How to Get Started Using Kafka. FreeCodeCamp',
        url: 'https://www.freecodecamp.org/news/apache-kafka-handbook/',
      });
      if (locale === 'pt')
        expect(ld.workTranslation).toEqual([
          expect.objectContaining({ url: SITE_URL + kafkaPost.en.path, inLanguage: 'en' }),
        ]);
      else expect(ld.translationOfWork).toMatchObject({ url: SITE_URL + kafkaPost.pt.path, inLanguage: 'pt-BR' });
    });
  }

  test('answers at its old Jekyll address with a 308 to its Portuguese page', async ({ request }) => {
    const response = await request.get(
      '/2023/10/02/integrando-sistemas-com-kafka-uma-breve-introdu%C3%A7%C3%A3o.html',
      { maxRedirects: 0 },
    );
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toBe(kafkaPost.pt.path);
  });
});

// An image does not depend on the viewport: not on the phone project.
test(
  "a post's social card is drawn when first asked for, then served the same; an unknown post has none",
  { tag: '@desktop' },
  async ({ request }) => {
    // The build leaves post cards to their first request (app/[locale]/posts/[slug]/social.png).
    const card = `${kafkaPost.en.path}/social.png`;
    const first = await request.get(card);
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('image/png');
    const bytes = await first.body();
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    const again = await request.get(card);
    expect(again.status()).toBe(200);
    expect(Buffer.compare(await again.body(), bytes)).toBe(0);
    for (const missing of ['/en/posts/no-such-post/social.png', '/pt/posts/nada-disso/social.png']) {
      const response = await request.get(missing);
      expect(response.status(), missing).toBe(404);
      expect(response.headers()['content-type'], missing).toContain('text/html');
    }
  },
);

test('the 404 page is not indexed and has no canonical, but has its feed and Open Graph', async ({ page }) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  const h = await head(page);
  expect(h.robots).toEqual(['noindex, follow']);
  expect(h.canonical).toEqual([]);
  expect(h.hreflang).toEqual({});
  expect(h.feeds).toEqual([`${SITE_URL}/en/feed.xml`]);
  expect(h.og.image).toEqual([`${SITE_URL}/en/social.png`]);
});

test.describe('security headers', () => {
  const kinds: [string, string, number][] = [
    ['a page', kafkaPost.pt.path, 200],
    ['a home', '/en', 200],
    ['a localized 404', '/pt/nada-aqui', 404],
    ['a missing image', '/images/posts/nothing.png', 404],
    ['a post image', kafkaPost.en.image, 200],
    ['a social image', '/pt/social.png', 200],
    ['a feed', '/en/feed.xml', 200],
    ['the sitemap', '/sitemap.xml', 200],
    ['robots.txt', '/robots.txt', 200],
    ['an alias redirect', '/2023/10/02/integrando-sistemas-com-kafka-uma-breve-introdu%C3%A7%C3%A3o.html', 308],
    ['a case redirect', '/EN', 308],
    ['the language redirect', '/', 307],
  ];
  for (const [kind, path, status] of kinds) {
    // Headers do not depend on the viewport: not on the phone project. A static host does not fix
    // capitals (/EN is the English 404 there): the case redirect is not on the export project.
    const tag = kind === 'a case redirect' ? ['@desktop', '@node'] : ['@desktop'];
    test(`on ${kind} (${status})`, { tag }, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toMatch(/https?:/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    });
  }

  test('an island script and a file Next built carry them too', async ({ page, request }) => {
    await page.goto('/pt');
    const island = await page.locator('script[src^="/islands/"]').first().getAttribute('src');
    // No page loads the framework's script chunks any more; its stylesheet is under /_next/ too.
    const stylesheet = await page.locator('link[rel="stylesheet"][href^="/_next/"]').first().getAttribute('href');
    for (const file of [island, stylesheet]) {
      const response = await request.get(file!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    }
  });
});

// The same policy on both viewports: not on the phone project.
test(
  'the browser enforces the policy, and the suite hears of every violation',
  { tag: '@desktop' },
  async ({ page, consoleErrors }) => {
    await page.goto('/pt');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://third-party.invalid/tracker.js';
      document.head.append(script);
    });
    await expect
      .poll(() =>
        consoleErrors.find((error) =>
          error.startsWith('CSP violation: script-src-elem blocked https://third-party.invalid'),
        ),
      )
      .toBeTruthy();
    // Expected here; every other test fails on it.
    consoleErrors.length = 0;
  },
);
