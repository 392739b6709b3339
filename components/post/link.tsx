import type { ComponentPropsWithoutRef } from 'react';
import { baseLanguage } from '@/lib/i18n/config';
import { isHttpUrl } from '@/lib/urls';

export interface LinkLabels {
  /** "em inglês" / "in Portuguese", by the link's language. */
  languageMark: (hrefLang: string) => string | undefined;
}

function isExternal(href: string | undefined): boolean {
  return !!href?.startsWith('//') || isHttpUrl(href);
}

/**
 * Links in posts. External ones never get access to this page (noopener
 * noreferrer); one whose hreflang differs from the page's language says so.
 */
export function PostLink({
  href,
  hrefLang,
  children,
  pageLang,
  labels,
  className,
  ...rest
}: ComponentPropsWithoutRef<'a'> & { pageLang: string; labels: LinkLabels }) {
  const external = isExternal(href);
  const otherLanguage = hrefLang && baseLanguage(hrefLang) !== baseLanguage(pageLang) ? hrefLang : undefined;
  const mark = otherLanguage ? labels.languageMark(otherLanguage) : undefined;
  return (
    <>
      <a
        {...rest}
        href={href}
        hrefLang={hrefLang}
        lang={otherLanguage}
        rel={external ? 'noopener noreferrer' : undefined}
        className={[className, external ? 'external' : undefined].filter(Boolean).join(' ') || undefined}
      >
        {children}
      </a>
      {mark ? <span className="language-mark"> ({mark})</span> : null}
    </>
  );
}
