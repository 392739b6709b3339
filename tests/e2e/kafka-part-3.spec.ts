import { expect, secondKafkaPost, test, thirdKafkaPost } from './fixtures';
import { codeBlocks, expectReferences, openSeriesPart, type SeriesPart } from './series-part';

const expected: Record<'pt' | 'en', SeriesPart & { codeTitles: string[]; className: string; footnote: string }> = {
  pt: {
    lang: 'pt-BR',
    series: 'Parte 3 de 5 da série Kafka do começo',
    caption:
      'Figura 1 — Uma retentativa reconhecida pelo número de sequência: a resposta se perdeu, mas o lote não é gravado duas vezes.',
    altStart: 'Diagrama de sequência entre o produtor',
    codeTitles: ['criar-topico.sh', 'ProdutorDePedidos.java'],
    className: 'public class ProdutorDePedidos',
    footnote: 'Para ser exato, cada lote leva a sequência da sua primeira mensagem',
    previous: { name: 'texto anterior', path: secondKafkaPost.pt.path },
    switchTo: { name: 'Read in English', path: thirdKafkaPost.en.path },
    marks: 7,
  },
  en: {
    lang: 'en',
    series: 'Part 3 of 5 in the series Kafka from the start',
    caption:
      'Figure 1 — A retry recognised by its sequence numbers: the answer was lost, but the batch is not written twice.',
    altStart: 'Sequence diagram between the producer',
    codeTitles: ['create-topic.sh', 'OrderProducer.java'],
    className: 'public class OrderProducer',
    footnote: 'To be precise, each batch carries the sequence number of its first message',
    previous: { name: 'previous post', path: secondKafkaPost.en.path },
    switchTo: { name: 'Ler em português', path: thirdKafkaPost.pt.path },
    marks: 0,
  },
};

for (const locale of ['pt', 'en'] as const) {
  const want = expected[locale];

  test(`the series' third part renders in ${locale} with its figure, code, footnote and references`, async ({
    page,
  }) => {
    const article = await openSeriesPart(page, thirdKafkaPost[locale], want);

    // The topic command and a whole producer class, each titled with its file name.
    const blocks = codeBlocks(article);
    await expect(blocks).toHaveCount(want.codeTitles.length);
    for (const [i, title] of want.codeTitles.entries()) await expect(blocks.nth(i)).toHaveAccessibleName(title);
    const producer = blocks.nth(1).getByRole('code');
    await expect(producer).toContainText(want.className);
    await expect(producer).toContainText('public static void main(String[] args)');
    await expect(producer).toContainText('ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG');

    // The footnote: a numbered reference in the text and its note at the end.
    const noteRef = article.getByRole('superscript').getByRole('link');
    await expect(noteRef).toHaveCount(1);
    await expect(noteRef).toHaveText('1');
    await expect(page.getByText(want.footnote)).toBeVisible();

    // Every reference is an external link: the Kafka documentation and the KIPs.
    const referenceList = article.getByRole('list').filter({ has: page.getByRole('link', { name: /^KIP-98:/ }) });
    await expect(referenceList).toHaveCount(1);
    const references = await expectReferences(referenceList, 7, want.marks);
    const hrefs = await references.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/(kafka\.apache\.org|cwiki\.apache\.org)\//);
    expect(hrefs).toContain('https://kafka.apache.org/documentation/#producerconfigs');
    expect(hrefs.filter((href) => href!.includes('/KIP-'))).toHaveLength(3);
    for (let i = 0; i < 7; i++) await expect(references.nth(i)).toHaveAttribute('rel', /noopener/);

    // The site names no author yet: no byline in the post or the footer.
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByText(locale === 'pt' ? /^por / : /^by /)).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).not.toContainText(/Autor do blog|·/);
  });
}
