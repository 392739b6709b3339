import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';

export type Section = 'archive' | 'tags' | 'series' | 'search';

/** Where the reader is: a section's own page, or a page inside it (a tag, a series). */
export interface Here {
  section: Section;
  index: boolean;
}

/** The header's links to the blog's sections, the current one marked for assistive technology and the eye. */
export function SiteNav({ locale, dict, here }: { locale: Locale; dict: Dictionary; here?: Here }) {
  const links: { section: Section; href: string; text: string }[] = [
    { section: 'archive', href: routes.archive(locale), text: dict.nav.archive },
    { section: 'tags', href: routes.tags(locale), text: dict.nav.tags },
    { section: 'series', href: routes.seriesIndex(locale), text: dict.nav.series },
    { section: 'search', href: routes.search(locale), text: dict.search.link },
  ];
  return (
    <nav className="site-nav" aria-label={dict.nav.label}>
      <ul>
        {links.map((link) => {
          const current = here?.section === link.section ? (here.index ? 'page' : 'true') : undefined;
          return (
            <li key={link.section}>
              <a href={link.href} aria-current={current}>
                {link.text}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
