import { expect, servesExport, test } from './fixtures';
import { FIXTURE_URL, SITE_URL } from './servers';

/** A path of every kind of page, in both languages; the fixture blog also has a tag long enough for page 2. */
const kinds = [
  /^\/(pt|en)$/,
  /^\/(pt|en)\/posts\/[^/]+$/,
  /^\/(pt|en)\/archive$/,
  /^\/(pt|en)\/tags$/,
  /^\/(pt|en)\/tags\/[^/]+$/,
  /^\/(pt|en)\/series$/,
  /^\/(pt|en)\/series\/[^/]+$/,
];

/**
 * Follows every same-site link and image from both homes. A page the proxy
 * does not know (lib/content/pages.ts lists them) would answer 404 here.
 */
for (const origin of [SITE_URL, FIXTURE_URL]) {
  // The same pages on both viewports: not on the phone project. The fixture blog is built and
  // served by the Node server only: not on the export project.
  const tag = origin === FIXTURE_URL ? ['@desktop', '@node'] : ['@desktop'];
  test(`every internal link and image on ${origin} works`, { tag }, async ({ request, baseURL }, testInfo) => {
    // The export of the blog is served at its own address; its links are the same.
    const served = servesExport(testInfo.project.name) ? baseURL! : origin;
    const seen = new Set<string>();
    const queue = ['/pt', '/en'];
    const broken: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await request.get(served + path);
      if (response.status() !== 200) {
        broken.push(`${path} → ${response.status()}`);
        continue;
      }
      if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
      const html = await response.text();
      for (const [, url] of html.matchAll(/(?:href|src)="([^"#]+)"/g)) {
        const target = new URL(url!.replace(/&amp;/g, '&'), served + path);
        if (target.origin !== served || target.pathname.startsWith('/_next/')) continue;
        if (!seen.has(target.pathname)) queue.push(target.pathname);
      }
    }
    expect(broken).toEqual([]);
    // Every kind of page, in both languages, is reached by links alone.
    for (const kind of origin === FIXTURE_URL ? [...kinds, /^\/(pt|en)\/tags\/[^/]+\/page\/2$/] : kinds) {
      for (const locale of ['pt', 'en']) {
        expect(
          [...seen].some((path) => kind.test(path) && path.startsWith(`/${locale}`)),
          `${kind} in ${locale}`,
        ).toBe(true);
      }
    }
  });
}
