import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getSite } from '@/lib/content';
import { env } from '@/lib/env';
import { htmlLang, isLocale } from '@/lib/i18n/config';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeParam, localeParams } from '@/lib/locale-route';
import { ThemeScript } from '@/components/layout/theme-script';
import '../globals.css';

export const dynamicParams = false;

export const generateStaticParams = localeParams;

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#16181d' },
  ],
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const site = getSite();
  return {
    metadataBase: env.siteUrl,
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.description[locale],
    ...(site.author ? { authors: [{ name: site.author.name, url: site.author.url }] } : {}),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeParam(params);
  const dict = await getDictionary(locale);
  return (
    // The head script sets data-theme before React hydrates, hence suppressHydrationWarning.
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a className="skip-link" href="#content">
          {dict.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
