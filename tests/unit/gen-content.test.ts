import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContentTree, readPostBody, scanContentTree, withBody } from '../../lib/content/load';
import { checkMdx } from '../../lib/mdx/pipeline';
import { FIGURE_DIR, generateContent } from '../../scripts/gen-content/generate';
import { MARKER, writeContentTree } from '../../scripts/gen-content/write';
import { makeTree, removeTrees } from './helpers';
import type { TagConfig } from '../../lib/content/schema';

after(removeTrees);

/** Every file under `dir`, by relative path, with its text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), fs.readFileSync(file, 'utf8'));
  }
  return files;
}

const options = { posts: 30, seed: 'scale', tagSlugs: false, force: false };

describe('gen:content', () => {
  it('writes the same tree, byte for byte, for the same arguments', () => {
    const [a, b] = [makeTree({}), makeTree({})];
    writeContentTree({ ...options, out: path.join(a, 'content'), publicDir: path.join(a, 'public') });
    writeContentTree({ ...options, out: path.join(b, 'content'), publicDir: path.join(b, 'public') });
    const [first, second] = [snapshot(a), snapshot(b)];
    assert.ok(first.size > 60, `only ${first.size} files`);
    assert.deepEqual(first, second);
    // The seed matters.
    const other = generateContent({ ...options, seed: 'other', figures: true });
    assert.notEqual(
      other.content.get('tags.yml') + [...other.content.keys()].join(),
      first.get('content/tags.yml') + [...first.keys()].join(),
    );
  });

  it('writes a tree that loads and passes the content check, MDX and figures included', async () => {
    const root = makeTree({});
    const out = path.join(root, 'content');
    const publicDir = path.join(root, 'public');
    writeContentTree({ ...options, out, publicDir });

    const scan = scanContentTree(out);
    // Posts in one language only are listed as information, as they are for any blog; nothing else may show.
    assert.deepEqual(
      scan.problems.filter((problem) => problem.severity !== 'info'),
      [],
    );
    const mdxProblems = (await Promise.all(scan.posts.map((post) => checkMdx(withBody(post), publicDir)))).flat();
    assert.deepEqual(mdxProblems, []);

    const tree = loadContentTree(out, { includeDrafts: false });
    const ids = new Set(scan.posts.map((p) => p.id));
    assert.equal(ids.size, 30);
    const languagesOf = (id: string) =>
      scan.posts
        .filter((p) => p.id === id)
        .map((p) => p.locale)
        .sort()
        .join();
    const kinds = [...ids].map(languagesOf);
    assert.ok(
      kinds.includes('pt') && kinds.includes('en') && kinds.includes('en,pt'),
      `language mix: ${kinds.join(' ')}`,
    );
    assert.ok(
      scan.posts.some((p) => p.draft),
      'no draft',
    );
    assert.ok(
      tree.posts.every((p) => !p.draft),
      'a draft reached the published tree',
    );
    assert.ok(
      [...tree.series.values()].some((s) => s.planned.length > 0),
      'no planned series entry',
    );
    assert.ok(
      tree.posts.some((p) => p.series),
      'no post in a series',
    );
    assert.ok(
      tree.posts.some((p) => p.aliases.length > 0),
      'no alias',
    );

    const years = new Set(tree.posts.map((p) => p.date.getUTCFullYear()));
    assert.ok(years.size >= 8, `dates span only ${[...years].join(', ')}`);
    assert.ok(
      tree.posts.every((p) => p.date.getTime() < Date.UTC(2026, 0, 1)),
      'a date in the future',
    );

    const bodies = scan.posts.map((p) => readPostBody(p.file));
    for (const [what, pattern] of Object.entries({
      heading: /^## /m,
      list: /^- /m,
      'ordered list': /^1\. /m,
      quote: /^> /m,
      '<Quote>': /<Quote author=/,
      '<Figure>': /<Figure/,
      '<References>': /<References>/,
      table: /^\| --- /m,
    })) {
      assert.ok(
        bodies.some((b) => pattern.test(b)),
        `no post has a ${what}`,
      );
    }
    const fences = new Set(bodies.flatMap((b) => [...b.matchAll(/^```(\w+)$/gm)].map((m) => m[1])));
    assert.ok(fences.size >= 4, `code in only ${[...fences].join(', ')}`);
    const lengths = bodies.map((b) => b.length).sort((x, y) => x - y);
    assert.ok(lengths.at(-1)! > 3 * lengths[0]!, `lengths barely vary: ${lengths[0]} to ${lengths.at(-1)}`);

    const tags = new Map(tree.tags);
    const label = (config: TagConfig, locale: 'pt' | 'en') => config[locale]?.label;
    assert.ok(
      [...tags.values()].some(
        (config) => label(config, 'pt') && label(config, 'en') && label(config, 'pt') !== label(config, 'en'),
      ),
      'no tag labelled differently per language',
    );
    assert.ok(
      [...tags.values()].some((config) => !label(config, 'pt') && !label(config, 'en')),
      'no tag without labels',
    );
    assert.ok(fs.readdirSync(path.join(publicDir, FIGURE_DIR)).length > 0, 'no figure written');
  });

  it('writes no figures without a public dir', () => {
    const tree = generateContent({ ...options, figures: false });
    assert.equal(tree.public.size, 0);
    assert.ok(![...tree.content.values()].some((text) => text.includes('<Figure')));
  });

  it('never overwrites a folder unless told, and never deletes one it did not write', () => {
    const root = makeTree({ 'mine/posts/x/pt.mdx': 'by hand' });
    const out = path.join(root, 'generated');
    writeContentTree({ ...options, posts: 3, out });
    assert.throws(() => writeContentTree({ ...options, posts: 3, out }), /already exists and is not empty; .*--force/);
    writeContentTree({ ...options, posts: 2, out, force: true });
    assert.equal(fs.readdirSync(path.join(out, 'posts')).length, 2, 'the old tree was not replaced');
    assert.ok(fs.existsSync(path.join(out, MARKER)));

    assert.throws(
      () => writeContentTree({ ...options, posts: 3, out: path.join(root, 'mine'), force: true }),
      /not written by this generator/,
    );
    assert.equal(fs.readFileSync(path.join(root, 'mine/posts/x/pt.mdx'), 'utf8'), 'by hand');
  });

  it('writes per-language tag slugs only when asked, and the content check accepts them', () => {
    assert.ok(!/slug/.test(generateContent({ ...options, figures: false }).content.get('tags.yml')!));
    const out = path.join(makeTree({}), 'c');
    writeContentTree({ ...options, out, tagSlugs: true });
    const tags = [...(loadContentTree(out, { includeDrafts: false }).tags ?? new Map<string, TagConfig>())];
    assert.ok(
      tags.some(([id, config]) => [config.pt?.slug, config.en?.slug].some((slug) => slug !== undefined && slug !== id)),
      'no tag got a slug of its own',
    );
  });
});
