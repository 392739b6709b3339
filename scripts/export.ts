// npm run export [-- --out DIR] [--no-build] [--from URL]
//
// The whole blog as static files: builds it (`npm run build`, so every post-build step runs), starts
// the blog's server (server.mjs) on loopback, fetches every page, feed, social image, the sitemap and robots.txt
// from the page list lib/content builds (the same list the proxy routes by), and writes them with
// Next's hashed assets, public/ and the search index into one folder. `/` becomes a page that picks
// the language in the browser; old addresses become redirect pages; out/_nginx/ holds what
// deploy/nginx.conf includes, out/_headers and out/_redirects what Cloudflare Pages and Netlify
// read. Any answer other than the expected one stops the export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentTree } from '../lib/content/load';
import { routingFor } from '../lib/content/tree';
import { env } from '../lib/env';
import { exportFile, languagePickerHtml, redirectPageHtml } from '../lib/export/pages';
import { nginxHeaders, nginxHttpConf } from '../lib/export/nginx';
import { staticHostHeaders, staticHostRedirects } from '../lib/export/static-host';
import { locales, defaultLocale, type Locale } from '../lib/i18n/config';
import { MEDIA_PREFIX, publishedMedia } from '../lib/media/files';
import en from '../lib/i18n/dictionaries/en';
import pt from '../lib/i18n/dictionaries/pt';
import { mapLimited } from '../lib/pool';
import { routes } from '../lib/routes';
import { securityHeaders } from '../lib/security-headers.mjs';
import { portOr, startBlogServer } from './bench/servers';
import { htmlElements } from './html-elements.mjs';

const usage = `npm run export [-- options]

Writes the blog as static files (default: out/), for nginx (deploy/nginx.conf) or any static host.

  --out DIR     where to write (replaced if it holds an earlier export; default out)
  --no-build    use the existing build in NEXT_DIST_DIR (default .next) instead of running npm run build
  --from URL    fetch from a running blog server of that build (loopback) instead of starting one
  --help

CONTENT_DIR and NEXT_DIST_DIR must be those of the build; SITE_URL is read from the build's sitemap.`;

const dictionaries: Record<Locale, { languageSwitcher: { readIn: string } }> = { pt, en };

/** A marker that an existing folder is an earlier export, which may be replaced. */
const NGINX_DIR = '_nginx';

class ExportError extends Error {}

function fail(message: string): never {
  throw new ExportError(message);
}

function write(out: string, relative: string, body: string | Uint8Array) {
  const file = path.join(out, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

/** Every same-site address an exported HTML file refers to (`href`, `src`), without query or fragment. */
function localReferences(html: string): string[] {
  return htmlElements(html).flatMap(({ attributes }) =>
    [attributes.href, attributes.src].flatMap((address) => {
      if (address === undefined || !address.startsWith('/') || address.startsWith('//')) return [];
      const pathname = address.split(/[?#]/, 1)[0]!;
      try {
        return [decodeURIComponent(pathname)];
      } catch {
        return [pathname];
      }
    }),
  );
}

/** The file a request for `urlPath` is answered from, as deploy/nginx.conf looks it up. */
function served(out: string, urlPath: string): boolean {
  const candidates = urlPath === '/' ? ['index.html'] : [`${urlPath.slice(1)}.html`, urlPath.slice(1)];
  return candidates.some((candidate) => {
    try {
      return fs.statSync(path.join(out, candidate)).isFile();
    } catch {
      return false;
    }
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'out' },
      'no-build': { type: 'boolean', default: false },
      from: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const out = path.resolve(values.out);
  const distDir = env.distDir;
  const started = performance.now();

  if (fs.existsSync(out) && fs.readdirSync(out).length > 0 && !fs.existsSync(path.join(out, NGINX_DIR)))
    fail(`${values.out} is not empty and holds no earlier export: refusing to replace it`);

  if (!values['no-build'] && !values.from) {
    console.log('export: npm run build ...');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')))
    fail(`no production build in ${path.relative(process.cwd(), distDir) || '.'}: run npm run build first`);
  const searchIndex = path.join(distDir, 'search-index');
  if (!fs.existsSync(path.join(searchIndex, 'pagefind.js')))
    fail(`no search index in ${searchIndex}: the build must be made by npm run build`);

  const tree = loadContentTree(env.contentDir, { includeDrafts: false });
  const routing = routingFor(tree);

  let origin: string;
  let stop = async () => {};
  if (values.from) {
    const from = new URL(values.from);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(from.hostname)) fail('--from must be a loopback address');
    origin = from.origin;
  } else {
    // next.config.mjs takes the folder relative to the project, as NEXT_DIST_DIR is written.
    const server = await startBlogServer({
      distDir: path.relative(process.cwd(), distDir),
      port: await portOr(undefined),
    });
    origin = server.origin;
    stop = server.stop;
  }

  try {
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    const problems: string[] = [];
    const fetchInto = async (urlPath: string, file: string, status = 200) => {
      const response = await fetch(origin + urlPath, { redirect: 'manual' });
      const body = new Uint8Array(await response.arrayBuffer());
      if (response.status !== status) problems.push(`${urlPath}: ${response.status}, expected ${status}`);
      else write(out, file, body);
      return body;
    };

    // What search engines see: the sitemap names the public origin the build was made for.
    const sitemap = new TextDecoder().decode(await fetchInto(routes.sitemap(), routes.sitemap().slice(1)));
    if (problems.length > 0) fail(`unexpected answer from ${origin}: ${problems.join('; ')}`);
    const siteUrl = /<loc>(https?:\/\/[^/<]+)/.exec(sitemap)?.[1];
    if (!siteUrl) fail(`no <loc> in ${origin}${routes.sitemap()}`);

    const pages = routing.pageList.map((page) => page.path);
    // A post's own images and videos (app/media/), by the names the build published them at.
    const media = [...new Map(tree.posts.map((post) => [post.id, path.dirname(post.file)]))].flatMap(([id, dir]) =>
      publishedMedia(id, dir).map(
        (file) => `${MEDIA_PREFIX}/${encodeURIComponent(id)}/${encodeURIComponent(file.name)}`,
      ),
    );
    const files = [...routing.files, '/icon.svg', ...media].filter((file) => file !== routes.sitemap());
    await mapLimited(pages, 4, (urlPath) => fetchInto(urlPath, exportFile(urlPath)));
    await mapLimited(files, 4, (urlPath) => fetchInto(urlPath, urlPath.slice(1)));
    for (const locale of locales) {
      // The Node server answers unknown paths with these, status 404; so does deploy/nginx.conf.
      const body = await fetchInto(routes.notFound(locale), exportFile(routes.notFound(locale)), 404);
      // Most static hosts answer every unknown path with /404.html.
      if (locale === defaultLocale && body.length > 0) write(out, '404.html', body);
    }
    if (problems.length > 0) fail(`unexpected answers from ${origin}:\n  ${problems.join('\n  ')}`);

    fs.cpSync(path.join(distDir, 'static'), path.join(out, '_next', 'static'), { recursive: true });
    fs.cpSync(searchIndex, path.join(out, 'pagefind'), { recursive: true });
    if (fs.existsSync(env.publicDir)) fs.cpSync(env.publicDir, out, { recursive: true });

    write(
      out,
      'index.html',
      languagePickerHtml({
        siteName: tree.site.name,
        siteUrl,
        links: locales.map((locale) => ({ locale, label: dictionaries[locale].languageSwitcher.readIn })),
      }),
    );
    for (const [from, target] of routing.redirects) {
      const file = exportFile(from);
      if (fs.existsSync(path.join(out, file))) fail(`the old address ${from} is also a file of the site (${file})`);
      write(out, file, redirectPageHtml({ target, siteUrl }));
    }

    write(out, `${NGINX_DIR}/http.conf`, nginxHttpConf(routing.redirects));
    write(out, `${NGINX_DIR}/security-headers.conf`, nginxHeaders(securityHeaders()));
    write(out, `${NGINX_DIR}/security-headers-wasm.conf`, nginxHeaders(securityHeaders({ wasm: true })));
    // Cloudflare Pages and Netlify read these two; nginx refuses them (deploy/nginx.conf).
    write(
      out,
      '_headers',
      staticHostHeaders({
        headers: securityHeaders(),
        searchHeaders: securityHeaders({ wasm: true }),
        // Read from the copy, so the names are those of the index this export serves.
        searchIndexFiles: fs.readdirSync(path.join(out, 'pagefind')),
      }),
    );
    write(out, '_redirects', staticHostRedirects(routing.redirects));

    // Every address a page links to or loads must be in the export.
    const missing = new Set<string>();
    for (const urlPath of [...pages, ...locales.map(routes.notFound)]) {
      const html = fs.readFileSync(path.join(out, exportFile(urlPath)), 'utf8');
      for (const reference of localReferences(html)) {
        if (!served(out, reference) && !routing.redirects.has(reference)) missing.add(`${reference} (on ${urlPath})`);
      }
    }
    if (missing.size > 0) fail(`pages refer to addresses the export lacks:\n  ${[...missing].join('\n  ')}`);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `export: ${pages.length} pages, ${files.length + 1} files, ${routing.redirects.size} redirects into ${path.relative(process.cwd(), out) || out} in ${seconds} s (site ${siteUrl})`,
    );
  } finally {
    await stop();
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  console.error(`export: ${error.message}`);
  process.exitCode = 1;
}
