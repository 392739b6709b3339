import { expect, kafkaPost, secondKafkaPost, test } from './fixtures';
import { codeBlocks, expectReferences, openSeriesPart, type SeriesPart } from './series-part';

const expected: Record<'pt' | 'en', SeriesPart & { quote: string }> = {
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
};

for (const locale of ['pt', 'en'] as const) {
  const want = expected[locale];

  test(`the series' second part renders in ${locale} with its figure, code, quote and references`, async ({ page }) => {
    const article = await openSeriesPart(page, secondKafkaPost[locale], want);

    // The topic commands and the producer, both highlighted at build time.
    const code = codeBlocks(article).getByRole('code');
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
    const references = await expectReferences(article.getByRole('list').last(), 8, want.marks);
    await expect(references.first()).toHaveAttribute(
      'href',
      'https://kafka.apache.org/documentation/#intro_concepts_and_terms',
    );
  });
}
