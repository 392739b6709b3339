import { expect, kafkaPost, test } from './fixtures';
import { SITE_URL } from './servers';

for (const locale of ['pt', 'en'] as const) {
  const post = kafkaPost[locale];

  test.describe(`the Kafka post in ${locale}`, () => {
    test('renders with its language, title, date and series', async ({ page }) => {
      const response = await page.goto(post.path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', post.lang);
      await expect(page).toHaveTitle(new RegExp(`^${post.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
      const published = page.getByRole('article').getByRole('time').first();
      await expect(published).toHaveText(post.date);
      await expect(published).toHaveAttribute('datetime', '2023-10-02T17:31:37.000Z');
      const seriesBox = page.getByRole('navigation', { name: /^(Série|Series): / });
      await expect(seriesBox.getByText(post.series, { exact: true })).toBeVisible();
      await expect(seriesBox.locator('[aria-current="page"]')).toHaveText(post.title);
      await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['Kafka', '2023']);
      for (const heading of post.headings) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
    });

    test('shows Figure 1 with its number, caption, credit and alt text', async ({ page }) => {
      await page.goto(post.path);
      const figure = page.locator('figure.figure');
      await expect(figure).toHaveCount(1);
      await expect(figure.locator('figcaption')).toHaveText(`${post.figure} — ${post.caption} ${post.credit}`);
      await expect(figure.getByRole('link', { name: /freeCodeCamp/ })).toHaveAttribute(
        'href',
        'https://www.freecodecamp.org/news/apache-kafka-handbook/',
      );
      // Inlined at build time so it follows the page's theme; named by the figure's alt text.
      const image = figure.getByRole('img');
      await expect(image).toBeVisible();
      expect(await image.getAttribute('aria-label')).toMatch(new RegExp(`^${post.altStart}`));
      await expect(image).toHaveAttribute('width', /\d+/);
      await expect(image).toHaveAttribute('height', /\d+/);
    });

    test('renders both definitions as quotes', async ({ page }) => {
      await page.goto(post.path);
      const quotes = page.getByRole('article').getByRole('blockquote');
      await expect(quotes).toHaveCount(2);
      for (const [i, text] of post.quotes.entries()) await expect(quotes.nth(i)).toContainText(text);
      await expect(quotes.nth(0).getByRole('strong')).toHaveText(
        locale === 'pt' ? 'qualquer acontecimento' : 'anything that happens',
      );
    });

    test('lists the use cases with their links', async ({ page }) => {
      await page.goto(post.path);
      for (const href of [
        'https://www.confluent.io/blog/how-kafka-is-used-by-netflix/',
        'https://engineering.atspotify.com/2016/03/spotifys-event-delivery-the-road-to-the-cloud-part-ii/',
        'https://www.youtube.com/watch?v=mAVSrb7Xrm8',
      ]) {
        const link = page.locator(`.prose a[href="${href}"]`);
        await expect(link).toHaveCount(1);
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
    });

    test('ends with the reference links, marked by language', async ({ page }) => {
      await page.goto(post.path);
      const references = page
        .getByRole('article')
        .getByRole('list')
        .filter({ has: page.getByRole('link', { name: /^The Apache Kafka Handbook/ }) });
      const links = references.getByRole('listitem').getByRole('link');
      await expect(links).toHaveCount(3);
      for (const link of await links.all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(links.nth(0)).toHaveAttribute('href', 'https://www.freecodecamp.org/news/apache-kafka-handbook/');
      await expect(links.nth(2)).toHaveAttribute(
        'href',
        'https://developer.confluent.io/quickstart/kafka-on-confluent-cloud/',
      );
      if (locale === 'pt') {
        await expect(links.nth(1)).toHaveAttribute('href', /learn\.microsoft\.com\/pt-br\//);
        for (const i of [0, 2]) {
          await expect(links.nth(i)).toHaveAttribute('hreflang', 'en');
          await expect(links.nth(i)).toHaveAttribute('lang', 'en');
        }
        await expect(links.nth(1)).not.toHaveAttribute('hreflang', /.+/);
        await expect(references.getByText(/^\s*\((em|in) [^)]+\)$/)).toHaveText(['(em inglês)', '(em inglês)']);
      } else {
        await expect(links.nth(1)).toHaveAttribute('href', /learn\.microsoft\.com\/en-us\//);
        await expect(references.getByText(/^\s*\((em|in) [^)]+\)$/)).toHaveCount(0);
      }
    });

    test('describes itself to search engines and feeds', async ({ page }) => {
      await page.goto(post.path);
      const other = locale === 'pt' ? kafkaPost.en : kafkaPost.pt;
      // Absolute, on the origin SITE_URL names (the suite's server).
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', SITE_URL + post.path);
      await expect(page.locator(`link[rel="alternate"][hreflang="${other.lang}"]`)).toHaveAttribute(
        'href',
        SITE_URL + other.path,
      );
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        'href',
        SITE_URL + kafkaPost.pt.path,
      );
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Kafka/);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd).toMatchObject({
        '@type': 'BlogPosting',
        headline: post.title,
        inLanguage: post.lang,
        datePublished: '2023-10-02T17:31:37.000Z',
      });
    });
  });
}
