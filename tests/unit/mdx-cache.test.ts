import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { LinkContext } from '../../lib/content/links';
import en from '../../lib/i18n/dictionaries/en';
import { cacheKey, MdxCache, pipelineHash } from '../../lib/mdx/cache';
import { compileCached, loadPost, type CompileRequest } from '../../lib/mdx/compile';
import { mdxComponents } from '../../lib/mdx/components';
import { runMdx } from '../../lib/mdx/engine';
import { makeTree, removeTrees } from './helpers';

after(removeTrees);

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20"/></svg>';
const BODY = [
  '## First part',
  '',
  'See [the other post](/en/posts/other) and [Kafka](https://kafka.apache.org/).',
  '',
  '<Figure src="box.svg" alt="A box" caption="The box." />',
  '',
  '```ts',
  'const answer = 42;',
  '```',
  '',
  '<References>',
  '',
  '- [A guide](https://example.org/guide) (pt-BR)',
  '',
  '</References>',
  '',
].join('\n');

function links(pages: string[]): LinkContext {
  return { targets: { pages: new Set(pages), withheld: new Map() }, page: '/en/posts/first', published: true };
}

/** A public dir with the post's figure and an empty cache dir, and a request for BODY. */
function setUp(body = BODY): { request: CompileRequest; publicDir: string; cacheDir: string } {
  const root = makeTree({ 'public/images/posts/2024-01-01-first/box.svg': SVG });
  const publicDir = path.join(root, 'public');
  const cacheDir = path.join(root, 'dist', 'cache', 'mdx');
  return {
    publicDir,
    cacheDir,
    request: {
      post: { id: '2024-01-01-first', locale: 'en', body, file: '/virtual/posts/2024-01-01-first/en.mdx' },
      publicDir,
      links: links(['/en/posts/other', '/en/posts/first']),
      cache: new MdxCache(cacheDir),
      toolchain: 'test',
    },
  };
}

async function html(code: string): Promise<string> {
  const Content = await runMdx(code);
  return renderToStaticMarkup(createElement(Content, { components: mdxComponents('en', en) }));
}

const entries = (dir: string) => fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json'));

describe('MDX compile cache', () => {
  it('compiles once and serves the same input from disk, with the same output and collected data', async () => {
    const { request, cacheDir } = setUp();
    const first = await compileCached(request);
    assert.deepEqual(first.headings, [{ id: 'first-part', text: 'First part' }]);
    assert.deepEqual(first.references, [{ url: 'https://example.org/guide', title: 'A guide', hrefLang: 'pt-BR' }]);
    assert.equal(entries(cacheDir).length, 1);

    // A new cache object reads the same folder: as the next build does.
    const again = { ...request, cache: new MdxCache(cacheDir) };
    const second = await compileCached(again);
    assert.equal(again.cache.hits, 1);
    assert.equal(again.cache.misses, 0);
    assert.equal(second.code, first.code);
    assert.deepEqual(second.headings, first.headings);
    assert.deepEqual(second.references, first.references);
    const page = await html(second.code);
    assert.match(page, /<h2 id="first-part">/);
    assert.match(page, /<svg[^>]*aria-labelledby|<svg[^>]*role="img"/);
    assert.match(page, /data-rehype-pretty-code-figure/);
  });

  it('misses when the body, the pipeline’s code, the feed base or the toolchain change', async () => {
    const { request, cacheDir } = setUp();
    await compileCached(request);
    const base = {
      body: BODY,
      id: request.post.id,
      locale: 'en',
      publicDir: request.publicDir,
      development: true,
      toolchain: 'test',
      pipeline: pipelineHash(),
    };
    const key = cacheKey(base);
    assert.equal(cacheKey({ ...base }), key);
    assert.notEqual(cacheKey({ ...base, body: `${BODY}More.\n` }), key);
    assert.notEqual(cacheKey({ ...base, pipeline: 'f'.repeat(64) }), key);
    assert.notEqual(cacheKey({ ...base, absoluteBase: 'https://blog.example.com/en/posts/first' }), key);
    assert.notEqual(cacheKey({ ...base, toolchain: 'other' }), key);
    assert.notEqual(cacheKey({ ...base, development: false }), key);

    const edited = {
      ...request,
      post: { ...request.post, body: BODY.replace('First part', 'Second part') },
      cache: new MdxCache(cacheDir),
    };
    const compiled = await compileCached(edited);
    assert.equal(edited.cache.misses, 1);
    assert.deepEqual(compiled.headings, [{ id: 'second-part', text: 'Second part' }]);
    assert.equal(entries(cacheDir).length, 2);
  });

  it('compiles again when a figure file changed since the entry was written', async () => {
    const { request, publicDir, cacheDir } = setUp();
    await compileCached(request);
    const figure = path.join(publicDir, 'images/posts/2024-01-01-first/box.svg');
    fs.writeFileSync(figure, SVG.replace('<rect', '<circle r="5"/><rect'));
    const again = { ...request, cache: new MdxCache(cacheDir) };
    const compiled = await compileCached(again);
    assert.equal(again.cache.misses, 1);
    assert.match(await html(compiled.code), /<circle/);
  });

  it('checks a cached post’s internal links against the current pages and reports one that broke', async () => {
    const { request, cacheDir } = setUp();
    await compileCached(request);
    const later = { ...request, links: links(['/en/posts/first']), cache: new MdxCache(cacheDir) };
    await assert.rejects(compileCached(later), /no page of the blog has the path \/en\/posts\/other/);
  });

  it('treats a damaged or foreign entry as a miss and replaces it', async () => {
    const { request, cacheDir } = setUp();
    const first = await compileCached(request);
    const [entry] = entries(cacheDir);
    const file = path.join(cacheDir, String(entry));
    for (const damage of ['{"key": "trunc', '[]', JSON.stringify({ key: 'another', code: 'x' }), '']) {
      fs.writeFileSync(file, damage);
      const again = { ...request, cache: new MdxCache(cacheDir) };
      const compiled = await compileCached(again);
      assert.equal(again.cache.misses, 1, `damage ${JSON.stringify(damage)}`);
      assert.equal(compiled.code, first.code);
      assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).code, first.code, 'the entry is written again');
    }
  });

  it('compiles again when an entry’s code fails to run', async () => {
    const { request, cacheDir } = setUp();
    const first = await compileCached(request);
    const file = path.join(cacheDir, String(entries(cacheDir)[0]));
    const entry = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...entry, code: 'throw new Error("damaged")' }));
    const { Content, compiled } = await loadPost({ ...request, cache: new MdxCache(cacheDir) });
    assert.equal(compiled.code, first.code);
    assert.match(renderToStaticMarkup(createElement(Content, { components: mdxComponents('en', en) })), /First part/);
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).code, first.code);
  });

  it('compiles without storing anything when it has no folder or cannot write there', async () => {
    const { request, cacheDir } = setUp();
    const none = { ...request, cache: new MdxCache(undefined) };
    assert.match((await compileCached(none)).code, /First part/);
    fs.mkdirSync(path.dirname(cacheDir), { recursive: true });
    fs.writeFileSync(cacheDir, 'a file where the folder should be');
    assert.match((await compileCached(request)).code, /First part/);
  });

  it('keeps blocking JavaScript: expressions never reach the compiled code', async () => {
    const { request } = setUp('Text {globalThis.__mdxCacheRan = 1} here.\n');
    const compiled = await compileCached({ ...request, links: undefined }).catch(() => undefined);
    // The blog's own plugin refuses the expression; were it let through, blockJS would remove it.
    assert.equal(compiled, undefined);
    const { request: plain } = setUp('<Quote author="A" cite="B">Quoted.</Quote>\n');
    const quoted = await compileCached(plain);
    assert.doesNotMatch(quoted.code, /__mdxCacheRan/);
  });
});
