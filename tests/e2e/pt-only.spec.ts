import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { PT_ONLY_CONTENT_DIR, PT_ONLY_URL } from './servers';

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

// It edits the one content folder the server was built from: one project at a time.
test(
  'a running server answers for its build: posts added or deleted afterwards change nothing',
  { tag: '@desktop' },
  async ({ request }) => {
    const posts = path.join(PT_ONLY_CONTENT_DIR, 'posts');
    const existing = path.join(posts, '2024-04-01-apenas-um');
    const aside = path.join(PT_ONLY_CONTENT_DIR, 'apenas-um-aside');
    const added = path.join(posts, '2024-05-01-depois-do-build');
    const sitemapBefore = await (await request.get('/sitemap.xml')).text();
    fs.mkdirSync(added);
    fs.writeFileSync(
      path.join(added, 'pt.mdx'),
      '---\ntitle: Escrito depois do build\ndescription: Um texto que o servidor não conhece.\ndate: 2024-05-01\n---\n\nTexto.\n',
    );
    fs.renameSync(existing, aside);
    try {
      expect((await request.get('/pt/posts/depois-do-build')).status()).toBe(404);
      const kept = await request.get('/pt/posts/apenas-um');
      expect(kept.status()).toBe(200);
      expect(await kept.text()).toContain('O único texto');
      expect(await (await request.get('/sitemap.xml')).text()).toBe(sitemapBefore);
    } finally {
      fs.renameSync(aside, existing);
      fs.rmSync(added, { recursive: true, force: true });
    }
  },
);
