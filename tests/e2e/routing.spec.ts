import { expect, kafkaPost, test } from './fixtures';

/**
 * What the server answers, whatever the viewport: run on the desktop, not again on the phone
 * (playwright.config.ts). The language switchers below are the header's, so they run on both.
 */
const ANY_VIEWPORT = { tag: '@desktop' };

test.describe('/ sends the reader to a language', ANY_VIEWPORT, () => {
  const cases: [string | undefined, string][] = [
    ['en-US,en;q=0.9', '/en'],
    ['pt-BR,pt;q=0.9,en;q=0.8', '/pt'],
    ['fr-FR,fr;q=0.9,en;q=0.5', '/en'],
    ['de-DE', '/pt'],
    [';;;q=banana,,', '/pt'],
    ['', '/pt'],
    [undefined, '/pt'],
  ];
  for (const [header, target] of cases) {
    test(`/ with Accept-Language ${JSON.stringify(header)} → ${target}`, async ({ request }) => {
      const response = await request.get('/', {
        maxRedirects: 0,
        headers: header === undefined ? {} : { 'Accept-Language': header },
      });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(target);
    });
  }

  test('a browser that prefers English lands on the English home', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });
});

// The browser's language is the opposite of the one chosen, so only the cookie can explain where / goes.
const roundTrips = [
  { browserLocale: 'pt-BR', from: kafkaPost.pt, to: kafkaPost.en, home: /\/en$/ },
  { browserLocale: 'en-US', from: kafkaPost.en, to: kafkaPost.pt, home: /\/pt$/ },
] as const;

for (const trip of roundTrips) {
  test(`switching from ${trip.from.lang} to ${trip.to.lang} lands on the translation, is remembered by / and comes back`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: trip.browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${trip.from.path.split('/')[1]}$`));

    await page.goto(trip.from.path);
    await page.getByRole('link', { name: trip.from.switchTo.name }).click();
    await expect(page).toHaveURL(new RegExp(`${trip.to.path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', trip.to.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.to.title);

    await page.goto('/');
    await expect(page).toHaveURL(trip.home);

    await page.goto(trip.to.path);
    await page.getByRole('link', { name: trip.to.switchTo.name }).click();
    await expect(page).toHaveURL(new RegExp(`${trip.from.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trip.from.title);
    await context.close();
  });
}

const homeSwitchers = [
  { path: '/pt', nav: 'Idioma', href: '/en', lang: 'en', name: 'Read in English' },
  { path: '/en', nav: 'Language', href: '/pt', lang: 'pt-BR', name: 'Ler em português' },
  { path: '/pt/nada-aqui', nav: 'Idioma', href: '/en', lang: 'en', name: 'Read in English' },
  { path: '/en/nothing-here', nav: 'Language', href: '/pt', lang: 'pt-BR', name: 'Ler em português' },
];
for (const s of homeSwitchers) {
  test(`the switcher on ${s.path} links to the other home`, async ({ page }) => {
    await page.goto(s.path);
    const link = page.getByRole('navigation', { name: s.nav }).getByRole('link');
    await expect(link).toHaveAttribute('href', s.href);
    await expect(link).toHaveAttribute('hreflang', s.lang);
    await expect(link).toHaveAttribute('lang', s.lang);
    await expect(link).toHaveAccessibleName(s.name);
  });
}

test.describe('unknown addresses get a localized 404', ANY_VIEWPORT, () => {
  const cases: { path: string; browserLocale?: string; lang: string; heading: string }[] = [
    // A locale in the path wins over the browser's language.
    { path: '/pt/nada-aqui', browserLocale: 'en-US', lang: 'pt-BR', heading: 'Página não encontrada' },
    { path: '/en/nothing-here', browserLocale: 'pt-BR', lang: 'en', heading: 'Page not found' },
    { path: '/pt/posts/nao-existe', lang: 'pt-BR', heading: 'Página não encontrada' },
    { path: '/en/posts/integrando-sistemas-com-kafka', browserLocale: 'pt-BR', lang: 'en', heading: 'Page not found' },
    { path: '/fr/posts/integrando-sistemas-com-kafka', browserLocale: 'en-US', lang: 'en', heading: 'Page not found' },
    {
      path: '/fr/posts/integrando-sistemas-com-kafka',
      browserLocale: 'fr-FR',
      lang: 'pt-BR',
      heading: 'Página não encontrada',
    },
    {
      path: '/posts/integrando-sistemas-com-kafka',
      browserLocale: 'pt-BR',
      lang: 'pt-BR',
      heading: 'Página não encontrada',
    },
    { path: '/posts/integrando-sistemas-com-kafka', browserLocale: 'en-US', lang: 'en', heading: 'Page not found' },
    { path: '/wp-login.php', browserLocale: 'en-GB', lang: 'en', heading: 'Page not found' },
    { path: '/pt/404', browserLocale: 'en-US', lang: 'pt-BR', heading: 'Página não encontrada' },
  ];
  for (const c of cases) {
    test(`${c.path}${c.browserLocale ? ` (browser in ${c.browserLocale})` : ''}`, async ({ browser }) => {
      // The browser's locale sets the Accept-Language of its navigations.
      const context = await browser.newContext(c.browserLocale ? { locale: c.browserLocale } : {});
      const page = await context.newPage();
      const response = await page.goto(c.path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.heading);
      await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
      await context.close();
    });
  }

  test('the 404 is complete without JavaScript', async ({ request }) => {
    const response = await request.get('/en/nothing-here');
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h1>Page not found<\/h1>/);
  });

  test('a missing image is a 404, not an error', async ({ request }) => {
    const response = await request.get('/images/posts/nao-existe.png');
    expect(response.status()).toBe(404);
  });
});

test.describe('the proxy around the edges', ANY_VIEWPORT, () => {
  test("a 404 chosen by the reader's language is never cached for everyone", async ({ request }) => {
    const response = await request.get('/nada-aqui', { headers: { 'Accept-Language': 'en' } });
    expect(response.status()).toBe(404);
    // Next rewrites Vary on rewritten responses; no-store is what keeps shared caches out.
    expect(response.headers()['cache-control']).toBe('private, no-store');
  });

  test('the redirect from / depends on the reader, and says so', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0 });
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['vary']).toMatch(/Accept-Language/);
    expect(response.headers()['vary']).toMatch(/Cookie/);
  });

  test('/ keeps the query string', async ({ request }) => {
    const response = await request.get('/?utm_source=feed', { maxRedirects: 0, headers: { 'Accept-Language': 'en' } });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(/\/en\?utm_source=feed$/);
  });

  // A static host serves exact names: capitals are a 404 there, escapes the page itself.
  test(
    'a page asked for in capitals or percent-escaped redirects to its address',
    { tag: '@node' },
    async ({ request }) => {
      for (const from of [
        '/EN',
        '/PT/posts/Integrando-Sistemas-Com-Kafka',
        '/pt/posts/integrando%2Dsistemas-com-kafka',
      ]) {
        const response = await request.get(from, { maxRedirects: 0 });
        expect(response.status(), from).toBe(308);
      }
      const page = await request.get('/PT/posts/Integrando-Sistemas-Com-Kafka');
      expect(page.status()).toBe(200);
      expect(page.url()).toMatch(new RegExp(`${kafkaPost.pt.path}$`));
    },
  );

  test('an unknown path under an uppercase locale is a 404 in that language', async ({ request }) => {
    const response = await request.get('/EN/nothing', { headers: { 'Accept-Language': 'pt-BR' } });
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('<html lang="en">');
  });

  test('the site icon is served', async ({ request }) => {
    const response = await request.get('/icon.svg');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/image\/svg\+xml/);
  });
});
