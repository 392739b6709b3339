/** The pages `next build` prerendered, for the build steps that run after it and the bench. */
import fs from 'node:fs';
import path from 'node:path';
import { distDirName } from '../lib/dist-dir.mjs';

/** The build folder (lib/dist-dir.mjs). */
export const distDir = path.resolve(distDirName());

/** Where the App Router's prerendered pages are, relative to a build folder. */
const PAGES = path.join('server', 'app');

/** Where the App Router's prerendered pages are. */
export const pagesDir = path.join(distDir, PAGES);

/**
 * The prerendered HTML of the page at `page` (a URL path), relative to the build folder.
 * @param {string} page
 * @returns {string}
 */
export function prerenderedFile(page) {
  return path.join(PAGES, `${page}.html`);
}

/**
 * Every page prerendered in the build folder `dist`, as [file, the URL it is served at].
 * @returns {[string, string][]}
 */
export function prerendered(dist = distDir) {
  const dir = path.join(dist, PAGES);
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile() || !entry.name.endsWith('.html')) return [];
    const file = path.join(entry.parentPath, entry.name);
    const url = '/' + path.relative(dir, file).split(path.sep).join('/').slice(0, -'.html'.length);
    return [/** @type {[string, string]} */ ([file, url])];
  });
}
