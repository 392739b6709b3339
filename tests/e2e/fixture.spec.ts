import { FIXTURE_URL } from './servers';
import { expect, test } from './fixtures';

// These run against the blog built from tests/fixtures/content.
test.use({ baseURL: FIXTURE_URL });

test.describe('a post without a translation', () => {
  test('the switcher says so in the other language and links to its home', async ({ page }) => {
    const response = await page.goto('/pt/posts/so-em-portugues');
    expect(response?.status()).toBe(200);
    const switcher = page.getByRole('navigation', { name: 'Idioma' });
    await expect(switcher).toContainText('This post is not available in English');
    const link = switcher.getByRole('link', { name: 'Go to the English home page' });
    await expect(link).toHaveAttribute('href', '/en');
    await link.click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('has no hreflang alternate and no English page, though a draft translation exists', async ({
    page,
    request,
  }) => {
    await page.goto('/pt/posts/so-em-portugues');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
    expect((await request.get('/en/posts/so-em-portugues')).status()).toBe(404);
    // tests/fixtures/content/posts/2024-01-10-so-em-portugues/en.mdx is a draft.
    expect((await request.get('/en/posts/only-in-portuguese')).status()).toBe(404);
  });

  test('is listed on both homes, marked as Portuguese on the English one', async ({ page }) => {
    await page.goto('/pt');
    await expect(page.getByRole('link', { name: 'Um texto só em português' })).not.toHaveAttribute('hreflang', /.*/);
    await page.goto('/en');
    await expect(page.getByRole('link', { name: 'Um texto só em português' })).toHaveAttribute('hreflang', 'pt-BR');
  });
});

test('figures are numbered in order of appearance', async ({ page }) => {
  await page.goto('/pt/posts/so-em-portugues');
  const numbers = page.locator('figure.figure .figure-number');
  await expect(numbers).toHaveText(['Figura 1', 'Figura 2']);
  await expect(page.locator('figure.figure').first().getByRole('link', { name: 'Equipe de testes' })).toHaveAttribute(
    'href',
    'https://example.com/creditos',
  );
});

test('an attributed quote names its author and links its source', async ({ page }) => {
  await page.goto('/pt/posts/so-em-portugues');
  const quote = page.locator('figure.quote-figure');
  await expect(quote.locator('blockquote')).toHaveAttribute('cite', 'https://example.com/citacao');
  await expect(quote.locator('figcaption')).toContainText('Grace Hopper');
  await expect(quote.locator('figcaption a')).toHaveAttribute('href', 'https://example.com/citacao');
});

test('code is highlighted at build time, with no highlighter sent to the browser', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto('/pt/posts/so-em-portugues', { waitUntil: 'networkidle' });
  const code = page.locator('pre code').first();
  await expect(code).toBeVisible();
  const styled = code.locator('span[style*="--shiki-light"]');
  expect(await styled.count()).toBeGreaterThan(3);
  // Each token is painted in its theme colour, and they are not all the same colour.
  const colors = await styled.evaluateAll((spans) =>
    spans.map((span) => {
      const hex = getComputedStyle(span).getPropertyValue('--shiki-light').trim().replace('#', '');
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return { painted: getComputedStyle(span).color, theme: `rgb(${r}, ${g}, ${b})` };
    }),
  );
  for (const { painted, theme } of colors) expect(painted).toBe(theme);
  expect(new Set(colors.map((c) => c.painted)).size).toBeGreaterThan(1);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).not.toMatch(/shiki|createHighlighter|tokenizeWithTheme/);
});

test('tables from GFM render as tables', async ({ page }) => {
  await page.goto('/pt/posts/so-em-portugues');
  const table = page.getByRole('article').getByRole('table');
  await expect(table).toHaveCount(1);
  expect(await table.getByRole('columnheader').count()).toBeGreaterThan(1);
  // A wide table scrolls inside its own box rather than widening the page.
  expect(await table.evaluate((element) => getComputedStyle(element.parentElement!).overflowX)).toBe('auto');
});

test('a series post shows its place, counting planned entries', async ({ page }) => {
  await page.goto('/pt/posts/texto-bilingue');
  await expect(page.getByRole('navigation', { name: /^Série: / }).getByText(/^Parte 1 de 4 da série /)).toBeVisible();
  await page.goto('/en/posts/series-part-two');
  await expect(
    page.getByRole('navigation', { name: /^Series: / }).getByText(/^Part 2 of 4 in the series /),
  ).toBeVisible();
});

test('an updated post shows both dates', async ({ page }) => {
  await page.goto('/en/posts/bilingual-post');
  const meta = page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ has: page.getByRole('time') });
  await expect(meta).toHaveCount(1);
  await expect(meta).toContainText('February 1, 2024');
  await expect(meta).toContainText('Updated on March 5, 2024');
});

test('a Portuguese reference on an English page is marked as such', async ({ page }) => {
  await page.goto('/en/posts/bilingual-post');
  const references = page
    .getByRole('article')
    .getByRole('list')
    .filter({ has: page.getByRole('link', { name: 'Testing bilingual pages' }) });
  const links = references.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('hreflang', 'pt-BR');
  await expect(links.nth(1)).not.toHaveAttribute('hreflang', /.*/);
  await expect(references.getByText(/^\s*\((em|in) [^)]+\)$/)).toHaveText(['(in Portuguese)']);
});

test('drafts and scheduled posts never reach a production build', async ({ page, request }) => {
  expect((await request.get('/pt/posts/rascunho-secreto')).status()).toBe(404);
  expect((await request.get('/pt/posts/texto-agendado')).status()).toBe(404);
  await page.goto('/pt');
  await expect(page.getByText('Rascunho secreto')).toHaveCount(0);
  await expect(page.getByText('Texto agendado')).toHaveCount(0);
});

test('the home lists posts newest first', async ({ page }) => {
  await page.goto('/pt');
  const titles = await page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
  // Two posts share a date and time; the folder name settles the tie the same way every build.
  expect(titles.slice(0, 5)).toEqual([
    'Um texto bilíngue',
    'A post only in English (em inglês)',
    'Um texto só em português',
    'Série, parte dois',
    'Imagens, vídeo e diagramas',
  ]);
});

test.describe("old addresses in a post's aliases redirect to it for good", () => {
  const cases = [
    ['/2024/02/01/texto-bilingue.html', '/pt/posts/texto-bilingue'],
    ['/blog/texto-bilingue', '/pt/posts/texto-bilingue'],
    ['/blog/texto-bilingue/', '/pt/posts/texto-bilingue'],
    ['/en/posts/old-bilingual-slug', '/en/posts/bilingual-post'],
  ] as const;
  for (const [from, to] of cases) {
    test(`${from} → ${to}`, async ({ request }) => {
      let response = await request.get(from, { maxRedirects: 0 });
      // A host may drop a trailing slash first (nginx, 308 to the alias itself), then redirect the
      // alias; the blog's server goes to the post at once.
      const first = new URL(response.headers()['location'] ?? from, FIXTURE_URL).pathname;
      if (from.endsWith('/') && response.status() === 308 && first === from.slice(0, -1)) {
        response = await request.get(first, { maxRedirects: 0 });
      }
      expect(response.status()).toBe(308);
      expect(new URL(response.headers()['location'] ?? '', FIXTURE_URL).pathname).toBe(to);
    });
  }

  test('a reader following an alias lands on the post', async ({ page }) => {
    await page.goto('/2024/02/01/texto-bilingue.html');
    await expect(page).toHaveURL(/\/pt\/posts\/texto-bilingue$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Um texto bilíngue');
  });
});

test('an alias keeps the query string on its redirect', async ({ request }) => {
  const response = await request.get('/2024/02/01/texto-bilingue.html?ref=old-blog', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(/\/pt\/posts\/texto-bilingue\?ref=old-blog$/);
});
