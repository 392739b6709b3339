import assert from 'node:assert/strict';
import http from 'node:http';
import { describe, it } from 'node:test';
import { fuzzCases, loopbackUrl } from '../../scripts/fuzz/cases';

describe('fuzz:requests', () => {
  it('accepts loopback addresses only', () => {
    for (const ok of ['http://127.0.0.1:3000', 'http://127.1.2.3:80/', 'http://[::1]:3000'])
      assert.ok(loopbackUrl(ok), ok);
    for (const refused of [
      'http://example.com',
      'http://10.0.0.1:3000',
      'http://localhost.example.com:3000',
      'https://127.0.0.1',
      'http://127.0.0.1.nip.io',
      'ftp://127.0.0.1',
      'not a url',
    ]) {
      assert.throws(() => loopbackUrl(refused), /--url must be/, refused);
    }
  });

  it('generates the same requests for the same seed, and others for another', () => {
    const pages = ['/pt', '/en/posts/x'];
    assert.deepEqual(fuzzCases('a', 500, pages), fuzzCases('a', 500, pages));
    assert.notDeepEqual(fuzzCases('a', 500, pages), fuzzCases('b', 500, pages));
  });

  it('generates requests node:http can send, with every kind of oddity', () => {
    const cases = fuzzCases('1', 3000, ['/pt', '/en', '/pt/posts/integrando-sistemas-com-kafka']);
    for (const c of cases) {
      assert.match(c.path, /^\/[\x21-\xff]*$/, c.path);
      for (const [name, value] of Object.entries(c.headers))
        assert.doesNotThrow(() => http.validateHeaderValue(name, value), `${name}: ${value}`);
    }
    const methods = new Set(cases.map((c) => c.method));
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'POST', 'TRACE']) assert.ok(methods.has(method), `no ${method}`);
    const paths = cases.map((c) => c.path).join('\n');
    for (const piece of [
      '%00',
      '%252e%252e',
      '%c0%ae',
      '%E0%A4%A',
      '%F0%9F%98%80',
      '/PT',
      '/pt/posts/integrando-sistemas-com-kafka/',
    ]) {
      assert.ok(paths.includes(piece), `no path with ${piece}`);
    }
    assert.ok(
      cases.some((c) => c.path.length > 8000),
      'no very long path',
    );
    assert.ok(
      cases.some((c) => c.headers.RSC === '1' && c.headers['Next-Router-State-Tree']),
      'no RSC request with a router state',
    );
    assert.ok(
      cases.some((c) => (c.headers['Accept-Language'] ?? '').length > 1000),
      'no huge Accept-Language',
    );
  });
});
