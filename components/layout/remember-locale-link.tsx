import type { ReactNode } from 'react';
import { IslandScript } from '@/components/island-script';

/**
 * A plain link that also remembers the reader's choice of language (public/islands/remember-locale.js),
 * so that `/` sends them to it next time. Without JavaScript it is still a link.
 */
export function RememberLocaleLink({
  href,
  locale,
  hrefLang,
  cookieName,
  className,
  children,
}: {
  href: string;
  locale: string;
  hrefLang: string;
  cookieName: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      hrefLang={hrefLang}
      lang={hrefLang}
      className={className}
      data-remember-locale={locale}
      data-cookie={cookieName}
    >
      {children}
      <IslandScript name="remember-locale" />
    </a>
  );
}
