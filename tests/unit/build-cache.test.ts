import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BytesCache } from '../../lib/build-cache';
import { socialCardKey, type SocialCard } from '../../lib/seo/social-image';

describe('bytes kept between builds', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bytes-cache-'));

  it('gives back what was written under the same key, and misses any other key', () => {
    const cache = new BytesCache(dir(), 'png');
    assert.equal(cache.read('ab12'), undefined);
    cache.write('ab12', Buffer.from('card'));
    assert.equal(cache.read('ab12')?.toString(), 'card');
    assert.equal(cache.read('cd34'), undefined);
    assert.deepEqual([cache.hits, cache.misses], [1, 2]);
    // A second cache on the same folder (another prerender worker, the next build) sees it too.
    assert.equal(new BytesCache(cache.dir, 'png').read('ab12')?.toString(), 'card');
  });

  it('never fails a build: a folder it cannot write to only means no cache', () => {
    const blocked = path.join(dir(), 'file');
    fs.writeFileSync(blocked, 'not a folder');
    const cache = new BytesCache(blocked, 'png');
    assert.doesNotThrow(() => cache.write('ab12', Buffer.from('card')));
    assert.equal(cache.read('ab12'), undefined);
  });
});

describe('social card cache key', () => {
  const card: SocialCard = {
    lang: 'pt-BR',
    title: 'Kafka: tópicos, partições e offsets',
    kicker: 'Parte 2 de 5 · Kafka do começo',
    siteName: 'Notas de Integração',
    date: '6 de novembro de 2023',
  };

  it('is the same for the same card and changes with any text on it', () => {
    assert.equal(socialCardKey(card), socialCardKey({ ...card }));
    for (const change of [
      { title: 'Kafka: tópicos e partições' },
      { kicker: 'Parte 3 de 5 · Kafka do começo' },
      { kicker: undefined },
      { siteName: 'Outro blog' },
      { date: '7 de novembro de 2023' },
      { lang: 'en' },
    ])
      assert.notEqual(socialCardKey({ ...card, ...change }), socialCardKey(card), JSON.stringify(change));
  });
});
