import type { ReactNode } from 'react';
import type { SiteConfig } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import type { Alternate } from '@/lib/i18n/alternates';
import { Byline } from './byline';
import { LanguageSwitcher } from './language-switcher';
import { SiteNav, type Here } from './site-nav';
import { ThemeControl } from './theme-control';

/** Header, main and footer around every page. */
export function PageShell({
  locale,
  dict,
  site,
  alternates,
  here,
  children,
}: {
  locale: Locale;
  dict: Dictionary;
  site: Pick<SiteConfig, 'name' | 'author' | 'links'>;
  alternates: Alternate[];
  /** The header section this page belongs to, if any. */
  here?: Here;
  children: ReactNode;
}) {
  const { name: siteName, author, links } = site;
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <a className="site-name" href={routes.home(locale)}>
            {siteName}
          </a>
          <SiteNav locale={locale} dict={dict} here={here} />
          <LanguageSwitcher alternates={alternates} label={dict.languageSwitcher.label} />
          <ThemeControl labels={dict.theme} />
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <a href={routes.home(locale)}>{siteName}</a>
          {author ? (
            <>
              {' · '}
              <Byline author={author} label={dict.post.byline} />
            </>
          ) : null}
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
