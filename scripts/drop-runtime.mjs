/**
 * Takes the framework's client script out of every prerendered page: part of `npm run build`,
 * after `next build`.
 *
 * A page of this blog is server components and a few standalone scripts (public/islands/); nothing
 * on it needs React in the browser, yet Next ships its runtime (about 135 KiB gzip) and the page's
 * RSC payload to every page, and hydrates them. Next has no switch for this in the App Router, so
 * it is done here, once, at build time. Without them a post is HTML, CSS and a few KiB of script.
 * What goes: the framework's <script src> and their preloads, the inline RSC payload
 * (`self.__next_f`) and the bundler's bootstrap. What stays: our inline theme script, JSON-LD, the
 * island modules, the stylesheet. Links are then plain links (a full page load, as without script).
 *
 * Pages are read with an HTML tokenizer (scripts/html-elements.mjs, htmlparser2) and edited by
 * cutting the framework's elements out of the text, so every other byte stays as Next wrote it.
 * The fastest of the parsers tried, all giving the same pages: CPU time to clean 1,000 copies of
 * the two Kafka post pages as `next build` writes them (94 KiB each on average), htmlparser2
 * 1.7 ms a page (1.7 s in all), lol-html (html-rewriter-wasm) 3.1 ms, parse5's tree with source
 * locations 10.4 ms, parse5's SAX parser 13.8 ms; the regular expressions this replaced, 0.9 ms.
 * This whole step, with its check and the writes, took 3.5 s of CPU for those 1,000 pages.
 *
 * `next start` serves these files as they are; the dev server never runs this, and hydrates as usual.
 * Every script left on a page must be ours (an island module, the theme script, JSON data): if
 * Next's output changes so that anything else survives, the build fails here rather than ship a
 * page whose script the CSP would block or that half hydrates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { themeScript } from '../lib/theme-script.mjs';
import { htmlElements } from './html-elements.mjs';
import { pagesDir, prerendered } from './prerendered.mjs';

/** @typedef {import('./html-elements.mjs').HtmlElement} HtmlElement */

/** The path of a same-site address, or undefined for another origin or no address. */
const pathOf = (/** @type {string | undefined} */ address) => {
  if (address === undefined) return undefined;
  const url = new URL(address, 'http://site.invalid/');
  return url.origin === 'http://site.invalid' ? url.pathname : undefined;
};

const frameworkFile = (/** @type {string | undefined} */ address) => {
  const pathname = pathOf(address);
  return pathname !== undefined && pathname.startsWith('/_next/static/') && pathname.endsWith('.js');
};

/** A script the browser would run (no type, a JavaScript type or `module`), not a data block. */
const runs = (/** @type {HtmlElement} */ script) => {
  const type = script.attributes.type?.trim().toLowerCase();
  return type === undefined || type === '' || type === 'module' || type === 'text/javascript';
};

/** Next's inline scripts, by how they begin: the RSC payload and the bundler's list of chunks. */
const FRAMEWORK_INLINE = ['self.__next_f', '(self.__next_f', '(globalThis["TURBOPACK"]'];

/** @param {HtmlElement} element */
function isFramework(element) {
  const { name, attributes } = element;
  if (name === 'link') {
    const rel = attributes.rel?.toLowerCase().split(/\s+/) ?? [];
    return (rel.includes('preload') || rel.includes('modulepreload')) && frameworkFile(attributes.href);
  }
  if (attributes.src !== undefined) return frameworkFile(attributes.src);
  const code = element.text.trimStart();
  return runs(element) && FRAMEWORK_INLINE.some((start) => code.startsWith(start));
}

const scriptsAndLinks = (/** @type {string} */ name) => name === 'script' || name === 'link';

/**
 * The page without the framework's script.
 * @param {string} html
 * @returns {{ html: string, dropped: number }}
 */
export function dropRuntime(html) {
  const framework = htmlElements(html, scriptsAndLinks).filter(isFramework);
  let out = '';
  let from = 0;
  for (const element of framework) {
    out += html.slice(from, element.start);
    from = element.end;
  }
  return { html: out + html.slice(from), dropped: framework.length };
}

/**
 * What on a page is script that is not ours, if anything (after dropRuntime, a build that must
 * fail). Ours: island modules from /islands/, the theme script, data blocks (JSON-LD).
 * @param {string} html
 * @returns {string[]}
 */
export function leftovers(html) {
  return htmlElements(html, scriptsAndLinks).flatMap((element) => {
    const { name, attributes } = element;
    if (name === 'link') {
      const rel = attributes.rel?.toLowerCase().split(/\s+/) ?? [];
      const loadsScript = rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script');
      return loadsScript && !pathOf(attributes.href)?.startsWith('/islands/')
        ? [`a script preload of ${attributes.href}`]
        : [];
    }
    if (attributes.src !== undefined)
      return pathOf(attributes.src)?.startsWith('/islands/') ? [] : [`a <script src="${attributes.src}">`];
    if (!runs(element) || element.text === themeScript) return [];
    const code = element.text.trim();
    return [`an inline script (${JSON.stringify(code.length > 40 ? `${code.slice(0, 40)}…` : code)})`];
  });
}

function main() {
  if (!fs.existsSync(pagesDir)) {
    console.error(`drop-runtime: no prerendered pages in ${pagesDir}; run next build first`);
    process.exitCode = 1;
    return;
  }
  let pages = 0;
  for (const [file] of prerendered()) {
    const before = fs.readFileSync(file, 'utf8');
    const { html } = dropRuntime(before);
    const left = leftovers(html);
    if (left.length > 0) {
      console.error(`drop-runtime: ${path.relative(process.cwd(), file)} still has ${left.join(', ')}`);
      process.exitCode = 1;
      return;
    }
    if (html !== before) {
      // Through a rename, so the search indexer running beside this step reads a whole page.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, html);
      fs.renameSync(temporary, file);
    }
    pages += 1;
  }
  console.log(`drop-runtime: ${pages} pages without the framework's script`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
