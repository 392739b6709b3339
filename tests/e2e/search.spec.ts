import { axeViolations, expect, kafkaPost, secondKafkaPost, test } from './fixtures';

const cases = {
  pt: {
    path: '/pt/search',
    home: '/pt',
    link: 'Buscar',
    heading: 'Buscar nos textos',
    label: 'Palavras a buscar',
    word: 'partições',
    found: secondKafkaPost.pt,
    // A word only the other language's posts contain.
    foreign: 'happens',
    noResults: 'Nenhum resultado',
    both: ['3 resultados', [kafkaPost.pt.path, secondKafkaPost.pt.path, '/pt/posts/kafka-produtores-a-fundo']],
    needsJavaScript: 'A busca precisa de JavaScript',
    failed: 'Não foi possível carregar a busca. Tente recarregar a página.',
  },
  en: {
    path: '/en/search',
    home: '/en',
    link: 'Search',
    heading: 'Search the posts',
    label: 'Words to search for',
    word: 'partitions',
    found: secondKafkaPost.en,
    foreign: 'mensagens',
    noResults: 'No results',
    both: ['3 results', [kafkaPost.en.path, secondKafkaPost.en.path, '/en/posts/kafka-producers-in-depth']],
    needsJavaScript: 'Search needs JavaScript',
    failed: 'Search could not be loaded. Try reloading the page.',
  },
} as const;

for (const locale of ['pt', 'en'] as const) {
  const want = cases[locale];
  const other = locale === 'pt' ? '/en/' : '/pt/';

  test.describe(`search in ${locale}`, () => {
    test('the header links to the search page', async ({ page }) => {
      await page.goto(want.home);
      await page.getByRole('banner').getByRole('link', { name: want.link, exact: true }).click();
      await expect(page).toHaveURL(want.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(want.heading);
    });

    test(`"${want.word}" finds the series' second part, with the match highlighted`, async ({ page }) => {
      await page.goto(want.path);
      await page.getByRole('searchbox', { name: want.label }).fill(want.word);
      const results = page.getByRole('main').getByRole('list').getByRole('listitem');
      const first = results.filter({ has: page.getByRole('link', { name: want.found.title }) });
      await expect(first.getByRole('link')).toHaveAttribute('href', want.found.path);
      await expect(first.locator('mark').first()).toHaveText(new RegExp(want.word, 'i'));
      await expect(page.getByRole('status')).toHaveText(/^\d+ result/);
      for (const href of await results
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^/${locale}/`));
      }
      // The search is in the address, so it can be shared.
      expect(new URL(page.url()).searchParams.get('q')).toBe(want.word);
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`a word both languages share finds only this language's posts`, async ({ page }) => {
      await page.goto(`${want.path}?q=Kafka`);
      await expect(page.getByRole('searchbox', { name: want.label })).toHaveValue('Kafka');
      await expect(page.getByRole('status')).toHaveText(want.both[0]);
      const hrefs = await page
        .getByRole('main')
        .getByRole('list')
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual([...want.both[1]].sort());
      expect(hrefs.some((href) => href?.startsWith(other))).toBe(false);
    });

    test(`a word only the other language has finds nothing, said in ${locale}`, async ({ page }) => {
      await page.goto(want.path);
      await page.getByRole('searchbox', { name: want.label }).fill(want.foreign);
      await expect(page.getByRole('status')).toHaveText(want.noResults);
      await expect(page.getByRole('main').getByRole('list')).toHaveCount(0);
      await page.getByRole('searchbox', { name: want.label }).fill('xyzzyplugh');
      await expect(page.getByRole('status')).toHaveText(want.noResults);
    });

    test('clearing the field clears the results, the status and the address', async ({ page }) => {
      await page.goto(`${want.path}?q=Kafka`);
      await expect(page.getByRole('status')).toHaveText(want.both[0]);
      await page.getByRole('searchbox', { name: want.label }).fill('');
      await expect(page.getByRole('status')).toHaveText('');
      await expect(page.getByRole('main').getByRole('list')).toHaveCount(0);
      expect(new URL(page.url()).search).toBe('');
    });

    test('says so when the search cannot load, and searches once it can', async ({ page, consoleErrors }) => {
      await page.route('**/pagefind/pagefind.js', (route) => route.abort());
      await page.goto(want.path);
      const field = page.getByRole('searchbox', { name: want.label });
      await field.fill('Kafka');
      await expect(page.getByRole('status')).toHaveText(want.failed);
      await expect(page.getByRole('main').getByRole('list')).toHaveCount(0);
      // The refused request is logged; it is what this test is about.
      consoleErrors.length = 0;
      await page.unroute('**/pagefind/pagefind.js');
      await field.fill('Kafka ');
      await expect(page.getByRole('status')).toHaveText(want.both[0]);
    });

    test('works from the keyboard: type, Tab to the first result, Enter opens it', async ({ page }) => {
      await page.goto(want.path);
      await page.getByRole('searchbox', { name: want.label }).focus();
      await page.keyboard.type(want.word);
      const link = page.getByRole('main').getByRole('list').getByRole('link').first();
      await expect(link).toHaveAttribute('href', want.found.path);
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(want.found.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(want.found.title);
    });

    test('without JavaScript the page says search needs it and links every post', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      try {
        const page = await context.newPage();
        await page.goto(want.path);
        const notice = page.getByRole('paragraph').filter({ hasText: want.needsJavaScript });
        await expect(notice).toHaveCount(1);
        await expect(notice).toContainText(want.needsJavaScript);
        await notice.getByRole('link').click();
        await expect(page.getByRole('link', { name: want.found.title })).toBeVisible();
      } finally {
        await context.close();
      }
    });
  });
}

test('only the search page and its index may compile WebAssembly', async ({ request }) => {
  const policy = async (path: string) => (await request.get(path)).headers()['content-security-policy'] ?? '';
  expect(await policy('/pt/search')).toContain("'wasm-unsafe-eval'");
  expect(await policy('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
  for (const path of ['/pt', kafkaPost.en.path, '/en/404']) expect(await policy(path)).not.toContain('wasm');
});

test('the index is served with its content types and cache lifetimes', async ({ request }, testInfo) => {
  const script = await request.get('/pagefind/pagefind.js');
  expect(script.status()).toBe(200);
  // Cloudflare's runtime types JavaScript with the older name, which browsers take the same way.
  const javascript = testInfo.project.name === 'cloudflare' ? /^application\/javascript/ : /^text\/javascript/;
  expect(script.headers()['content-type']).toMatch(javascript);
  expect(script.headers()['cache-control']).toContain('max-age=0');

  // One index per <html lang>: the search page's lang picks its own.
  const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { hash: string }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'pt-br']);
  const meta = await request.get(`/pagefind/pagefind.${entry.languages.en!.hash}.pf_meta`);
  expect(meta.status()).toBe(200);
  expect(meta.headers()['cache-control']).toContain('immutable');

  expect((await request.get('/pagefind/nothing-here.js')).status()).toBe(404);
  expect((await request.get('/pagefind/..%2f..%2fpackage.json')).status()).toBe(404);
});
