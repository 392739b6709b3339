import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEV_CONTENT_DIR } from '../e2e/servers';

// Against `npm run dev` on a temporary copy of tests/fixtures/content: what an
// author sees while writing. The specs edit that copy, so they run in order.
test.describe.configure({ mode: 'serial' });

const post = (id: string, locale = 'pt') => path.join(DEV_CONTENT_DIR, 'posts', id, `${locale}.mdx`);

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/**
 * Loads `url` again until `shown(page)` is visible: the dev server takes a moment to see a file
 * an author just saved (its watcher, then a recompile), so one load right after may be too early.
 */
async function reloadUntil(
  page: Page,
  url: string,
  shown: (page: Page) => Locator,
  { each = 5_000, timeout = 30_000 } = {},
) {
  await expect(async () => {
    await page.goto(url);
    await expect(shown(page)).toBeVisible({ timeout: each });
  }).toPass({ timeout });
}

const NEW_POST = [
  '---',
  'title: "Um texto novo"',
  'description: "Escrito com o servidor de desenvolvimento ligado."',
  'date: 2024-06-01',
  '---',
  '',
  'O primeiro parágrafo do texto novo.',
  '',
].join('\n');

test('shows drafts and scheduled posts, each with its badge', async ({ page }) => {
  await page.goto('/pt');
  const card = (title: string) => page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
  const badge = (title: string) => card(title).getByRole('strong');
  await expect(card('Rascunho secreto')).toHaveCount(1);
  await expect(badge('Rascunho secreto')).toHaveText('Rascunho');
  await expect(badge('Texto agendado')).toHaveText('Agendado');
  await expect(card('Um texto bilíngue')).toHaveCount(1);
  await expect(badge('Um texto bilíngue')).toHaveCount(0);

  await page.goto('/pt/posts/texto-agendado');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Texto agendado');
  // The badge opens the post's date line.
  const meta = page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ has: page.getByRole('time') });
  await expect(meta.getByRole('strong')).toHaveText('Agendado');
});

test('shows an edited post and a new post on reload, without a restart', async ({ page }) => {
  await page.goto('/pt/posts/so-em-portugues');
  await expect(page.getByText('Uma frase acrescentada agora.')).toHaveCount(0);
  fs.appendFileSync(post('2024-01-10-so-em-portugues'), '\nUma frase acrescentada agora.\n');
  await reloadUntil(page, '/pt/posts/so-em-portugues', (p) => p.getByText('Uma frase acrescentada agora.'));

  write(post('2024-06-01-texto-novo'), NEW_POST);
  await reloadUntil(page, '/pt', (p) => p.getByRole('link', { name: 'Um texto novo' }));
  // Next's dev server also refreshes its list of a route's params in the background, so
  // the first requests for a brand-new post's page may still miss it.
  await reloadUntil(page, '/pt/posts/texto-novo', (p) => p.getByText('O primeiro parágrafo do texto novo.'));
});

test('shows a broken front matter in the browser with file and line, and recovers once fixed', async ({ page }) => {
  const file = post('2024-06-01-texto-novo');
  write(file, NEW_POST.replace('date: 2024-06-01', 'date: 2024-02-30'));
  // Next's error overlay is compiled on first use, which can take a while on a busy machine.
  await reloadUntil(page, '/pt/posts/texto-novo', (p) => p.getByText(/Content check failed/).first(), {
    each: 30_000,
    timeout: 90_000,
  });
  await expect(
    page
      .getByText(/posts\/2024-06-01-texto-novo\/pt\.mdx:4:1: front matter field "date": "2024-02-30" is not a date/)
      .first(),
  ).toBeVisible();

  write(file, NEW_POST.replace('Um texto novo', 'Um texto novo, corrigido'));
  await reloadUntil(page, '/pt/posts/texto-novo', (p) =>
    p.getByRole('heading', { level: 1, name: 'Um texto novo, corrigido', exact: true }),
  );
});
