import { axeViolations, expect, kafkaPost, test } from './fixtures';

const pages = ['/pt', '/en', kafkaPost.pt.path, kafkaPost.en.path, '/pt/nada-aqui', '/en/nothing-here'];

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
