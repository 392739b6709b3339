import fs from 'node:fs';
import path from 'node:path';
import { env } from './env';
import type { Locale } from './i18n/config';
import { routes } from './routes';

const cache = new Map<string, string>();

/**
 * The prerendered `/{locale}/404` page as the production build wrote it, read once per process.
 *
 * The proxy answers unknown paths with this body itself instead of rewriting to the page:
 * Next hands the proxy a request URL on `localhost` but resolves rewrites against the address
 * the server is bound to, so under `next start -H 127.0.0.1` a rewrite looks external and is
 * forwarded over HTTP to the server itself, where it loops until the socket gives up (30 s, 500).
 * Answering from the build's own file never leaves the process, whatever the bind address,
 * `Host` or `X-Forwarded-*` headers. Undefined where there is no such file (the dev server).
 */
export function prerenderedNotFound(locale: Locale, distDir = env.distDir): string | undefined {
  const file = path.join(distDir, 'server', 'app', `${routes.notFound(locale)}.html`);
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  try {
    const html = fs.readFileSync(file, 'utf8');
    cache.set(file, html);
    return html;
  } catch {
    return undefined;
  }
}
