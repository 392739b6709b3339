import { expect, kafkaPost, test } from './fixtures';

// The real blog: the header on every page, and the Kafka series and tag pages built from content/.

const sections = {
  pt: { nav: 'Seções do blog', archive: 'Arquivo', tags: 'Tags', series: 'Séries' },
  en: { nav: 'Blog sections', archive: 'Archive', tags: 'Tags', series: 'Series' },
} as const;

for (const locale of ['pt', 'en'] as const) {
  const words = sections[locale];

  test(`every section of the ${locale} blog is reached from the header, the current one marked`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const nav = page.getByRole('navigation', { name: words.nav });
    await expect(nav.locator('[aria-current]')).toHaveCount(0);
    for (const [section, path] of [
      ['archive', `/${locale}/archive`],
      ['tags', `/${locale}/tags`],
      ['series', `/${locale}/series`],
    ] as const) {
      await nav.getByRole('link', { name: words[section], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[section]);
      await expect(nav.locator('[aria-current="page"]')).toHaveText(words[section]);
      await expect(nav.locator('[aria-current]')).toHaveCount(1);
    }
    // Inside a section (one series) its link is marked as current, not as this very page.
    await page.getByRole('link', { name: locale === 'pt' ? 'Kafka do começo' : 'Kafka from the start' }).click();
    await expect(nav.getByRole('link', { name: words.series })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('banner').getByRole('link', { name: 'Notas de Integração', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  });

  test(`the Kafka series page in ${locale} lists its parts, starting with the first post`, async ({ page }) => {
    const post = kafkaPost[locale];
    expect((await page.goto(`/${locale}/series/kafka`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      locale === 'pt' ? 'Kafka do começo' : 'Kafka from the start',
    );
    const parts = page.getByRole('main').getByRole('list').getByRole('listitem');
    const number = locale === 'pt' ? /^Parte \d+$/ : /^Part \d+$/;
    await expect(parts.first().getByText(number)).toHaveText(locale === 'pt' ? 'Parte 1' : 'Part 1');
    await expect(parts.first().getByRole('link')).toHaveAttribute('href', post.path);
    // Parts in order, whatever the series holds today; planned ones are never links.
    await expect(parts.getByText(number)).toHaveCount(await parts.count());
    const numbers = (await parts.getByText(number).allTextContents()).map((text) => Number(text.replace(/\D/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await expect(
      parts.filter({ hasText: locale === 'pt' ? '(em breve)' : '(coming soon)' }).getByRole('link'),
    ).toHaveCount(0);
  });

  test(`the Kafka tag page in ${locale} lists the first post, and its switcher keeps the tag`, async ({ page }) => {
    expect((await page.goto(`/${locale}/tags/kafka`))?.status()).toBe(200);
    await expect(page.getByRole('link', { name: kafkaPost[locale].title, exact: true })).toHaveAttribute(
      'href',
      kafkaPost[locale].path,
    );
    const other = locale === 'pt' ? 'en' : 'pt';
    await expect(
      page.getByRole('navigation', { name: locale === 'pt' ? 'Idioma' : 'Language' }).getByRole('link'),
    ).toHaveAttribute('href', `/${other}/tags/kafka`);
  });
}

test('tags on a post link to their tag pages', async ({ page }) => {
  await page.goto(kafkaPost.pt.path);
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Kafka' }).click();
  await expect(page).toHaveURL(/\/pt\/tags\/kafka$/);
});

// Sets its own viewport: not on the phone project.
test('the header fits a 320 px phone without sideways scrolling', { tag: '@desktop' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/pt', '/en/tags/kafka', kafkaPost.pt.path, '/en/series/kafka', '/pt/archive']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBe(0);
    const links = page.getByRole('banner').getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    for (const link of await links.all()) await expect(link).toBeInViewport();
  }
});
