'use client';

import { useEffect } from 'react';

/**
 * Marks the table of contents' link to the section being read
 * (aria-current="location"). Renders nothing; without script the contents
 * simply stay unmarked.
 */
export function TocSpy() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
    const headings = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))]
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null);
    const mark = () => {
      // The current section: the last one whose heading has passed the top third of the window.
      const line = window.innerHeight / 3;
      const current = headings.filter((heading) => heading.getBoundingClientRect().top < line).at(-1);
      for (const link of links) {
        if (current && decodeURIComponent(link.hash.slice(1)) === current.id)
          link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    };
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, []);
  return null;
}
