import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import { LanguageSwitcher, type Alternate } from './language-switcher';

/** Header, main and footer around every page. */
export function PageShell({
  locale,
  dict,
  siteName,
  alternates,
  children,
}: {
  locale: Locale;
  dict: Dictionary;
  siteName: string;
  alternates: Alternate[];
  children: ReactNode;
}) {
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="site-name" href={routes.home(locale)}>
            {siteName}
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
        </p>
      </footer>
    </>
  );
}
