import { htmlLang, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';
import { RememberLocaleLink } from './remember-locale-link';

export interface Alternate {
  locale: Locale;
  /** The same page in that locale, or that locale's home when there is no translation. */
  href: string;
  translated: boolean;
  /** The switcher's words, in the target language so its readers can find them. */
  text: { nativeName: string; readIn: string; notTranslated: string; goHome: string };
}

export function LanguageSwitcher({ alternates, label }: { alternates: Alternate[]; label: string }) {
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {alternates.map((alt) => (
          <li key={alt.locale} lang={htmlLang[alt.locale]}>
            {alt.translated ? (
              <RememberLocaleLink
                href={alt.href}
                locale={alt.locale}
                hrefLang={htmlLang[alt.locale]}
                cookieName={LOCALE_COOKIE}
                className="switch-link"
              >
                <span aria-hidden="true">{alt.text.nativeName}</span>
                <span className="visually-hidden">{alt.text.readIn}</span>
              </RememberLocaleLink>
            ) : (
              <span className="switch-unavailable">
                <span>{alt.text.notTranslated}. </span>
                <RememberLocaleLink
                  href={alt.href}
                  locale={alt.locale}
                  hrefLang={htmlLang[alt.locale]}
                  cookieName={LOCALE_COOKIE}
                  className="switch-link"
                >
                  {alt.text.goHome}
                </RememberLocaleLink>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
