// Client JavaScript as the browser loads it for one page: the <script src> of the page's HTML
// (modern browsers skip `nomodule` ones), each file gzipped, and each file counted as the
// framework's or ours by the chunk lists of Next's build manifest.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { htmlElements } from '../html-elements.mjs';

export type Owner = 'framework' | 'ours';

export interface ScriptSize {
  src: string;
  raw: number;
  gzip: number;
  /** The framework's when Next's build manifest lists the file among every page's own scripts. */
  owner: Owner;
}

export interface PageScripts {
  scripts: ScriptSize[];
  /** Scripts on another origin (they should not exist). */
  external: string[];
  /** Bytes of inline <script> bodies (Next's RSC payload and bootstrap), raw. */
  inlineRaw: number;
  total: { raw: number; gzip: number } & Record<Owner, number>;
}

/**
 * The script URLs of the framework: the files `build-manifest.json` lists as the root main files
 * (React, Next's client and router, Turbopack's runtime: what every App Router page loads first)
 * and the polyfills. Any other chunk holds the client components of some route, and is ours,
 * though it may carry a little of Next's code those components import.
 */
export function frameworkScripts(manifest: { rootMainFiles?: string[]; polyfillFiles?: string[] }): Set<string> {
  return new Set(
    [...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((file) => `/_next/${file}`),
  );
}

/** Script URLs a browser fetches from the page's HTML: `src` of every non-`nomodule` <script>. */
export function scriptSources(html: string): string[] {
  return htmlElements(html, (name) => name === 'script').flatMap(({ attributes }) =>
    attributes.src && attributes.nomodule === undefined ? [attributes.src] : [],
  );
}

function inlineScriptBytes(html: string): number {
  let bytes = 0;
  for (const script of htmlElements(html, (name) => name === 'script'))
    if (script.attributes.src === undefined) bytes += Buffer.byteLength(script.text);
  return bytes;
}

/** Where a script URL lives in the build (`/_next/static/…`) or in public/; undefined elsewhere. */
function scriptFile(src: string, distDir: string, publicDir: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(src)) return undefined;
  const pathname = decodeURIComponent(src.split(/[?#]/)[0]!);
  if (pathname.startsWith('/_next/static/'))
    return path.join(distDir, 'static', pathname.slice('/_next/static/'.length));
  return path.join(publicDir, pathname);
}

export function createScriptMeter(distDir: string, publicDir: string) {
  const cache = new Map<string, ScriptSize>();
  const framework = frameworkScripts(JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')));

  function measure(src: string): ScriptSize {
    const cached = cache.get(src);
    if (cached) return cached;
    const file = scriptFile(src, distDir, publicDir);
    if (!file || !fs.existsSync(file))
      throw new Error(`a page loads ${src}, which is not in ${distDir}/static or public/`);
    const code = fs.readFileSync(file);
    const pathname = decodeURIComponent(src.split(/[?#]/)[0]!);
    const size: ScriptSize = {
      src,
      raw: code.length,
      gzip: zlib.gzipSync(code).length,
      owner: framework.has(pathname) ? 'framework' : 'ours',
    };
    cache.set(src, size);
    return size;
  }

  return function pageScripts(html: string): PageScripts {
    const sources = [...new Set(scriptSources(html))];
    const external = sources.filter((src) => /^[a-z]+:|^\/\//i.test(src));
    const scripts = sources.filter((src) => !external.includes(src)).map(measure);
    const total = { raw: 0, gzip: 0, framework: 0, ours: 0 };
    for (const script of scripts) {
      total.raw += script.raw;
      total.gzip += script.gzip;
      total[script.owner] += script.gzip;
    }
    return { scripts, external, inlineRaw: inlineScriptBytes(html), total };
  };
}
