import { expect, test } from './fixtures';
import { FIXTURE_URL } from './servers';

// What authors bring from other blogs (tests/fixtures/content/posts/2021-06-01-recursos-de-escrita),
// as readers get it in both languages.
test.use({ baseURL: FIXTURE_URL });

const POSTS = {
  pt: {
    path: '/pt/posts/recursos-de-escrita',
    note: 'Nota',
    warning: 'Atenção',
    tip: 'Dica: Meça antes de mudar',
    footnotes: 'Notas',
    back: 'Voltar ao texto (nota 1)',
    summary: 'Ver a configuração completa',
  },
  en: {
    path: '/en/posts/writing-features',
    note: 'Note',
    warning: 'Warning',
    tip: 'Tip: Measure before changing',
    footnotes: 'Footnotes',
    back: 'Back to content (footnote 1)',
    summary: 'See the full configuration',
  },
} as const;

for (const [locale, post] of Object.entries(POSTS)) {
  test.describe(`${locale}: ${post.path}`, () => {
    test('shows callouts as notes titled in the language', async ({ page }) => {
      await page.goto(post.path);
      const notes = page.getByRole('note');
      await expect(notes).toHaveCount(3);
      // Each callout opens with its title.
      await expect(notes.nth(0).getByRole('paragraph').first()).toHaveText(post.note);
      await expect(notes.nth(1).getByRole('paragraph').first()).toHaveText(post.warning);
      await expect(notes.nth(2).getByRole('paragraph').first()).toHaveText(post.tip);
      await expect(notes.locator('svg[aria-hidden="true"]')).toHaveCount(3);
      await expect(page.getByRole('article')).not.toContainText('/*');
    });

    test('links a footnote and back, with labels in the language', async ({ page }) => {
      await page.goto(post.path);
      await expect(page.getByRole('heading', { level: 2, name: post.footnotes, exact: true })).toBeVisible();
      await page.locator('[data-footnote-ref]').click();
      const back = page.getByRole('link', { name: post.back });
      await expect(back).toBeInViewport();
      await back.click();
      await expect(page.locator('[data-footnote-ref]')).toBeInViewport();
    });

    test('opens <details> from the keyboard and prints it open', async ({ page }) => {
      await page.goto(post.path);
      const summary = page.locator('summary', { hasText: post.summary });
      const hidden = page.locator('details code', { hasText: 'min.insync.replicas=2' });
      await expect(hidden).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(hidden).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      await expect(hidden).toBeHidden();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
      await expect(hidden).toBeVisible();
    });

    test('renders math as MathML with KaTeX styles from this origin', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(post.path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('math')).toHaveCount(2);
      await expect(page.locator('math[display="block"] mfrac')).toHaveCount(1);
      const stylesheet = page.locator('head link[rel="stylesheet"][href^="/katex/"]');
      await expect(stylesheet).toHaveCount(1);
      // The stylesheet applies: KaTeX's HTML is visible and its MathML is visually hidden (its own
      // classes are what the stylesheet targets, so they are what this checks).
      await expect(page.locator('.katex-display .katex-html')).toBeVisible();
      await expect(page.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');
      const fonts = requests.filter((url) => url.endsWith('.woff2') && url.includes('/katex/'));
      expect(fonts.length).toBeGreaterThan(0);
      expect(requests.every((url) => new URL(url).origin === FIXTURE_URL)).toBe(true);
    });

    test('titles code in the colon form, highlights its line and marks diff lines in text', async ({ page }) => {
      await page.goto(post.path);
      const titled = page.locator('figure.code-block', {
        has: page.locator('figcaption', { hasText: 'Producer.java' }),
      });
      await expect(titled.locator('[data-highlighted-line]')).toHaveText('props.put("acks", "all");');
      const diff = page.locator('figure.code-block[data-language="diff"] code');
      await expect(diff.locator('del')).toHaveText('- acks=1');
      await expect(diff.locator('ins')).toHaveText('+ acks=all');
    });

    // Its axe scans are a11y.spec.ts's, with the other pages'.
    test('loads only the islands it uses', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(post.path);
      await page.waitForLoadState('networkidle');
      expect([...new Set(scripts)].sort()).toEqual([
        '/islands/copy-button.js',
        '/islands/remember-locale.js',
        '/islands/theme-control.js',
        '/islands/toc-spy.js',
      ]);
    });
  });
}

test('a post without math loads no KaTeX', async ({ page }) => {
  await page.goto('/pt/posts/so-em-portugues');
  await expect(page.locator('link[href^="/katex/"]')).toHaveCount(0);
});
