import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { themeScript } from '../../lib/theme-script.mjs';
import { expect, kafkaPost, secondKafkaPost, test } from './fixtures';

// No page ships framework script: only the standalone islands in public/islands/
// (scripts/drop-runtime.mjs). The budget: our own script on a post at most 10 KiB gzip.
const OWN_SCRIPT_BUDGET = 10 * 1024;

/**
 * Every <script> element of the page as loaded, by what it is: an island module, the theme script,
 * a data block, or anything else (which must not exist).
 */
function scriptKinds(page: Page) {
  return page.evaluate(
    (theme) =>
      [...document.scripts].map((script) => {
        if (script.src)
          return script.type === 'module' ? `module ${new URL(script.src).pathname}` : `src ${script.src}`;
        if (script.type === 'application/ld+json') return 'json-ld';
        return script.text === theme ? 'theme' : `inline ${script.text.slice(0, 60)}`;
      }),
    themeScript,
  );
}

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
  { kind: 'search', path: '/pt/search' },
  { kind: 'search', path: '/en/search' },
];

// What a page loads does not depend on the viewport.
test.describe('client script', { tag: '@desktop' }, () => {
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
      for (const kind of await scriptKinds(page))
        expect(kind).toMatch(/^(module \/islands\/[a-z-]+\.js|theme|json-ld)$/);

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

  test('the search page loads its island and, once a search starts, Pagefind: no framework script', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
    });
    await page.goto('/en/search');
    await page.getByRole('searchbox').fill('Kafka');
    await expect(page.getByRole('status')).toHaveText('3 results');
    expect(scripts.filter((src) => src.startsWith('/_next/'))).toEqual([]);
    expect(scripts).toEqual(
      expect.arrayContaining(['/islands/search.js', '/islands/search-results.js', '/pagefind/pagefind.js']),
    );
    expect(scripts.filter((src) => !src.startsWith('/islands/') && !src.startsWith('/pagefind/'))).toEqual([]);
  });

  test('links are plain links: following one loads the next page whole', async ({ page }) => {
    await page.goto('/pt');
    const first = await page.evaluate(() => performance.timeOrigin);
    await page.getByRole('link', { name: 'Arquivo' }).first().click();
    await expect(page).toHaveURL(/\/pt\/archive$/);
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(first);
  });

  test("the search page's results are plain links too", async ({ page }) => {
    await page.goto('/pt/search?q=Kafka');
    const first = await page.evaluate(() => performance.timeOrigin);
    await page.getByRole('main').getByRole('list').getByRole('link').first().click();
    await expect(page).not.toHaveURL(/\/search/);
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(first);
  });
});

// The same policy on both viewports.
test.describe('script policy', { tag: '@desktop' }, () => {
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

  test('the search page allows the theme script by hash and WebAssembly, no other inline script or origin', async ({
    request,
  }) => {
    for (const path of ['/en/search', '/pagefind/pagefind.js']) {
      const csp = (await request.get(path)).headers()['content-security-policy']!;
      expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval';/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).not.toMatch(/https?:/);
    }
  });

  test('search works under that policy: results with highlighted matches, the count announced', async ({
    page,
    consoleErrors,
  }) => {
    const response = await page.goto('/pt/search');
    expect(response!.headers()['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await page.getByRole('searchbox', { name: 'Palavras a buscar' }).fill('partições');
    await expect(page.getByRole('status')).toHaveText(/^\d+ resultados?$/);
    await expect(page.getByRole('main').getByRole('list').locator('mark').first()).toHaveText(/partições/i);
    // Pagefind compiled its WebAssembly and ran without a single violation of the policy.
    expect(consoleErrors).toEqual([]);
  });
});
