import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, kafkaPost, test } from './fixtures';

/** What a browser sends when it revalidates what it holds (a reload, or an expired copy). */
const REVALIDATE = { 'cache-control': 'max-age=0' };

/**
 * The validator a response carries, as the request header that revalidates it: If-None-Match for
 * an ETag, else If-Modified-Since for a Last-Modified.
 */
function conditionalHeaders(response: APIResponse): Record<string, string> {
  const headers = response.headers();
  if (headers.etag) return { 'if-none-match': headers.etag };
  if (headers['last-modified']) return { 'if-modified-since': headers['last-modified'] };
  throw new Error(`${response.url()} answers with neither ETag nor Last-Modified`);
}

/** Fetches `path`, then revalidates it as a browser would: the second answer is 304, with no body. */
async function expectRevalidated(request: APIRequestContext, path: string) {
  const first = await request.get(path);
  expect(first.status(), path).toBe(200);
  expect((await first.body()).length, path).toBeGreaterThan(0);
  const conditional = conditionalHeaders(first);

  const again = await request.get(path, { headers: { ...REVALIDATE, ...conditional } });
  expect(again.status(), `${path} revalidated with ${JSON.stringify(conditional)}`).toBe(304);
  expect((await again.body()).length, `${path}: a 304 has no body`).toBe(0);
  // The 304 names the same version it confirms. Compared weakly (RFC 9110, 8.8.3.2): nginx marks
  // the ETag of a gzipped answer weak (W/), and its 304, which carries no body, names it strong.
  const opaque = (etag: string | undefined) => etag?.replace(/^W\//, '');
  // Cloudflare's local runtime answers the 304 without repeating the ETag (a 304 should carry it).
  const namesVersion = test.info().project.name !== 'cloudflare';
  if (first.headers().etag && namesVersion) expect(opaque(again.headers().etag)).toBe(opaque(first.headers().etag));

  // A validator that no longer matches gets the whole page again.
  const stale: Record<string, string> = conditional['if-none-match']
    ? { 'if-none-match': '"an-older-version"' }
    : { 'if-modified-since': new Date(0).toUTCString() };
  const changed = await request.get(path, { headers: { ...REVALIDATE, ...stale } });
  expect(changed.status(), `${path} with a stale validator`).toBe(200);
  expect(await changed.body()).toEqual(await first.body());
}

test.describe('revalidation: a browser that holds a copy gets 304, not the page again', () => {
  test('a post page answers with an ETag and honours If-None-Match', async ({ request }) => {
    const response = await request.get(kafkaPost.pt.path);
    expect(response.headers().etag).toMatch(/^(W\/)?"[^"]+"$/);
    await expectRevalidated(request, kafkaPost.pt.path);
    await expectRevalidated(request, kafkaPost.en.path);
  });

  test('a tag page', async ({ request }) => {
    await expectRevalidated(request, '/pt/tags/kafka');
    await expectRevalidated(request, '/en/tags/kafka');
  });

  test('a file under /images and the stylesheet under /_next/static', async ({ page, request }) => {
    await expectRevalidated(request, '/images/posts/2023-10-02-kafka-intro/antes-e-depois-do-kafka.pt.svg');
    await page.goto(kafkaPost.pt.path);
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(stylesheet).toMatch(/^\/_next\/static\//);
    await expectRevalidated(request, stylesheet!);
  });
});
