import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { frontMatter, makeTree, mdx, removeTrees, SITE_YML } from './helpers';

after(removeTrees);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Report {
  ok: boolean;
  files: number;
  compiled: number;
  problems: { file: string; message: string }[];
}

describe('npm run check and the MDX cache', () => {
  it('compiles nothing when nothing changed, and only the post that changed', () => {
    const content = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-um/pt.mdx': mdx(frontMatter({ slug: 'um' }), '```ts\nconst one = 1;\n```\n'),
      'posts/2024-01-01-um/en.mdx': mdx(frontMatter({ slug: 'one' }), 'See [the other](/en/posts/two).\n'),
      'posts/2024-02-01-dois/en.mdx': mdx(frontMatter({ slug: 'two' }), 'The second post.\n'),
    });
    const distDir = makeTree({});
    const check = (): Report => {
      let stdout: string;
      try {
        stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--json'], {
          cwd: ROOT,
          env: { ...process.env, CONTENT_DIR: content, NEXT_DIST_DIR: distDir, SITE_URL: 'https://blog.example.com' },
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        stdout = (error as { stdout: string }).stdout;
      }
      return JSON.parse(stdout) as Report;
    };

    const first = check();
    assert.deepEqual([first.ok, first.files, first.compiled], [true, 3, 3]);
    assert.ok(fs.readdirSync(path.join(distDir, 'cache', 'mdx')).length > 0, 'nothing stored in <distDir>/cache/mdx');

    const again = check();
    assert.deepEqual([again.ok, again.compiled], [true, 0]);

    fs.appendFileSync(path.join(content, 'posts/2024-02-01-dois/en.mdx'), '\nOne more line.\n');
    const edited = check();
    assert.deepEqual([edited.ok, edited.compiled], [true, 1]);

    // A cached post whose link broke since is compiled again, and the check reports the link.
    fs.rmSync(path.join(content, 'posts/2024-02-01-dois'), { recursive: true });
    const broken = check();
    assert.equal(broken.ok, false);
    assert.equal(broken.compiled, 1);
    assert.match(broken.problems.map((p) => p.message).join('\n'), /link to \/en\/posts\/two: no page of the blog/);
  });
});
