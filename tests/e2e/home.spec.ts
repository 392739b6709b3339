import { expect, kafkaPost, secondKafkaPost, test, thirdKafkaPost } from './fixtures';

const homes = {
  pt: { lang: 'pt-BR', heading: 'Últimos textos', minRead: /^\d+ min de leitura$/, updated: '6 de dezembro de 2026' },
  en: { lang: 'en', heading: 'Latest posts', minRead: /^\d+ min read$/, updated: 'December 6, 2026' },
} as const;

for (const locale of ['pt', 'en'] as const) {
  test(`the ${locale} home lists the post with date, reading time and tags`, async ({ page }) => {
    const home = homes[locale];
    const post = kafkaPost[locale];
    const response = await page.goto(`/${locale}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', home.lang);
    await expect(page.getByRole('heading', { level: 2, name: home.heading })).toBeVisible();

    // The three parts of the Kafka series, newest first.
    await expect(page.getByRole('article').getByRole('heading')).toHaveText([
      thirdKafkaPost[locale].title,
      secondKafkaPost[locale].title,
      post.title,
    ]);
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: post.title, exact: true }) });
    await expect(card).toHaveCount(1);
    // Published, then updated with the editor's notes.
    await expect(card.locator('time')).toHaveText([post.date, home.updated]);
    await expect(card.getByText(home.minRead)).toHaveCount(1);
    await expect(card.getByRole('list').getByRole('listitem')).toHaveText(['Kafka', '2023']);

    await card.getByRole('link', { name: post.title }).click();
    await expect(page).toHaveURL(new RegExp(`${post.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
  });
}

// Keyboard navigation is a desktop concern: not on the phone project.
test(
  'the skip link is the first stop and moves focus to the content',
  { tag: '@desktop' },
  async ({ page, browserName }) => {
    void browserName;
    await page.goto(kafkaPost.pt.path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Pular para o conteúdo' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  },
);
