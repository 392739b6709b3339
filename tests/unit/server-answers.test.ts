import assert from 'node:assert/strict';

import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ALLOWED_METHODS,
  cookieValue,
  decide,
  loadRouting,
  matchesEtag,
  originForm,
  ROUTING_FILE,
  type Decision,
  type RoutingTable,
} from '../../lib/server/answers.mjs';
import { canonicalPath } from '../../lib/server/canonical-path.mjs';
import { config } from '../../proxy';
import { prerenderedFile, prerendered } from '../../scripts/prerendered.mjs';
import { missingPages, pageEtag, pageEtags, routingTable } from '../../scripts/routing-table';
import { makeTree, removeTrees } from './helpers';

after(removeTrees);

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content');

const TABLE: RoutingTable = {
  locales: ['pt', 'en'],
  defaultLocale: 'pt',
  htmlLang: { pt: 'pt-BR', en: 'en' },
  cookie: 'blog-locale',
  pages: ['/pt', '/en', '/pt/posts/ola', '/en/posts/hello', '/pt/posts/ação'],
  files: ['/sitemap.xml', '/pt/feed.xml', '/icon.svg', '/images/posts/x/a.svg'],
  prefixes: ['/_next/', '/pagefind/'],
  redirects: { '/2023/10/02/ola.html': '/pt/posts/ola' },
  etags: { '/pt/posts/ola': '"v1"' },
  notFound: { pt: 'server/app/pt/404.html', en: 'server/app/en/404.html' },
};

/** A build folder holding TABLE and the two 404 pages. */
function build(): string {
  const dir = makeTree({
    [ROUTING_FILE]: JSON.stringify(TABLE),
    'server/app/pt/404.html': '<html lang="pt-BR">não encontrada</html>',
    'server/app/en/404.html': '<html lang="en">not found</html>',
  });
  return dir;
}

const routing = loadRouting(build());
const ask = (url: string, method = 'GET', headers: Record<string, string> = {}): Decision =>
  decide(routing, { method, url, headers });
const status = (decision: Decision) => ('answer' in decision ? decision.answer.status : 'next');
const target = (decision: Decision) => ('next' in decision ? decision.next : undefined);

describe('the answers made before Next', () => {
  it('hands pages, files, `/` and Next’s own prefixes to Next, query and all', () => {
    for (const url of [
      '/pt',
      '/pt/posts/ola?utm=x',
      '/sitemap.xml',
      '/icon.svg',
      '/',
      '/_next/static/a.js',
      '/pagefind/x',
    ])
      assert.equal(target(ask(url)), url, url);
    assert.equal(target(ask('/pt', 'HEAD')), '/pt');
  });

  it('gives a page the ETag the build took, and answers a revalidation that names it with 304', () => {
    assert.deepEqual(ask('/pt/posts/ola'), { next: '/pt/posts/ola', headers: { ETag: '"v1"' } });
    for (const header of ['"v1"', 'W/"v1"', '"v0", "v1"', '*']) {
      const decision = ask('/pt/posts/ola', 'GET', { 'if-none-match': header });
      assert.ok('answer' in decision, header);
      assert.equal(decision.answer.status, 304, header);
      assert.equal(decision.answer.headers.ETag, '"v1"');
      assert.equal(decision.answer.body, undefined);
    }
    assert.deepEqual(ask('/pt/posts/ola', 'GET', { 'if-none-match': '"v0"' }), {
      next: '/pt/posts/ola',
      headers: { ETag: '"v1"' },
    });
    assert.equal(matchesEtag(undefined, '"v1"'), false);
  });

  it('answers other methods on a page with 405 (204 for OPTIONS) and what is allowed', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      const decision = ask('/pt/posts/ola?x=1', method);
      assert.equal(status(decision), 405, method);
      assert.ok('answer' in decision);
      assert.equal(decision.answer.headers.Allow, ALLOWED_METHODS);
      assert.equal(decision.answer.headers['X-Content-Type-Options'], 'nosniff');
    }
    assert.equal(status(ask('/pt', 'OPTIONS')), 204);
  });

  it('answers TRACE and TRACK anywhere with 405, `OPTIONS *` with 204, another method on `*` with 400', () => {
    assert.equal(status(ask('/pt', 'TRACE')), 405);
    assert.equal(status(ask('/nope', 'TRACK')), 405);
    assert.equal(status(ask('*', 'OPTIONS')), 204);
    assert.equal(status(ask('*', 'GET')), 400);
  });

  it('serves an absolute-form target as its path on this server', () => {
    assert.equal(target(ask('http://evil.example/pt/posts/ola?x=1')), '/pt/posts/ola?x=1');
    assert.equal(originForm('https://evil.example'), '/');
    assert.equal(originForm('mailto:x@example.com'), 'mailto:x@example.com');
  });

  it('redirects old addresses, capitals and escapes to the page for good, keeping the query', () => {
    const cases: [string, string][] = [
      ['/2023/10/02/ola.html', '/pt/posts/ola'],
      ['/PT/Posts/Ola?x=1', '/pt/posts/ola?x=1'],
      ['/pt/posts/%6Fla', '/pt/posts/ola'],
      ['/pt/posts/ola/', '/pt/posts/ola'],
      ['/pt/posts/a%C3%A7a%CC%83o', '/pt/posts/ação'],
    ];
    for (const [from, to] of cases) {
      const decision = ask(from);
      assert.equal(status(decision), 308, from);
      assert.ok('answer' in decision);
      assert.equal(decision.answer.headers.Location, to, from);
    }
  });

  it('answers an unknown path with the prerendered 404 of its language, whatever the browser prefers', () => {
    const decision = ask('/en/nothing', 'GET', { 'accept-language': 'pt-BR' });
    assert.ok('answer' in decision);
    assert.equal(decision.answer.status, 404);
    assert.equal(decision.answer.body?.toString(), '<html lang="en">not found</html>');
    assert.equal(decision.answer.headers['Cache-Control'], 'public, max-age=0, must-revalidate');
    const upper = ask('/EN/nothing');
    assert.ok('answer' in upper);
    assert.equal(upper.answer.body?.toString(), '<html lang="en">not found</html>');
  });

  it('answers an unknown path without a language in the reader’s language, never cached for everyone', () => {
    const english = ask('/wp-login.php', 'GET', { 'accept-language': 'en-GB,en;q=0.9' });
    assert.ok('answer' in english);
    assert.equal(english.answer.status, 404);
    assert.match(english.answer.body?.toString() ?? '', /lang="en"/);
    assert.equal(english.answer.headers['Cache-Control'], 'private, no-store');
    assert.equal(english.answer.headers.Vary, 'Accept-Language, Cookie');
    const chosen = ask('/x', 'GET', { 'accept-language': 'en', cookie: 'a=b; blog-locale=pt' });
    assert.ok('answer' in chosen);
    assert.match(chosen.answer.body?.toString() ?? '', /lang="pt-BR"/);
  });

  it('answers HEAD and other methods on an unknown path with the 404 too, HEAD without a body', () => {
    const head = ask('/pt/nada', 'HEAD');
    assert.ok('answer' in head);
    assert.equal(head.answer.status, 404);
    assert.equal(head.answer.body, undefined);
    assert.equal(status(ask('/en/nope', 'POST')), 404);
  });

  it('reads cookies and compares paths in one canonical form', () => {
    assert.equal(cookieValue('a=1; blog-locale=en', 'blog-locale'), 'en');
    assert.equal(cookieValue(undefined, 'blog-locale'), undefined);
    assert.equal(canonicalPath('/pt/%E0%A4%A'), '/pt/%E0%A4%A');
    assert.equal(canonicalPath('/'), '/');
    assert.equal(canonicalPath('/pt/%2e%2e/%2E%2E/etc/passwd'), '/etc/passwd');
    assert.equal(canonicalPath('//evil.example/pt/'), '//evil.example/pt');
  });

  it('refuses to load without a table, saying to build first', () => {
    assert.throws(() => loadRouting(makeTree({})), /No routing table in .*Build the blog first: npm run build/);
  });
});

describe('the routing table the build writes', () => {
  const publicDir = makeTree({ 'images/posts/x/a.svg': '<svg/>', 'islands/theme.js': '' });
  const table = routingTable(FIXTURE, publicDir, ['/pt', '/icon.svg', '/_not-found', '/pt/404', '/en/404']);

  it('lists the pages of the content, its aliases, the generated and public files', () => {
    assert.ok(table.pages.includes('/pt'));
    assert.ok(table.pages.every((page) => page.startsWith('/pt') || page.startsWith('/en')));
    assert.ok(Object.keys(table.redirects).length > 0);
    for (const file of [
      '/sitemap.xml',
      '/robots.txt',
      '/pt/feed.xml',
      '/icon.svg',
      '/images/posts/x/a.svg',
      '/islands/theme.js',
    ])
      assert.ok(table.files.includes(file), file);
    assert.ok(!table.files.includes('/_not-found'));
    assert.ok(!table.files.includes('/pt/404'));
    assert.deepEqual(table.notFound, {
      pt: path.join('server/app/pt/404.html'),
      en: path.join('server/app/en/404.html'),
    });
  });

  it('takes each page’s ETag from its bytes: equal pages, equal tags; a changed page, a new tag', () => {
    const dist = makeTree({ 'server/app/pt.html': '<p>a</p>', 'server/app/en.html': '<p>b</p>' });
    const etags = pageEtags(['/pt', '/en'], dist);
    assert.match(etags['/pt']!, /^"[\w-]{27}"$/);
    assert.notEqual(etags['/pt'], etags['/en']);
    assert.equal(pageEtag(Buffer.from('<p>a</p>')), etags['/pt']);
  });

  it('reads back each page at the file the table names for it', () => {
    const pages = ['/pt', '/pt/posts/ação', '/en/tags/kafka'];
    const dist = makeTree(Object.fromEntries(pages.map((page) => [prerenderedFile(page), '<p></p>'])));
    const found = prerendered(dist).map(([file, url]) => [path.relative(dist, file), url]);
    assert.deepEqual(
      found.sort(([, a], [, b]) => a!.localeCompare(b!)),
      pages.map((page) => [prerenderedFile(page), page]).sort(([, a], [, b]) => a!.localeCompare(b!)),
    );
  });

  it('names the pages a build did not prerender, so the build fails', () => {
    const dist = makeTree({ 'server/app/pt.html': '', 'server/app/pt/404.html': '', 'server/app/en/404.html': '' });
    const missing = missingPages(table, dist);
    assert.ok(!missing.includes(path.join('server/app/pt.html')));
    assert.ok(missing.includes(path.join('server/app/en.html')));
  });
});

describe('the proxy', () => {
  it('runs for `/` alone', () => {
    assert.deepEqual(config, { matcher: '/' });
  });
});
