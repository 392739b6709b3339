// @ts-check
/**
 * The theme control: light, dark or the system's. The inline script in <head> (lib/theme.ts)
 * has already put the remembered choice on <html data-theme> before the first paint; this marks
 * the button in force, applies a new choice, remembers it, and follows a choice made in another tab.
 */
const CONTROL = '[data-theme-control]';
const root = document.documentElement;

/** @returns {string} */
function current() {
  const value = root.dataset.theme;
  return value === 'light' || value === 'dark' ? value : 'system';
}

function mark() {
  const theme = current();
  for (const button of document.querySelectorAll(`${CONTROL} button[data-theme-choice]`))
    button.setAttribute('aria-pressed', String(button.getAttribute('data-theme-choice') === theme));
}

/** @param {string | null} theme */
function show(theme) {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
  mark();
}

/** @returns {string} */
function storageKey() {
  return document.querySelector(CONTROL)?.getAttribute('data-storage-key') ?? 'theme';
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest(`${CONTROL} button[data-theme-choice]`) : null;
  if (!button) return;
  const theme = button.getAttribute('data-theme-choice');
  try {
    if (theme === 'light' || theme === 'dark') localStorage.setItem(storageKey(), theme);
    else localStorage.removeItem(storageKey());
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page only.
  }
  show(theme);
});

window.addEventListener('storage', (event) => {
  if (event.key === storageKey()) show(event.newValue);
});

// Loaded as a deferred module: the control is already in the document.
mark();
