import { expect, kafkaPost, secondKafkaPost, test } from './fixtures';

const expected = {
  pt: {
    lang: 'pt-BR',
    series: 'Parte 2 de 5 da série Kafka do começo',
    caption:
      'Figura 1 — Um grupo de dois consumidores lendo as três partições de um tópico, cada partição no seu próprio offset.',
    altStart: 'O tópico pedidos com três partições',
    quote: 'Um log talvez seja a abstração de armazenamento mais simples possível.',
    previous: { name: 'texto anterior', path: kafkaPost.pt.path },
    switchTo: { name: 'Read in English', path: secondKafkaPost.en.path },
    marks: 8,
  },
  en: {
    lang: 'en',
    series: 'Part 2 of 5 in the series Kafka from the start',
    caption:
      "Figure 1 — A group of two consumers reading a topic's three partitions, each partition at its own offset.",
    altStart: 'The orders topic with three partitions',
    quote: 'A log is perhaps the simplest possible storage abstraction.',
    previous: { name: 'previous post', path: kafkaPost.en.path },
    switchTo: { name: 'Ler em português', path: secondKafkaPost.pt.path },
    marks: 0,
  },
} as const;

for (const locale of ['pt', 'en'] as const) {
  const post = secondKafkaPost[locale];
  const want = expected[locale];

  test(`the series' second part renders in ${locale} with its figure, code, quote and references`, async ({ page }) => {
    const response = await page.goto(post.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', want.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
    const article = page.getByRole('article');
    await expect(article.getByText(want.series, { exact: true })).toBeVisible();
    await expect(article.getByRole('paragraph').getByRole('link', { name: want.previous.name })).toHaveAttribute(
      'href',
      want.previous.path,
    );

    const figure = article.getByRole('figure').filter({ has: page.getByRole('img') });
    await expect(figure).toHaveCount(1);
    await expect(figure).toHaveAccessibleName(want.caption);
    await expect(figure.getByText(want.caption)).toHaveText(want.caption);
    // Inlined at build time so it follows the page's theme; named by the figure's alt text.
    const image = figure.getByRole('img');
    await expect(image).toBeVisible();
    expect(await image.getAttribute('aria-label')).toMatch(new RegExp(`^${want.altStart}`));
    // The size recorded at build time is the drawing's own, so the page does not jump.
    const viewBox = (await image.getAttribute('viewBox'))!.split(' ').slice(2);
    expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(viewBox);

    // The topic commands and the producer, both highlighted at build time.
    // Code blocks are the figures with a copy button; inline code is not one.
    const code = article
      .getByRole('figure')
      .filter({ has: page.getByRole('button', { name: /^(Copiar|Copy)$/ }) })
      .getByRole('code');
    await expect(code).toHaveCount(2);
    await expect(code.nth(0)).toContainText('kafka-topics.sh --create');
    await expect(code.nth(0)).toContainText('kafka-topics.sh --describe');
    await expect(code.nth(1)).toContainText('new ProducerRecord<>');
    // The highlighter's inline theme variables are the thing under test here.
    await expect(code.locator('span[style*="--shiki-light"]').first()).toBeAttached();

    const quote = article.getByRole('figure').filter({ has: page.getByRole('blockquote') });
    await expect(quote).toHaveCount(1);
    await expect(quote.getByRole('blockquote')).toContainText(want.quote);
    await expect(quote.getByRole('link', { name: 'Jay Kreps' })).toHaveAttribute('href', /engineering\.linkedin\.com/);

    // The references are the post's last list.
    const referenceList = article.getByRole('list').last();
    const references = referenceList.getByRole('listitem').getByRole('link');
    await expect(references).toHaveCount(8);
    await expect(references.first()).toHaveAttribute(
      'href',
      'https://kafka.apache.org/documentation/#intro_concepts_and_terms',
    );
    await expect(referenceList.getByText(/^\s*\((em|in) [^)]+\)$/)).toHaveCount(want.marks);

    await expect(page.getByRole('link', { name: want.switchTo.name })).toHaveAttribute('href', want.switchTo.path);
  });
}
