/**
 * Takes the framework's client script out of every prerendered page that has no React island:
 * part of `npm run build`, after `next build`.
 *
 * A page of this blog is server components and a few standalone scripts (public/islands/); nothing
 * on it needs React in the browser, yet Next ships its runtime (about 135 KiB gzip) and the page's
 * RSC payload to every page, and hydrates them. Without them a post is HTML, CSS and about 2 KiB of
 * script. What goes: the framework's <script src> and their preloads, the inline RSC payload
 * (`self.__next_f`) and the bundler's bootstrap. What stays: our inline theme script, JSON-LD, the
 * island modules, the stylesheet. Links are then plain links (a full page load, as without script).
 *
 * A page whose HTML carries `data-react-island` (the search box) keeps everything.
 * `next start` serves these files as they are; the dev server never runs this, and hydrates as usual.
 * If Next's output changes so that framework script survives, the build fails here rather than
 * ship a half-stripped page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagesDir, prerendered } from './prerendered.mjs';

/** The attribute a React island puts on its root element so its page keeps the framework. */
export const REACT_ISLAND = 'data-react-island';

const FRAMEWORK_SRC = /^\/_next\/static\/.*\.js$/;
/** Inline scripts Next writes: the RSC payload and the bundler's list of chunks. */
const FRAMEWORK_INLINE = /^\s*\(?\s*(?:self\.__next_f|\(?globalThis\[["']TURBOPACK["']\])/;

/**
 * @param {string} attrs a tag's attributes
 * @param {string} name
 * @returns {string | undefined}
 */
const attribute = (attrs, name) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find(Boolean);

/**
 * The page without the framework's script, or the page as it is when it has a React island.
 * @param {string} html
 * @returns {{ html: string, dropped: number, keptFramework: boolean }}
 */
export function dropRuntime(html) {
  if (html.includes(REACT_ISLAND)) return { html, dropped: 0, keptFramework: true };
  let dropped = 0;
  const out = html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (tag, attrs, body) => {
      const src = attribute(attrs, 'src');
      const framework = src ? FRAMEWORK_SRC.test(src) : FRAMEWORK_INLINE.test(body);
      if (!framework) return tag;
      dropped += 1;
      return '';
    })
    .replace(/<link\b([^>]*)\/?>/gi, (tag, attrs) => {
      const preload = /^(?:preload|modulepreload)$/i.test(attribute(attrs, 'rel') ?? '');
      if (!preload || !FRAMEWORK_SRC.test(attribute(attrs, 'href') ?? '')) return tag;
      dropped += 1;
      return '';
    });
  return { html: out, dropped, keptFramework: false };
}

/**
 * What of the framework a page still has after dropRuntime, if anything (a build that must fail).
 * @param {string} html
 * @returns {string[]}
 */
export function leftovers(html) {
  /** @type {string[]} */
  const found = [];
  if (/<script\b[^>]*\bsrc\s*=\s*["']?\/_next\/static\/[^"'\s>]*\.js/i.test(html))
    found.push('a framework <script src>');
  if (html.includes('__next_f')) found.push('the RSC payload (__next_f)');
  if (html.includes('TURBOPACK')) found.push("the bundler's bootstrap (TURBOPACK)");
  return found;
}

function main() {
  if (!fs.existsSync(pagesDir)) {
    console.error(`drop-runtime: no prerendered pages in ${pagesDir}; run next build first`);
    process.exitCode = 1;
    return;
  }
  let pages = 0;
  let kept = 0;
  for (const [file] of prerendered()) {
    const before = fs.readFileSync(file, 'utf8');
    const { html, keptFramework } = dropRuntime(before);
    if (keptFramework) {
      kept += 1;
      continue;
    }
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
  console.log(`drop-runtime: ${pages} pages without the framework's script; ${kept} kept it for a React island`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
