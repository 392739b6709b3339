/**
 * Hashes of the code whose output the build caches keep, so a cache entry made by older code
 * is never served: the MDX pipeline (lib/mdx/cache.ts) and the post card's drawing
 * (lib/seo/social-image.tsx). next.config.mjs computes them when the build starts and passes
 * them to the app as environment values, because the production server runs from the build
 * output, where these sources may be absent; scripts and tests, which run from the sources,
 * compute them directly. Plain JavaScript because next.config.mjs loads it without a
 * TypeScript step; lib/source-hash.d.mts types it.
 */

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The MDX compile's code: lib/mdx and the modules of lib/ its plugins import (a unit test keeps this list whole). */
export const MDX_PIPELINE_SOURCES = [
  'lib/mdx',
  'lib/svg',
  'lib/i18n',
  'lib/media',
  'lib/mermaid',
  'lib/env.ts',
  'lib/urls.ts',
  'lib/server/canonical-path.mjs',
];

/** The content loader's parse of one file (lib/content/load.ts and what it imports): the content check keeps its results. */
export const CONTENT_PARSE_SOURCES = ['lib/content', 'lib/i18n', 'lib/urls.ts'];

/** The post card's drawing and its size. */
export const SOCIAL_CARD_SOURCES = ['lib/seo/social-image.tsx', 'lib/seo/metadata.ts'];

/**
 * Every file under `entry` (a file or a folder), as paths relative to `root`, sorted.
 * @param {string} root
 * @param {string} entry
 * @returns {string[]}
 */
function filesOf(root, entry) {
  // The comments keep the bundler from tracing the whole project into the server output.
  const full = path.join(/*turbopackIgnore: true*/ root, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(entry, name))
    .filter((file) => fs.statSync(path.join(/*turbopackIgnore: true*/ root, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * A SHA-256 over the names and bytes of every file under `entries` (paths relative to `root`).
 * @param {string} root
 * @param {readonly string[]} entries
 * @returns {string}
 */
export function hashSources(root, entries) {
  const hash = createHash('sha256');
  for (const file of entries.flatMap((entry) => filesOf(root, entry))) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** @type {Map<string, string>} */
const computed = new Map();

/**
 * The hash of the code under `entries` that this process runs: `fromBuild`, next.config.mjs's
 * value, in a built app; else the sources in the working folder (scripts, tests), hashed once;
 * in development on every call, because the sources may change under the running server.
 * @param {string | undefined} fromBuild
 * @param {readonly string[]} entries
 * @returns {string}
 */
export function currentHash(fromBuild, entries) {
  if (process.env.NODE_ENV === 'development') return hashSources(process.cwd(), entries);
  if (fromBuild) return fromBuild;
  const key = entries.join('\0');
  const hash = computed.get(key) ?? hashSources(process.cwd(), entries);
  computed.set(key, hash);
  return hash;
}

/**
 * The values next.config.mjs hands the app (its `env` option).
 * @param {string} root
 * @returns {{ MDX_PIPELINE_HASH: string, SOCIAL_CARD_HASH: string }}
 */
export function sourceHashes(root) {
  return {
    MDX_PIPELINE_HASH: hashSources(root, MDX_PIPELINE_SOURCES),
    SOCIAL_CARD_HASH: hashSources(root, SOCIAL_CARD_SOURCES),
  };
}
