import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { earlyAnswer, installEarlyAnswers, KNOWN_PATH_HEADER, knownPathAnswer, originForm } from '../../lib/http-guard';
import { config } from '../../proxy';

describe('early answers to requests Next cannot represent', () => {
  it('answers TRACE and TRACK with 405, OPTIONS * with 204, both with Allow', () => {
    assert.deepEqual(earlyAnswer('TRACE', '/pt'), { status: 405, headers: { Allow: 'GET, HEAD, OPTIONS' } });
    assert.deepEqual(earlyAnswer('TRACK', '/x'), { status: 405, headers: { Allow: 'GET, HEAD, OPTIONS' } });
    assert.deepEqual(earlyAnswer('OPTIONS', '*'), { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
    assert.equal(earlyAnswer('GET', '*')?.status, 400);
  });

  it('leaves every other request to Next', () => {
    for (const [method, url] of [
      ['GET', '/pt'],
      ['POST', '/pt'],
      ['OPTIONS', '/pt'],
      ['HEAD', '/'],
      ['DELETE', '/x'],
    ] as const) {
      assert.equal(earlyAnswer(method, url), undefined, `${method} ${url}`);
    }
  });

  it('turns an absolute-form target into its path, and leaves others alone', () => {
    assert.equal(originForm('http://evil.example/pt?x=1'), '/pt?x=1');
    assert.equal(originForm('https://evil.example'), '/');
    assert.equal(originForm('/pt/x'), '/pt/x');
    assert.equal(originForm('//evil.example/pt'), '//evil.example/pt');
    assert.equal(originForm('*'), '*');
    assert.equal(originForm('mailto:x@example.com'), 'mailto:x@example.com');
  });

  it('answers before any server in the process sees the request, and marks known paths', async () => {
    installEarlyAnswers(() => KNOWN);
    const seen: string[] = [];
    const answered: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((request, response) => {
      seen.push(`${request.method} ${request.url} ${request.headers[KNOWN_PATH_HEADER] ?? '-'}`);
      response.end('app');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const ask = (method: string, path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
          if (response.statusCode !== 200) answered.push(response.headers);
        });
        request.on('error', reject);
        request.end();
      });
    try {
      assert.deepEqual(await ask('TRACE', '/pt'), { status: 405, allow: 'GET, HEAD, OPTIONS', body: '' });
      assert.deepEqual(await ask('OPTIONS', '*'), { status: 204, allow: 'GET, HEAD, OPTIONS', body: '' });
      assert.deepEqual(await ask('POST', '/pt/posts/a'), { status: 405, allow: 'GET, HEAD, OPTIONS', body: '' });
      assert.deepEqual(await ask('OPTIONS', '/en'), { status: 204, allow: 'GET, HEAD, OPTIONS', body: '' });
      assert.equal((await ask('GET', 'http://evil.example/pt')).body, 'app');
      assert.equal((await ask('GET', '/en?x=1')).body, 'app');
      // A client cannot mark a path itself: its header is removed, known path or not.
      assert.equal((await ask('GET', '/pt/nope', { [KNOWN_PATH_HEADER]: '1' })).body, 'app');
      assert.equal((await ask('POST', '/pt/nope')).body, 'app');
      assert.deepEqual(seen, ['GET /pt 1', 'GET /en?x=1 1', 'GET /pt/nope -', 'POST /pt/nope -']);
      // Its own answers carry the security headers next.config.mjs gives Next's.
      assert.equal(answered.length, 4);
      for (const headers of answered) {
        assert.equal(headers['x-content-type-options'], 'nosniff');
        assert.match(String(headers['content-security-policy']), /default-src 'self'/);
      }
    } finally {
      server.close();
    }
  });
});

const KNOWN = {
  pages: new Set(['/pt', '/en', '/pt/posts/a']),
  files: new Set(['/pt/feed.xml']),
};

describe('requests for the paths the blog serves', () => {
  it('marks GET and HEAD of a page or a generated file as known, whatever the query', () => {
    for (const [method, url] of [
      ['GET', '/pt'],
      ['HEAD', '/pt/posts/a'],
      ['GET', '/pt/posts/a?utm_source=x&y=%ff'],
      ['GET', '/pt/feed.xml'],
      ['HEAD', '/pt/feed.xml'],
    ] as const) {
      assert.equal(knownPathAnswer(method, url, KNOWN), 'known', `${method} ${url}`);
    }
  });

  it('answers other methods on a page with 405 and Allow, OPTIONS with 204', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      assert.deepEqual(knownPathAnswer(method, '/pt/posts/a', KNOWN), {
        status: 405,
        headers: { Allow: 'GET, HEAD, OPTIONS' },
      });
    }
    assert.deepEqual(knownPathAnswer('OPTIONS', '/en?x', KNOWN), {
      status: 204,
      headers: { Allow: 'GET, HEAD, OPTIONS' },
    });
  });

  it('leaves to the proxy anything that is not exactly a known path', () => {
    for (const [method, url] of [
      ['GET', '/'],
      ['GET', '/pt/'],
      ['GET', '/PT'],
      ['GET', '/p%74'],
      ['GET', '/pt/posts/A'],
      ['GET', '/pt/posts/nope'],
      ['POST', '/pt/nope'],
      ['POST', '/pt/feed.xml'],
      ['GET', undefined],
    ] as const) {
      assert.equal(knownPathAnswer(method, url, KNOWN), undefined, `${method} ${url}`);
    }
  });

  it("is the header proxy.ts's matcher skips", () => {
    assert.deepEqual(config.matcher[0]?.missing, [{ type: 'header', key: KNOWN_PATH_HEADER }]);
  });
});
