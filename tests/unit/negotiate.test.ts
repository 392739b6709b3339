import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negotiateLocale } from '../../lib/i18n/negotiate';

describe('negotiateLocale: cookie', () => {
  it('an "en" cookie wins over Accept-Language pt-BR', () => {
    assert.equal(negotiateLocale({ cookie: 'en', acceptLanguage: 'pt-BR' }), 'en');
  });

  it('a "pt" cookie wins over Accept-Language en-US', () => {
    assert.equal(negotiateLocale({ cookie: 'pt', acceptLanguage: 'en-US,en;q=0.9' }), 'pt');
  });

  for (const cookie of ['fr', 'EN', 'en-US', '', ' en', 'pt-BR', null, undefined]) {
    it(`ignores the invalid cookie ${JSON.stringify(cookie)} and falls back to the header`, () => {
      assert.equal(negotiateLocale({ cookie, acceptLanguage: 'en-US,en;q=0.9' }), 'en');
      assert.equal(negotiateLocale({ cookie, acceptLanguage: 'pt-BR' }), 'pt');
    });
  }
});

describe('negotiateLocale: Accept-Language', () => {
  const cases: Array<[string, 'pt' | 'en']> = [
    ['en-US,en;q=0.9', 'en'],
    ['pt-BR,pt;q=0.9,en;q=0.8', 'pt'],
    ['pt-BR', 'pt'],
    ['pt', 'pt'],
    ['pt-PT', 'pt'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-gb', 'en'],
    ['fr-FR,fr;q=0.9', 'pt'],
    ['fr, en;q=0.5', 'en'],
    ['de-DE,de;q=0.9,en;q=0.8,pt;q=0.7', 'en'],
    ['en;q=0.5, pt;q=0.8', 'pt'],
    ['pt;q=0.5, en-US;q=0.9', 'en'],
    ['en-GB;q=0.9, pt;q=0.8', 'en'],
    ['pt;q=0, en', 'en'],
    ['  en-US  ', 'en'],
    ['*', 'pt'],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${expected}`, () => {
      assert.equal(negotiateLocale({ acceptLanguage: header }), expected);
    });
  }

  for (const header of ['', '   ', undefined, null]) {
    it(`an absent header (${JSON.stringify(header)}) gives pt`, () => {
      assert.equal(negotiateLocale({ acceptLanguage: header }), 'pt');
    });
  }

  it('no cookie and no header at all gives pt', () => {
    assert.equal(negotiateLocale({}), 'pt');
  });
});

describe('negotiateLocale: malformed headers', () => {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const alphabet = ';,=*-q0.9 \t"\'\\()<>@[]{}?/é\u0000xZ';
  const garbage = Array.from({ length: 5000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

  const malformed: Array<[string, string]> = [
    [';;;', ';;;'],
    ['q=abc', 'q=abc'],
    ['*;q=x', '*;q=x'],
    [',,,', ',,,'],
    ['-;q=1', '-;q=1'],
    ['\u0000\u0001\u0002', 'control characters'],
    ['a'.repeat(5000), '5000 × "a"'],
    [garbage, '5000 characters of generated garbage'],
  ];
  for (const [header, label] of malformed) {
    it(`${label} gives pt without throwing`, () => {
      let result: string | undefined;
      assert.doesNotThrow(() => {
        result = negotiateLocale({ acceptLanguage: header });
      });
      assert.equal(result, 'pt');
    });
  }

  it('a real preference followed by 5000 characters of garbage still gives en, without throwing', () => {
    assert.doesNotThrow(() => negotiateLocale({ acceptLanguage: `en,${garbage}` }));
    assert.equal(negotiateLocale({ acceptLanguage: `en,${garbage}` }), 'en');
  });

  for (const header of ['en;q=', 'pt;q=1;q=2', 'en;;q=0.5', 'pt-;q=0.1', '-en']) {
    it(`${JSON.stringify(header)} gives a supported locale without throwing`, () => {
      let result: string | undefined;
      assert.doesNotThrow(() => {
        result = negotiateLocale({ acceptLanguage: header });
      });
      assert.ok(result === 'pt' || result === 'en', `got ${String(result)}`);
    });
  }
});
