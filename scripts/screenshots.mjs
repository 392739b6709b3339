// Takes full-page screenshots of the main pages at phone and desktop widths,
// in light and dark, for a person to look at: node scripts/screenshots.mjs [baseUrl] [outDir]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = process.argv[3] ?? 'test-results/screenshots';
const pages = {
  'pt-home': '/pt',
  'en-home': '/en',
  'pt-post': '/pt/posts/integrando-sistemas-com-kafka',
  'en-post': '/en/posts/integrating-systems-with-kafka',
  'pt-post-2': '/pt/posts/kafka-topicos-particoes-e-offsets',
  'en-post-2': '/en/posts/kafka-topics-partitions-and-offsets',
  'pt-archive': '/pt/archive',
  'en-archive': '/en/archive',
  'pt-tags': '/pt/tags',
  'en-tag': '/en/tags/kafka',
  'pt-series': '/pt/series',
  'en-series-kafka': '/en/series/kafka',
  'pt-404': '/pt/nada-aqui',
  'en-404': '/en/nothing-here',
};
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(browserLaunchOptions());
for (const scheme of ['light', 'dark']) {
  for (const [device, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(base + url, { waitUntil: 'networkidle' });
      // Full-page captures do not scroll, so lazy images would stay blank: bring each into view first.
      for (const image of await page.locator('img[loading="lazy"]').all()) {
        await image.scrollIntoViewIfNeeded();
        await image.evaluate(
          (img) => img.complete || new Promise((done) => img.addEventListener('load', done, { once: true })),
        );
      }
      const file = path.join(out, `${name}-${device}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
