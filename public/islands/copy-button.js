// @ts-check
/**
 * The copy button of each code block. It copies the block's own text from the page (so the code
 * is not sent twice), shows "copied" on the button for a moment, and says it through the live
 * region beside the button, as a label change alone is not announced.
 */
const BUTTON = 'button[data-copy]';
const RESET_AFTER_MS = 2500;

/** @type {WeakMap<Element, ReturnType<typeof setTimeout>>} */
const timers = new WeakMap();

/** @param {Element | null | undefined} code */
function textOf(code) {
  if (!code) return '';
  // rehype-pretty-code keeps an empty line's height with a single space; copy it as an empty line.
  const lines = [...code.querySelectorAll(':scope > [data-line]')].map((line) => line.textContent ?? '');
  if (lines.length === 0) return code.textContent ?? '';
  return lines.map((line) => (line === ' ' ? '' : line)).join('\n');
}

/**
 * @param {HTMLElement} button
 * @param {'copied' | 'failed'} outcome
 */
function report(button, outcome) {
  const status = button.parentElement?.querySelector('[data-copy-status]');
  const message = button.dataset[outcome] ?? '';
  if (outcome === 'copied') button.textContent = message;
  if (status) status.textContent = message;
  clearTimeout(timers.get(button));
  timers.set(
    button,
    setTimeout(() => {
      button.textContent = button.dataset.copy ?? '';
      if (status) status.textContent = '';
    }, RESET_AFTER_MS),
  );
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest(BUTTON) : null;
  if (!(button instanceof HTMLElement)) return;
  try {
    await navigator.clipboard.writeText(textOf(button.closest('figure')?.querySelector('pre code')));
    report(button, 'copied');
  } catch {
    report(button, 'failed');
  }
});
