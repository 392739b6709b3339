import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ContentError, type ContentProblem } from '../../lib/content/errors';
import { defaultSlug, loadContentTree, readPostBody } from '../../lib/content/load';
import type { PostSummary } from '../../lib/content/types';
import {
  expectContentError,
  frontMatter,
  makeTree,
  mdx,
  posix,
  removeTrees,
  SERIES_YML,
  SITE_YML,
  TAGS_YML,
} from './helpers';

after(removeTrees);

const REAL_CONTENT = path.resolve(import.meta.dirname, '../../content');

function find(posts: PostSummary[], locale: string, id: string): PostSummary {
  const post = posts.find((p) => p.locale === locale && p.id === id);
  assert.ok(post, `no ${locale} post with id ${id}; have ${posts.map((p) => `${p.locale}/${p.id}`).join(', ')}`);
  return post;
}

/** The problems reported for the file ending with `suffix` (e.g. `posts/x/pt.mdx`). */
function problemsFor(error: ContentError, suffix: string): ContentProblem[] {
  return error.problems.filter((p) => posix(p.file).endsWith(suffix));
}

/** 1-based line of the first line of `file` that starts with `prefix`. */
function lineStartingWith(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(prefix));
  assert.notEqual(index, -1, `no line starts with ${prefix}`);
  return index + 1;
}

describe('loadContentTree: the real content tree', () => {
  const tree = loadContentTree(REAL_CONTENT, { includeDrafts: false });
  const id = '2023-10-02-kafka-intro';
  const pt = find(tree.posts, 'pt', id);
  const en = find(tree.posts, 'en', id);

  it('loads the two posts of 2023-10-02-kafka-intro', () => {
    const intro = tree.posts.filter((p) => p.id === id);
    assert.deepEqual(intro.map((p) => p.locale).sort(), ['en', 'pt']);
  });

  it('loads the second part of the Kafka series in both languages, with its planned parts', () => {
    const second = '2023-11-06-kafka-topicos-particoes-offsets';
    assert.equal(find(tree.posts, 'pt', second).slug, 'kafka-topicos-particoes-e-offsets');
    assert.equal(find(tree.posts, 'en', second).slug, 'kafka-topics-partitions-and-offsets');
    assert.deepEqual(find(tree.posts, 'pt', second).series, { id: 'kafka', order: 2 });
    assert.deepEqual(find(tree.posts, 'en', second).translations, { pt: 'kafka-topicos-particoes-e-offsets' });
    assert.deepEqual(
      tree.series.get('kafka')?.planned.map((entry) => entry.order),
      [4, 5],
    );
  });

  it('loads the third part of the Kafka series in both languages, in place of its planned entry', () => {
    const third = '2023-12-11-kafka-produtores';
    assert.equal(find(tree.posts, 'pt', third).slug, 'kafka-produtores-a-fundo');
    assert.equal(find(tree.posts, 'en', third).slug, 'kafka-producers-in-depth');
    assert.deepEqual(find(tree.posts, 'en', third).series, { id: 'kafka', order: 3 });
    assert.equal(find(tree.posts, 'pt', third).title, 'Produtores a fundo: acks, retentativas e idempotência');
    assert.equal(find(tree.posts, 'en', third).title, 'Producers in depth: acks, retries and idempotence');
  });

  it('reads the slugs from front matter', () => {
    assert.equal(pt.slug, 'integrando-sistemas-com-kafka');
    assert.equal(en.slug, 'integrating-systems-with-kafka');
  });

  it('links the translations to each other', () => {
    assert.deepEqual(pt.translations, { en: 'integrating-systems-with-kafka' });
    assert.deepEqual(en.translations, { pt: 'integrando-sistemas-com-kafka' });
  });

  it('reads tags as strings, including the year', () => {
    assert.deepEqual(pt.tags, ['kafka', '2023']);
    assert.deepEqual(en.tags, ['kafka', '2023']);
  });

  it('reads the series and its order', () => {
    assert.deepEqual(pt.series, { id: 'kafka', order: 1 });
    assert.deepEqual(en.series, { id: 'kafka', order: 1 });
    assert.equal(tree.series.get('kafka')?.title.pt, 'Kafka do começo');
    assert.equal(tree.series.get('kafka')?.title.en, 'Kafka from the start');
  });

  it('reads the date as São Paulo time', () => {
    assert.equal(pt.date.toISOString(), '2023-10-02T17:31:37.000Z');
    assert.equal(en.date.toISOString(), '2023-10-02T17:31:37.000Z');
  });

  it('has a title, a description, no draft flag, and a reading time', () => {
    assert.equal(pt.title, 'Integrando sistemas com Kafka: uma breve introdução');
    assert.equal(en.title, 'Integrating systems with Kafka: a brief introduction');
    assert.equal(pt.draft, false);
    // About 560 words of prose, the editor's notes included, once the figure's tag and the link targets are
    // left out: 3 minutes at 200 a minute.
    assert.equal(pt.readingMinutes, 3);
    assert.equal(en.readingMinutes, 3);
  });

  it('reads the site config and tag labels', () => {
    assert.equal(tree.site.name, 'Notas de Integração');
    // No one is named until the blog has a real author: no placeholder byline.
    assert.equal(tree.site.author, undefined);
    assert.deepEqual(tree.tags?.get('2023')?.pt, { label: '2023' });
    assert.equal(tree.tags?.get('kafka')?.en?.label, 'Kafka');
  });

  for (const locale of ['pt', 'en'] as const) {
    it(`keeps ${locale}.mdx body lines at their file line numbers, front matter blanked`, () => {
      const post = locale === 'pt' ? pt : en;
      assert.equal(posix(post.file).endsWith(`posts/${id}/${locale}.mdx`), true, post.file);
      const fileLines = fs.readFileSync(path.join(REAL_CONTENT, 'posts', id, `${locale}.mdx`), 'utf8').split('\n');
      const body = readPostBody(post.file);
      const bodyLines = body.split('\n');
      assert.equal(bodyLines.length, fileLines.length);
      const closing = fileLines.indexOf('---', 1);
      assert.ok(closing > 0, 'the file has a closing --- line');
      for (let i = 0; i <= closing; i++) assert.equal(bodyLines[i], '', `body line ${i + 1} should be blank`);
      for (let i = closing + 1; i < fileLines.length; i++) {
        assert.equal(bodyLines[i], fileLines[i], `body line ${i + 1} differs from the file`);
      }
      assert.ok(!body.includes('seriesOrder:'), 'front matter must not leak into the body');
      assert.equal('body' in post, false, 'the loaded tree holds no bodies');
    });
  }
});

describe('readPostBody: bodies are read when a page needs them', () => {
  it('reads the body of a post the tree lists, and reports a file gone since with its path', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-15-gone/pt.mdx': mdx(frontMatter(), 'Texto do post.'),
    });
    const [post] = loadContentTree(dir, { includeDrafts: false }).posts;
    assert.equal('body' in post!, false);
    assert.match(readPostBody(post!.file), /Texto do post\./);
    fs.rmSync(post!.file);
    const error = expectContentError(() => readPostBody(post!.file));
    assert.deepEqual(error.problems, [{ file: post!.file, message: 'cannot be read' }]);
  });
});

describe('loadContentTree: slugs and translations', () => {
  it('defaults the slug to the folder id without its date prefix', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-15-my-first-post/pt.mdx': mdx(frontMatter()),
      'posts/no-date-here/pt.mdx': mdx(frontMatter()),
    });
    const { posts } = loadContentTree(dir, { includeDrafts: false });
    assert.equal(find(posts, 'pt', '2024-01-15-my-first-post').slug, 'my-first-post');
    assert.equal(find(posts, 'pt', 'no-date-here').slug, 'no-date-here');
  });

  it('defaultSlug strips only a leading YYYY-MM-DD- prefix', () => {
    assert.equal(defaultSlug('2023-10-02-kafka-intro'), 'kafka-intro');
    assert.equal(defaultSlug('kafka-2023-10-02-intro'), 'kafka-2023-10-02-intro');
    assert.equal(defaultSlug('intro'), 'intro');
  });

  it('uses the same default slug in both locales when neither names one', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-15-hello/pt.mdx': mdx(frontMatter()),
      'posts/2024-01-15-hello/en.mdx': mdx(frontMatter()),
    });
    const { posts } = loadContentTree(dir, { includeDrafts: false });
    assert.deepEqual(find(posts, 'pt', '2024-01-15-hello').translations, { en: 'hello' });
    assert.deepEqual(find(posts, 'en', '2024-01-15-hello').translations, { pt: 'hello' });
  });

  it('gives a post with only pt.mdx no translations', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-15-only-pt/pt.mdx': mdx(frontMatter()),
    });
    const { posts } = loadContentTree(dir, { includeDrafts: false });
    assert.equal(posts.length, 1);
    assert.deepEqual(posts[0]!.translations, {});
  });

  it('has no tag labels when the tree has no tags.yml, and accepts any tag', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-15-a/pt.mdx': mdx(frontMatter({ tags: '[anything, 2024]' })),
    });
    const tree = loadContentTree(dir, { includeDrafts: false });
    assert.equal(tree.tags, undefined);
    assert.deepEqual(tree.posts[0]!.tags, ['anything', '2024']);
  });
});

describe('loadContentTree: drafts', () => {
  const files = {
    'site.yml': SITE_YML,
    'posts/2024-01-15-published/pt.mdx': mdx(frontMatter()),
    'posts/2024-02-01-wip/pt.mdx': mdx(frontMatter({ draft: 'true' })),
    'posts/2024-03-01-half/pt.mdx': mdx(frontMatter({ slug: 'meio' })),
    'posts/2024-03-01-half/en.mdx': mdx(frontMatter({ slug: 'half', draft: 'true' })),
  };

  it('leaves drafts out when includeDrafts is false', () => {
    const { posts } = loadContentTree(makeTree(files), { includeDrafts: false });
    assert.deepEqual(posts.map((p) => `${p.locale}/${p.id}`).sort(), ['pt/2024-01-15-published', 'pt/2024-03-01-half']);
    assert.ok(posts.every((p) => p.draft === false));
  });

  it('includes drafts, flagged, when includeDrafts is true', () => {
    const { posts } = loadContentTree(makeTree(files), { includeDrafts: true });
    assert.equal(posts.length, 4);
    assert.equal(find(posts, 'pt', '2024-02-01-wip').draft, true);
    assert.equal(find(posts, 'en', '2024-03-01-half').draft, true);
    assert.equal(find(posts, 'pt', '2024-01-15-published').draft, false);
  });

  it('does not list a draft translation when drafts are excluded', () => {
    const { posts } = loadContentTree(makeTree(files), { includeDrafts: false });
    assert.deepEqual(find(posts, 'pt', '2024-03-01-half').translations, {});
  });

  it('lists a draft translation when drafts are included', () => {
    const { posts } = loadContentTree(makeTree(files), { includeDrafts: true });
    assert.deepEqual(find(posts, 'pt', '2024-03-01-half').translations, { en: 'half' });
    assert.deepEqual(find(posts, 'en', '2024-03-01-half').translations, { pt: 'meio' });
  });
});

describe('loadContentTree: order', () => {
  it('sorts posts newest first, by instant rather than by folder name', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2020-01-01-oldest/pt.mdx': mdx(frontMatter({ date: '2020-01-01' })),
      // Folder dated earlier than the front matter: the front matter wins.
      'posts/2019-01-01-newest/pt.mdx': mdx(frontMatter({ date: '2024-05-01 10:00' })),
      'posts/2022-06-15-middle/pt.mdx': mdx(frontMatter({ date: '2022-06-15T12:00:00Z' })),
      'posts/2022-06-15-middle/en.mdx': mdx(frontMatter({ date: '2022-06-15T12:00:00Z' })),
      'posts/2024-05-01-same-day-earlier/pt.mdx': mdx(frontMatter({ date: '2024-05-01 09:59' })),
    });
    const { posts } = loadContentTree(dir, { includeDrafts: false });
    assert.deepEqual(
      posts.filter((p) => p.locale === 'pt').map((p) => p.id),
      ['2019-01-01-newest', '2024-05-01-same-day-earlier', '2022-06-15-middle', '2020-01-01-oldest'],
    );
    for (let i = 1; i < posts.length; i++) {
      assert.ok(posts[i - 1]!.date.getTime() >= posts[i]!.date.getTime(), 'posts must be newest first');
    }
  });
});

describe('loadContentTree: errors', () => {
  const ID = '2024-01-15-broken';
  const FILE = `posts/${ID}/pt.mdx`;

  /** Loads a tree with a valid site, tags and series plus `post` as posts/<ID>/pt.mdx. */
  function brokenPost(
    post: string,
    extra: Record<string, string> = {},
  ): { error: ContentError; problems: ContentProblem[] } {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'tags.yml': TAGS_YML,
      'series/kafka.yml': SERIES_YML,
      [FILE]: post,
      ...extra,
    });
    const error = expectContentError(() => loadContentTree(dir, { includeDrafts: false }));
    const problems = problemsFor(error, FILE);
    assert.ok(problems.length >= 1, `expected a problem for ${FILE}; got:\n${error.message}`);
    assert.match(posix(error.message), new RegExp(`posts/${ID}/pt\\.mdx`), 'the message names the file');
    return { error, problems };
  }

  it('is a ContentError, an Error with name ContentError', () => {
    const { error } = brokenPost(mdx(frontMatter({ title: undefined })));
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'ContentError');
    assert.match(error.message, /^Content check failed \(1 problem\):/);
  });

  it('reports a missing title', () => {
    const { error, problems } = brokenPost(mdx(frontMatter({ title: undefined })));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /title/);
    assert.match(error.message, /"title"/);
  });

  it('reports an empty description', () => {
    const { problems } = brokenPost(mdx(frontMatter({ description: '""' })));
    assert.match(problems[0]!.message, /description/);
    assert.match(problems[0]!.message, /empty/);
  });

  it('reports an invalid date, at the line of the date: key', () => {
    const source = mdx(frontMatter({ date: '2023-02-30' }));
    const { error, problems } = brokenPost(source);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /date/);
    assert.match(problems[0]!.message, /2023-02-30/);
    const dateLine = lineStartingWith(source, 'date:');
    assert.equal(dateLine, 4, 'fixture sanity: date is on line 4');
    assert.equal(
      problems[0]!.line,
      dateLine,
      `reported line ${problems[0]!.line}, the date: key is on line ${dateLine}`,
    );
    assert.match(posix(error.message), new RegExp(`posts/${ID}/pt\\.mdx:${dateLine}:1: `));
  });

  it('reports an invalid date on a later line at that line too', () => {
    const source = mdx(['title: A title', 'description: A description', 'tags: [kafka]', '', 'date: not-a-date']);
    const { problems } = brokenPost(source);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /date/);
    assert.equal(problems[0]!.line, lineStartingWith(source, 'date:'));
  });

  it('reports an unknown field by name, at its line', () => {
    const source = mdx([...frontMatter(), 'tittle: Typo']);
    const { error, problems } = brokenPost(source);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /tittle/);
    assert.match(problems[0]!.message, /unknown field/);
    assert.match(error.message, /tittle/);
    assert.equal(problems[0]!.line, lineStartingWith(source, 'tittle:'));
  });

  it('reports a YAML syntax error with a line number inside the front matter', () => {
    const source = mdx(['title: A title', 'description: "unclosed', 'date: 2023-10-02']);
    const { error, problems } = brokenPost(source);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /YAML/);
    const line = problems[0]!.line;
    assert.equal(typeof line, 'number');
    const closing = source.split('\n').indexOf('---', 1) + 1;
    assert.ok(line! >= 2 && line! <= closing, `line ${line} should be within the front matter (2..${closing})`);
    assert.match(posix(error.message), new RegExp(`posts/${ID}/pt\\.mdx:${line}:\\d+: `));
  });

  it('reports a YAML syntax error at the offending line', () => {
    // The indented `  bad: indent` continues the value `D` into a two-line key; the
    // parser places the error where that value starts.
    const source = mdx(['title: A title', 'description: D', '  bad: indent', 'date: 2023-10-02']);
    const { error, problems } = brokenPost(source);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /YAML/);
    const line = lineStartingWith(source, 'description: D');
    assert.equal(problems[0]!.line, line);
    assert.match(
      posix(error.message),
      new RegExp(`posts/${ID}/pt\\.mdx:${line}:14: invalid YAML: Nested mappings are not allowed in compact mappings`),
    );
  });

  it('reports missing front matter', () => {
    const { problems } = brokenPost('# Just a heading\n\nNo front matter here.\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /front matter/);
    assert.equal(problems[0]!.line, 1);
  });

  it('reports a duplicate slug in the same locale, naming both files', () => {
    const other = `posts/2024-02-01-other/pt.mdx`;
    const dir = makeTree({
      'site.yml': SITE_YML,
      [FILE]: mdx(frontMatter({ slug: 'same' })),
      [other]: mdx(frontMatter({ slug: 'same' })),
    });
    const error = expectContentError(() => loadContentTree(dir, { includeDrafts: false }));
    assert.equal(error.problems.length, 1, error.message);
    const [problem] = error.problems;
    assert.match(problem!.message, /slug "same"/);
    const message = posix(error.message);
    assert.match(message, new RegExp(`posts/${ID}/pt\\.mdx`));
    assert.match(message, /posts\/2024-02-01-other\/pt\.mdx/);
    // The problem sits on one file and its message names the other.
    const files = [posix(problem!.file), posix(problem!.message)];
    assert.ok(
      (files[0]!.endsWith(FILE) && files[1]!.includes(other)) ||
        (files[0]!.endsWith(other) && files[1]!.includes(FILE)),
      `expected one file as the place and the other in the message: ${error.message}`,
    );
    assert.equal(problem!.line, 5, 'the slug: line of the reported file');
  });

  it('allows the same slug in different locales', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      [FILE]: mdx(frontMatter({ slug: 'same' })),
      [`posts/${ID}/en.mdx`]: mdx(frontMatter({ slug: 'same' })),
    });
    assert.equal(loadContentTree(dir, { includeDrafts: false }).posts.length, 2);
  });

  it('reports a tag missing from tags.yml', () => {
    const source = mdx(frontMatter({ tags: '[kafka, kafak]' }));
    const { problems } = brokenPost(source);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /unknown tag "kafak"/);
    assert.equal(problems[0]!.line, lineStartingWith(source, 'tags:'));
  });

  it('reports an unknown series', () => {
    const source = mdx(frontMatter({ series: 'nope', seriesOrder: '1' }));
    const { problems } = brokenPost(source);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /series "nope"/);
    assert.equal(problems[0]!.line, lineStartingWith(source, 'series:'));
  });

  it('reports a series without seriesOrder', () => {
    const { problems } = brokenPost(mdx(frontMatter({ series: 'kafka' })));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /seriesOrder/);
  });

  it('reports a file named fr.mdx', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      [`posts/${ID}/pt.mdx`]: mdx(frontMatter()),
      [`posts/${ID}/fr.mdx`]: mdx(frontMatter()),
    });
    const error = expectContentError(() => loadContentTree(dir, { includeDrafts: false }));
    assert.equal(error.problems.length, 1);
    assert.ok(posix(error.problems[0]!.file).endsWith(`posts/${ID}/fr.mdx`));
    assert.match(error.problems[0]!.message, /fr\.mdx/);
    assert.match(error.problems[0]!.message, /pt\.mdx or en\.mdx/);
  });

  it('reports a missing site.yml', () => {
    const dir = makeTree({ [FILE]: mdx(frontMatter()) });
    const error = expectContentError(() => loadContentTree(dir, { includeDrafts: false }));
    assert.equal(error.problems.length, 1);
    assert.ok(posix(error.problems[0]!.file).endsWith('/site.yml'));
    assert.match(error.message, /site\.yml/);
    assert.match(error.problems[0]!.message, /missing/);
  });

  it('reads an optional author from site.yml, with or without an address', () => {
    const named = makeTree({ 'site.yml': SITE_YML, [FILE]: mdx(frontMatter()) });
    assert.deepEqual(loadContentTree(named, { includeDrafts: false }).site.author, { name: 'Someone' });
    const linked = makeTree({
      'site.yml': SITE_YML.replace('  name: Someone\n', '  name: Someone\n  url: https://someone.example.com/\n'),
      [FILE]: mdx(frontMatter()),
    });
    assert.deepEqual(loadContentTree(linked, { includeDrafts: false }).site.author, {
      name: 'Someone',
      url: 'https://someone.example.com/',
    });
    const anonymous = makeTree({
      'site.yml': SITE_YML.replace('author:\n  name: Someone\n', ''),
      [FILE]: mdx(frontMatter()),
    });
    assert.equal(loadContentTree(anonymous, { includeDrafts: false }).site.author, undefined);
  });

  it('refuses an author without a name or with an address that runs code', () => {
    const nameless = makeTree({
      'site.yml': SITE_YML.replace('  name: Someone\n', '  url: https://someone.example.com/\n'),
      [FILE]: mdx(frontMatter()),
    });
    assert.match(expectContentError(() => loadContentTree(nameless, { includeDrafts: false })).message, /author\.name/);
    const scripted = makeTree({
      'site.yml': SITE_YML.replace('  name: Someone\n', '  name: Someone\n  url: javascript:alert(1)\n'),
      [FILE]: mdx(frontMatter()),
    });
    assert.match(expectContentError(() => loadContentTree(scripted, { includeDrafts: false })).message, /javascript:/);
  });

  it('reports an invalid site.yml field at its line', () => {
    const dir = makeTree({ 'site.yml': SITE_YML.replace('  en: A test blog\n', ''), [FILE]: mdx(frontMatter()) });
    const error = expectContentError(() => loadContentTree(dir, { includeDrafts: false }));
    assert.equal(error.problems.length, 1, error.message);
    assert.match(error.problems[0]!.message, /description\.en/);
    assert.equal(error.problems[0]!.line, 2);
  });

  it('reports every broken file in one error', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'tags.yml': TAGS_YML,
      'posts/2024-01-01-a/pt.mdx': mdx(frontMatter({ title: undefined })),
      'posts/2024-01-02-b/pt.mdx': mdx(frontMatter({ date: 'soon' })),
      'posts/2024-01-03-c/en.mdx': mdx(frontMatter({ tags: '[nope]' })),
      'posts/2024-01-04-d/pt.mdx': 'no front matter\n',
      'posts/2024-01-05-e/fr.mdx': mdx(frontMatter()),
      'posts/2024-01-06-fine/pt.mdx': mdx(frontMatter()),
    });
    const error = expectContentError(() => loadContentTree(dir, { includeDrafts: true }));
    const reported = error.problems.map((p) => posix(p.file).split('/posts/')[1]).sort();
    assert.deepEqual(reported, [
      '2024-01-01-a/pt.mdx',
      '2024-01-02-b/pt.mdx',
      '2024-01-03-c/en.mdx',
      '2024-01-04-d/pt.mdx',
      '2024-01-05-e/fr.mdx',
    ]);
    assert.match(error.message, /^Content check failed \(5 problems\):/);
    for (const name of ['2024-01-01-a', '2024-01-02-b', '2024-01-03-c', '2024-01-04-d', '2024-01-05-e']) {
      assert.match(error.message, new RegExp(name));
    }
    assert.doesNotMatch(error.message, /2024-01-06-fine/);
  });

  it('reports problems even in drafts that would be left out', () => {
    const { problems } = brokenPost(mdx(frontMatter({ draft: 'true', date: 'later' })));
    assert.match(problems[0]!.message, /date/);
  });
});
