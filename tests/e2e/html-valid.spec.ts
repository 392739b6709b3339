import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FIXTURE_URL, SITE_URL } from './servers';
import { expect, kafkaPost, secondKafkaPost, test } from './fixtures';

/**
 * Every page type passes the W3C Nu HTML checker (vnu-jar, which runs on Java) with no errors.
 * The pages are fetched from the production servers, written to a folder, and checked in one
 * run of the checker (a JVM start costs more than all the checking).
 */

const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

async function vnuErrors(origin: string, paths: { path: string; status?: number }[]): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  try {
    const files = await Promise.all(
      paths.map(async ({ path: urlPath, status = 200 }, index) => {
        const response = await fetch(origin + urlPath);
        expect(response.status, urlPath).toBe(status);
        const file = path.join(dir, `${index}.html`);
        fs.writeFileSync(file, await response.text());
        return { file, urlPath };
      }),
    );
    const { stdout, stderr } = await promisify(execFile)(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files.map((f) => f.file)],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const { messages } = JSON.parse(stdout || stderr) as { messages: VnuMessage[] };
    const pageOf = (url: string) => files.find((f) => url.endsWith(path.basename(f.file)))?.urlPath ?? url;
    return messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${pageOf(m.url)}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('every page type of the fixture blog is valid HTML', async () => {
  test.setTimeout(120_000);
  const errors = await vnuErrors(FIXTURE_URL, [
    { path: '/pt' },
    { path: '/en' },
    { path: '/pt/posts/midia' },
    { path: '/en/posts/media' },
    { path: '/pt/posts/so-em-portugues' },
    { path: '/en/posts/bilingual-post' },
    { path: '/pt/tags' },
    { path: '/pt/tags/lote' },
    { path: '/pt/tags/lote/page/2' },
    { path: '/en/series' },
    { path: '/en/series/demo' },
    { path: '/pt/archive' },
    { path: '/en/search' },
    { path: '/pt/nao-existe', status: 404 },
  ]);
  expect(errors).toEqual([]);
});

test('every page type of the blog is valid HTML', async () => {
  test.setTimeout(120_000);
  const errors = await vnuErrors(SITE_URL, [
    { path: '/pt' },
    { path: kafkaPost.pt.path },
    { path: kafkaPost.en.path },
    { path: secondKafkaPost.pt.path },
    { path: '/en/tags' },
    { path: '/en/tags/kafka' },
    { path: '/pt/series/kafka' },
    { path: '/en/archive' },
    { path: '/pt/search' },
    { path: '/en/missing-page', status: 404 },
  ]);
  expect(errors).toEqual([]);
});
