import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadContentTree } from '../../lib/content/load';
import { routingFor } from '../../lib/content/tree';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content');

describe('routingFor', () => {
  const tree = loadContentTree(FIXTURE, { includeDrafts: false });
  const { pages, redirects } = routingFor(tree);

  it('lists both homes, both search pages and every published post in its own locale', () => {
    assert.deepEqual(
      [...pages].sort(),
      [
        '/en',
        '/en/posts/bilingual-post',
        '/en/posts/series-part-two',
        '/en/search',
        '/pt',
        '/pt/posts/serie-parte-dois',
        '/pt/posts/so-em-portugues',
        '/pt/posts/texto-bilingue',
        '/pt/search',
      ],
    );
  });

  it('leaves drafts out', () => {
    assert.ok(![...pages].some((p) => p.includes('rascunho')));
  });

  it('maps every alias, without its trailing slash, to the post in the alias\'s file', () => {
    assert.deepEqual(Object.fromEntries(redirects), {
      '/2024/02/01/texto-bilingue.html': '/pt/posts/texto-bilingue',
      '/blog/texto-bilingue': '/pt/posts/texto-bilingue',
      '/en/posts/old-bilingual-slug': '/en/posts/bilingual-post',
    });
  });

  it('never lets an alias shadow a page', () => {
    const post = tree.posts.find((p) => p.slug === 'texto-bilingue')!;
    const shadowing = { ...tree, posts: [{ ...post, aliases: ['/pt', '/en/posts/bilingual-post'] }, ...tree.posts.filter((p) => p !== post)] };
    const routing = routingFor(shadowing);
    assert.equal(routing.redirects.has('/pt'), false);
    assert.equal(routing.redirects.has('/en/posts/bilingual-post'), false);
  });
});
