/**
 * The inline script that puts the remembered theme on <html data-theme> before the first paint
 * (lib/theme.ts). Plain JavaScript so that lib/security-headers.mjs, which next.config.mjs loads
 * without a TypeScript step, can allow exactly this script by its hash.
 */

/** Where the reader's choice is kept in localStorage. */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
