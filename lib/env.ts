import path from 'node:path';
import { distDirName } from './dist-dir.mjs';

/**
 * The environment, read and checked in one place.
 * CONTENT_DIR points the whole site at another content tree (tests, benchmarks).
 * SITE_URL is the public origin used in canonical and hreflang links.
 */
function readSiteUrl(): URL {
  const raw = process.env.SITE_URL?.trim() || 'http://localhost:3000';
  try {
    return new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://blog.example.com (got "${raw}")`);
  }
}

export const env = {
  // Read at build time, and by the proxy at run time (once per process); the comments keep the
  // bundler from tracing whole folders into the server output.
  contentDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR?.trim() || 'content'),
  publicDir: path.join(/*turbopackIgnore: true*/ process.cwd(), 'public'),
  // next.config.mjs reads the same variable: the production build the server runs from.
  distDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDirName()),
  siteUrl: readSiteUrl(),
  isDev: process.env.NODE_ENV === 'development',
} as const;
