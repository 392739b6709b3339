/** The pages `next build` prerendered, for the build steps that run after it. */
import fs from 'node:fs';
import path from 'node:path';
import { distDirName } from '../lib/dist-dir.mjs';

/** The build folder (lib/dist-dir.mjs). */
export const distDir = path.resolve(distDirName());

/** Where the App Router's prerendered pages are. */
export const pagesDir = path.join(distDir, 'server', 'app');

/**
 * Every prerendered page under `dir`, as [file, the URL it is served at].
 * @returns {[string, string][]}
 */
export function prerendered(dir = pagesDir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile() || !entry.name.endsWith('.html')) return [];
    const file = path.join(entry.parentPath, entry.name);
    const url =
      '/' +
      path
        .relative(dir, file)
        .split(path.sep)
        .join('/')
        .replace(/\.html$/, '');
    return [/** @type {[string, string]} */ ([file, url])];
  });
}
