import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readingMinutes } from '../../lib/content/reading-time';

function words(count: number, word = 'palavra'): string {
  return Array.from({ length: count }, () => word).join(' ');
}

describe('readingMinutes', () => {
  it('is at least 1 minute, even for an empty body', () => {
    assert.equal(readingMinutes(''), 1);
    assert.equal(readingMinutes('Olá.'), 1);
    assert.equal(readingMinutes(words(50)), 1);
  });

  it('reads at about 200 words a minute', () => {
    assert.equal(readingMinutes(words(400)), 2);
    assert.equal(readingMinutes(words(1000)), 5);
    assert.equal(readingMinutes(words(2000)), 10);
  });

  it('counts words across lines, Markdown and accented text', () => {
    const paragraph = `## Título\n\n${words(199, 'integração')}\n\n- item\n`;
    // 1 + 199 + 1 words = 201 → 1 minute; doubled → 402 → 2 minutes.
    assert.equal(readingMinutes(paragraph), 1);
    assert.equal(readingMinutes(`${paragraph}\n${paragraph}`), 2);
  });

  it('does not count punctuation-only tokens', () => {
    assert.equal(readingMinutes(`${words(300)} ${'— - * > | ``` '.repeat(100)}`), 2);
  });

  it('does not count JSX tags or their attributes', () => {
    const attribute = words(300, 'alt');
    const figure = `<Figure\n  src="diagram.svg"\n  alt="${attribute}"\n  caption="${attribute}"\n/>`;
    assert.equal(readingMinutes(`${words(300)}\n\n${figure}\n`), 2, '300 words + tags should be 2 minutes, not 5');
    assert.equal(readingMinutes(`<Note>${words(300)}</Note>`), 2);
  });

  it('does not count link URLs, only link text', () => {
    const link = '[texto](https://example.com/a/very/long/path?with=query "and a title that is long")';
    // 300 words + 100 links of one word of text each = 400 words → 2; counting URL and title would make it 3+.
    const body = `${words(300)} ${Array.from({ length: 100 }, () => link).join(' ')}`;
    assert.equal(readingMinutes(body), 2);
  });
});
