import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { earlyAnswer, installEarlyAnswers, originForm } from '../../lib/http-guard';

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

  it('answers before any server in the process sees the request', async () => {
    installEarlyAnswers();
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      response.end('app');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const ask = (method: string, path: string) =>
      new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, method, path }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
        });
        request.on('error', reject);
        request.end();
      });
    try {
      assert.deepEqual(await ask('TRACE', '/pt'), { status: 405, allow: 'GET, HEAD, OPTIONS', body: '' });
      assert.deepEqual(await ask('OPTIONS', '*'), { status: 204, allow: 'GET, HEAD, OPTIONS', body: '' });
      assert.equal((await ask('GET', 'http://evil.example/pt')).body, 'app');
      assert.equal((await ask('GET', '/en')).body, 'app');
      assert.deepEqual(seen, ['GET /pt', 'GET /en']);
    } finally {
      server.close();
    }
  });
});
