import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadContentTree } from '../../lib/content/load';
import { routingFor } from '../../lib/content/tree';
import {
  allowScript,
  IMMUTABLE,
  pickerScriptHash,
  redirectSource,
  staticHostHeaders,
  staticHostRedirects,
} from '../../lib/export/static-host';
import { locales } from '../../lib/i18n/config';
import { contentSecurityPolicy, securityHeaders } from '../../lib/security-headers.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/content');

type Host = 'cloudflare' | 'netlify';

/** A `_headers` file read as the two hosts document it: blocks of a path and indented lines. */
function parseHeaders(text: string) {
  const rules: { path: string; lines: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ path: line, lines: [] });
    else {
      assert.ok(rules.length > 0, `a header line before any path: ${line}`);
      rules.at(-1)!.lines.push(line.trim());
    }
  }
  return rules;
}

/** Splats match the rest of the path, anything else itself, as both hosts match. */
function matches(pattern: string, urlPath: string): boolean {
  if (pattern.endsWith('/*')) return urlPath.startsWith(pattern.slice(0, -1));
  assert.ok(!pattern.includes('*'), `a splat only at the end: ${pattern}`);
  return pattern === urlPath;
}

/**
 * The headers a host sends for a path. Cloudflare: every matching rule applies in order, a header set
 * twice is joined with a comma, `! Name` drops what came before. Netlify: a line without a colon is
 * ignored and a later matching rule's value replaces an earlier one.
 */
function headersFor(text: string, urlPath: string, host: Host): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of parseHeaders(text).filter((rule) => matches(rule.path, urlPath))) {
    for (const line of rule.lines) {
      if (line.startsWith('!')) {
        if (host === 'cloudflare') result.delete(line.slice(1).trim().toLowerCase());
        continue;
      }
      const colon = line.indexOf(':');
      assert.ok(colon > 0, `a header line: ${line}`);
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      const earlier = result.get(key);
      result.set(key, host === 'cloudflare' && earlier !== undefined ? `${earlier}, ${value}` : value);
    }
  }
  return result;
}

/** A `_redirects` line as each host reads it, or undefined where that host skips it. */
function redirectFor(text: string, urlPath: string, host: Host, language?: string) {
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [from, to, status = host === 'cloudflare' ? '302' : '301', ...conditions] = line.split(/\s+/);
    if (host === 'cloudflare') {
      // Cloudflare's own check: 2 or 3 tokens, a status among these (seen in `wrangler pages dev`).
      if (conditions.length > 0 || !['200', '301', '302', '303', '307', '308'].includes(status)) continue;
    } else {
      const wanted = conditions.find((condition) => condition.startsWith('Language='))?.slice('Language='.length);
      if (wanted && wanted !== language) continue;
    }
    if (matches(from!, urlPath)) return { to: to!, status };
  }
  return undefined;
}

/** The top of a search index folder as Pagefind writes it: the meta files are named by their hash. */
const META = ['pagefind.en_924950d2ca.pf_meta', 'pagefind.pt-br_cbbe3592aa6dd.pf_meta'];
const searchIndexFiles = [
  'fragment',
  'index',
  'pagefind-entry.json',
  'pagefind-worker.js',
  'pagefind.js',
  'wasm.en.pagefind',
  ...META,
];

const headersText = staticHostHeaders({
  headers: securityHeaders(),
  searchHeaders: securityHeaders({ wasm: true }),
  searchIndexFiles,
});

describe('_headers', () => {
  const paths = ['/', '/pt', '/en/posts/x', '/pt/404', '/_next/static/chunks/a.js', '/pt/search', '/en/search'];
  const wasmPaths = [
    '/pt/search',
    '/en/search',
    '/pagefind/pagefind.js',
    '/pagefind/fragment/en_1.pf_fragment',
    `/pagefind/${META[0]}`,
  ];

  for (const host of ['cloudflare', 'netlify'] as const) {
    it(`gives every response every security header once on ${host}`, () => {
      for (const urlPath of [...paths, ...wasmPaths, '/healthz', '/pt/feed.xml', '/2023/old.html']) {
        const headers = headersFor(headersText, urlPath, host);
        const wasm = wasmPaths.includes(urlPath);
        for (const { key, value } of securityHeaders(wasm ? { wasm: true } : {})) {
          const expected =
            urlPath === '/' && key === 'Content-Security-Policy' ? allowScript(value, pickerScriptHash) : value;
          assert.equal(headers.get(key.toLowerCase()), expected, `${key} of ${urlPath} on ${host}`);
        }
      }
    });

    it(`lets / run the picker's script, and only there, on ${host}`, () => {
      assert.equal(
        headersFor(headersText, '/', host).get('content-security-policy'),
        allowScript(contentSecurityPolicy(), pickerScriptHash),
      );
      for (const urlPath of ['/pt', '/en/posts/x'])
        assert.ok(!headersFor(headersText, urlPath, host).get('content-security-policy')!.includes(pickerScriptHash));
    });

    it(`lets only search compile WebAssembly on ${host}`, () => {
      for (const urlPath of paths.filter((p) => !wasmPaths.includes(p)))
        assert.doesNotMatch(headersFor(headersText, urlPath, host).get('content-security-policy')!, /wasm/);
      for (const urlPath of wasmPaths)
        assert.equal(
          headersFor(headersText, urlPath, host).get('content-security-policy'),
          contentSecurityPolicy({ wasm: true }),
        );
    });

    it(`caches hashed files for a year and leaves pages to the host's revalidation on ${host}`, () => {
      for (const urlPath of [
        '/_next/static/chunks/a1b2.js',
        '/pagefind/index/en_3f.pf_index',
        ...META.map((name) => `/pagefind/${name}`),
      ])
        assert.equal(headersFor(headersText, urlPath, host).get('cache-control'), IMMUTABLE, urlPath);
      for (const urlPath of [
        '/pt',
        '/en/posts/x',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-entry.json',
        '/pagefind/wasm.en.pagefind',
        // Another build's meta file is not this export's: only the names read from its index count.
        '/pagefind/pagefind.en_0000000000.pf_meta',
        '/pt/search',
      ])
        assert.equal(headersFor(headersText, urlPath, host).get('cache-control'), undefined, urlPath);
      const health = headersFor(headersText, '/healthz', host);
      assert.equal(health.get('cache-control'), 'no-store');
      assert.equal(health.get('content-type'), 'application/json');
      for (const locale of locales)
        assert.equal(
          headersFor(headersText, `/${locale}/feed.xml`, host).get('content-type'),
          'application/rss+xml; charset=utf-8',
        );
    });
  }

  it('names only what can be a path line of its own in the file', () => {
    const text = staticHostHeaders({
      headers: securityHeaders(),
      searchHeaders: [],
      searchIndexFiles: ['a b.pf_meta', 'c\n/*.pf_meta', 'd.pf_meta'],
    });
    const paths = parseHeaders(text).map((rule) => rule.path);
    assert.ok(paths.includes('/pagefind/d.pf_meta'));
    assert.ok(!paths.some((p) => p.includes(' ') || p.endsWith('*.pf_meta')), paths.join('\n'));
  });

  it("adds a source to the policy's script-src only", () => {
    assert.equal(
      allowScript("default-src 'self'; script-src 'self'; style-src 'self'", "'sha256-x'"),
      "default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'",
    );
    assert.throws(() => allowScript("default-src 'self'", "'sha256-x'"), /no script-src/);
  });

  it('refuses a header value that would break the file', () => {
    const csp = { key: 'Content-Security-Policy', value: "script-src 'self'" };
    assert.throws(
      () => staticHostHeaders({ headers: [csp, { key: 'X-A', value: 'a\nb' }], searchHeaders: [], searchIndexFiles }),
      /control characters/,
    );
    assert.throws(
      () => staticHostHeaders({ headers: [csp, { key: 'X A', value: 'a' }], searchHeaders: [], searchIndexFiles }),
      /header name/,
    );
  });
});

describe('_redirects', () => {
  const alias = '/2023/10/02/integrando-sistemas-com-kafka-uma-breve-introdução.html';
  const redirects = new Map([
    [alias, '/pt/posts/integrando-sistemas-com-kafka'],
    ['/blog/old-post/', '/en/posts/new-post'],
  ]);
  const text = staticHostRedirects(redirects);
  const encoded = '/2023/10/02/integrando-sistemas-com-kafka-uma-breve-introdu%C3%A7%C3%A3o.html';

  it('writes old addresses percent-encoded, as both hosts match them', () => {
    assert.equal(redirectSource(alias), encoded);
    assert.equal(redirectSource('/a b/ç'), '/a%20b/%C3%A7');
    assert.throws(() => redirectSource('old'), /must be a path/);
  });

  it('redirects old addresses for good: 308 on Cloudflare, 301 forced past the redirect page on Netlify', () => {
    assert.deepEqual(redirectFor(text, encoded, 'cloudflare'), {
      to: '/pt/posts/integrando-sistemas-com-kafka',
      status: '308',
    });
    assert.deepEqual(redirectFor(text, encoded, 'netlify'), {
      to: '/pt/posts/integrando-sistemas-com-kafka',
      status: '301!',
    });
    assert.deepEqual(redirectFor(text, '/blog/old-post/', 'cloudflare'), { to: '/en/posts/new-post', status: '308' });
  });

  it('sends / by language on Netlify and leaves it to the picker page on Cloudflare', () => {
    assert.deepEqual(redirectFor(text, '/', 'netlify', 'en'), { to: '/en', status: '302!' });
    assert.deepEqual(redirectFor(text, '/', 'netlify', 'pt'), { to: '/pt', status: '302!' });
    assert.equal(redirectFor(text, '/', 'netlify', 'fr'), undefined);
    assert.equal(redirectFor(text, '/', 'cloudflare', 'en'), undefined);
  });

  it("answers unknown paths with their language's 404 on Netlify (Cloudflare finds en/404.html itself)", () => {
    assert.deepEqual(redirectFor(text, '/en/nothing-here', 'netlify'), { to: '/en/404.html', status: '404' });
    assert.deepEqual(redirectFor(text, '/pt/nada', 'netlify'), { to: '/pt/404.html', status: '404' });
    assert.equal(redirectFor(text, '/en/nothing-here', 'cloudflare'), undefined);
  });

  it('refuses a target that is not a plain path of the site', () => {
    assert.throws(() => staticHostRedirects(new Map([['/a', 'https://evil.example']])), /unexpected redirect target/);
    assert.throws(() => staticHostRedirects(new Map([['/a', '/pt x 200']])), /unexpected redirect target/);
  });

  it("holds every alias of the fixture's posts", () => {
    const routing = routingFor(loadContentTree(FIXTURE, { includeDrafts: false }));
    assert.ok(routing.redirects.size > 0);
    const fixtureText = staticHostRedirects(routing.redirects);
    for (const [from, to] of routing.redirects) {
      assert.deepEqual(redirectFor(fixtureText, redirectSource(from), 'cloudflare'), { to, status: '308' }, from);
      assert.deepEqual(redirectFor(fixtureText, redirectSource(from), 'netlify'), { to, status: '301!' }, from);
    }
  });
});
