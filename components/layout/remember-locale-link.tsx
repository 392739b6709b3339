'use client';

import type { ReactNode } from 'react';

/**
 * A plain link that also remembers the reader's choice of language, so that
 * `/` sends them to it next time. Without JavaScript it is still a link.
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
      onClick={() => {
        document.cookie = `${cookieName}=${locale}; path=/; max-age=31536000; samesite=lax`;
      }}
    >
      {children}
    </a>
  );
}
