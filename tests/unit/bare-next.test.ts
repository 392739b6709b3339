import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { bodyHtml, startBareNext, writeBareNext } from '../../scripts/bench/peers/bare-next';
import { portOr } from '../../scripts/bench/servers';

// Inside the repo (as the bench writes it), so the modules resolve the repo's react.
const dir = fs.mkdtempSync(path.resolve('.next-bench-bare-test-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bench: the bare Next peer', () => {
  it('prerenders as many post pages as asked, split over both locales', async () => {
    writeBareNext(dir, 2085);
    const page = (await import(pathToFileURL(path.join(dir, 'app/[locale]/posts/[slug]/page.js')).href)) as {
      generateStaticParams: (input: { params: { locale: string } }) => { slug: string }[];
      default: (props: { params: Promise<{ locale: string; slug: string }> }) => Promise<ReactElement>;
      dynamicParams: boolean;
    };
    const pt = page.generateStaticParams({ params: { locale: 'pt' } });
    const en = page.generateStaticParams({ params: { locale: 'en' } });
    assert.equal(pt.length, 1043);
    assert.equal(en.length, 1042);
    assert.equal(new Set(pt.map((p) => p.slug)).size, 1043);
    assert.equal(page.dynamicParams, false);
    const element = await page.default({ params: Promise.resolve({ locale: 'en', slug: 'post-7' }) });
    assert.ok(isValidElement(element));
    assert.equal(element.type, 'article');
  });

  it('gives each page a finished HTML body of the size asked for, or none', async () => {
    const body = bodyHtml(20_000);
    assert.ok(body.length >= 20_000 && body.length < 20_400, `${body.length} bytes`);
    assert.match(body, /<span data-line=""><span style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">/);
    for (const [bytes, article] of [
      [20_000, (html: string) => assert.ok(html.includes(body))],
      [0, (html: string) => assert.doesNotMatch(html, /class="prose"/)],
    ] as const) {
      const appDir = fs.mkdtempSync(path.resolve('.next-bench-bare-test-'));
      try {
        writeBareNext(appDir, 4, bytes);
        const page = (await import(pathToFileURL(path.join(appDir, 'app/[locale]/posts/[slug]/page.js')).href)) as {
          default: (props: { params: Promise<{ locale: string; slug: string }> }) => Promise<ReactElement>;
        };
        const element = await page.default({ params: Promise.resolve({ locale: 'pt', slug: 'post-1' }) });
        article(renderToStaticMarkup(element));
      } finally {
        fs.rmSync(appDir, { recursive: true, force: true });
      }
    }
  });

  it('uses the prerender settings of next.config.mjs', () => {
    writeBareNext(dir, 10);
    const config = fs.readFileSync(path.join(dir, 'next.config.mjs'), 'utf8');
    const ours = fs.readFileSync('next.config.mjs', 'utf8');
    assert.match(config, /cpus: Math\.min\(os\.availableParallelism\(\), 4\)/);
    assert.match(ours, /cpus: Math\.min\(os\.availableParallelism\(\), 4\)/);
    assert.match(ours, /prefetchInlining: false/);
    assert.match(config, /prefetchInlining: false/);
  });

  it("says so, with next start's own words, when the app it would load was never built", async () => {
    writeBareNext(dir, 4);
    await assert.rejects(
      startBareNext(dir, await portOr(undefined)),
      /^Error: the bare Next server stopped \(status 1\):\n[\s\S]*production build/,
    );
  });
});
