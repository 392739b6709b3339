import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/** /healthz on every server of the suite's blog: the Node server, the standalone one, both exports. */
// No page involved: one viewport is enough.
test(
  '/healthz answers 200 with the build id and the posts per language, never cached',
  { tag: '@desktop' },
  async ({ request }) => {
    const response = await request.get('/healthz');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    const body = await response.json();
    // Every server of the suite answers for the SITE_URL server's build.
    const buildId = fs.readFileSync(path.join('.next-e2e', 'BUILD_ID'), 'utf8').trim();
    expect(body).toEqual({ status: 'ok', buildId, posts: { pt: expect.any(Number), en: expect.any(Number) } });
    expect(body.posts.pt).toBeGreaterThan(0);
    expect(body.posts.en).toBeGreaterThan(0);

    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toContain('/healthz');
  },
);
