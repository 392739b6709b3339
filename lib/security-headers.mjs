/**
 * The HTTP security headers of every response, defined once: next.config.mjs
 * applies them to pages, files and route handlers, the proxy to the responses
 * it makes itself (redirects, 404s), lib/http-guard.ts to its answers in front of Next (405, 204). Plain JavaScript because next.config.mjs
 * loads it without a TypeScript step; lib/security-headers.d.mts types it.
 *
 * Scripts: a page runs only files from this origin (public/islands/) and one inline script, the
 * theme script, allowed by its hash; scripts/drop-runtime.mjs removes Next's inline payload and
 * script tags from every prerendered page. Only the dev server, whose pages hydrate and carry
 * that payload (it differs per page and per build), allows 'unsafe-inline' and 'unsafe-eval'.
 * Styles: highlighted code carries its colours in style attributes.
 * WebAssembly: only the search page compiles any (Pagefind's search runs as WebAssembly), so only
 * its policy carries 'wasm-unsafe-eval' (next.config.mjs), which allows compiling WebAssembly
 * fetched from this origin and nothing else; JavaScript eval stays blocked everywhere.
 */

import { createHash } from 'node:crypto';
import { themeScript } from './theme-script.mjs';

/** @typedef {{ dev?: boolean, wasm?: boolean }} PolicyOptions */

/** The CSP source that allows exactly the inline theme script. */
export const themeScriptHash = `'sha256-${createHash('sha256').update(themeScript).digest('base64')}'`;

/** @param {PolicyOptions} [options] */
export function contentSecurityPolicy({ dev = false, wasm = false } = {}) {
  const inline = dev ? "'unsafe-inline'" : themeScriptHash;
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild stacks; production never does.
    `script-src 'self' ${inline}${wasm ? " 'wasm-unsafe-eval'" : ''}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

const permissions = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'usb',
  'xr-spatial-tracking',
];

/**
 * @param {PolicyOptions} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissions.map((feature) => `${feature}=()`).join(', ') },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
