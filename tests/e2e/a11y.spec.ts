import { axeViolations, expect, kafkaPost, secondKafkaPost, skipOnExport, test } from './fixtures';
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
  '/pt/archive',
  '/en/archive',
  '/pt/tags',
  '/en/tags',
  '/pt/tags/kafka',
  '/en/tags/kafka',
  '/pt/series',
  '/en/series',
  '/pt/series/kafka',
  '/en/series/kafka',
  // The fixture blog: code, a table, an attributed quote, an untranslated post's switcher, a series
  // with planned and other-language parts, marked one-language posts, a tag's second page.
  `${FIXTURE_URL}/pt/posts/so-em-portugues`,
  `${FIXTURE_URL}/en/posts/bilingual-post`,
  `${FIXTURE_URL}/pt/posts/serie-parte-dois`,
  `${FIXTURE_URL}/pt`,
  `${FIXTURE_URL}/en`,
  `${FIXTURE_URL}/pt/series/demo`,
  `${FIXTURE_URL}/en/tags/lote/page/2`,
  `${FIXTURE_URL}/pt/tags/mdx`,
];

// Once per page and scheme: the rules do not depend on the viewport, and the suite stays fast.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (WCAG 2.1 A/AA), ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(path, async ({ page }, testInfo) => {
        test.skip(testInfo.project.name === 'phone', 'scanned once, on the desktop project');
        if (path.startsWith(FIXTURE_URL)) skipOnExport('the fixture blog is built and served by the Node server only');
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
