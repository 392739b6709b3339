/** The reader's colour theme: a choice remembered in localStorage, or the system's. */
export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

export const THEME_STORAGE_KEY = 'theme';

/**
 * Runs inline in <head>, before the stylesheet applies and the body paints, so
 * the first paint already has the remembered theme (no flash). `system` is the
 * absence of the attribute: the stylesheet then follows prefers-color-scheme.
 * The CSP allows inline scripts ('unsafe-inline'), see lib/security-headers.mjs.
 */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** Applies and remembers a choice (in the browser). */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page only.
  }
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  window.dispatchEvent(new Event(THEME_EVENT));
}

const THEME_EVENT = 'blog-themechange';

/** Calls `onChange` when the theme changes here or in another tab; returns the unsubscribe. */
export function subscribeToTheme(onChange: () => void): () => void {
  const fromStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const value = event.newValue;
    if (value === 'light' || value === 'dark') document.documentElement.dataset.theme = value;
    else delete document.documentElement.dataset.theme;
    onChange();
  };
  window.addEventListener(THEME_EVENT, onChange);
  window.addEventListener('storage', fromStorage);
  return () => {
    window.removeEventListener(THEME_EVENT, onChange);
    window.removeEventListener('storage', fromStorage);
  };
}

/** The theme in force on this page (in the browser). */
export function currentTheme(): Theme {
  const value = document.documentElement.dataset.theme;
  return value === 'light' || value === 'dark' ? value : 'system';
}
