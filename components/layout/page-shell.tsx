import Link from 'next/link';
import type { ReactNode } from 'react';
import type { SiteConfig } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import { LanguageSwitcher, type Alternate } from './language-switcher';

/** Header, main and footer around every page. */
export function PageShell({
  locale,
  dict,
  site,
  alternates,
  children,
}: {
  locale: Locale;
  dict: Dictionary;
  site: Pick<SiteConfig, 'name' | 'author' | 'links'>;
  alternates: Alternate[];
  children: ReactNode;
}) {
  const { name: siteName, author, links } = site;
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="site-name" href={routes.home(locale)}>
            {siteName}
          </Link>
          <Link className="site-search-link" href={routes.search(locale)}>
            {dict.search.link}
          </Link>
          <LanguageSwitcher alternates={alternates} label={dict.languageSwitcher.label} />
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <Link href={routes.home(locale)}>{siteName}</Link>
          {' · '}
          {author.url ? <a href={author.url}>{author.name}</a> : author.name}
        </p>
        {links.length > 0 ? (
          <ul className="footer-links">
            {links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="me noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </footer>
    </>
  );
}
