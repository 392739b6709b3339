import { FIXTURE_URL } from './servers';
import { expect, test } from './fixtures';

// The fixture post with images beside it, a video and a Mermaid diagram (tests/fixtures/content/posts/2023-06-01-midia).
test.use({ baseURL: FIXTURE_URL });

const POSTS = [
  {
    path: '/pt/posts/midia',
    photo: 'Paisagem ao entardecer com colinas escuras',
    figure: 'Figura',
    captions: ['Uma paisagem desenhada para os testes', 'Um diagrama ao lado do post', 'Um segundo de barras de teste'],
    diagram: 'Um produtor grava no tópico, e dois consumidores leem dele',
  },
  {
    path: '/en/posts/media',
    photo: 'Landscape at dusk with dark hills',
    figure: 'Figure',
    captions: ['A landscape drawn for the tests', 'A diagram beside the post', 'One second of test bars'],
    // No alt="…" on the English diagram: its source is its text alternative.
    diagram: /^flowchart LR\s+P\[Producer\] --> T\[\(Topic\)\]/,
  },
];

for (const post of POSTS) {
  test.describe(post.path, () => {
    test('a Markdown image beside the post has its size, renditions, alt text and lazy loading', async ({
      page,
      request,
    }) => {
      await page.goto(post.path);
      const photos = page.getByRole('img', { name: post.photo, exact: true });
      await expect(photos).toHaveCount(2);
      for (const photo of await photos.all()) {
        await expect(photo).toHaveAttribute('width', '1600');
        await expect(photo).toHaveAttribute('height', '1000');
        await expect(photo).toHaveAttribute('loading', 'lazy');
        await expect(photo).toHaveAttribute('decoding', 'async');
        await expect(photo).toHaveAttribute('sizes', /42rem/);
        const srcset = (await photo.getAttribute('srcset')) ?? '';
        expect(srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['480w', '768w', '1200w']);
        for (const entry of srcset.split(', ')) {
          const response = await request.get(entry.split(' ')[0]!);
          expect(response.status()).toBe(200);
          expect(response.headers()['content-type']).toBe('image/webp');
          expect(response.headers()['cache-control']).toContain('immutable');
        }
      }
      // The captioned one is the first figure; the browser loaded a rendition once scrolled to.
      const figure = page.locator('figure.figure').first();
      await expect(figure.getByRole('img', { name: post.photo })).toBeVisible();
      await figure.scrollIntoViewIfNeeded();
      await expect
        .poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.currentSrc))
        .toMatch(/\.webp$/);
    });

    test('captioned images, figures and videos share one numbering', async ({ page }) => {
      await page.goto(post.path);
      const captions = page.locator('figure.figure > figcaption');
      await expect(captions).toHaveText(post.captions.map((caption, i) => `${post.figure} ${i + 1} — ${caption}`));
    });

    test('the video waits for the reader: controls, preload none, no autoplay, captions track', async ({
      page,
      request,
    }) => {
      await page.goto(post.path);
      const video = page.locator('figure.figure video');
      await expect(video).toHaveCount(1);
      await expect(video).toHaveAttribute('controls', '');
      await expect(video).toHaveAttribute('preload', 'none');
      await expect(video).not.toHaveAttribute('autoplay');
      expect(await video.evaluate((v: HTMLVideoElement) => v.autoplay || !v.paused)).toBe(false);
      const track = video.locator('track');
      await expect(track).toHaveAttribute('kind', 'captions');
      await expect(track).toHaveAttribute('srclang', post.path.startsWith('/pt') ? 'pt' : 'en');
      for (const url of [await video.getAttribute('src'), await track.getAttribute('src')]) {
        expect((await request.get(url!)).status()).toBe(200);
      }
    });

    test('the Mermaid diagram is inline SVG, one image with an accessible name, in the page colours', async ({
      page,
    }) => {
      await page.goto(post.path);
      const diagram = page.getByRole('article').getByRole('img', { name: post.diagram });
      await expect(diagram).toHaveCount(1);
      await expect(diagram).toHaveAttribute('role', 'img');
      expect(await diagram.evaluate((element) => element.tagName)).toBe('svg');
      await expect(diagram.locator('foreignObject')).toHaveCount(0);
      await expect(diagram.locator('text').first()).toBeVisible();
      const ink = async () =>
        diagram
          .locator('text')
          .first()
          .evaluate((text) => getComputedStyle(text).fill);
      const light = await ink();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await ink()).not.toBe(light);
    });
    // Its axe scans are a11y.spec.ts's, with the other pages'.
  });
}

test('a feed carries the images with absolute addresses', async ({ request }) => {
  const feed = await (await request.get('/pt/feed.xml')).text();
  // Relative addresses would point nowhere in a feed reader, whether the HTML is escaped or in CDATA.
  expect(feed.split(`${FIXTURE_URL}/media/2023-06-01-midia/`).length - 1).toBeGreaterThanOrEqual(4);
  expect(feed).not.toMatch(/(?:"|&quot;|=)\/media\//);
});
