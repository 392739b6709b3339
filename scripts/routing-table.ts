/**
 * Part of `npm run build`, after `next build`: writes the routing table the production server
 * answers from (lib/server/answers.mjs), so a running server never reads content/. Every page in
 * it must be one Next prerendered; the build fails otherwise.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadContentTree } from '../lib/content/load';
import { routingFor } from '../lib/content/tree';
import { env } from '../lib/env';
import { defaultLocale, htmlLang, LOCALE_COOKIE, locales } from '../lib/i18n/config';
import { routes } from '../lib/routes';
import { ROUTING_FILE, type RoutingTable } from '../lib/server/answers.mjs';
import { prerenderedFile } from './prerendered.mjs';

/** Served by Next as they come: its own assets and the search index (app/pagefind). */
const PREFIXES = ['/_next/', routes.searchBundle('')];

/** Every file under `dir`, as URL paths. */
function publicFiles(dir: string, base = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const url = `${base}/${entry.name}`;
    return entry.isDirectory() ? publicFiles(path.join(dir, entry.name), url) : [url];
  });
}

/** What Next prerendered, by path (its prerender manifest): pages, and files such as the site icon. */
export function prerenderedRoutes(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>;
  };
  return Object.keys(manifest.routes);
}

export function routingTable(contentDir: string, publicDir: string, prerendered: string[]): RoutingTable {
  const routing = routingFor(loadContentTree(contentDir, { includeDrafts: false }));
  const notFound = new Set(locales.map(routes.notFound));
  // Next's own error pages (`/_not-found`) are never asked for by path.
  const otherRoutes = prerendered.filter(
    (route) => !routing.pages.has(route) && !notFound.has(route) && !route.startsWith('/_'),
  );
  return {
    locales: [...locales],
    defaultLocale,
    htmlLang,
    cookie: LOCALE_COOKIE,
    pages: [...routing.pages],
    files: [...new Set([...routing.files, ...otherRoutes, ...publicFiles(publicDir)])],
    prefixes: PREFIXES,
    redirects: Object.fromEntries(routing.redirects),
    etags: {},
    notFound: Object.fromEntries(locales.map((locale) => [locale, prerenderedFile(routes.notFound(locale))])),
  };
}

/** A strong ETag for a page's final bytes (after drop-runtime), so the server never hashes per request. */
export function pageEtag(html: Buffer): string {
  return `"${crypto.createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
}

/** Each page's ETag, from the HTML the build in `distDir` wrote. */
export function pageEtags(pages: string[], distDir: string): Record<string, string> {
  return Object.fromEntries(
    pages.map((page) => [page, pageEtag(fs.readFileSync(path.join(distDir, prerenderedFile(page))))]),
  );
}

/** The table's pages and 404s that the build in `distDir` did not prerender. */
export function missingPages(table: RoutingTable, distDir: string): string[] {
  const wanted = [...table.pages.map(prerenderedFile), ...Object.values(table.notFound)];
  return wanted.filter((file) => !fs.existsSync(path.join(distDir, file)));
}

function main() {
  const table = routingTable(env.contentDir, env.publicDir, prerenderedRoutes(env.distDir));
  const missing = missingPages(table, env.distDir);
  if (missing.length > 0) {
    console.error(`routing-table: the build has no page for ${missing.slice(0, 5).join(', ')}`);
    process.exitCode = 1;
    return;
  }
  table.etags = pageEtags(table.pages, env.distDir);
  fs.writeFileSync(path.join(env.distDir, ROUTING_FILE), JSON.stringify(table));
  console.log(`routing-table: ${table.pages.length} pages, ${Object.keys(table.redirects).length} redirects`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
