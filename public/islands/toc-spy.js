// @ts-check
/**
 * Marks the table of contents' link to the section being read (aria-current="location"): the
 * last section whose heading has passed the top third of the window. Without this script the
 * contents simply stay unmarked. Loaded as a deferred module, after the document is parsed.
 */

/** @type {HTMLAnchorElement[]} */
const links = [...document.querySelectorAll('[data-toc-spy] a[href^="#"]')].filter(
  (link) => link instanceof HTMLAnchorElement,
);
/** @param {HTMLAnchorElement} link */
const target = (link) => decodeURIComponent(link.hash.slice(1));
const headings = [...new Set(links.map(target))]
  .map((id) => document.getElementById(id))
  .filter((heading) => heading !== null);

function mark() {
  const line = window.innerHeight / 3;
  const current = headings.filter((heading) => heading.getBoundingClientRect().top < line).at(-1);
  for (const link of links) {
    if (current && target(link) === current.id) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
for (const heading of headings) observer.observe(heading);
