import { expect, test } from './fixtures';
import { PT_ONLY_URL } from './servers';

// These run against the blog built from tests/fixtures/content-pt-only.
test.use({ baseURL: PT_ONLY_URL });

test("a language with no posts leaves the other language's posts published", async ({ page }) => {
  const response = await page.goto('/pt/posts/apenas-um');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('O único texto');
  const switcher = page.getByRole('navigation', { name: 'Idioma' });
  await expect(switcher).toContainText('This post is not available in English');
});

test("the home of a language with no posts lists the other language's, marked", async ({ page }) => {
  const response = await page.goto('/en');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 3 })).toHaveText([
    'O único texto (in Portuguese)',
  ]);
  await expect(page.getByRole('link', { name: 'O único texto' })).toHaveAttribute('hreflang', 'pt-BR');
  await expect(page.getByText('No posts published yet.')).toHaveCount(0);
});

test('a language with no posts still has its archive and tag index', async ({ request }) => {
  for (const path of ['/en/archive', '/en/tags', '/en/series'])
    expect((await request.get(path)).status(), path).toBe(200);
});
