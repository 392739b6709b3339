import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { isValidElement, type ReactElement } from 'react';
import { writeBareNext } from '../../scripts/bench/peers/bare-next';

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

  it('uses the prerender settings of next.config.mjs', () => {
    writeBareNext(dir, 10);
    const config = fs.readFileSync(path.join(dir, 'next.config.mjs'), 'utf8');
    const ours = fs.readFileSync('next.config.mjs', 'utf8');
    assert.match(config, /cpus: Math\.min\(os\.availableParallelism\(\), 4\)/);
    assert.match(ours, /cpus: Math\.min\(os\.availableParallelism\(\), 4\)/);
    assert.match(ours, /prefetchInlining: false/);
    assert.match(config, /prefetchInlining: false/);
  });
});
