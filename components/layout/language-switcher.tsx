import type { Alternate } from '@/lib/i18n/alternates';
import { htmlLang, LOCALE_COOKIE } from '@/lib/i18n/config';
import { RememberLocaleLink } from './remember-locale-link';

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
                <span>{alt.text.missing}. </span>
                <RememberLocaleLink
                  href={alt.href}
                  locale={alt.locale}
                  hrefLang={htmlLang[alt.locale]}
                  cookieName={LOCALE_COOKIE}
                  className="switch-link"
                >
                  {alt.text.goTo}
                </RememberLocaleLink>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
