import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { measureLayer, readSources } from '../../scripts/bench/compile-floor';

const CONTENT = path.resolve('tests/fixtures/content');

describe('bench: the compile floor', () => {
  it('reads each post body without its front matter, on the lines the file has it', () => {
    const sources = readSources(CONTENT, 1);
    assert.ok(sources.length >= 1);
    for (const source of sources) {
      const raw = fs.readFileSync(source.file, 'utf8');
      assert.doesNotMatch(source.body, /^title:/m);
      assert.equal(source.body.split('\n').length, raw.split('\n').length);
      assert.ok(raw.endsWith(source.body.trimStart()));
    }
  });

  it('measures a layer in CPU milliseconds a post, and skips one that is not installed', async () => {
    const sources = readSources(CONTENT, 1);
    const ms = await measureLayer('gfm', sources);
    assert.ok(typeof ms === 'number' && ms > 0 && ms < 10_000, String(ms));
    const saved = process.env.BLOG_BENCH_CACHE;
    process.env.BLOG_BENCH_CACHE = fs.mkdtempSync(path.join(os.tmpdir(), 'no-astro-'));
    try {
      assert.equal(await measureLayer('satteri', sources), undefined);
    } finally {
      if (saved === undefined) delete process.env.BLOG_BENCH_CACHE;
      else process.env.BLOG_BENCH_CACHE = saved;
    }
  });
});
