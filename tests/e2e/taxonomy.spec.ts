import { expect, test } from './fixtures';
import { FIXTURE_URL } from './servers';

// Tags, series, archive and one-language posts, against the blog built from tests/fixtures/content.
test.use({ baseURL: FIXTURE_URL });

test.describe('the tag index', () => {
  const expected = {
    pt: [
      'Kafka (1 texto)',
      'Lote (21 textos)',
      'MDX (1 texto)',
      'Mensageria (2 textos)',
      'sem-rotulo (1 texto)',
      'Testes (4 textos)',
    ],
    en: [
      'Batch (21 posts)',
      'Kafka (1 post)',
      'MDX (1 post)',
      'Messaging (2 posts)',
      'sem-rotulo (1 post)',
      'Testing (4 posts)',
    ],
  };
  for (const locale of ['pt', 'en'] as const) {
    test(`lists every tag in ${locale} by label, with its count and its localized link`, async ({ page }) => {
      expect((await page.goto(`/${locale}/tags`))?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
      await expect(page.getByRole('main').getByRole('listitem')).toHaveText(expected[locale]);
      const messaging = page.getByRole('link', { name: locale === 'pt' ? 'Mensageria' : 'Messaging', exact: true });
      await expect(messaging).toHaveAttribute('href', locale === 'pt' ? '/pt/tags/mensageria' : '/en/tags/messaging');
    });
  }
});

test.describe('a tag page', () => {
  test("lists the tag's posts newest first, the other language's marked", async ({ page }) => {
    expect((await page.goto('/pt/tags/mensageria'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Textos com a tag “Mensageria”');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
      'A post only in English (em inglês)',
      'Série, parte dois',
    ]);
    const foreign = page.getByRole('link', { name: 'A post only in English' });
    await expect(foreign).toHaveAttribute('hreflang', 'en');
    await expect(foreign).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Série, parte dois' })).not.toHaveAttribute('hreflang', /.*/);
  });

  test("a tag's page in English is at its English slug; the Portuguese one is not a page there", async ({
    request,
  }) => {
    expect((await request.get('/en/tags/messaging')).status()).toBe(200);
    expect((await request.get('/en/tags/mensageria')).status()).toBe(404);
    expect((await request.get('/pt/tags/messaging')).status()).toBe(404);
  });

  test('the switcher goes to the same tag at its slug in the other language', async ({ page }) => {
    await page.goto('/pt/tags/mensageria');
    const link = page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Read in English' });
    await expect(link).toHaveAttribute('href', '/en/tags/messaging');
    await link.click();
    await expect(page).toHaveURL(/\/en\/tags\/messaging$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged “Messaging”');
    await expect(
      page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Ler em português' }),
    ).toHaveAttribute('href', '/pt/tags/mensageria');
  });

  test('the switcher says when the other language has no post with the tag, and links its tag index', async ({
    page,
  }) => {
    await page.goto('/pt/tags/mdx');
    const switcher = page.getByRole('navigation', { name: 'Idioma' });
    await expect(switcher).toContainText('No posts in English are tagged “MDX” yet');
    await expect(switcher.getByRole('link', { name: 'See the tags in English' })).toHaveAttribute('href', '/en/tags');
    await page.goto('/en/tags/sem-rotulo');
    await expect(page.getByRole('navigation', { name: 'Language' })).toContainText(
      'Ainda não há textos em português com a tag “sem-rotulo”',
    );
  });

  test('shows 20 posts a page, with previous and next links between pages', async ({ page, request }) => {
    await page.goto('/pt/tags/lote');
    await expect(page.getByRole('article')).toHaveCount(20);
    await expect(page.getByRole('article').getByRole('heading', { level: 2 }).first()).toHaveText('Lote, texto 21');
    const pages = page.getByRole('navigation', { name: 'Páginas' });
    await expect(pages).toContainText('Página 1 de 2');
    await expect(pages.getByRole('link', { name: /Página anterior/ })).toHaveCount(0);
    await pages.getByRole('link', { name: /Próxima página/ }).click();
    await expect(page).toHaveURL(/\/pt\/tags\/lote\/page\/2$/);
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(['Lote, texto 01']);
    await expect(pages.getByRole('link', { name: /Próxima página/ })).toHaveCount(0);
    await expect(pages.getByRole('link', { name: /Página anterior/ })).toHaveAttribute('href', '/pt/tags/lote');
    // The English list shows the same Portuguese posts, marked.
    await page.goto('/en/tags/lote/page/2');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
      'Lote, texto 01 (in Portuguese)',
    ]);
    for (const missing of [
      '/pt/tags/lote/page/1',
      '/pt/tags/lote/page/3',
      '/pt/tags/lote/page/02',
      '/pt/tags/kafka/page/2',
    ]) {
      expect((await request.get(missing)).status(), missing).toBe(404);
    }
  });

  test('an unknown tag is the localized 404', async ({ page }) => {
    expect((await page.goto('/en/tags/no-such-tag'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('the series', () => {
  test('the index lists every series with its size', async ({ page }) => {
    expect((await page.goto('/en/series'))?.status()).toBe(200);
    const cards = page.getByRole('main').getByRole('listitem');
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText('4 parts');
    await page.getByRole('link', { name: 'Demo series' }).click();
    await expect(page).toHaveURL(/\/en\/series\/demo$/);
  });

  test('a series page lists its parts in order; planned ones say so and are not links', async ({ page }) => {
    expect((await page.goto('/pt/series/demo'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Série de demonstração');
    const parts = page.getByRole('main').getByRole('list').getByRole('listitem');
    await expect(parts).toHaveCount(4);
    await expect(parts.getByText(/^Parte \d$/)).toHaveText(['Parte 1', 'Parte 2', 'Parte 3', 'Parte 4']);
    await expect(parts.nth(0).getByRole('link')).toHaveText('Um texto bilíngue');
    await expect(parts.nth(0).locator('time').first()).toHaveText('1 de fevereiro de 2024');
    await expect(parts.nth(0)).toContainText('primeira parte da série de demonstração');
    await expect(parts.nth(2)).toHaveText('Parte 3 Terceira parte, ainda por escrever (em breve)');
    await expect(parts.nth(2).getByRole('link')).toHaveCount(0);
    // Part 4 exists only in English: listed, marked, in its language.
    await expect(parts.nth(3).getByRole('link')).toHaveAttribute('hreflang', 'en');
    await expect(parts.nth(3)).toContainText('(em inglês)');
    await page.goto('/en/series/demo');
    await expect(page.getByRole('main').getByRole('list').getByRole('listitem').nth(2)).toHaveText(
      'Part 3 Part three, still to be written (coming soon)',
    );
  });

  test('an unknown series is the localized 404', async ({ page }) => {
    expect((await page.goto('/pt/series/nenhuma'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página não encontrada');
  });

  test("a post's series box shows its place, every part, and the parts around it", async ({ page }) => {
    await page.goto('/pt/posts/serie-parte-dois');
    const box = page.getByRole('navigation', { name: 'Série: Série de demonstração' });
    await expect(box.getByText(/^Parte 2 de 4 da série/)).toHaveText('Parte 2 de 4 da série Série de demonstração');
    await expect(box.getByRole('link', { name: 'Série de demonstração' })).toHaveAttribute('href', '/pt/series/demo');
    await expect(box.locator('[aria-current="page"]')).toHaveText('Série, parte dois');
    await expect(box.getByRole('listitem')).toHaveCount(4);
    const planned = box.getByRole('listitem').filter({ hasText: '(em breve)' });
    await expect(planned).toHaveCount(1);
    await expect(planned.getByRole('link')).toHaveCount(0);
    const around = page.getByRole('navigation', { name: 'Mais da série Série de demonstração' });
    await expect(around.getByRole('link', { name: 'Um texto bilíngue' })).toHaveAttribute(
      'href',
      '/pt/posts/texto-bilingue',
    );
    // The next readable part skips the planned one, and is in English.
    const next = around.getByRole('link', { name: 'A post only in English' });
    await expect(next).toHaveAttribute('hreflang', 'en');
    await next.click();
    await expect(page).toHaveURL(/\/en\/posts\/english-only$/);
    await expect(
      page.getByRole('navigation', { name: 'Series: Demo series' }).getByText(/^Part 4 of 4 in the series/),
    ).toHaveText('Part 4 of 4 in the series Demo series');
    await expect(page.getByRole('navigation', { name: 'More of the series Demo series' }).getByRole('link')).toHaveText(
      ['Series, part two'],
    );
  });

  test('the first part has a next link and no previous one', async ({ page }) => {
    await page.goto('/en/posts/bilingual-post');
    await expect(
      page.getByRole('navigation', { name: 'Series: Demo series' }).getByText(/^Part 1 of 4 in the series/),
    ).toHaveText('Part 1 of 4 in the series Demo series');
    const around = page.getByRole('navigation', { name: 'More of the series Demo series' });
    await expect(around.getByText(/Previous/)).toHaveCount(0);
    await expect(around).toHaveText('Next → Series, part two');
    await expect(around.getByRole('link')).toHaveText(['Series, part two']);
  });
});

test.describe('posts in one language only', () => {
  test('the English home lists the Portuguese-only post, marked, with its language', async ({ page }) => {
    await page.goto('/en');
    const link = page.getByRole('link', { name: 'Um texto só em português' });
    await expect(link).toHaveAttribute('hreflang', 'pt-BR');
    await expect(link).toHaveAttribute('lang', 'pt-BR');
    await expect(page.getByRole('article').getByRole('heading', { level: 3 }).filter({ has: link })).toHaveText(
      'Um texto só em português (in Portuguese)',
    );
    // Own-language posts carry no mark.
    await expect(page.getByRole('article').getByRole('heading', { level: 3 }).first()).toHaveText('A bilingual post');
  });

  test('the Portuguese home lists the English-only post, marked', async ({ page }) => {
    await page.goto('/pt');
    await expect(page.getByRole('article').getByRole('heading', { level: 3 }).nth(1)).toHaveText(
      'A post only in English (em inglês)',
    );
    await expect(page.getByRole('link', { name: 'A post only in English' })).toHaveAttribute('lang', 'en');
  });
});

test.describe('the archive', () => {
  test('groups every post by year, newest first, with dates and tags', async ({ page }) => {
    expect((await page.goto('/pt/archive'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['2024', '2023', '2022', '2021']);
    const y2024 = page.getByRole('region', { name: '2024' });
    await expect(y2024.getByRole('article').getByRole('heading', { level: 3 })).toHaveText([
      'Um texto bilíngue',
      'A post only in English (em inglês)',
      'Um texto só em português',
    ]);
    await expect(y2024.getByRole('article').first().locator('time').first()).toHaveText('1 de fevereiro de 2024');
    await expect(y2024.getByRole('article').first().getByRole('link', { name: 'Testes' })).toHaveAttribute(
      'href',
      '/pt/tags/testes',
    );
    await expect(page.getByRole('region', { name: '2022' }).getByRole('article')).toHaveCount(21);
    // The English archive dates a Portuguese post in English.
    await page.goto('/en/archive');
    const marked = page.getByRole('article').filter({ hasText: 'Um texto só em português' });
    await expect(marked.locator('time')).toHaveText('January 10, 2024');
  });

  test('the home shows the latest 10 and links to the archive and the series', async ({ page }) => {
    await page.goto('/pt');
    await expect(page.getByRole('article')).toHaveCount(10);
    await expect(page.getByRole('article').getByRole('heading', { level: 3 }).first()).toHaveText('Um texto bilíngue');
    await page.getByRole('link', { name: /Todos os textos, no arquivo/ }).click();
    await expect(page).toHaveURL(/\/pt\/archive$/);
    await page.goto('/pt');
    await expect(
      page.getByRole('region', { name: 'Séries' }).getByRole('link', { name: 'Série de demonstração' }),
    ).toHaveAttribute('href', '/pt/series/demo');
  });
});
