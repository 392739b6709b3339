import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadContentTree } from '../../lib/content/load';
import { pagePath, sitePages, staticParamsFor } from '../../lib/content/pages';
import { routingFor } from '../../lib/content/tree';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content');
const lotes = Array.from({ length: 21 }, (_, i) => `/pt/posts/lote-${String(i + 1).padStart(2, '0')}`);

describe('routingFor', () => {
  const tree = loadContentTree(FIXTURE, { includeDrafts: false });
  const { pages, redirects, pageList, pageByPath } = routingFor(tree);

  it('finds each page by its path in a map, the same entry the page list holds', () => {
    assert.equal(pageByPath.size, pageList.length);
    for (const page of pageList) assert.equal(pageByPath.get(page.path), page);
    assert.equal(pageByPath.get('/pt/posts/no-such-post'), undefined);
  });

  it('lists every page of each locale: home, posts, archive, tags and their pages, series, search', () => {
    assert.deepEqual(
      [...pages].sort(),
      [
        '/en',
        '/en/archive',
        '/en/posts/bilingual-post',
        '/en/posts/english-only',
        '/en/posts/media',
        '/en/posts/series-part-two',
        '/en/posts/writing-features',
        '/en/search',
        '/en/series',
        '/en/series/demo',
        '/en/tags',
        '/en/tags/kafka',
        '/en/tags/lote',
        '/en/tags/lote/page/2',
        '/en/tags/mdx',
        '/en/tags/messaging',
        '/en/tags/sem-rotulo',
        '/en/tags/testes',
        '/pt',
        '/pt/archive',
        ...lotes,
        '/pt/posts/midia',
        '/pt/posts/recursos-de-escrita',
        '/pt/posts/serie-parte-dois',
        '/pt/posts/so-em-portugues',
        '/pt/posts/texto-bilingue',
        '/pt/search',
        '/pt/series',
        '/pt/series/demo',
        '/pt/tags',
        '/pt/tags/kafka',
        '/pt/tags/lote',
        '/pt/tags/lote/page/2',
        '/pt/tags/mdx',
        '/pt/tags/mensageria',
        '/pt/tags/sem-rotulo',
        '/pt/tags/testes',
      ].sort(),
    );
  });

  it('leaves drafts out, and the first page of a tag has no /page/1', () => {
    assert.ok(![...pages].some((p) => p.includes('rascunho') || p.includes('only-in-portuguese')));
    assert.ok(![...pages].some((p) => p.endsWith('/page/1') || p.endsWith('/page/3')));
  });

  it('is the same list the routes prerender, page kind by page kind', () => {
    const fromParams = [
      ...staticParamsFor(tree, 'post').map((p) => `/${p.locale}/posts/${p.slug}`),
      ...staticParamsFor(tree, 'tag').map((p) => `/${p.locale}/tags/${p.tag}`),
      ...staticParamsFor(tree, 'tag-page').map((p) => `/${p.locale}/tags/${p.tag}/page/${p.page}`),
      ...staticParamsFor(tree, 'series').map((p) => `/${p.locale}/series/${p.series}`),
      ...(['home', 'archive', 'tags', 'series-index', 'search'] as const).flatMap((kind) =>
        staticParamsFor(tree, kind).map((p) => pagePath({ kind, locale: p.locale as 'pt' | 'en' })),
      ),
    ];
    assert.deepEqual(fromParams.sort(), [...pages].sort());
    assert.equal(sitePages(tree).length, pages.size, 'no page listed twice');
  });

  it('gives route params as strings', () => {
    assert.deepEqual(staticParamsFor(tree, 'tag-page'), [
      { locale: 'pt', tag: 'lote', page: '2' },
      { locale: 'en', tag: 'lote', page: '2' },
    ]);
  });

  it("maps every alias, without its trailing slash, to the post in the alias's file", () => {
    assert.deepEqual(Object.fromEntries(redirects), {
      '/2024/02/01/texto-bilingue.html': '/pt/posts/texto-bilingue',
      '/blog/texto-bilingue': '/pt/posts/texto-bilingue',
      '/en/posts/old-bilingual-slug': '/en/posts/bilingual-post',
    });
  });

  it('keys each alias in the form the server compares a request in, however it was written', () => {
    const post = tree.posts.find((p) => p.slug === 'texto-bilingue')!;
    const written = {
      ...tree,
      posts: [
        { ...post, aliases: ['/2023/introdu%C3%A7%C3%A3o.html', '/blog/./velho/../antigo/', '/2022/cafe\u0301.html'] },
        ...tree.posts.filter((p) => p !== post),
      ],
    };
    const keys = [...routingFor(written).redirects.keys()];
    for (const key of ['/2023/introdução.html', '/blog/antigo', '/2022/caf\u00e9.html'])
      assert.ok(keys.includes(key), key);
  });

  it('never lets an alias shadow a page', () => {
    const post = tree.posts.find((p) => p.slug === 'texto-bilingue')!;
    const shadowing = {
      ...tree,
      posts: [
        { ...post, aliases: ['/pt', '/en/posts/bilingual-post', '/pt/tags/testes'] },
        ...tree.posts.filter((p) => p !== post),
      ],
    };
    const routing = routingFor(shadowing);
    assert.equal(routing.redirects.has('/pt'), false);
    assert.equal(routing.redirects.has('/en/posts/bilingual-post'), false);
    assert.equal(routing.redirects.has('/pt/tags/testes'), false);
  });
});
