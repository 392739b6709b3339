// What a build produced, read from its prerender manifest: pages (with HTML) and files (feeds,
// images, sitemap) per route type, and the size of each page's HTML.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { prerenderedFile } from '../prerendered.mjs';
import { createScriptMeter, type PageScripts } from './client-js';

interface PrerenderManifest {
  routes: Record<string, { srcRoute: string | null; dataRoute: string | null }>;
}

export interface RouteTypeFigures {
  /** The route's source pattern, e.g. /[locale]/posts/[slug]. */
  route: string;
  label: string;
  pages: number;
  examplePath: string;
  html: { raw: { avg: number; max: number }; gzip: { avg: number; max: number } };
  /** Client JS (gzip bytes) of the page of this type that loads the most of ours. */
  js: {
    path: string;
    gzip: number;
    framework: number;
    ours: number;
    scripts: number;
    inlineRaw: number;
    external: string[];
  };
}

export interface SiteOutput {
  routeTypes: RouteTypeFigures[];
  pages: number;
  files: { route: string; count: number }[];
  /** Every page's path, to check which pages exist. */
  pagePaths: Set<string>;
}

// Next's own pages, prerendered into every build; not pages of the blog.
const INTERNAL = new Set(['/_global-error', '/_not-found']);

const LABELS: Record<string, string> = {
  '': 'home',
  '/posts/[slug]': 'post',
  '/tags': 'tags',
  '/tags/[tag]': 'tag',
  '/tags/[tag]/page/[n]': 'tag, page n',
  '/series': 'series index',
  '/series/[series]': 'series',
  '/archive': 'archive',
  '/search': 'search',
  '/404': '404',
};

/** A short name for a route pattern: "post" for /[locale]/posts/[slug], else the pattern. */
export function routeLabel(route: string): string {
  return LABELS[route.replace(/^\/\[locale\]/, '')] ?? route;
}

export function readPrerenderManifest(distDir: string): PrerenderManifest {
  return JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as PrerenderManifest;
}

/** Pages (routes with an RSC payload, so an HTML page) and files, grouped by source route. */
export function groupRoutes(manifest: PrerenderManifest): {
  pages: Map<string, string[]>;
  files: Map<string, string[]>;
} {
  const pages = new Map<string, string[]>();
  const files = new Map<string, string[]>();
  for (const [pathname, route] of Object.entries(manifest.routes)) {
    if (INTERNAL.has(pathname)) continue;
    const group = route.dataRoute ? pages : files;
    const key = route.srcRoute ?? pathname;
    group.set(key, [...(group.get(key) ?? []), pathname]);
  }
  return { pages, files };
}

export function readSiteOutput(distDir: string, publicDir: string): SiteOutput {
  const { pages, files } = groupRoutes(readPrerenderManifest(distDir));
  const pageScripts = createScriptMeter(distDir, publicDir);
  const routeTypes: RouteTypeFigures[] = [];
  for (const [route, paths] of pages) {
    const raw: number[] = [];
    const gzip: number[] = [];
    let heaviest: { path: string; scripts: PageScripts } | undefined;
    for (const pathname of paths.sort()) {
      const html = fs.readFileSync(path.join(distDir, prerenderedFile(pathname)));
      raw.push(html.length);
      gzip.push(zlib.gzipSync(html).length);
      const scripts = pageScripts(html.toString('utf8'));
      if (!heaviest || scripts.total.ours > heaviest.scripts.total.ours) heaviest = { path: pathname, scripts };
    }
    const { scripts } = heaviest!;
    routeTypes.push({
      route,
      label: routeLabel(route),
      pages: paths.length,
      examplePath: paths[0]!,
      html: { raw: stats(raw), gzip: stats(gzip) },
      js: {
        path: heaviest!.path,
        gzip: scripts.total.gzip,
        framework: scripts.total.framework,
        ours: scripts.total.ours,
        scripts: scripts.scripts.length,
        inlineRaw: scripts.inlineRaw,
        external: scripts.external,
      },
    });
  }
  routeTypes.sort((a, b) => a.route.localeCompare(b.route));
  return {
    routeTypes,
    pages: routeTypes.reduce((sum, type) => sum + type.pages, 0),
    files: [...files]
      .map(([route, list]) => ({ route, count: list.length }))
      .sort((a, b) => a.route.localeCompare(b.route)),
    pagePaths: new Set([...pages.values()].flat()),
  };
}

function stats(values: number[]): { avg: number; max: number } {
  return { avg: values.reduce((a, b) => a + b, 0) / values.length, max: Math.max(...values) };
}
