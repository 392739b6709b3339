import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContentTree, readPostBody, scanContentTree, withBody } from '../../lib/content/load';
import { checkMdx } from '../../lib/mdx/pipeline';
import { FIGURE_DIR, figureFolder, generateContent } from '../../scripts/gen-content/generate';
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

const options = { posts: 30, seed: 'scale', tagSlugs: false, force: false, shape: 'light' as const };

describe('gen:content, light shape', () => {
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

/** Prose words, counted independently of the generator: code fences and the figure tag left out. */
function words(mdx: string): number {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const prose = body.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '').replace(/<Figure[\s\S]*?\/>/g, '');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('gen:content, realistic shape (the default)', () => {
  const realistic = { posts: 60, seed: 'real', tagSlugs: false, shape: 'realistic' as const, figures: true };
  const tree = generateContent(realistic);
  const posts = [...tree.content].filter(([file]) => file.startsWith('posts/'));

  it('writes 800-1,200 words per post, in both languages for nearly every post', () => {
    for (const [file, text] of posts) {
      const count = words(text);
      assert.ok(count >= 800 && count <= 1200, `${file}: ${count} words`);
    }
    const folders = new Map<string, string[]>();
    for (const [file] of posts) {
      const [, id, name] = file.split('/');
      folders.set(id!, [...(folders.get(id!) ?? []), name!]);
    }
    const both = [...folders.values()].filter((names) => names.length === 2).length;
    assert.ok(both >= 0.85 * folders.size && both < folders.size, `${both} of ${folders.size} in both languages`);
    assert.ok(
      posts.some(([, text]) => /^draft: true$/m.test(text)),
      'no draft',
    );
  });

  it('gives every post one titled 15-19-line code block, a figure, a quote, a list, two outside links, a callout, a footnote and references', () => {
    for (const [file, text] of posts) {
      const fences = [...text.matchAll(/^```(\w+) title="[^"]+" \{\d+\}\n([\s\S]*?)\n```$/gm)];
      assert.equal(fences.length, 1, `${file}: ${fences.length} titled code blocks`);
      const lines = fences[0]![2]!.split('\n').length;
      assert.ok(lines >= 15 && lines <= 19, `${file}: ${lines} code lines`);
      const src = /<Figure\s+src="([^"]+)"/.exec(text)?.[1];
      assert.ok(src, `${file}: no figure`);
      assert.ok(tree.public.has(src.slice(1)), `${file}: ${src} is not written`);
      assert.match(tree.public.get(src.slice(1))!, /^<svg /);
      assert.match(text, /^> [^[]/m, `${file}: no blockquote`);
      assert.match(text, /^- [^[]/m, `${file}: no list`);
      assert.match(text, /^> \[!(NOTE|TIP|IMPORTANT|WARNING)\]$/m, `${file}: no callout`);
      assert.match(text, /\[\^1\]\n[\s\S]*^\[\^1\]: /m, `${file}: no footnote`);
      assert.match(text, /<References>\n\n- \[/, `${file}: no references`);
      const outside = new Set(
        [...text.split('<References>')[0]!.matchAll(/\]\((https:\/\/[^)]+)\)/g)].map((m) => m[1]),
      );
      assert.ok(outside.size >= 2, `${file}: ${outside.size} outside links before the references`);
    }
  });

  it('uses 30 tags and puts every fifth post in one of 8 series', () => {
    const tagIds = tree.content
      .get('tags.yml')!
      .split('\n')
      .filter((line) => /^[^ #].*:/.test(line));
    assert.equal(tagIds.length, 30);
    assert.equal(tree.stats.tags, 30);
    assert.equal([...tree.content.keys()].filter((file) => file.startsWith('series/')).length, 8);
    const ids = [...new Set(posts.map(([file]) => file.split('/')[1]!))].sort();
    const inSeries = ids.filter((id) => /^series: /m.test(posts.find(([file]) => file.includes(`/${id}/`))![1]));
    assert.equal(inSeries.length, 60 / 5);
  });

  it('is the same for the same arguments and puts figures in a folder of their own', () => {
    assert.deepEqual(generateContent(realistic), tree);
    assert.notDeepEqual(generateContent({ ...realistic, seed: 'other' }).content, tree.content);
    assert.ok([...tree.public.keys()].every((file) => file.startsWith(`${figureFolder(realistic)}/`)));
    assert.notEqual(figureFolder(realistic), figureFolder({ ...realistic, shape: 'light' }));
  });

  it('writes a tree the content check passes, figures included', async () => {
    const root = makeTree({});
    const out = path.join(root, 'content');
    const publicDir = path.join(root, 'public');
    writeContentTree({ ...realistic, posts: 6, force: false, out, publicDir });
    const scan = scanContentTree(out);
    assert.deepEqual(
      scan.problems.filter((problem) => problem.severity !== 'info'),
      [],
    );
    const problems = (await Promise.all(scan.posts.map((post) => checkMdx(withBody(post), publicDir)))).flat();
    assert.deepEqual(problems, []);
    assert.equal(fs.readdirSync(path.join(publicDir, figureFolder({ ...realistic, posts: 6 }))).length, 6);
  });
});
