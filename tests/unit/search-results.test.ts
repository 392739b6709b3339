import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countText, excerptParts, inLocale } from '../../public/islands/search-results.js';

describe('excerptParts', () => {
  it('splits an excerpt into text and marked matches', () => {
    assert.deepEqual(excerptParts('os tópicos e as <mark>partições</mark> de um <mark>tópico</mark>.'), [
      { text: 'os tópicos e as ', marked: false },
      { text: 'partições', marked: true },
      { text: ' de um ', marked: false },
      { text: 'tópico', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes the escaped text back to characters, and never lets markup through as markup', () => {
    assert.deepEqual(
      excerptParts('Map&lt;String, List&lt;T&gt;&gt; &amp; <mark>&quot;x&quot;</mark> &#39;y&#x27; &bogus;'),
      [
        { text: 'Map<String, List<T>> & ', marked: false },
        { text: '"x"', marked: true },
        { text: " 'y' &bogus;", marked: false },
      ],
    );
    // Anything but <mark> stays text: the island puts it in a text node.
    assert.deepEqual(excerptParts('<img src=x onerror=alert(1)>'), [
      { text: '<img src=x onerror=alert(1)>', marked: false },
    ]);
  });

  it('handles an excerpt with no match, a match at either end, and an empty one', () => {
    assert.deepEqual(excerptParts('plain'), [{ text: 'plain', marked: false }]);
    assert.deepEqual(excerptParts('<mark>Kafka</mark>'), [{ text: 'Kafka', marked: true }]);
    assert.deepEqual(excerptParts(''), []);
  });
});

describe('inLocale', () => {
  it("keeps this language's posts only", () => {
    assert.equal(inLocale('/pt/posts/kafka-topicos-particoes-e-offsets', 'pt'), true);
    assert.equal(inLocale('/en/posts/kafka-topics-partitions-and-offsets', 'pt'), false);
    assert.equal(inLocale('/ptx/posts/a', 'pt'), false);
  });
});

describe('countText', () => {
  const pt = { one: '1 resultado', other: '# resultados' };
  const en = { one: '1 result', other: '# results' };
  it('picks the plural form of the language and formats the number in it', () => {
    assert.equal(countText(1, pt, 'pt-BR'), '1 resultado');
    assert.equal(countText(2, pt, 'pt-BR'), '2 resultados');
    assert.equal(countText(1, en, 'en'), '1 result');
    assert.equal(countText(1200, en, 'en'), '1,200 results');
    assert.equal(countText(1200, pt, 'pt-BR'), '1.200 resultados');
  });
});
