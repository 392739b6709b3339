import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { prerenderedNotFound } from '../../lib/not-found-page';
import { makeTree, removeTrees, SITE_YML } from './helpers';

after(removeTrees);

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs lib/startup's check in a fresh process, as a production server would at start. */
function startWith(contentDir: string) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "import { checkContentAtStart } from './lib/startup.ts'; checkContentAtStart(); console.log('started');",
    ],
    { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'production' }, encoding: 'utf8' },
  );
}

describe('a production server whose content cannot be read', () => {
  it('stops at start, with status 1, naming the folder and the problem', () => {
    const result = startWith('/nonexistent/blog-content');
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stdout, /started/);
    assert.match(result.stderr, /The blog cannot start: the content in \/nonexistent\/blog-content cannot be read/);
    assert.match(result.stderr, /site\.yml: missing/);
  });

  it('stops on a post whose front matter is broken, naming its file and line', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-x/pt.mdx': '---\ntitle: X\ndescription: d\ndate: not-a-date\n---\nText\n',
    });
    const result = startWith(dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /posts\/2024-01-01-x\/pt\.mdx:4/);
  });

  it('starts when the content is sound', () => {
    const result = startWith(path.join(ROOT, 'tests/fixtures/content'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /started/);
  });
});

describe('prerenderedNotFound', () => {
  it("reads the build's own /{locale}/404 page", () => {
    const dist = makeTree({ 'server/app/pt/404.html': '<html lang="pt-BR">404</html>' });
    assert.equal(prerenderedNotFound('pt', dist), '<html lang="pt-BR">404</html>');
  });

  it('is undefined where the build has no such page (the dev server)', () => {
    const dist = makeTree({ 'server/app/pt/404.html': 'x' });
    assert.equal(prerenderedNotFound('en', dist), undefined);
  });
});
