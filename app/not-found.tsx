import type { Metadata } from 'next';
import { defaultLocale, htmlLang, locales } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { routes } from '@/lib/routes';
import { ThemeScript } from '@/components/layout/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: 'Página não encontrada · Page not found',
  robots: { index: false },
};

/**
 * Last resort for requests the proxy does not see (a missing post image).
 * It cannot know the reader's language, so it speaks every one of them.
 */
export default async function RootNotFound() {
  const dictionaries = await Promise.all(
    locales.map(async (locale) => ({ locale, dict: await getDictionary(locale) })),
  );
  return (
    <html lang={htmlLang[defaultLocale]} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <main id="content" className="not-found">
          <p className="not-found-code" aria-hidden="true">
            404
          </p>
          {dictionaries.map(({ locale, dict }, i) => {
            const Heading = i === 0 ? 'h1' : 'h2';
            return (
              <div key={locale} lang={htmlLang[locale]}>
                <Heading>{dict.notFound.title}</Heading>
                <p>
                  <a href={routes.home(locale)}>{dict.notFound.backHome}</a>
                </p>
              </div>
            );
          })}
        </main>
      </body>
    </html>
  );
}
