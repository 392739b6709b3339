import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BytesCache } from '../build-cache';

/**
 * Mermaid diagrams drawn at build time. Mermaid lays text out with a DOM, so it runs in the
 * Chromium the end-to-end tests use (playwright-core drives it); the SVG it draws is reduced to
 * shapes and text whose colours are two classes, surface and ink, which the page's own colour
 * variables paint: the diagram follows the reader's theme like the blog's SVG figures. Results
 * are kept by content hash, so a rebuild with the same diagram starts no browser.
 */

const require = createRequire(import.meta.url);

/** Bump when the drawing or the reduction below changes. */
const RENDERER_VERSION = 1;

export class MermaidError extends Error {}

export interface MermaidRequest {
  /** The diagram's source. */
  source: string;
}

/** Where the browser is: CHROMIUM_PATH, else Debian's chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
}

function mermaidScript(): string {
  return path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
}

function mermaidVersion(): string {
  return (JSON.parse(fs.readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;
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

/**
 * Runs in the page, as text (a bundler's or tsx's helpers must not leak into it): draws each
 * source, reduces its colours to classes, and returns the SVG or mermaid's error for each.
 */
const DRAW_IN_PAGE = String.raw`async (args) => {
  const mermaid = globalThis.mermaid;
  mermaid.initialize(args.config);
  const results = [];
  let index = 0;
  for (const source of args.sources) {
    index += 1;
    try {
      const { svg } = await mermaid.render('diagram-' + index, source);
      const host = document.createElement('div');
      document.body.append(host);
      host.innerHTML = svg;
      const root = host.querySelector('svg');
      const luminance = (colour) => {
        const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
        return a === 0 ? undefined : (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      for (const element of [...root.querySelectorAll('*')]) {
        const tag = element.tagName.toLowerCase();
        if (tag === 'style' || tag === 'title' || tag === 'desc') continue;
        const computed = getComputedStyle(element);
        const classes = [];
        if (tag !== 'text' && tag !== 'tspan' && tag !== 'g') {
          const fill = computed.fill === 'none' ? undefined : luminance(computed.fill);
          if (fill !== undefined) classes.push(fill > 0.5 ? 'mm-surface' : 'mm-ink');
          const stroke = computed.stroke === 'none' ? undefined : luminance(computed.stroke);
          if (stroke !== undefined && Number.parseFloat(computed.strokeWidth) > 0) {
            classes.push(stroke > 0.5 ? 'mm-edge' : 'mm-line');
          }
          element.setAttribute('fill', fill === undefined ? 'none' : 'currentColor');
          element.setAttribute('stroke', stroke === undefined ? 'none' : 'currentColor');
          element.setAttribute('stroke-width', computed.strokeWidth);
          if (computed.strokeDasharray !== 'none') element.setAttribute('stroke-dasharray', computed.strokeDasharray);
        }
        if (tag === 'text') {
          element.setAttribute('font-size', computed.fontSize);
          if (computed.fontWeight !== '400') element.setAttribute('font-weight', computed.fontWeight);
        }
        element.removeAttribute('style');
        element.removeAttribute('class');
        if (classes.length > 0) element.setAttribute('class', classes.join(' '));
      }
      for (const style of [...root.querySelectorAll('style')]) style.remove();
      const ours = document.createElementNS('http://www.w3.org/2000/svg', 'style');
      ours.textContent = args.style;
      root.prepend(ours);
      root.removeAttribute('style');
      const box = root.viewBox.baseVal;
      root.setAttribute('width', String(Math.ceil(box.width)));
      root.setAttribute('height', String(Math.ceil(box.height)));
      results.push({ svg: new XMLSerializer().serializeToString(root) });
      host.remove();
    } catch (error) {
      results.push({ error: String(error && error.message ? error.message : error) });
    }
  }
  return results;
}`;

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
  if (!fs.existsSync(executablePath)) {
    throw new MermaidError(
      `Mermaid diagrams are drawn at build time in Chromium, which is not at ${executablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  } catch (error) {
    throw new MermaidError(
      `Mermaid diagrams are drawn at build time in Chromium, which did not start from ${executablePath}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: mermaidScript() });
    const args = { sources: missing.map((m) => m.source), config: THEME, style: STYLE };
    const results = (await page.evaluate(`(${DRAW_IN_PAGE})(${JSON.stringify(args)})`)) as Drawn[];
    missing.forEach(({ index }, at) => {
      const result = results[at] ?? { error: 'no result' };
      drawn[index] = result;
      if (result.svg) cache?.write(keys[index]!, Buffer.from(result.svg));
    });
  } finally {
    await browser.close();
  }
  return drawn as Drawn[];
}
