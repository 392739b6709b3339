import { expect, test } from './fixtures';
import { PT_ONLY_URL } from './servers';

// These run against the blog built from tests/fixtures/content-pt-only.
test.use({ baseURL: PT_ONLY_URL });

test('a language with no posts leaves the other language\'s posts published', async ({ page }) => {
  const response = await page.goto('/pt/posts/apenas-um');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('O único texto');
  const switcher = page.getByRole('navigation', { name: 'Idioma' });
  await expect(switcher).toContainText('This post is not available in English');
});

test('the home of a language with no posts says so', async ({ page }) => {
  const response = await page.goto('/en');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('No posts published yet.')).toBeVisible();
  await expect(page.locator('.post-card')).toHaveCount(0);
});
