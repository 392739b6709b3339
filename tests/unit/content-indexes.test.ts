import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { indexesOf, listedPost, seriesBoxOf, tagPageCount, tagPageOf, TAG_PAGE_SIZE } from '../../lib/content/indexes';
import { loadContentTree } from '../../lib/content/load';
import type { ListedPost, PostSummary, SeriesPart } from '../../lib/content/types';
import { yearOf } from '../../lib/i18n/dates';
import { expectContentError, frontMatter, makeTree, mdx, posix, removeTrees, SITE_YML } from './helpers';

after(removeTrees);

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content');
const tree = loadContentTree(FIXTURE, { includeDrafts: false });
const indexes = indexesOf(tree);

/** `slug` plus the language it is marked with when it is not the list's. */
const shown = (posts: ListedPost[]) => posts.map((p) => (p.inOtherLanguage ? `${p.slug} (${p.locale})` : p.slug));
const part = (p: SeriesPart) =>
  p.kind === 'planned' ? `${p.order}: planned ${p.title}` : `${p.order}: ${shown([p.post])[0]}`;
const post = (locale: string, slug: string): PostSummary =>
  tree.posts.find((p) => p.locale === locale && p.slug === slug)!;

describe('indexes: lists', () => {
  it('are built once per tree', () => {
    assert.equal(indexesOf(tree), indexes);
    assert.notEqual(indexesOf(loadContentTree(FIXTURE, { includeDrafts: false })), indexes);
  });

  it("show the other language's untranslated posts, marked, newest first; ties by folder name", () => {
    assert.deepEqual(shown(indexes.lists.pt.slice(0, 5)), [
      'texto-bilingue',
      'english-only (en)',
      'so-em-portugues',
      'serie-parte-dois',
      'midia',
    ]);
    assert.deepEqual(shown(indexes.lists.en.slice(0, 5)), [
      'bilingual-post',
      'english-only',
      'so-em-portugues (pt)',
      'series-part-two',
      'media',
    ]);
    assert.equal(indexes.lists.pt.length, 27);
    assert.equal(indexes.lists.en.length, 27);
  });

  it('never show a translated post twice, a draft, or a draft translation as a translation', () => {
    for (const locale of ['pt', 'en'] as const) {
      const ids = indexes.lists[locale].map((p) => p.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.ok(!ids.includes('2024-03-01-rascunho'));
    }
    assert.ok(!indexes.lists.en.some((p) => p.slug === 'only-in-portuguese'));
  });

  it("resolve tag labels, tag pages and the series in the list's language", () => {
    const inPt = indexes.lists.pt.find((p) => p.slug === 'english-only')!;
    assert.equal(inPt.href, '/en/posts/english-only');
    assert.deepEqual(
      inPt.tags.map((t) => [t.label, t.href]),
      [
        ['Mensageria', '/pt/tags/mensageria'],
        ['sem-rotulo', '/pt/tags/sem-rotulo'],
      ],
    );
    assert.deepEqual(inPt.series, {
      id: 'demo',
      title: 'Série de demonstração',
      href: '/pt/series/demo',
      order: 4,
      total: 4,
    });
    const inEn = listedPost(tree, post('en', 'english-only'));
    assert.deepEqual(
      inEn.tags.map((t) => [t.label, t.href]),
      [
        ['Messaging', '/en/tags/messaging'],
        ['sem-rotulo', '/en/tags/sem-rotulo'],
      ],
    );
    assert.equal(inEn.inOtherLanguage, false);
  });
});

describe('indexes: tags', () => {
  it("count each tag's posts and sort by label in the language's collation", () => {
    assert.deepEqual(
      indexes.tags.pt.map((t) => `${t.label}/${t.slug}: ${t.posts.length} (${t.ownPosts} own)`),
      [
        'Kafka/kafka: 1 (1 own)',
        'Lote/lote: 21 (21 own)',
        'MDX/mdx: 1 (1 own)',
        'Mensageria/mensageria: 2 (1 own)',
        'sem-rotulo/sem-rotulo: 1 (0 own)',
        'Testes/testes: 4 (4 own)',
      ],
    );
    assert.deepEqual(
      indexes.tags.en.map((t) => `${t.label}/${t.slug}: ${t.posts.length} (${t.ownPosts} own)`),
      [
        'Batch/lote: 21 (0 own)',
        'Kafka/kafka: 1 (1 own)',
        'MDX/mdx: 1 (0 own)',
        'Messaging/messaging: 2 (2 own)',
        'sem-rotulo/sem-rotulo: 1 (1 own)',
        'Testing/testes: 4 (3 own)',
      ],
    );
  });

  it('find a tag by its localized slug, and only by it', () => {
    assert.equal(indexes.tagBySlug.en.get('messaging')?.id, 'mensageria');
    assert.equal(indexes.tagBySlug.en.get('mensageria'), undefined);
    assert.equal(indexes.tagBySlug.pt.get('messaging'), undefined);
  });

  it("list a tag's posts newest first, 20 to a page", () => {
    const lote = indexes.tagById.pt.get('lote')!;
    const first = tagPageOf(lote, 1)!;
    const second = tagPageOf(lote, 2)!;
    assert.equal(TAG_PAGE_SIZE, 20);
    assert.equal(first.pageCount, 2);
    assert.equal(first.posts.length, 20);
    assert.equal(first.posts[0]!.slug, 'lote-21');
    assert.deepEqual(shown(second.posts), ['lote-01']);
    assert.equal(tagPageOf(lote, 3), undefined);
    assert.equal(tagPageOf(lote, 0), undefined);
    assert.equal(tagPageOf(lote, 1.5), undefined);
    assert.equal(tagPageOf(indexes.tagById.pt.get('kafka')!, 1)?.pageCount, 1);
    assert.deepEqual(
      [0, 1, 20, 21, 40, 41].map((n) => tagPageCount({ posts: Array.from({ length: n }) })),
      [1, 1, 1, 2, 2, 3],
    );
  });
});

describe('indexes: series', () => {
  it('list the parts in order, with the planned one and the part in the other language', () => {
    const pt = indexes.seriesById.pt.get('demo')!;
    assert.equal(pt.total, 4);
    assert.deepEqual(pt.parts.map(part), [
      '1: texto-bilingue',
      '2: serie-parte-dois',
      '3: planned Terceira parte, ainda por escrever',
      '4: english-only (en)',
    ]);
    assert.deepEqual(indexes.seriesById.en.get('demo')!.parts.map(part), [
      '1: bilingual-post',
      '2: series-part-two',
      '3: planned Part three, still to be written',
      '4: english-only',
    ]);
  });

  it('give a post its place and its readable neighbours, skipping planned parts', () => {
    const second = seriesBoxOf(tree, post('pt', 'serie-parte-dois'))!;
    assert.equal(second.order, 2);
    assert.equal(second.previous?.slug, 'texto-bilingue');
    assert.equal(second.next?.slug, 'english-only');
    assert.equal(second.next?.inOtherLanguage, true);
    const first = seriesBoxOf(tree, post('en', 'bilingual-post'))!;
    assert.equal(first.previous, undefined);
    assert.equal(first.next?.slug, 'series-part-two');
    const last = seriesBoxOf(tree, post('en', 'english-only'))!;
    assert.equal(last.previous?.slug, 'series-part-two');
    assert.equal(last.next, undefined);
    assert.equal(seriesBoxOf(tree, post('pt', 'so-em-portugues')), undefined);
  });

  it('exist only when a published post belongs to them', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'series/empty.yml':
        'title: {pt: Vazia, en: Empty}\ndescription: {pt: Nada, en: Nothing}\nplanned: [{order: 1, title: {pt: Um}}]\n',
      'posts/2024-01-15-a/pt.mdx': mdx(frontMatter()),
    });
    const empty = indexesOf(loadContentTree(dir, { includeDrafts: false }));
    assert.deepEqual(empty.series.pt, []);
    assert.deepEqual(empty.tags.pt, []);
  });

  it("show a planned title in the other language when the page's is missing", () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'series/s.yml':
        'title: {pt: S, en: S}\ndescription: {pt: D, en: D}\nplanned: [{order: 2, title: {pt: Só em português}}]\n',
      'posts/2024-01-15-a/pt.mdx': mdx(frontMatter({ series: 's', seriesOrder: '1' })),
    });
    const en = indexesOf(loadContentTree(dir, { includeDrafts: false })).seriesById.en.get('s')!;
    assert.deepEqual(en.parts[1], { kind: 'planned', order: 2, title: 'Só em português', lang: 'pt' });
  });
});

describe('tags.yml: slugs', () => {
  const tagsTree = (tags: string) =>
    makeTree({
      'site.yml': SITE_YML,
      'tags.yml': tags,
      'posts/2024-01-15-a/pt.mdx': mdx(frontMatter({ tags: '[a]' })),
    });

  it('reads a label alone, a label with a slug, and a tag without labels', () => {
    const loaded = loadContentTree(tagsTree('a:\n  pt: Á\n  en:\n    label: A\n    slug: a-en\nb:\n'), {
      includeDrafts: false,
    });
    assert.deepEqual(loaded.tags?.get('a'), { pt: { label: 'Á' }, en: { label: 'A', slug: 'a-en' } });
    assert.deepEqual(loaded.tags?.get('b'), {});
  });

  it('refuses a slug that is not URL-safe, at its line', () => {
    const error = expectContentError(() =>
      loadContentTree(tagsTree('a:\n  pt: A\nb:\n  en:\n    label: B\n    slug: Mensagens Já\n'), {
        includeDrafts: false,
      }),
    );
    assert.equal(error.problems.length, 1);
    const [problem] = error.problems;
    assert.ok(posix(problem!.file).endsWith('/tags.yml'));
    assert.equal(problem!.line, 6);
    assert.match(problem!.message, /"b\.en\.slug": a tag slug is URL-safe/);
  });

  it("refuses two tags at one URL in a language, at the second one's slug", () => {
    const error = expectContentError(() =>
      loadContentTree(
        tagsTree('a:\n  pt: A\nmessaging:\n  pt: M\nmensageria:\n  pt:\n    label: Mensageria\n    slug: messaging\n'),
        {
          includeDrafts: false,
        },
      ),
    );
    assert.equal(error.problems.length, 1);
    assert.equal(error.problems[0]!.line, 8);
    assert.match(
      error.problems[0]!.message,
      /tag "mensageria" has the pt slug "messaging", already used by tag "messaging"/,
    );
    assert.match(error.message, /tags\.yml:8:1: /);
  });

  it('refuses an unknown field beside label and slug', () => {
    const error = expectContentError(() =>
      loadContentTree(tagsTree('a:\n  pt:\n    label: A\n    slgu: a\n'), { includeDrafts: false }),
    );
    assert.equal(error.problems[0]!.line, 4);
    assert.match(error.problems[0]!.message, /unknown field "slgu"/);
  });
});

describe('yearOf', () => {
  it('reads the year in São Paulo, not UTC', () => {
    assert.equal(yearOf(new Date('2024-01-01T02:00:00Z')), 2023);
    assert.equal(yearOf(new Date('2024-01-01T03:00:00Z')), 2024);
  });
});
