import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { themeScript } from '../../lib/theme-script.mjs';
import { dropRuntime, leftovers } from '../../scripts/drop-runtime.mjs';
import { htmlElements } from '../../scripts/html-elements.mjs';
import { distDir, pagesDir, prerendered } from '../../scripts/prerendered.mjs';

// The shape of a page as Next 16 prerenders it, cut down to one of each kind of tag.
const page = (body = '<main><h1>Olá</h1></main>') =>
  '<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/0abc.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm.js"/>' +
  '<script src="/_next/static/chunks/0vm8.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-077h.js" async=""></script>' +
  '<script type="module" async="" src="/islands/copy-button.js"></script>' +
  `<script>${themeScript}</script>` +
  '<script src="/_next/static/chunks/0cz1.js" noModule=""></script>' +
  `</head><body>${body}` +
  '<script type="module" src="/islands/theme-control.js"></script>' +
  '<script type="application/ld+json">{"@type":"BlogPosting"}</script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' +
  '</body></html>';

const scripts = (html: string) => htmlElements(html, (name) => name === 'script');

test('dropRuntime removes the framework script, its preload, the RSC payload and the bootstrap', () => {
  const { html, dropped } = dropRuntime(page());
  assert.equal(dropped, 7);
  assert.deepEqual(leftovers(html), []);
  assert.deepEqual(
    scripts(html).map(({ attributes }) => attributes.src ?? attributes.type ?? 'inline'),
    ['/islands/copy-button.js', 'inline', '/islands/theme-control.js', 'application/ld+json'],
  );
});

test('dropRuntime keeps the stylesheet, the theme script, JSON-LD, the islands and the content, byte for byte', () => {
  const { html } = dropRuntime(page());
  assert.ok(html.includes('<link rel="stylesheet" href="/_next/static/chunks/0abc.css" data-precedence="next"/>'));
  assert.ok(html.includes(`<script>${themeScript}</script>`));
  assert.ok(html.includes('<script type="application/ld+json">{"@type":"BlogPosting"}</script>'));
  assert.ok(html.includes('<script type="module" async="" src="/islands/copy-button.js"></script>'));
  assert.ok(html.includes('<script type="module" src="/islands/theme-control.js"></script>'));
  assert.ok(html.includes('<main><h1>Olá</h1></main>'));
  assert.ok(html.startsWith('<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/><link rel="stylesheet"'));
  assert.ok(html.endsWith('application/ld+json">{"@type":"BlogPosting"}</script></body></html>'));
});

test('what is not a script tag is left alone: attributes holding `>`, comments, text that looks like a tag', () => {
  const body =
    '<main><a title="a > b" data-x=\'<script src="/_next/static/chunks/x.js"></script>\' href="/pt">x</a>' +
    '<!-- <script src="/_next/static/chunks/commented.js"></script> -->' +
    '<textarea><script>self.__next_f.push([9])</script></textarea>' +
    '<pre><code>&lt;script src="/_next/static/chunks/code.js"&gt;&lt;/script&gt;</code></pre></main>';
  const { html } = dropRuntime(page(body));
  assert.ok(html.includes(body), 'the body is untouched');
  assert.deepEqual(leftovers(html), []);
});

test('a framework script written in other shapes still goes: unquoted, upper case, with a query', () => {
  const { html, dropped } = dropRuntime(
    '<html><head><SCRIPT SRC=/_next/static/chunks/a.js?v=1 ASYNC></SCRIPT>' +
      '<link rel="modulepreload" href="/_next/static/chunks/b.js">' +
      '<script>\n  self.__next_f.push([1,"</div>"])</script></head><body></body></html>',
  );
  assert.equal(dropped, 3);
  assert.equal(html, '<html><head></head><body></body></html>');
});

test('leftovers names any script that is not ours, so the build can fail', () => {
  assert.deepEqual(leftovers('<script src="/_next/static/chunks/new.mjs"></script>'), [
    'a <script src="/_next/static/chunks/new.mjs">',
  ]);
  assert.deepEqual(leftovers('<script src="https://cdn.example/x.js"></script>'), [
    'a <script src="https://cdn.example/x.js">',
  ]);
  assert.deepEqual(leftovers('<script>window.x=1;self.__next_f=[]</script>'), [
    'an inline script ("window.x=1;self.__next_f=[]")',
  ]);
  assert.deepEqual(leftovers('<link rel="preload" as="script" href="/_next/static/chunks/a.mjs">'), [
    'a script preload of /_next/static/chunks/a.mjs',
  ]);
  // Ours: islands, the theme script, data blocks, stylesheets and font preloads.
  assert.deepEqual(
    leftovers(
      `<script type="module" src="/islands/search.js"></script><script>${themeScript}</script>` +
        '<script type="application/ld+json">{"a":1}</script><script type="application/json">{}</script>' +
        '<link rel="preload" as="font" href="/_next/static/media/inter.woff2">',
    ),
    [],
  );
});

test('the build step rewrites a build folder and fails on a page it cannot clean', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'drop-runtime-'));
  const pages = path.join(dist, 'server', 'app', 'pt');
  fs.mkdirSync(pages, { recursive: true });
  fs.writeFileSync(path.join(pages, 'archive.html'), page());
  const run = () =>
    spawnSync(process.execPath, ['scripts/drop-runtime.mjs'], {
      env: { ...process.env, NEXT_DIST_DIR: dist },
      encoding: 'utf8',
    });
  try {
    const ok = run();
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /1 pages without the framework's script/);
    const written = fs.readFileSync(path.join(pages, 'archive.html'), 'utf8');
    assert.equal(written, dropRuntime(page()).html);
    assert.deepEqual(fs.readdirSync(pages), ['archive.html'], 'no temporary file is left');

    // Framework script in a form the step does not recognise (the payload behind other code) must
    // stop the build, naming the file, rather than ship a page that half hydrates.
    fs.writeFileSync(
      path.join(pages, 'tags.html'),
      '<html><body><script>window.x=1;self.__next_f=[]</script></body></html>',
    );
    const failed = run();
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /pt\/tags\.html still has an inline script/);
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});

// The pages of a real build, when this checkout has one (`npm run build`, or an end-to-end
// server's NEXT_DIST_DIR): what Next really wrote, after this step ran over it.
const built = fs.existsSync(pagesDir) ? prerendered() : [];
test(
  'every page of the build in NEXT_DIST_DIR has only our scripts',
  { skip: built.length === 0 && `no build in ${distDir}` },
  () => {
    assert.ok(
      built.some(([, url]) => url.endsWith('/search')),
      'the build has the search pages',
    );
    for (const [file, url] of built) {
      const html = fs.readFileSync(file, 'utf8');
      assert.deepEqual(leftovers(html), [], url);
      // Nothing more to take out, and every island is a module from /islands/.
      assert.equal(dropRuntime(html).dropped, 0, url);
      for (const { attributes } of scripts(html).filter(({ attributes }) => attributes.src !== undefined))
        assert.match(`${attributes.type} ${attributes.src}`, /^module \/islands\/[a-z-]+\.js$/, url);
    }
  },
);
