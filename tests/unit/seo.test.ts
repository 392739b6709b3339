import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { loadContentTree } from '../../lib/content/load';
import { routingFor } from '../../lib/content/tree';
import { routes } from '../../lib/routes';
import { feedGuid, FEED_SIZE, rssFeed, type FeedEntry } from '../../lib/seo/feed';
import {
  blogJsonLd,
  blogPostingJsonLd,
  collectionPageJsonLd,
  jsonLdText,
  searchPageJsonLd,
  type PostingInput,
} from '../../lib/seo/json-ld';
import { pageMetadata } from '../../lib/seo/metadata';
import { robotsRules, sitemapEntries } from '../../lib/seo/sitemap';
import { contentSecurityPolicy, securityHeaders, themeScriptHash } from '../../lib/security-headers.mjs';
import { themeScript } from '../../lib/theme';

const SITE = new URL('https://blog.example.com');
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content');
const routing = routingFor(loadContentTree(FIXTURE, { includeDrafts: false }));
const page = (p: string) => routing.pageList.find((entry) => entry.path === p)!;

describe('the page list', () => {
  it('gives a translated post both languages and an untranslated one only its own', () => {
    assert.deepEqual(page('/pt/posts/texto-bilingue').alternates, {
      pt: '/pt/posts/texto-bilingue',
      en: '/en/posts/bilingual-post',
    });
    assert.deepEqual(page('/en/posts/bilingual-post').alternates, {
      pt: '/pt/posts/texto-bilingue',
      en: '/en/posts/bilingual-post',
    });
    assert.deepEqual(page('/pt/posts/so-em-portugues').alternates, { pt: '/pt/posts/so-em-portugues' });
  });

  it('dates a post by its last update and a home by its newest post', () => {
    assert.equal(page('/pt/posts/texto-bilingue').lastModified?.toISOString(), '2024-03-05T03:00:00.000Z');
    assert.equal(page('/pt').lastModified?.toISOString(), '2024-03-05T03:00:00.000Z');
  });

  it('is the set of pages the proxy serves, and lists generated files apart', () => {
    assert.deepEqual(new Set(routing.pageList.map((p) => p.path)), routing.pages);
    for (const file of [
      '/sitemap.xml',
      '/robots.txt',
      '/pt/feed.xml',
      '/en/feed.xml',
      '/pt/social.png',
      '/en/posts/bilingual-post/social.png',
    ]) {
      assert.ok(routing.files.has(file), file);
      assert.ok(!routing.pages.has(file), file);
    }
    assert.ok(![...routing.files].some((file) => file.includes('rascunho')));
  });
});

describe('pageMetadata', () => {
  const base = {
    locale: 'en' as const,
    siteName: 'Test blog',
    description: 'About a post',
    image: { path: '/en/posts/bilingual-post/social.png', alt: 'A bilingual post' },
    siteUrl: SITE,
  };

  it('gives a translated post an absolute canonical, reciprocal hreflang with x-default on the original, and article tags', () => {
    const meta = pageMetadata({
      ...base,
      page: page('/en/posts/bilingual-post'),
      title: 'A bilingual post',
      article: { publishedTime: new Date('2024-02-01T13:30:00Z'), tags: ['Tests'] },
    });
    assert.deepEqual(meta.title, { absolute: 'A bilingual post · Test blog' });
    assert.equal(meta.alternates?.canonical, 'https://blog.example.com/en/posts/bilingual-post');
    assert.deepEqual(meta.alternates?.languages, {
      'pt-BR': 'https://blog.example.com/pt/posts/texto-bilingue',
      en: 'https://blog.example.com/en/posts/bilingual-post',
      'x-default': 'https://blog.example.com/pt/posts/texto-bilingue',
    });
    assert.deepEqual(meta.alternates?.types, {
      'application/rss+xml': [{ url: 'https://blog.example.com/en/feed.xml', title: 'Test blog (RSS)' }],
    });
    const og = meta.openGraph as Record<string, unknown>;
    assert.equal(og.type, 'article');
    assert.equal(og.locale, 'en_US');
    assert.deepEqual(og.alternateLocale, ['pt_BR']);
    assert.equal(og.publishedTime, '2024-02-01T13:30:00.000Z');
    assert.equal(og.modifiedTime, '2024-02-01T13:30:00.000Z');
    assert.deepEqual(og.tags, ['Tests']);
    assert.deepEqual(og.images, [
      {
        url: 'https://blog.example.com/en/posts/bilingual-post/social.png',
        width: 1200,
        height: 630,
        alt: 'A bilingual post',
        type: 'image/png',
      },
    ]);
    assert.equal((meta.twitter as Record<string, unknown>).card, 'summary_large_image');
    assert.equal(meta.robots, undefined);
  });

  it('lists only the language an untranslated post exists in, with itself as x-default', () => {
    const meta = pageMetadata({
      ...base,
      locale: 'pt',
      page: page('/pt/posts/so-em-portugues'),
      title: 'Só em português',
    });
    assert.deepEqual(meta.alternates?.languages, {
      'pt-BR': 'https://blog.example.com/pt/posts/so-em-portugues',
      'x-default': 'https://blog.example.com/pt/posts/so-em-portugues',
    });
    assert.deepEqual((meta.openGraph as Record<string, unknown>).alternateLocale, []);
    assert.equal((meta.openGraph as Record<string, unknown>).type, 'website');
  });

  it('titles the home with the site name alone', () => {
    assert.deepEqual(pageMetadata({ ...base, page: page('/en') }).title, { absolute: 'Test blog' });
  });

  it('keeps a page without an entry (the 404) out of the index: noindex, no canonical, no hreflang', () => {
    const meta = pageMetadata({ ...base, title: 'Page not found' });
    assert.deepEqual(meta.robots, { index: false, follow: true });
    assert.equal(meta.alternates?.canonical, undefined);
    assert.equal(meta.alternates?.languages, undefined);
    assert.ok(meta.openGraph, 'still has Open Graph');
  });
});

describe('JSON-LD', () => {
  const posting: PostingInput = {
    locale: 'en',
    url: 'https://blog.example.com/en/posts/bilingual-post',
    title: 'A bilingual post',
    description: 'About it',
    published: new Date('2024-02-01T13:30:00Z'),
    modified: new Date('2024-03-05T03:00:00Z'),
    tags: ['Tests', 'Kafka'],
    image: 'https://blog.example.com/en/posts/bilingual-post/social.png',
    author: { name: 'Someone' },
    blog: { name: 'Test blog', url: 'https://blog.example.com/en' },
    series: { name: 'Demo', position: 1 },
    citations: [{ url: 'https://kafka.apache.org/', title: 'Apache Kafka' }],
    translations: [{ locale: 'pt', url: 'https://blog.example.com/pt/posts/texto-bilingue' }],
    originalLocale: 'pt',
  };

  it('describes a translated post as a BlogPosting with its series, citations, image and original', () => {
    const data = blogPostingJsonLd(posting);
    assert.equal(data['@type'], 'BlogPosting');
    assert.deepEqual(data.mainEntityOfPage, { '@type': 'WebPage', '@id': posting.url });
    assert.equal(data.image, posting.image);
    assert.deepEqual(data.isPartOf, { '@type': 'CreativeWorkSeries', name: 'Demo' });
    assert.equal(data.position, 1);
    assert.deepEqual(data.citation, [
      { '@type': 'CreativeWork', name: 'Apache Kafka', url: 'https://kafka.apache.org/' },
    ]);
    assert.deepEqual(data.translationOfWork, {
      '@type': 'BlogPosting',
      '@id': 'https://blog.example.com/pt/posts/texto-bilingue',
      url: 'https://blog.example.com/pt/posts/texto-bilingue',
      inLanguage: 'pt-BR',
    });
    assert.equal(data.workTranslation, undefined);
    assert.equal(data.dateModified, '2024-03-05T03:00:00.000Z');
  });

  it('links the original to its translations and leaves out what a post lacks', () => {
    const data = blogPostingJsonLd({
      ...posting,
      locale: 'pt',
      url: 'https://blog.example.com/pt/posts/texto-bilingue',
      series: undefined,
      citations: [],
      translations: [{ locale: 'en', url: posting.url }],
    });
    assert.deepEqual(data.workTranslation, [
      { '@type': 'BlogPosting', '@id': posting.url, url: posting.url, inLanguage: 'en' },
    ]);
    for (const absent of ['translationOfWork', 'isPartOf', 'position', 'citation'])
      assert.equal(data[absent], undefined, absent);
  });

  it('names the author as a Person, and the blog as the publisher', () => {
    const data = blogPostingJsonLd({ ...posting, author: { name: 'Fulana', url: 'https://fulana.example.com/' } });
    assert.deepEqual(data.author, { '@type': 'Person', name: 'Fulana', url: 'https://fulana.example.com/' });
    assert.deepEqual(data.publisher, {
      '@type': 'Organization',
      name: 'Test blog',
      url: 'https://blog.example.com/en',
    });
    assert.deepEqual(blogPostingJsonLd(posting).author, { '@type': 'Person', name: 'Someone' });
  });

  it('makes the blog the author when the site names no one', () => {
    const data = blogPostingJsonLd({ ...posting, author: undefined });
    const blog = { '@type': 'Organization', name: 'Test blog', url: 'https://blog.example.com/en' };
    assert.deepEqual(data.author, blog);
    assert.deepEqual(data.publisher, blog);
    assert.ok(!JSON.stringify(data).includes('Person'));
  });

  it('describes homes as a Blog and lists as a CollectionPage, each in its language', () => {
    const listing = {
      locale: 'pt' as const,
      url: 'https://blog.example.com/pt',
      name: 'Blog',
      description: 'Um blog',
      posts: [{ url: 'https://blog.example.com/pt/posts/a', title: 'A', published: new Date('2024-01-01T00:00:00Z') }],
    };
    const blog = blogJsonLd(listing);
    assert.equal(blog['@type'], 'Blog');
    assert.equal(blog.inLanguage, 'pt-BR');
    assert.equal((blog.blogPost as { headline: string }[])[0]?.headline, 'A');
    const collection = collectionPageJsonLd(listing);
    assert.equal(collection['@type'], 'CollectionPage');
    assert.equal(collection.inLanguage, 'pt-BR');
    assert.equal(
      (collection.mainEntity as { itemListElement: { position: number }[] }).itemListElement[0]?.position,
      1,
    );
  });

  it('describes the search page as a SearchResultsPage of the blog in its language', () => {
    assert.deepEqual(
      searchPageJsonLd({
        locale: 'en',
        url: 'https://blog.example.com/en/search',
        blogUrl: 'https://blog.example.com/en',
        name: 'Search the posts',
        description: 'Search words.',
      }),
      {
        '@context': 'https://schema.org',
        '@type': 'SearchResultsPage',
        '@id': 'https://blog.example.com/en/search',
        url: 'https://blog.example.com/en/search',
        name: 'Search the posts',
        description: 'Search words.',
        inLanguage: 'en',
        isPartOf: { '@type': 'Blog', '@id': 'https://blog.example.com/en' },
      },
    );
  });

  it('cannot close its script element', () => {
    const text = jsonLdText({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      name: '</script><script>alert(1)</script>',
    });
    assert.ok(!text.includes('<'));
    assert.equal((JSON.parse(text) as { name: string }).name, '</script><script>alert(1)</script>');
  });
});

describe('sitemap', () => {
  const entries = sitemapEntries(routing.pageList, SITE);

  it('lists every page once, absolute, with its last change', () => {
    assert.deepEqual(
      entries.map((e) => e.url).sort(),
      [...routing.pages].map((p) => `https://blog.example.com${p}`).sort(),
    );
    assert.ok(entries.every((e) => e.lastModified instanceof Date));
  });

  it('gives translated pages every language and x-default, and untranslated ones none', () => {
    const bilingual = entries.find((e) => e.url.endsWith('/en/posts/bilingual-post'))!;
    assert.deepEqual(bilingual.alternates?.languages, {
      'pt-BR': 'https://blog.example.com/pt/posts/texto-bilingue',
      en: 'https://blog.example.com/en/posts/bilingual-post',
      'x-default': 'https://blog.example.com/pt/posts/texto-bilingue',
    });
    assert.equal(entries.find((e) => e.url.endsWith('/pt/posts/so-em-portugues'))!.alternates, undefined);
  });

  it('points robots.txt at it and allows everything but what it is told to keep out', () => {
    assert.deepEqual(robotsRules(SITE, routes.sitemap()), {
      rules: [{ userAgent: '*', allow: '/' }],
      sitemap: 'https://blog.example.com/sitemap.xml',
    });
    assert.deepEqual(robotsRules(SITE, routes.sitemap(), ['/healthz']), {
      rules: [{ userAgent: '*', allow: '/', disallow: ['/healthz'] }],
      sitemap: 'https://blog.example.com/sitemap.xml',
    });
  });
});

describe('rssFeed', () => {
  const entry = (n: number): FeedEntry & { n: number } => ({
    n,
    id: `2024-01-${String(n).padStart(2, '0')}-post`,
    title: `Post ${n} — ação`,
    description: `Description ${n}`,
    path: `/pt/posts/post-${n}`,
    date: new Date(Date.UTC(2024, 0, n)),
    categories: ['Kafka', 'Testes'],
  });
  const build = (entries: (FeedEntry & { n: number })[], author?: { name: string }) =>
    rssFeed({
      locale: 'pt',
      title: 'Blog',
      description: 'Um blog',
      siteUrl: SITE,
      homePath: '/pt',
      feedPath: '/pt/feed.xml',
      author,
      entries,
      content: async (e, url) => `<p>Post ${e.n} at <a href="${url}">${url}</a></p>`,
    });
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml);

  it('keeps the latest posts, newest first, with full content, categories and a stable guid', async () => {
    const entries = Array.from({ length: FEED_SIZE + 5 }, (_, i) => entry(i + 1));
    const xml = await build(entries);
    const channel = parse(xml).rss.channel;
    assert.equal(channel.language, 'pt-BR');
    assert.equal(channel['atom:link']['@_href'], 'https://blog.example.com/pt/feed.xml');
    assert.equal(channel['atom:link']['@_rel'], 'self');
    assert.equal(channel.item.length, FEED_SIZE);
    const first = channel.item[0];
    assert.equal(first.title, 'Post 25 — ação');
    assert.equal(first.link, 'https://blog.example.com/pt/posts/post-25');
    assert.equal(first.guid['#text'], 'tag:blog.example.com,2024-01-25:2024-01-25-post/pt');
    assert.equal(first.guid['@_isPermaLink'], 'false');
    assert.deepEqual(first.category, ['Kafka', 'Testes']);
    assert.match(
      first['content:encoded'],
      /^<p>Post 25 at <a href="https:\/\/blog\.example\.com\/pt\/posts\/post-25">/,
    );
    assert.equal(new Date(first.pubDate).toISOString(), '2024-01-25T00:00:00.000Z');
    // Built again, the feed is the same: no build time in it.
    assert.equal(await build([...entries].reverse()), xml);
  });

  it("names the site's author on every item as dc:creator, and no one when there is none", async () => {
    const named = parse(await build([entry(1), entry(2)], { name: 'Fulana' })).rss;
    assert.equal(named['@_xmlns:dc'], 'http://purl.org/dc/elements/1.1/');
    assert.deepEqual(
      named.channel.item.map((item: Record<string, unknown>) => item['dc:creator']),
      ['Fulana', 'Fulana'],
    );
    const anonymous = await build([entry(1)]);
    assert.ok(!anonymous.includes('dc:creator'));
    assert.ok(!/<author>/.test(anonymous));
  });

  it('makes a guid from the post id and language, not its slug', () => {
    assert.equal(
      feedGuid(SITE, { id: '2023-10-02-kafka-intro', date: new Date('2023-10-02T17:31:37Z') }, 'en'),
      'tag:blog.example.com,2023-10-02:2023-10-02-kafka-intro/en',
    );
  });
});

describe('security headers', () => {
  const headers = Object.fromEntries(securityHeaders().map((h) => [h.key, h.value]));

  it('sets a strict policy with no third-party origin', () => {
    const csp = headers['Content-Security-Policy']!;
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      assert.ok(csp.includes(directive), directive);
    }
    assert.ok(!/https?:/.test(csp), 'no origin other than self');
    assert.ok(!csp.includes('unsafe-eval'), 'production never evaluates code');
    assert.ok(contentSecurityPolicy({ dev: true }).includes("'unsafe-eval'"));
  });

  it('allows only the inline theme script, by its hash, on every production page, search included', () => {
    const csp = headers['Content-Security-Policy']!;
    const hash = createHash('sha256').update(themeScript).digest('base64');
    const quoted = hash.replace(/[+/=]/g, '\\$&');
    assert.match(csp, new RegExp(`script-src 'self' 'sha256-${quoted}'(;|$)`));
    assert.equal(themeScriptHash, `'sha256-${hash}'`);
    assert.ok(!/script-src[^;]*'unsafe-inline'/.test(csp));
    // Search compiles WebAssembly, and nothing more.
    assert.match(
      contentSecurityPolicy({ wasm: true }),
      new RegExp(`script-src 'self' 'sha256-${quoted}' 'wasm-unsafe-eval';`),
    );
    // Only the dev server, whose pages hydrate, runs inline scripts it did not hash.
    assert.match(contentSecurityPolicy({ dev: true }), /script-src 'self' 'unsafe-inline' 'unsafe-eval';/);
  });

  it('sets the other headers', () => {
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.equal(headers['Referrer-Policy'], 'strict-origin-when-cross-origin');
    assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin');
    assert.match(headers['Permissions-Policy']!, /camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
  });
});
