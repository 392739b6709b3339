/** The reader's colour theme: a choice remembered in localStorage, or the system's. */
export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

/**
 * `themeScript` runs inline in <head>, before the stylesheet applies and the body paints, so the
 * first paint already has the remembered theme (no flash). `system` is the absence of the
 * attribute: the stylesheet then follows prefers-color-scheme. The Content-Security-Policy allows
 * this one inline script by its hash (lib/security-headers.mjs). The theme control
 * (public/islands/theme-control.js) applies and remembers a new choice under the same key.
 */
export { THEME_STORAGE_KEY, themeScript } from './theme-script.mjs';
