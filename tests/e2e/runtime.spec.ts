import zlib from 'node:zlib';
import { expect, kafkaPost, secondKafkaPost, test } from './fixtures';

// Reading pages ship no framework script: only the standalone islands in public/islands/
// (scripts/drop-runtime.mjs). The budget: our own script on a post at most 10 KiB gzip.
const OWN_SCRIPT_BUDGET = 10 * 1024;

const readingPages = [
  { kind: 'home', path: '/pt' },
  { kind: 'post', path: kafkaPost.pt.path },
  { kind: 'post with code and contents', path: secondKafkaPost.pt.path },
  { kind: 'post', path: secondKafkaPost.en.path },
  { kind: 'archive', path: '/en/archive' },
  { kind: 'tags', path: '/pt/tags' },
  { kind: 'tag', path: '/pt/tags/kafka' },
  { kind: 'series', path: '/en/series/kafka' },
  { kind: '404', path: '/pt/nao-existe' },
];

test.describe('client script', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'what a page loads does not depend on the viewport');
  });

  for (const { kind, path } of readingPages) {
    test(`${kind} ${path} loads only our islands, within budget`, async ({ page, request }) => {
      const scripts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const html = await page.content();
      expect(html).not.toContain('__next_f');
      expect(scripts.filter((src) => !src.startsWith('/islands/'))).toEqual([]);
      expect(scripts.length).toBeGreaterThan(0);

      let gzip = 0;
      for (const src of new Set(scripts)) {
        const response = await request.get(src);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toMatch(/javascript/);
        gzip += zlib.gzipSync(await response.body()).length;
      }
      expect(gzip).toBeLessThanOrEqual(OWN_SCRIPT_BUDGET);
    });
  }

  test('a post loads the copy button and contents islands once each, however many blocks it has', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
    });
    await page.goto(secondKafkaPost.pt.path);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('figure.code-block').count()).toBeGreaterThan(1);
    expect(scripts.sort()).toEqual([
      '/islands/copy-button.js',
      '/islands/remember-locale.js',
      '/islands/theme-control.js',
      '/islands/toc-spy.js',
    ]);
  });

  test('the search page keeps the framework for its React island', async ({ request }) => {
    const html = await (await request.get('/pt/search')).text();
    expect(html).toContain('data-react-island');
    expect(html).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js"/);
  });

  test('links are plain links: following one loads the next page whole', async ({ page }) => {
    await page.goto('/pt');
    const first = await page.evaluate(() => performance.timeOrigin);
    await page.getByRole('link', { name: 'Arquivo' }).first().click();
    await expect(page).toHaveURL(/\/pt\/archive$/);
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(first);
  });

  test("the search page's links load the next page whole too, though the page runs the framework", async ({ page }) => {
    const framework = () =>
      page.evaluate(() => [...document.scripts].filter((script) => script.src.includes('/_next/static/')).length);
    for (const follow of [
      () => page.getByRole('navigation').getByRole('link', { name: 'Arquivo' }).click(),
      async () => {
        await page.getByRole('searchbox').fill('Kafka');
        await page.locator('.search-results a').first().click();
      },
    ]) {
      await page.goto('/pt/search');
      await expect(page.getByRole('searchbox')).toBeEditable();
      expect(await framework()).toBeGreaterThan(0);
      const first = await page.evaluate(() => performance.timeOrigin);
      await follow();
      await expect(page).not.toHaveURL(/\/search/);
      // A new document, as the reader would get from the address bar: without the framework.
      expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(first);
      expect(await framework()).toBe(0);
    }
  });
});

test.describe('script policy', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'the same policy on both viewports');
  });

  test('a reading page runs its theme script, allowed by hash, and refuses any other inline script', async ({
    page,
    consoleErrors,
  }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const response = await page.goto(secondKafkaPost.en.path);
    const csp = response!.headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // The hashed theme script ran before the first paint.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes"';
      document.head.append(script);
    });
    await expect
      .poll(() => consoleErrors.find((error) => error.startsWith('CSP violation: script-src-elem')))
      .toBeTruthy();
    await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'yes');
    // Expected here; every other test fails on it.
    consoleErrors.length = 0;
  });

  test('the search page, which hydrates, allows inline scripts but no other origin', async ({ request }) => {
    const csp = (await request.get('/en/search')).headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/https?:/);
  });
});
