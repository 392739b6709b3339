import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BytesCache } from '../build-cache';

/**
 * Mermaid diagrams drawn at build time. Mermaid lays text out with a DOM, so it runs in the
 * Chromium the end-to-end tests use (playwright-core drives it); the SVG it draws is reduced to
 * shapes and text whose colours are two classes, surface and ink, which the page's own colour
 * variables paint: the diagram follows the reader's theme like the blog's SVG figures. Results
 * are kept by content hash, so a rebuild with the same diagram starts no browser.
 */

/**
 * The browser is driven from its own Node process (lib/mermaid/draw.mjs): playwright-core's
 * pipes to Chromium failed inside Next's prerender workers (EBADF), and the script stays out
 * of the server bundle.
 */
function drawInBrowser(args: object): Promise<Drawn[]> {
  const script = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'mermaid', 'draw.mjs');
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [script], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const reason = stderr.trim().split('\n').at(-1) || error.message;
        return reject(
          new MermaidError(`Mermaid diagrams are drawn at build time in Chromium, which failed: ${reason}`),
        );
      }
      try {
        resolve(JSON.parse(stdout) as Drawn[]);
      } catch {
        reject(
          new MermaidError('Mermaid diagrams are drawn at build time in Chromium, which answered nothing readable'),
        );
      }
    });
    child.stdin?.end(JSON.stringify(args));
  });
}

/** Bump when the drawing or the reduction below changes. */
const RENDERER_VERSION = 4;

export class MermaidError extends Error {}

/** Where the browser is: CHROMIUM_PATH, else Debian's chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}

/**
 * The installed mermaid's version, part of each drawing's cache key. Read from the project's
 * node_modules by path: in the server bundle require.resolve gives a module id, not a file.
 */
function mermaidVersion(): string {
  try {
    const manifest = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'mermaid', 'package.json');
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The colours mermaid is told to use. Its own palette is derived from these; the reduction
 * keeps only whether a shape was painted light (a surface) or dark (ink), so any light
 * colour works here, and the page decides what surface and ink look like.
 */
const THEME = {
  theme: 'base',
  themeVariables: {
    background: '#ffffff',
    primaryColor: '#f2f2f2',
    secondaryColor: '#f2f2f2',
    tertiaryColor: '#ffffff',
    primaryTextColor: '#000000',
    textColor: '#000000',
    lineColor: '#000000',
    primaryBorderColor: '#000000',
    fontFamily: 'sans-serif',
  },
  // Labels as SVG text: a foreignObject holds HTML, which the inlining refuses.
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  securityLevel: 'strict',
  startOnLoad: false,
} as const;

/** What the page adds to every diagram: the page's colours for the two classes. */
const STYLE = [
  '.mm-surface { fill: var(--surface); }',
  '.mm-ink { fill: var(--fg); }',
  '.mm-line { stroke: var(--fg); }',
  '.mm-edge { stroke: var(--border); }',
  'text { fill: var(--fg); font-family: var(--font-body); }',
].join(' ');

export interface Drawn {
  svg?: string;
  /** Mermaid's own message for a diagram it cannot read. */
  error?: string;
}

/**
 * Draws `sources` (one post's diagrams), from the cache where it has them. Throws a
 * MermaidError when a browser is needed and cannot be started.
 */
export async function drawMermaid(sources: string[], cacheDir: string | undefined): Promise<Drawn[]> {
  const cache = cacheDir ? new BytesCache(cacheDir, 'svg') : undefined;
  const version = mermaidVersion();
  const keys = sources.map((source) =>
    crypto
      .createHash('sha256')
      .update(JSON.stringify([RENDERER_VERSION, version, THEME, STYLE, source]))
      .digest('hex'),
  );
  const drawn: (Drawn | undefined)[] = keys.map((key) => {
    const hit = cache?.read(key);
    return hit ? { svg: hit.toString('utf8') } : undefined;
  });
  const missing = sources.flatMap((source, index) => (drawn[index] ? [] : [{ source, index }]));
  if (missing.length === 0) return drawn as Drawn[];

  const executablePath = chromiumPath();
  if (!fs.existsSync(/*turbopackIgnore: true*/ executablePath)) {
    throw new MermaidError(
      `Mermaid diagrams are drawn at build time in Chromium, which is not at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  const args = {
    sources: missing.map((m) => m.source),
    config: THEME,
    style: STYLE,
    executablePath,
  };
  const results = await drawInBrowser(args);
  missing.forEach(({ index }, at) => {
    const result = results[at] ?? { error: 'no result' };
    drawn[index] = result;
    if (result.svg) cache?.write(keys[index]!, Buffer.from(result.svg));
  });
  return drawn as Drawn[];
}
