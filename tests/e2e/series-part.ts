import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** What a part of the Kafka series shows in one language, beside its own content. */
export interface SeriesPart {
  lang: string;
  /** The line naming the part and the series. */
  series: string;
  /** The caption of its one drawn figure, number included. */
  caption: string;
  /** How the figure's alt text starts. */
  altStart: string;
  previous: { name: string; path: string };
  switchTo: { name: string; path: string };
  /** How many references are marked with their language, `(em inglês)` or `(in Portuguese)`. */
  marks: number;
}

/**
 * Opens a part of the series and checks what every part has: its language, title, place in the
 * series and link back, its one figure, and the link to its translation. Returns the article.
 */
export async function openSeriesPart(page: Page, post: { path: string; title: string }, want: SeriesPart) {
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

  await expect(page.getByRole('link', { name: want.switchTo.name })).toHaveAttribute('href', want.switchTo.path);
  return article;
}

/** The code blocks of an article: the figures with a copy button (inline code is not one). */
export function codeBlocks(article: Locator) {
  return article.getByRole('figure').filter({ has: article.page().getByRole('button', { name: /^(Copiar|Copy)$/ }) });
}

/** Checks a list of `count` references, `marks` of them marked with their language; returns their links. */
export async function expectReferences(list: Locator, count: number, marks: number) {
  const references = list.getByRole('listitem').getByRole('link');
  await expect(references).toHaveCount(count);
  await expect(list.getByText(/^\s*\((em|in) [^)]+\)$/)).toHaveCount(marks);
  return references;
}
