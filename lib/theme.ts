/** The reader's colour theme: a choice remembered in localStorage, or the system's. */
export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

export const THEME_STORAGE_KEY = 'theme';

/**
 * Runs inline in <head>, before the stylesheet applies and the body paints, so
 * the first paint already has the remembered theme (no flash). `system` is the
 * absence of the attribute: the stylesheet then follows prefers-color-scheme.
 * The CSP allows inline scripts ('unsafe-inline'), see lib/security-headers.mjs. The theme control
 * (public/islands/theme-control.js) applies and remembers a new choice under the same key.
 */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
