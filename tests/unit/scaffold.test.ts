import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContentTree, scanContentTree, withBody } from '../../lib/content/load';
import { newPost, ScaffoldError, siteToday, translate } from '../../lib/content/scaffold';
import { slugFor } from '../../lib/content/slug';
import { checkMdx } from '../../lib/mdx/pipeline';
import { frontMatter, makeTree, mdx, removeTrees, SERIES_YML, SITE_YML, TAGS_YML } from './helpers';

after(removeTrees);

const PUBLIC = path.resolve(import.meta.dirname, '../../public');
const FIGURE =
  '<Figure\n  src="/images/posts/2023-10-02-kafka-intro/antes-e-depois-do-kafka.pt.svg"\n  alt="Um diagrama"\n  caption="Antes e depois."\n/>';

function site(): string {
  return makeTree({
    'site.yml': SITE_YML,
    'tags.yml': TAGS_YML,
    'series/kafka.yml': SERIES_YML,
    'posts/2023-10-02-kafka-intro/pt.mdx': mdx(
      frontMatter({ slug: 'integrando', tags: '[kafka, 2023]', series: 'kafka', seriesOrder: '1' }),
      `Texto.\n\n${FIGURE}\n\nMais texto.\n`,
    ),
  });
}

/** Every file under `dir`, relative, sorted: to prove a failed scaffold wrote nothing. */
function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

function refuses(dir: string, run: () => unknown, message: RegExp): void {
  const before = files(dir);
  assert.throws(run, (error: unknown) => error instanceof ScaffoldError && message.test(error.message));
  assert.deepEqual(files(dir), before, 'nothing was written');
}

describe('slugFor', () => {
  it('makes ASCII slugs from Portuguese titles', () => {
    assert.equal(
      slugFor('Integração de sistemas: ação & reação, parte 2!'),
      'integracao-de-sistemas-acao-e-reacao-parte-2',
    );
    assert.equal(slugFor('  Çà e là  '), 'ca-e-la');
    assert.equal(slugFor('!!! ???'), '');
  });

  it('dates a new post in São Paulo, not UTC', () => {
    assert.equal(siteToday(new Date('2024-01-01T02:00:00Z')), '2023-12-31');
    assert.equal(siteToday(new Date('2024-01-01T03:00:00Z')), '2024-01-01');
  });
});

describe('newPost', () => {
  it('writes a draft with valid front matter, the next series place and a skeleton', () => {
    const dir = site();
    const created = newPost(dir, {
      title: 'Consumidores e partições',
      series: 'kafka',
      tags: ['kafka'],
      date: '2024-05-01',
    });
    assert.equal(created.file, path.join(dir, 'posts/2024-05-01-consumidores-e-particoes/pt.mdx'));
    assert.equal(created.url, '/pt/posts/consumidores-e-particoes');
    const post = loadContentTree(dir, { includeDrafts: true }).posts.find(
      (p) => p.id === '2024-05-01-consumidores-e-particoes',
    );
    assert.ok(post, 'the new post loads');
    assert.equal(post.title, 'Consumidores e partições');
    assert.equal(post.draft, true);
    assert.deepEqual(post.series, { id: 'kafka', order: 2 });
    assert.deepEqual(post.tags, ['kafka']);
    assert.match(fs.readFileSync(created.file, 'utf8'), /\n## Uma seção\n/);
    assert.equal(
      loadContentTree(dir, { includeDrafts: false }).posts.some((p) => p.id === post.id),
      false,
      'a draft stays out of production',
    );
  });

  it('writes an English post with --locale en', () => {
    const dir = site();
    const created = newPost(dir, { title: 'Consumer groups', locale: 'en', date: '2024-05-02' });
    assert.equal(created.url, '/en/posts/consumer-groups');
    assert.match(fs.readFileSync(created.file, 'utf8'), /\n## A section\n/);
  });

  it('refuses, writing nothing: a title without letters, an unknown tag, series or locale, a bad date, an existing id', () => {
    const dir = site();
    refuses(dir, () => newPost(dir, { title: '?!' }), /the title "\?!" has no letters or digits/);
    refuses(
      dir,
      () => newPost(dir, { title: 'Um', tags: ['kafka', 'kafak'] }),
      /unknown tag "kafak": add to tags.yml first, or use one of: 2023, kafka/,
    );
    refuses(
      dir,
      () => newPost(dir, { title: 'Um', series: 'kafak' }),
      /unknown series "kafak": create series\/kafak.yml first/,
    );
    refuses(dir, () => newPost(dir, { title: 'Um', locale: 'fr' }), /unknown locale "fr"/);
    refuses(dir, () => newPost(dir, { title: 'Um', date: '2024-02-30' }), /--date "2024-02-30" is not a date/);
    refuses(
      dir,
      () => newPost(dir, { title: 'Kafka intro', date: '2023-10-02' }),
      /a post with the id 2023-10-02-kafka-intro already exists/,
    );
  });
});

describe('translate', () => {
  it('adds the other language as a draft carrying date, tags, series and figures, recording the source version', async () => {
    const dir = site();
    const created = translate(dir, '2023-10-02-kafka-intro');
    assert.equal(created.file, path.join(dir, 'posts/2023-10-02-kafka-intro/en.mdx'));
    const text = fs.readFileSync(created.file, 'utf8');
    assert.match(text, /^date: '2023-10-02 14:31:37'$/m, 'the date as the source wrote it');
    assert.ok(text.includes(FIGURE), 'the figure is carried over, to translate');

    const scan = scanContentTree(dir);
    const pt = scan.posts.find((p) => p.locale === 'pt')!;
    const en = scan.posts.find((p) => p.locale === 'en')!;
    assert.deepEqual(en.translationOf, { locale: 'pt', hash: pt.sourceHash });
    assert.deepEqual(
      [en.draft, en.tags, en.series, en.date.getTime()],
      [true, ['kafka', '2023'], { id: 'kafka', order: 1 }, pt.date.getTime()],
    );
    assert.deepEqual(scan.problems, [], 'no stale-translation warning for a fresh translation');
    assert.deepEqual(await checkMdx(withBody(en), PUBLIC), []);
  });

  it('makes the translation stale once the source text changes', () => {
    const dir = site();
    translate(dir, '2023-10-02-kafka-intro');
    const source = path.join(dir, 'posts/2023-10-02-kafka-intro/pt.mdx');
    fs.appendFileSync(source, '\nUm parágrafo novo.\n');
    const [warning] = scanContentTree(dir).problems;
    assert.equal(warning?.severity, 'warning');
    assert.match(warning!.message, /pt\.mdx changed since this translation was made/);
  });

  it('refuses, writing nothing: an unknown id, a post already in every language, the same language', () => {
    const dir = site();
    refuses(dir, () => translate(dir, '2023-10-02-nada'), /no post with the id 2023-10-02-nada/);
    refuses(
      dir,
      () => translate(dir, '2023-10-02-kafka-intro', 'pt'),
      /pt\.mdx already exists; it is never overwritten/,
    );
    translate(dir, '2023-10-02-kafka-intro');
    refuses(dir, () => translate(dir, '2023-10-02-kafka-intro'), /already exists in every language/);
  });
});
