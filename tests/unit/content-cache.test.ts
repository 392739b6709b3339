import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it, mock } from 'node:test';
import { createTreeLoader, FileCache } from '../../lib/content/cache';
import { assembleTree, loadContentTree, scanContentTree } from '../../lib/content/load';
import { routingFor } from '../../lib/content/tree';
import { expectContentError, frontMatter, makeTree, mdx, removeTrees, SITE_YML } from './helpers';

after(removeTrees);

/** Rewrites a file and moves its modification time on, as an editor's save does. */
function save(file: string, text: string): void {
  const before = fs.statSync(file).mtimeMs;
  fs.writeFileSync(file, text);
  const later = new Date(Math.max(Date.now(), before + 1000));
  fs.utimesSync(file, later, later);
}

describe('scheduled posts', () => {
  const files = {
    'site.yml': SITE_YML,
    'posts/2024-01-15-published/pt.mdx': mdx(frontMatter({ date: '2024-01-15', slug: 'publicado' })),
    'posts/2030-06-01-future/pt.mdx': mdx(frontMatter({ date: '2030-06-01 09:00', slug: 'futuro' })),
  };
  const now = new Date('2025-01-01T00:00:00Z');

  it('leaves a post dated after now out of a production tree, and out of its pages', () => {
    const tree = loadContentTree(makeTree(files), { includeDrafts: false, now });
    assert.deepEqual(
      tree.posts.map((p) => p.slug),
      ['publicado'],
    );
    assert.deepEqual(
      tree.withheld.map((p) => [p.slug, p.scheduled]),
      [['futuro', true]],
    );
    assert.equal(routingFor(tree).pages.has('/pt/posts/futuro'), false);
  });

  it('shows it on the dev server, flagged as scheduled', () => {
    const tree = loadContentTree(makeTree(files), { includeDrafts: true, now });
    const future = tree.posts.find((p) => p.slug === 'futuro');
    assert.equal(future?.scheduled, true);
    assert.equal(future?.draft, false);
    assert.equal(tree.posts.find((p) => p.slug === 'publicado')?.scheduled, false);
  });

  it('publishes it in a build after its date (09:00 in São Paulo is 12:00 UTC)', () => {
    const dir = makeTree(files);
    const before = loadContentTree(dir, { includeDrafts: false, now: new Date('2030-06-01T11:59:00Z') });
    const afterwards = loadContentTree(dir, { includeDrafts: false, now: new Date('2030-06-01T12:00:01Z') });
    assert.equal(
      before.posts.some((p) => p.slug === 'futuro'),
      false,
    );
    assert.equal(afterwards.posts.find((p) => p.slug === 'futuro')?.scheduled, false);
  });
});

describe('the dev server tree loader', () => {
  function setUp() {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-um/pt.mdx': mdx(frontMatter({ title: 'Um' })),
      'posts/2024-01-01-um/en.mdx': mdx(frontMatter({ title: 'One' })),
      'posts/2024-02-01-dois/pt.mdx': mdx(frontMatter({ title: 'Dois', date: '2024-02-01' })),
    });
    const cache = new FileCache();
    return { dir, cache, load: createTreeLoader(dir, { includeDrafts: true }, cache) };
  }

  it('parses every file once, then none while nothing changes, returning the same tree', () => {
    const { cache, load } = setUp();
    const first = load();
    assert.equal(cache.parses, 4, 'site.yml and three posts');
    const second = load();
    assert.equal(cache.parses, 4, 'unchanged files are not parsed again');
    assert.equal(second, first);
  });

  it('re-parses only the file that changed, and shows the change', () => {
    const { dir, cache, load } = setUp();
    load();
    save(
      path.join(dir, 'posts/2024-02-01-dois/pt.mdx'),
      mdx(frontMatter({ title: 'Dois, revisto', date: '2024-02-01' })),
    );
    const tree = load();
    assert.equal(cache.parses, 5);
    assert.equal(tree.posts.find((p) => p.id === '2024-02-01-dois')?.title, 'Dois, revisto');
    assert.equal(tree.posts.find((p) => p.id === '2024-01-01-um' && p.locale === 'en')?.title, 'One');
  });

  it('picks up a new post and forgets a deleted one', () => {
    const { dir, cache, load } = setUp();
    load();
    const file = path.join(dir, 'posts/2024-03-01-tres/pt.mdx');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, mdx(frontMatter({ title: 'Três', date: '2024-03-01' })));
    assert.deepEqual(
      load()
        .posts.map((p) => p.title)
        .sort(),
      ['Dois', 'One', 'Três', 'Um'],
    );
    assert.equal(cache.parses, 5);
    fs.rmSync(path.join(dir, 'posts/2024-01-01-um/en.mdx'));
    const tree = load();
    assert.deepEqual(tree.posts.map((p) => p.title).sort(), ['Dois', 'Três', 'Um']);
    assert.deepEqual(tree.posts.find((p) => p.title === 'Um')?.translations, {});
    assert.equal(cache.parses, 5);
  });

  it('reports a broken front matter on every call until it is fixed, then recovers', () => {
    const { dir, load } = setUp();
    load();
    const file = path.join(dir, 'posts/2024-02-01-dois/pt.mdx');
    save(file, mdx(frontMatter({ title: 'Dois', date: '2024-02-31' })));
    for (let i = 0; i < 2; i += 1) {
      const error = expectContentError(load);
      assert.equal(error.problems[0]?.file, file);
      assert.equal(error.problems[0]?.line, 4);
      assert.match(error.problems[0]!.message, /"2024-02-31" is not a date/);
    }
    save(file, mdx(frontMatter({ title: 'Dois de novo', date: '2024-02-01' })));
    assert.equal(load().posts.find((p) => p.id === '2024-02-01-dois')?.title, 'Dois de novo');
  });

  it('shares parses with the scan without letting the tree change them', () => {
    const { dir, cache } = setUp();
    const scan = scanContentTree(dir, cache.read);
    const tree = assembleTree(dir, scan, { includeDrafts: true });
    assert.deepEqual(tree.posts.find((p) => p.locale === 'pt' && p.id === '2024-01-01-um')?.translations, { en: 'um' });
    assert.deepEqual(scan.posts.find((p) => p.locale === 'pt' && p.id === '2024-01-01-um')?.translations, {});
  });
});

describe('the dev server tree loader, watching', () => {
  it('does not touch the disk between changes, and sees a change as soon as it is saved', async () => {
    const dir = makeTree({ 'site.yml': SITE_YML, 'posts/2024-01-01-um/pt.mdx': mdx(frontMatter({ title: 'Um' })) });
    const cache = new FileCache();
    const load = createTreeLoader(dir, { includeDrafts: true }, cache, { watch: true });
    const first = load();
    const stats = mock.method(fs, 'statSync');
    try {
      for (let i = 0; i < 50; i += 1) assert.equal(load(), first);
      assert.equal(stats.mock.callCount(), 0, 'no file was even stat-ed while nothing changed');
    } finally {
      stats.mock.restore();
    }
    save(path.join(dir, 'posts/2024-01-01-um/pt.mdx'), mdx(frontMatter({ title: 'Um, editado' })));
    // The watcher's event arrives on the event loop, before the next request would.
    const deadline = Date.now() + 5000;
    while (load().posts[0]?.title !== 'Um, editado' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(load().posts[0]?.title, 'Um, editado');
    assert.equal(cache.parses, 3, 'site.yml and the post, then the edited post only');
  });
});
