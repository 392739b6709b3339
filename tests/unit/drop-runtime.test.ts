import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { dropRuntime, leftovers } from '../../scripts/drop-runtime.mjs';

// The shape of a page as Next 16 prerenders it, cut down to one of each kind of tag.
const page = (body = '<main><h1>Olá</h1></main>') =>
  '<!DOCTYPE html><html lang="pt-BR"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/0abc.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm.js"/>' +
  '<script src="/_next/static/chunks/0vm8.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-077h.js" async=""></script>' +
  '<script type="module" async="" src="/islands/copy-button.js"></script>' +
  '<script>try{var t=localStorage.getItem("theme")}catch(e){}</script>' +
  '<script src="/_next/static/chunks/0cz1.js" noModule=""></script>' +
  `</head><body>${body}` +
  '<script type="module" src="/islands/theme-control.js"></script>' +
  '<script type="application/ld+json">{"@type":"BlogPosting"}</script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>' +
  '</body></html>';

test('dropRuntime removes the framework script, its preload, the RSC payload and the bootstrap', () => {
  const { html, dropped, keptFramework } = dropRuntime(page());
  assert.equal(keptFramework, false);
  assert.equal(dropped, 7);
  assert.deepEqual(leftovers(html), []);
  assert.doesNotMatch(html, /_next\/static\/chunks\/[^"]*\.js/);
});

test('dropRuntime keeps the stylesheet, the theme script, JSON-LD, the islands and the content', () => {
  const { html } = dropRuntime(page());
  assert.match(html, /<link rel="stylesheet" href="\/_next\/static\/chunks\/0abc\.css"/);
  assert.match(html, /<script>try\{var t=localStorage\.getItem\("theme"\)\}catch\(e\)\{\}<\/script>/);
  assert.match(html, /<script type="application\/ld\+json">\{"@type":"BlogPosting"\}<\/script>/);
  assert.match(html, /<script type="module" async="" src="\/islands\/copy-button\.js"><\/script>/);
  assert.match(html, /<script type="module" src="\/islands\/theme-control\.js"><\/script>/);
  assert.match(html, /<main><h1>Olá<\/h1><\/main>/);
});

test('a page with a React island keeps everything', () => {
  const original = page('<main><div class="search" data-react-island=""></div></main>');
  const { html, dropped, keptFramework } = dropRuntime(original);
  assert.equal(keptFramework, true);
  assert.equal(dropped, 0);
  assert.equal(html, original);
});

test('leftovers names framework script that survived, so the build can fail', () => {
  assert.deepEqual(leftovers('<script src="/_next/static/chunks/new.js"></script>'), ['a framework <script src>']);
  assert.deepEqual(leftovers('<script>self.__next_f.push([1,""])</script>'), ['the RSC payload (__next_f)']);
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
  const ok = run();
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /1 pages without the framework's script/);
  assert.deepEqual(leftovers(fs.readFileSync(path.join(pages, 'archive.html'), 'utf8')), []);

  // Framework script in a form the step does not recognise (the payload behind other code) must stop
  // the build, naming the file, rather than ship a page that half hydrates.
  fs.writeFileSync(
    path.join(pages, 'tags.html'),
    '<html><body><script>window.x=1;self.__next_f=[]</script></body></html>',
  );
  const failed = run();
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /pt\/tags\.html still has the RSC payload/);
  fs.rmSync(dist, { recursive: true, force: true });
});
