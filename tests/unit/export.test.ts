import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { loadContentTree } from '../../lib/content/load';
import { routingFor } from '../../lib/content/tree';
import {
  concreteNginxConfig,
  nginxHeaders,
  nginxHttpConf,
  nginxLocaleMaps,
  nginxRedirectMap,
  nginxString,
  NGINX_TEMPLATE,
} from '../../lib/export/nginx';
import { exportFile, languagePickerHtml, redirectPageHtml } from '../../lib/export/pages';
import { negotiateLocale } from '../../lib/i18n/negotiate';
import { securityHeaders } from '../../lib/security-headers.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/content');
const TEMPLATE = fs.readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');

describe('exportFile', () => {
  it('writes pages as path.html, so hosts serve them at the same address without a slash', () => {
    assert.equal(exportFile('/pt'), 'pt.html');
    assert.equal(exportFile('/en/posts/bilingual-post'), 'en/posts/bilingual-post.html');
    assert.equal(exportFile('/pt/tags/lote/page/2'), 'pt/tags/lote/page/2.html');
    assert.equal(exportFile('/'), 'index.html');
  });

  it('keeps an old address that already names an .html file', () => {
    assert.equal(exportFile('/2023/10/02/introdução.html'), '2023/10/02/introdução.html');
    assert.equal(exportFile('/blog/texto-bilingue/'), 'blog/texto-bilingue.html');
  });

  it('refuses anything that is not a path inside the site', () => {
    for (const bad of ['pt', '/pt/../../etc/passwd', '/./x']) assert.throws(() => exportFile(bad), /not a site path/);
  });
});

/** Runs the picker's inline script as a browser would, and returns where it sends the reader. */
function pickerTarget(html: string, browser: { cookie?: string; languages: string[]; search?: string }): string {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(script, 'the picker has an inline script');
  let target = '';
  vm.runInNewContext(script, {
    document: { cookie: browser.cookie ?? '' },
    navigator: { languages: browser.languages, language: browser.languages[0] },
    location: { search: browser.search ?? '', hash: '', replace: (url: string) => (target = url) },
  });
  return target;
}

describe('languagePickerHtml', () => {
  const html = languagePickerHtml({
    siteName: 'Notas & <Testes>',
    siteUrl: 'https://blog.example/',
    links: [
      { locale: 'pt', label: 'Ler em português' },
      { locale: 'en', label: 'Read in English' },
    ],
  });

  it('links both languages, each in its own language, for readers without JavaScript', () => {
    assert.match(html, /<a href="\/pt" hreflang="pt-BR" lang="pt-BR">Ler em português<\/a>/);
    assert.match(html, /<a href="\/en" hreflang="en" lang="en">Read in English<\/a>/);
    assert.match(html, /<title>Notas &#38; &#60;Testes&#62;<\/title>/);
    assert.match(html, /<link rel="alternate" hreflang="x-default" href="https:\/\/blog.example\/pt">/);
    assert.match(html, /<meta name="robots" content="noindex, follow">/);
  });

  it('picks the language as the server does: cookie, then the browser languages, then Portuguese', () => {
    const cases: [Parameters<typeof pickerTarget>[1], string][] = [
      [{ languages: ['en-US', 'en'] }, '/en'],
      [{ languages: ['pt-BR', 'pt', 'en'] }, '/pt'],
      [{ languages: ['fr-FR', 'fr', 'en'] }, '/en'],
      [{ languages: ['de-DE'] }, '/pt'],
      [{ languages: [] }, '/pt'],
      [{ cookie: 'theme=dark; blog-locale=en', languages: ['pt-BR'] }, '/en'],
      [{ cookie: 'blog-locale=pt', languages: ['en-US'] }, '/pt'],
      [{ cookie: 'blog-locale=fr', languages: ['en-US'] }, '/en'],
      [{ cookie: 'xblog-locale=en', languages: ['pt-BR'] }, '/pt'],
      [{ languages: ['en'], search: '?utm_source=feed' }, '/en?utm_source=feed'],
    ];
    for (const [browser, target] of cases) assert.equal(pickerTarget(html, browser), target, JSON.stringify(browser));
  });
});

describe('redirectPageHtml', () => {
  it('sends browsers on, names the canonical address and shows a link', () => {
    const html = redirectPageHtml({ target: '/pt/posts/texto-bilingue', siteUrl: 'https://blog.example' });
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/pt\/posts\/texto-bilingue">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/blog.example\/pt\/posts\/texto-bilingue">/);
    assert.match(html, /<a href="\/pt\/posts\/texto-bilingue">https:\/\/blog.example\/pt\/posts\/texto-bilingue<\/a>/);
    assert.match(html, /<html lang="pt-BR">/);
    assert.match(redirectPageHtml({ target: '/en/posts/x', siteUrl: 'https://b.example' }), /<html lang="en">/);
  });

  it('never leads off the site', () => {
    for (const target of ['//evil.example/', 'https://evil.example/', 'pt/x'])
      assert.throws(() => redirectPageHtml({ target, siteUrl: 'https://blog.example' }), /path of this site/);
  });
});

describe('nginx includes', () => {
  it('quotes strings and refuses what nginx cannot hold', () => {
    assert.equal(nginxString('/a "b" \\c'), '"/a \\"b\\" \\\\c"');
    assert.throws(() => nginxString('/a$b'), /cannot hold/);
    assert.throws(() => nginxString('/a\nb'), /cannot hold/);
  });

  it("maps each post's old addresses to it, decoded as nginx compares them", () => {
    const { redirects } = routingFor(loadContentTree(FIXTURE, { includeDrafts: false }));
    const map = nginxRedirectMap(redirects);
    assert.ok(redirects.size > 0);
    for (const [from, to] of redirects) assert.ok(map.includes(`  "${from}" ${to};\n`), from);
    assert.match(map, /^map \$uri \$blog_redirect \{\n {2}default "";\n/m);
    assert.throws(() => nginxRedirectMap(new Map([['/old', 'https://evil.example']])), /unexpected redirect target/);
    assert.match(nginxHttpConf(redirects), /^map_hash_bucket_size 64;$/m);
    assert.match(nginxHttpConf(new Map([[`/${'ç'.repeat(60)}.html`, '/pt']])), /^map_hash_bucket_size 256;$/m);
  });

  it('writes lib/security-headers.mjs as add_header lines, on every answer', () => {
    const conf = nginxHeaders(securityHeaders({ wasm: true }));
    for (const { key, value } of securityHeaders({ wasm: true }))
      assert.ok(conf.includes(`add_header ${key} "${value}" always;\n`), key);
    assert.match(conf, /'wasm-unsafe-eval'/);
    assert.doesNotMatch(conf, /script-src[^;]*'unsafe-inline'/);
    assert.doesNotMatch(nginxHeaders(securityHeaders()), /wasm/);
  });

  it("picks / 's language like negotiateLocale for headers that list languages by preference", () => {
    const maps = nginxLocaleMaps();
    const pattern =
      /map \$http_accept_language \$blog_accept_locale \{\n {2}default (\w+);\n {2}"~\*(.+)" \$blog_accept;/.exec(maps);
    assert.ok(pattern, 'the Accept-Language map');
    // nginx's PCRE reads the same syntax as JavaScript here; "~*" is case-insensitive.
    const regex = new RegExp(pattern[2]!.replace(/\\\\/g, '\\'), 'i');
    const nginxPick = (header: string) => regex.exec(header)?.groups?.blog_accept?.toLowerCase() ?? pattern[1];
    for (const header of [
      'en-US,en;q=0.9',
      'pt-BR,pt;q=0.9,en;q=0.8',
      'fr-FR,fr;q=0.9,en;q=0.5',
      'de-DE',
      ';;;q=banana,,',
      '',
      'EN-gb',
      'en;q=0, pt;q=0.5',
      'es, en-GB;q=0.7',
      'english',
    ])
      assert.equal(nginxPick(header), negotiateLocale({ acceptLanguage: header }), JSON.stringify(header));
    const cookie = /"~(.+)" \$blog_cookie;/.exec(maps)?.[1];
    assert.ok(cookie, 'the cookie map');
    const cookiePick = (header: string) => new RegExp(cookie).exec(header)?.groups?.blog_cookie;
    assert.equal(cookiePick('theme=dark; blog-locale=en'), 'en');
    assert.equal(cookiePick('blog-locale=pt;x=1'), 'pt');
    assert.equal(cookiePick('xblog-locale=en'), undefined);
    assert.equal(cookiePick('blog-locale=fr'), undefined);
  });
});

describe('deploy/nginx.conf', () => {
  it('is written for one folder and address, which a deployment replaces and nothing else', () => {
    const conf = concreteNginxConfig(TEMPLATE, { root: '/var/www/blog', listen: '127.0.0.1:3999' });
    assert.ok(!conf.includes(NGINX_TEMPLATE.root));
    assert.match(conf, /^ {4}listen 127\.0\.0\.1:3999;$/m);
    assert.match(conf, /^ {4}root \/var\/www\/blog;$/m);
    assert.match(conf, /include \/var\/www\/blog\/_nginx\/http\.conf;/);
    assert.throws(() => concreteNginxConfig(TEMPLATE, { root: 'out', listen: '1' }), /absolute path/);
    assert.throws(() => concreteNginxConfig('http {}', { root: '/x', listen: '1' }), /no longer has/);
  });

  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file));
  it('passes nginx -t with the includes an export writes', { skip: nginx ? false : 'nginx is not installed' }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-nginx-test-'));
    try {
      const { redirects } = routingFor(loadContentTree(FIXTURE, { includeDrafts: false }));
      // A Jekyll permalink is long: the map must still fit nginx's hash.
      redirects.set(`/2023/10/02/${'introdução-'.repeat(12)}.html`, '/pt/posts/texto-bilingue');
      fs.mkdirSync(path.join(dir, 'out/_nginx'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'temp'));
      fs.writeFileSync(path.join(dir, 'out/_nginx/http.conf'), nginxHttpConf(redirects));
      fs.writeFileSync(path.join(dir, 'out/_nginx/security-headers.conf'), nginxHeaders(securityHeaders()));
      fs.writeFileSync(
        path.join(dir, 'out/_nginx/security-headers-wasm.conf'),
        nginxHeaders(securityHeaders({ wasm: true })),
      );
      const conf = path.join(dir, 'nginx.conf');
      fs.writeFileSync(conf, concreteNginxConfig(TEMPLATE, { root: path.join(dir, 'out'), listen: '127.0.0.1:3498' }));
      const result = spawnSync(nginx!, ['-t', '-p', dir, '-c', conf, '-e', 'stderr', '-g', `pid ${dir}/nginx.pid;`], {
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /syntax is ok/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Runs scripts/export.ts against a stand-in for `next start`, which answers `status(path)`. */
async function runExport(out: string, status: (urlPath: string) => number) {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-export-dist-'));
  fs.writeFileSync(path.join(dist, 'BUILD_ID'), 'test');
  fs.mkdirSync(path.join(dist, 'static'));
  fs.mkdirSync(path.join(dist, 'search-index'));
  fs.writeFileSync(path.join(dist, 'search-index', 'pagefind.js'), '');
  const asked: string[] = [];
  const server = http.createServer((request, response) => {
    asked.push(request.url!);
    response.statusCode = status(request.url!);
    response.end(
      request.url === '/sitemap.xml' ? '<urlset><url><loc>https://blog.example/pt</loc></url></urlset>' : 'ok',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  try {
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/export.ts', '--from', `http://127.0.0.1:${port}`, '--out', out],
        { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: dist, CONTENT_DIR: FIXTURE } },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });
    return { ...result, asked };
  } finally {
    server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

describe('scripts/export.ts', () => {
  it('fetches every page, file and 404 page, and writes the redirects and nginx includes', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-export-out-'));
    try {
      const { code, stderr, asked } = await runExport(out, (urlPath) => (urlPath.endsWith('/404') ? 404 : 200));
      assert.equal(code, 0, stderr);
      const { pages, files, redirects } = routingFor(loadContentTree(FIXTURE, { includeDrafts: false }));
      for (const urlPath of [...pages, ...files, '/pt/404', '/en/404']) assert.ok(asked.includes(urlPath), urlPath);
      assert.ok(fs.existsSync(path.join(out, 'pt/tags/lote/page/2.html')));
      assert.ok(fs.existsSync(path.join(out, '404.html')));
      for (const [from, to] of redirects)
        assert.match(fs.readFileSync(path.join(out, exportFile(from)), 'utf8'), new RegExp(`url=${to}"`));
      assert.match(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), /href="https:\/\/blog.example\/en"/);
      assert.match(fs.readFileSync(path.join(out, '_nginx/http.conf'), 'utf8'), /map \$uri \$blog_redirect/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('stops, naming each address, when an answer is not the expected one', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-export-out-'));
    try {
      const { code, stderr } = await runExport(out, (urlPath) =>
        urlPath === '/pt/archive' ? 500 : urlPath === '/en/feed.xml' ? 404 : urlPath.endsWith('/404') ? 404 : 200,
      );
      assert.equal(code, 1);
      assert.match(stderr, /\/pt\/archive: 500, expected 200/);
      assert.match(stderr, /\/en\/feed\.xml: 404, expected 200/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('never replaces a folder that holds something other than an export', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-export-out-'));
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    try {
      const { code, stderr } = await runExport(out, () => 200);
      assert.equal(code, 1);
      assert.match(stderr, /holds no earlier export/);
      assert.equal(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8'), 'mine');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
