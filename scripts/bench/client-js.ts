// Client JavaScript as the browser loads it for one page: the <script src> of the page's HTML
// (modern browsers skip `nomodule` ones), each file gzipped, and each file's bytes split between
// the framework and us with the file's source map.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { FlattenMap, decodedMappings, type SourceMapInput } from '@jridgewell/trace-mapping';
import { htmlElements } from '../html-elements.mjs';

export type Owner = 'framework' | 'ours';

export interface ScriptSize {
  src: string;
  raw: number;
  gzip: number;
  /** gzip bytes by owner (the file's gzip size shared in proportion to its raw bytes). */
  gzipBy: Record<Owner, number>;
  /** How the owners were told apart: from the source map, or the whole file taken as ours. */
  attributedBy: 'source map' | 'no source map';
}

export interface PageScripts {
  scripts: ScriptSize[];
  /** Scripts on another origin (they should not exist). */
  external: string[];
  /** Bytes of inline <script> bodies (Next's RSC payload and bootstrap), raw. */
  inlineRaw: number;
  total: { raw: number; gzip: number } & Record<Owner, number>;
}

// Framework code: Next itself (its compiled React copy included), React, its scheduler, the SWC
// helpers Next's output calls, and Turbopack's runtime. Any other package is one we chose to ship,
// so it counts as ours.
const FRAMEWORK = [
  /(^|\/)node_modules\/(next|react|react-dom|scheduler|@swc\/helpers|@next)\//,
  /\[turbopack\]|turbopack:\/\/\/\[turbopack\]/,
  /(^|\/)node_modules\/next\/dist\/compiled\//,
];

export function ownerOf(source: string): Owner {
  return FRAMEWORK.some((pattern) => pattern.test(source)) ? 'framework' : 'ours';
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

/**
 * Raw bytes of `code` per owner, from its source map: every mapped segment runs to the next one
 * on its line; bytes no segment covers (bundler glue, line ends) are shared in proportion.
 */
export function bytesByOwner(code: string, map: SourceMapInput): Record<Owner, number> {
  // FlattenMap also reads sectioned (index) maps.
  const traced = new FlattenMap(map);
  const lines = code.split('\n');
  const decoded = decodedMappings(traced);
  const owners = traced.sources.map((source) => ownerOf(source ?? ''));
  const mapped: Record<Owner, number> = { framework: 0, ours: 0 };
  let covered = 0;
  decoded.forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      const start = segment[0];
      const end = i + 1 < segments.length ? segments[i + 1]![0] : line.length;
      if (segment.length < 4 || end <= start) continue;
      // Columns count UTF-16 units; the byte count of the slice is what goes over the wire.
      const bytes = Buffer.byteLength(line.slice(start, end));
      mapped[owners[segment[1]!]!] += bytes;
      covered += bytes;
    }
  });
  const total = Buffer.byteLength(code);
  if (covered === 0) return { framework: 0, ours: total };
  const scale = total / covered;
  return { framework: mapped.framework * scale, ours: mapped.ours * scale };
}

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=(\S+)\s*$/;

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

  function measure(src: string): ScriptSize {
    const cached = cache.get(src);
    if (cached) return cached;
    const file = scriptFile(src, distDir, publicDir);
    if (!file || !fs.existsSync(file))
      throw new Error(`a page loads ${src}, which is not in ${distDir}/static or public/`);
    // The comment exists only because the bench asks for source maps (Turbopack names the map
    // after its own hash, so the comment is the way to it); a normal build has none.
    const withComment = fs.readFileSync(file, 'utf8');
    const mapUrl = SOURCE_MAP_COMMENT.exec(withComment)?.[1];
    const code = withComment.replace(SOURCE_MAP_COMMENT, '');
    const raw = Buffer.byteLength(code);
    const gzip = zlib.gzipSync(code).length;
    const mapFile =
      mapUrl && !/^[a-z]+:/i.test(mapUrl) ? path.join(path.dirname(file), decodeURIComponent(mapUrl)) : `${file}.map`;
    let share: Record<Owner, number> = { framework: 0, ours: raw };
    let attributedBy: ScriptSize['attributedBy'] = 'no source map';
    if (fs.existsSync(mapFile)) {
      share = bytesByOwner(code, JSON.parse(fs.readFileSync(mapFile, 'utf8')));
      attributedBy = 'source map';
    }
    const size: ScriptSize = {
      src,
      raw,
      gzip,
      gzipBy: { framework: (gzip * share.framework) / raw, ours: (gzip * share.ours) / raw },
      attributedBy,
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
      total.framework += script.gzipBy.framework;
      total.ours += script.gzipBy.ours;
    }
    return { scripts, external, inlineRaw: inlineScriptBytes(html), total };
  };
}
