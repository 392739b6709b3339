import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CheckManifest } from '../../lib/content/check-manifest';
import { scanContentTree } from '../../lib/content/load';
import { frontMatter, makeTree, mdx, removeTrees, SITE_YML } from './helpers';

after(removeTrees);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Report {
  ok: boolean;
  files: number;
  compiled: number;
  problems: { file: string; line: number | null; column: number | null; severity: string; message: string }[];
}

/** `npm run check -- --json` on `content`, with its caches in `distDir`. */
function runCheck(content: string, distDir: string, env: Record<string, string> = {}): Report {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--json'], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        NEXT_DIST_DIR: distDir,
        SITE_URL: 'https://blog.example.com',
        ...env,
      },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    stdout = (error as { stdout: string }).stdout;
  }
  return JSON.parse(stdout) as Report;
}

const summary = (report: Report) =>
  report.problems.map(
    (p) => `${p.file.split('/posts/')[1] ?? p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`,
  );

describe('npm run check and the MDX cache', () => {
  it('compiles nothing when nothing changed, and only the post that changed', () => {
    const content = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-um/pt.mdx': mdx(frontMatter({ slug: 'um' }), '```ts\nconst one = 1;\n```\n'),
      'posts/2024-01-01-um/en.mdx': mdx(frontMatter({ slug: 'one' }), 'See [the other](/en/posts/two).\n'),
      'posts/2024-02-01-dois/en.mdx': mdx(frontMatter({ slug: 'two' }), 'The second post.\n'),
    });
    const distDir = makeTree({});
    const check = () => runCheck(content, distDir);

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

  it('reports every problem of an unchanged tree without compiling, and recompiles only what changed', () => {
    const content = makeTree({
      'site.yml': SITE_YML,
      // An MDX error (a broken internal link) and a warning (the Portuguese was updated after the translation).
      'posts/2024-01-01-um/pt.mdx': mdx(
        frontMatter({ slug: 'um', updated: '2024-06-01' }),
        'Veja [o outro](/pt/posts/nao-existe).\n',
      ),
      'posts/2024-01-01-um/en.mdx': mdx(frontMatter({ slug: 'one' }), 'The first post.\n'),
      // A front-matter error.
      'posts/2024-02-01-dois/en.mdx': mdx(frontMatter({ slug: 'two', date: '2024-02-30' })),
      'posts/2024-03-01-tres/en.mdx': mdx(
        frontMatter({ slug: 'three' }),
        'The third post, [linking](/en/posts/one).\n',
      ),
      'posts/2024-03-01-tres/pt.mdx': mdx(frontMatter({ slug: 'tres' }), 'O terceiro.\n'),
    });
    const distDir = makeTree({});

    const first = runCheck(content, distDir);
    assert.deepEqual([first.ok, first.files, first.compiled], [false, 4, 4]);
    const expected = summary(first);
    assert.ok(
      expected.some((p) => /^2024-01-01-um\/pt\.mdx:\d+:\d+: error: MDX: link to \/pt\/posts\/nao-existe/.test(p)),
    );
    assert.ok(
      expected.some((p) =>
        p.startsWith('2024-02-01-dois/en.mdx:4:1: error: front matter field "date": "2024-02-30" is not a date'),
      ),
    );
    assert.ok(
      expected.some((p) => /^2024-01-01-um\/en\.mdx:null:null: warning: translation may be out of date/.test(p)),
    );
    assert.ok(fs.existsSync(path.join(distDir, 'cache', 'check', 'manifest.bin')), 'no manifest written');

    const again = runCheck(content, distDir);
    assert.equal(again.compiled, 0, 'an unchanged tree compiled posts');
    assert.deepEqual(summary(again), expected, 'an unchanged tree reported other problems');
    assert.equal(again.ok, false);

    fs.appendFileSync(path.join(content, 'posts/2024-03-01-tres/pt.mdx'), '\nMais uma linha.\n');
    const edited = runCheck(content, distDir);
    assert.equal(edited.compiled, 1, 'only the edited post is compiled');
    assert.deepEqual(summary(edited), expected);

    // A post other posts link to is renamed: the unchanged post that links to it is compiled again and reports it.
    const three = path.join(content, 'posts/2024-01-01-um/en.mdx');
    fs.writeFileSync(three, fs.readFileSync(three, 'utf8').replace('slug: one', 'slug: first'));
    const renamed = runCheck(content, distDir);
    // The renamed post's body is unchanged, so its compile comes from the MDX cache.
    assert.equal(renamed.compiled, 1, 'only the post linking to the renamed one');
    assert.ok(
      summary(renamed).some((p) => /^2024-03-01-tres\/en\.mdx:\d+:\d+: error: MDX: link to \/en\/posts\/one/.test(p)),
    );

    // Another MDX pipeline (as a change to its sources makes) compiles every post again.
    const otherPipeline = runCheck(content, distDir, { MDX_PIPELINE_HASH: 'another pipeline' });
    assert.equal(otherPipeline.compiled, 4);
    assert.deepEqual(summary(otherPipeline), summary(renamed));
  });

  it('compiles a post again when a figure it did not find appears', () => {
    const figure = '<Figure src="./diagram.svg" alt="A diagram" caption="The diagram" />\n';
    const content = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-um/en.mdx': mdx(frontMatter({ slug: 'one' }), figure),
    });
    const distDir = makeTree({});
    const missing = runCheck(content, distDir);
    assert.equal(missing.ok, false);
    assert.match(summary(missing).join('\n'), /image not found: \.\/diagram\.svg/);
    assert.equal(runCheck(content, distDir).compiled, 0);

    fs.writeFileSync(
      path.join(content, 'posts/2024-01-01-um/diagram.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10"/></svg>\n',
    );
    const found = runCheck(content, distDir);
    assert.deepEqual([found.ok, found.compiled], [true, 1]);
  });
});

describe('the check manifest', () => {
  const tree = () =>
    makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-um/pt.mdx': mdx(frontMatter({ slug: 'um' })),
      'posts/2024-01-01-um/en.mdx': mdx(frontMatter({ slug: 'one' })),
    });

  it('parses a file again when its bytes change, even with the same size and modification time', () => {
    const content = tree();
    const file = path.join(makeTree({}), 'manifest.bin');
    const scan = (code = 'parser 1') => {
      const manifest = CheckManifest.open(file, code);
      const result = scanContentTree(content, manifest.read);
      manifest.save();
      return { parsed: manifest.parsed, result };
    };
    const first = scan();
    assert.equal(first.parsed, 3);
    const again = scan();
    assert.equal(again.parsed, 0);
    assert.deepEqual(again.result, first.result, 'stored parses come back as they were made');

    const post = path.join(content, 'posts/2024-01-01-um/en.mdx');
    const { mtime } = fs.statSync(post);
    fs.writeFileSync(post, fs.readFileSync(post, 'utf8').replace('A title', 'B title'));
    fs.utimesSync(post, mtime, mtime);
    const edited = scan();
    assert.equal(edited.parsed, 1);
    assert.equal(edited.result.posts.find((p) => p.locale === 'en')?.title, 'B title');

    assert.equal(scan('parser 2').parsed, 3, 'another parser’s results are not used');
  });

  it('tells whether a file still has the bytes a run began with', () => {
    const content = tree();
    const post = path.join(content, 'posts/2024-01-01-um/pt.mdx');
    const manifest = CheckManifest.open(path.join(makeTree({}), 'manifest.bin'), 'parser 1');
    const hash = manifest.hashOf(post)!;
    assert.equal(manifest.unchanged(post, hash), true);
    fs.appendFileSync(post, '\nOne more line.\n');
    assert.equal(manifest.hashOf(post), hash, 'the run keeps the hash it began with');
    assert.equal(manifest.unchanged(post, hash), false, 'but reads the file again to compare');
    fs.rmSync(post);
    assert.equal(manifest.unchanged(post, hash), false, 'a file gone is not unchanged');
  });
});
