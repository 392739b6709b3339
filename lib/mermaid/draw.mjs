// node lib/mermaid/draw.mjs < request.json: draws Mermaid diagrams in Chromium for lib/mermaid/render.ts.
// The request names the browser, mermaid's configuration, a stylesheet and the sources;
// the answer, on stdout, is one { svg } or { error } per source.
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Runs in the page: draws each source, reduces its colours to two classes, returns the SVG or mermaid's error. */
const drawInPage = async (args) => {
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
      const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon', 'polyline', 'line']);
      // Read every element's colours first: mermaid's rules match its classes, which the second pass removes.
      const elements = [...root.querySelectorAll('*')].filter(
        (element) => !['style', 'title', 'desc'].includes(element.tagName.toLowerCase()),
      );
      const styles = elements.map((element) => {
        const computed = getComputedStyle(element);
        return {
          fill: computed.fill,
          stroke: computed.stroke,
          strokeWidth: computed.strokeWidth,
          strokeDasharray: computed.strokeDasharray,
          fontSize: computed.fontSize,
          fontWeight: computed.fontWeight,
          textAnchor: computed.textAnchor,
          dominantBaseline: computed.dominantBaseline,
        };
      });
      elements.forEach((element, at) => {
        const tag = element.tagName.toLowerCase();
        const computed = styles[at];
        const classes = [];
        if (SHAPES.has(tag)) {
          const fill = computed.fill === 'none' ? undefined : luminance(computed.fill);
          if (fill !== undefined) classes.push(fill > 0.5 ? 'mm-surface' : 'mm-ink');
          const width = Number.parseFloat(computed.strokeWidth);
          const stroke = computed.stroke === 'none' || !(width > 0) ? undefined : luminance(computed.stroke);
          if (stroke !== undefined) classes.push(stroke > 0.5 ? 'mm-edge' : 'mm-line');
          element.setAttribute('fill', fill === undefined ? 'none' : 'currentColor');
          element.setAttribute('stroke', stroke === undefined ? 'none' : 'currentColor');
          if (stroke !== undefined) element.setAttribute('stroke-width', computed.strokeWidth);
          const dashes = computed.strokeDasharray.split(/[ ,]+/).map(Number.parseFloat);
          if (stroke !== undefined && dashes.some((length, i) => i % 2 === 1 && length > 0)) {
            element.setAttribute('stroke-dasharray', computed.strokeDasharray);
          }
        }
        if (tag === 'text' || tag === 'tspan') {
          if (computed.textAnchor !== 'start') element.setAttribute('text-anchor', computed.textAnchor);
          if (computed.dominantBaseline !== 'auto')
            element.setAttribute('dominant-baseline', computed.dominantBaseline);
        }
        if (tag === 'text') {
          element.setAttribute('font-size', computed.fontSize);
          if (computed.fontWeight !== '400') element.setAttribute('font-weight', computed.fontWeight);
        }
        element.removeAttribute('style');
        element.removeAttribute('class');
        if (classes.length > 0) element.setAttribute('class', classes.join(' '));
      });
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
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));

let browser;
try {
  browser = await chromium.launch({ executablePath: request.executablePath, args: ['--no-sandbox'] });
} catch (error) {
  console.error(`Chromium did not start from ${request.executablePath}: ${String(error.message).split('\n')[0]}`);
  process.exit(1);
}
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  const mermaid = createRequire(import.meta.url).resolve('mermaid/package.json');
  await page.addScriptTag({ path: path.join(path.dirname(mermaid), 'dist', 'mermaid.min.js') });
  const results = await page.evaluate(drawInPage, {
    sources: request.sources,
    config: request.config,
    style: request.style,
  });
  process.stdout.write(JSON.stringify(results));
} finally {
  await browser.close();
}
