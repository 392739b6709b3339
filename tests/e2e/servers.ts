import os from 'node:os';
import path from 'node:path';

/**
 * The suite's production servers. E2E_PORT moves all of them (default 3100), so two checkouts
 * can run their suites side by side.
 */
const base = Number(process.env.E2E_PORT || 3100);
const at = (offset: number) => `http://127.0.0.1:${base + offset}`;

/** The blog built from content/. */
export const SITE_URL = at(0);
/** The blog built from tests/fixtures/content (untranslated post, draft, several figures, series). */
export const FIXTURE_URL = at(1);
/** The blog built from tests/fixtures/content-pt-only: one post, nothing in English. */
export const PT_ONLY_URL = at(2);
/**
 * Where that blog's content is copied before its build, so a spec can add and delete posts under a
 * running server (which must answer for its build, not for the folder).
 */
export const PT_ONLY_CONTENT_DIR = path.join(os.tmpdir(), `blog-e2e-pt-only-${base + 2}`);
/**
 * The static export of the blog built from content/ (the SITE_URL server's build, so its pages name
 * SITE_URL as their address), served by nginx with deploy/nginx.conf.
 */
export const EXPORT_URL = at(3);
/** Where the export is written: inside the ignored `.next-e2e*` folders. */
export const EXPORT_DIR = '.next-e2e-export';
/**
 * Another export of the same build, served by Cloudflare's local runtime for Pages (`wrangler pages
 * dev`), which reads out/_headers and out/_redirects as Cloudflare Pages does.
 */
export const CLOUDFLARE_URL = at(4);
export const CLOUDFLARE_EXPORT_DIR = '.next-e2e-export-cloudflare';
/**
 * The SITE_URL server's build as the Dockerfile runs it: `node server.mjs` in the standalone folder
 * (output: 'standalone'), laid out by the Dockerfile's own COPY steps in a folder of its own.
 */
export const STANDALONE_URL = at(5);
export const STANDALONE_DIR = '.next-e2e-standalone';
/**
 * `next dev` on a temporary copy of tests/fixtures/content, which tests/e2e-dev edits.
 * On localhost: the dev server refuses its own scripts to other origins (allowedDevOrigins),
 * and without them the browser cannot show a content error.
 */
export const DEV_URL = `http://localhost:${base + 9}`;
export const DEV_CONTENT_DIR = path.join(os.tmpdir(), `blog-e2e-dev-${base + 9}`);
