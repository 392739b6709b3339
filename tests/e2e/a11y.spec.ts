import { axeViolations, expect, kafkaPost, secondKafkaPost, test } from './fixtures';
import { FIXTURE_URL } from './servers';

const pages = [
  '/pt',
  '/en',
  kafkaPost.pt.path,
  kafkaPost.en.path,
  secondKafkaPost.pt.path,
  secondKafkaPost.en.path,
  '/pt/search',
  '/en/search',
  '/pt/nada-aqui',
  '/en/nothing-here',
  // The fixture blog: code, a table, an attributed quote, an untranslated post's switcher, a series.
  `${FIXTURE_URL}/pt/posts/so-em-portugues`,
  `${FIXTURE_URL}/en/posts/bilingual-post`,
  `${FIXTURE_URL}/pt`,
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (WCAG 2.1 A/AA), ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(path, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
