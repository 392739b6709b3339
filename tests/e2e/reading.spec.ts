import type { Page } from '@playwright/test';
import { expect, kafkaPost, secondKafkaPost, test } from './fixtures';
import { FIXTURE_URL } from './servers';

// The fixture post's code block: ```ts title="soma.ts" {2} showLineNumbers
const CODE_POST = `${FIXTURE_URL}/pt/posts/so-em-portugues`;
const CODE_TEXT =
  "function soma(a: number, b: number): number {\n  return a + b;\n}\n\nconsole.assert(soma(2, 2) === 4, 'a soma quebrou');";

const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 24, 29)' } as const;
const THEME_BUTTON = {
  pt: { group: 'Tema', light: 'Claro', dark: 'Escuro', system: 'Sistema' },
  en: { group: 'Theme', light: 'Light', dark: 'Dark', system: 'System' },
} as const;

/** Picks a theme with the header's control. */
async function chooseTheme(page: Page, locale: 'pt' | 'en', theme: 'light' | 'dark' | 'system') {
  const labels = THEME_BUTTON[locale];
  const button = page
    .getByRole('group', { name: labels.group })
    .getByRole('button', { name: labels[theme], exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// The fixture blog is built and served by the Node server only: not on the export project.
test.describe('code blocks', { tag: '@node' }, () => {
  test('show their title, language, line numbers and highlighted line', async ({ page }) => {
    await page.goto(CODE_POST);
    // A code block is the figure with a copy button, named by its title.
    const block = page
      .getByRole('article')
      .getByRole('figure')
      .filter({ has: page.getByRole('button', { name: 'Copiar' }) });
    await expect(block).toHaveCount(1);
    await expect(block).toHaveAccessibleName('soma.ts');
    await expect(block.getByText('soma.ts', { exact: true })).toBeVisible();
    await expect(block.getByText(/^Linguagem: \S/)).toHaveText('Linguagem: ts');
    // The highlighter's data attributes are the hooks the line numbers and highlight are drawn from.
    await expect(block.getByRole('code')).toHaveAttribute('data-line-numbers', '');
    const lines = block.locator('[data-line]');
    await expect(lines).toHaveCount(5);
    await expect(block.locator('[data-highlighted-line]')).toHaveCount(1);
    await expect(lines.nth(1)).toHaveAttribute('data-highlighted-line', '');
    // Line numbers are drawn by the stylesheet, not part of the text.
    expect(await lines.nth(1).evaluate((line) => getComputedStyle(line, '::before').content)).toBe('counter(line)');
    const highlight = await lines.nth(1).evaluate((line) => getComputedStyle(line).backgroundColor);
    expect(highlight).not.toBe(await lines.nth(0).evaluate((line) => getComputedStyle(line).backgroundColor));
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`are highlighted in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
      await page.goto(CODE_POST);
      await chooseTheme(page, 'pt', theme);
      const colors = await page.locator('pre code span[style*="--shiki-light"]').evaluateAll(
        (spans, variable) =>
          spans.map((span) => {
            const hex = getComputedStyle(span).getPropertyValue(variable).trim().replace('#', '');
            const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
            return { painted: getComputedStyle(span).color, theme: `rgb(${r}, ${g}, ${b})` };
          }),
        `--shiki-${theme}`,
      );
      expect(colors.length).toBeGreaterThan(3);
      for (const { painted, theme: wanted } of colors) expect(painted).toBe(wanted);
    });
  }

  test('the second Kafka post names its producer file', async ({ page }) => {
    await page.goto(secondKafkaPost.en.path);
    await expect(page.locator('figure.code-block figcaption')).toHaveText(['OrderProducer.java']);
    await expect(page.locator('figure.code-block .code-language')).toHaveText(['Language: sh', 'Language: java']);
  });

  test('the copy button copies from the keyboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: FIXTURE_URL });
    await page.goto(CODE_POST);
    const button = page.getByRole('button', { name: 'Copiar' });
    await expect(button).toHaveCount(1);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('figure.code-block [role="status"]')).toHaveText('Copiado');
    await expect(page.locator('figure.code-block [role="status"]')).toHaveAttribute('aria-live', 'polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CODE_TEXT);
    // The announcement clears, so the next copy is announced again.
    await expect(page.locator('figure.code-block [role="status"]')).toHaveText('', { timeout: 5_000 });
  });

  test('scroll sideways inside the block on a phone, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(secondKafkaPost.pt.path);
    const pre = page.locator('figure.code-block pre').nth(1);
    expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('table of contents', () => {
  for (const locale of ['pt', 'en'] as const) {
    const post = kafkaPost[locale];
    const title = locale === 'pt' ? 'Neste artigo' : 'On this page';

    test(`lists the sections of the Kafka post in ${locale} and its links land on them`, async ({ page }, testInfo) => {
      await page.goto(post.path);
      const toc = page.getByRole('navigation', { name: title });
      await expect(toc).toHaveCount(1);
      if (testInfo.project.name === 'phone') {
        // Collapsed above the text; opens without script.
        await expect(toc.getByRole('link').first()).toBeHidden();
        await toc.getByText(title).click();
      } else {
        await expect(toc).toHaveCSS('position', 'sticky');
      }
      await expect(toc.getByRole('link')).toHaveText([...post.headings]);
      const last = post.headings.at(-1)!;
      await toc.getByRole('link', { name: last }).click();
      const heading = page.getByRole('heading', { level: 2, name: last });
      await expect(heading).toBeInViewport();
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${await heading.getAttribute('id')}`);
    });
  }

  // The marked list is the wide-screen one: not on the phone project.
  test('marks the section being read', { tag: '@desktop' }, async ({ page }) => {
    await page.goto(kafkaPost.en.path);
    // The wide-screen list; the collapsed one above the text is hidden here.
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toHaveCount(1);
    await expect(toc).toHaveCSS('position', 'sticky');
    await expect(toc.locator('a[aria-current]')).toHaveCount(0);
    await page.getByRole('heading', { level: 2, name: 'Some use cases' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect(toc.locator('a[aria-current="location"]')).toHaveText('Some use cases');
  });

  test('headings link to themselves', async ({ page }) => {
    await page.goto(kafkaPost.en.path);
    const heading = page.getByRole('heading', { level: 2, name: 'Some use cases' });
    await expect(heading.getByRole('link', { name: 'Some use cases' })).toHaveAttribute(
      'href',
      `#${await heading.getAttribute('id')}`,
    );
  });

  // The fixture blog is built and served by the Node server only: not on the export project.
  test('is left out of a post with fewer than three sections', { tag: '@node' }, async ({ page }) => {
    await page.goto(`${FIXTURE_URL}/en/posts/bilingual-post`);
    await expect(page.getByRole('navigation', { name: 'On this page', includeHidden: true })).toHaveCount(0);
  });
});

test.describe('theme', () => {
  test('the choice survives a reload and is there on first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/en');
    expect(await background(page)).toBe(BACKGROUND.light);
    await chooseTheme(page, 'en', 'dark');
    expect(await background(page)).toBe(BACKGROUND.dark);

    // Recorded by the browser as the document finishes parsing, before any script of ours could run later.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.documentElement;
        (window as unknown as { firstPaint: unknown }).firstPaint = {
          theme: root.dataset.theme,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
    });
    await page.goto(kafkaPost.pt.path);
    expect(await page.evaluate(() => (window as unknown as { firstPaint: unknown }).firstPaint)).toEqual({
      theme: 'dark',
      background: BACKGROUND.dark,
    });
    // The script that restores it is inline in the served <head>, ahead of the body. (After
    // hydration it is gone from the DOM: components/layout/theme-script.tsx.)
    const html = await (await page.request.get(kafkaPost.pt.path)).text();
    expect(html.slice(0, html.indexOf('<body'))).toMatch(/<script>[^<]*dataset\.theme/);
    await expect(page.getByRole('button', { name: 'Escuro', exact: true })).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    expect(await background(page)).toBe(BACKGROUND.dark);
    await chooseTheme(page, 'pt', 'system');
    expect(await background(page)).toBe(BACKGROUND.light);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });

  test('light wins over a dark system when chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/pt');
    expect(await background(page)).toBe(BACKGROUND.dark);
    await chooseTheme(page, 'pt', 'light');
    expect(await background(page)).toBe(BACKGROUND.light);
    await page.reload();
    expect(await background(page)).toBe(BACKGROUND.light);
  });

  // The figures' panels: #f5f7fa in light, #1e222a in dark (their own stylesheet).
  const PANEL = { light: 'rgb(245, 247, 250)', dark: 'rgb(30, 34, 42)' } as const;
  const panelFill = (page: Page) =>
    page
      .locator('figure.figure svg:visible .panel')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);

  for (const [system, chosen] of [
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const) {
    test(`figures follow a chosen ${chosen} theme on a ${system} system`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.goto(secondKafkaPost.en.path);
      expect(await panelFill(page)).toBe(PANEL[system]);
      await chooseTheme(page, 'en', chosen);
      expect(await panelFill(page)).toBe(PANEL[chosen]);
      await page.goto(kafkaPost.en.path);
      expect(await panelFill(page)).toBe(PANEL[chosen]);
    });
  }
});

test.describe('figures on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const path of [kafkaPost.pt.path, kafkaPost.en.path, secondKafkaPost.pt.path, secondKafkaPost.en.path]) {
    test(`${path}: every label is at least 12 px tall`, async ({ page }) => {
      await page.goto(path);
      const drawings = page.locator('figure.figure svg:visible');
      await expect(drawings).toHaveCount(1);
      const { smallest, scale } = await drawings.evaluate((svg: SVGSVGElement) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize));
        return { smallest: Math.min(...sizes), scale };
      });
      expect(smallest * scale, `smallest label ${smallest}px at scale ${scale.toFixed(3)}`).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});

test('a narrow figure is not blown up past its own width on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(secondKafkaPost.en.path);
  const drawing = page.locator('figure.figure svg:visible');
  expect((await drawing.boundingBox())!.width).toBeLessThanOrEqual(440);
});

test.describe('print', () => {
  test('a printed post keeps the text and figures, spells out links and drops the controls', async ({ page }) => {
    await page.goto(kafkaPost.en.path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('article').getByRole('time').first()).toBeVisible();
    const drawing = page.getByRole('article').getByRole('figure').getByRole('img');
    await expect(drawing).toHaveCount(1);
    await expect(drawing).toBeVisible();
    for (const [what, hidden] of [
      ['header', page.getByRole('banner', { includeHidden: true })],
      ['footer', page.getByRole('contentinfo', { includeHidden: true })],
      ['language switcher', page.getByRole('navigation', { name: 'Language', includeHidden: true })],
      ['theme control', page.getByRole('group', { name: 'Theme', includeHidden: true })],
      ['table of contents', page.getByRole('navigation', { name: 'On this page', includeHidden: true })],
    ] as const) {
      await expect(hidden.first(), what).toBeAttached();
      for (const element of await hidden.all()) await expect(element, what).toBeHidden();
    }
    const link = page.getByRole('link', { name: 'keep its huge network of microservices in sync' });
    await expect(link).toHaveAttribute('href', 'https://www.confluent.io/blog/how-kafka-is-used-by-netflix/');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
      '" (https://www.confluent.io/blog/how-kafka-is-used-by-netflix/)"',
    );
    const heading = page.getByRole('article').getByRole('heading', { level: 2 }).getByRole('link').first();
    expect(await heading.evaluate((a) => getComputedStyle(a, '::after').content)).not.toContain('(');
  });

  // The fixture blog is built and served by the Node server only: not on the export project.
  test('code blocks print without their copy button', { tag: '@node' }, async ({ page }) => {
    await page.goto(CODE_POST);
    await page.emulateMedia({ media: 'print' });
    const copy = page.getByRole('button', { name: 'Copiar', includeHidden: true });
    await expect(page.getByRole('article').getByRole('figure').filter({ has: copy }).getByRole('code')).toBeVisible();
    await expect(copy).toHaveCount(1);
    await expect(copy).toBeHidden();
  });
});
