import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../../lib/content/errors';
import { linkContext, linkTargets } from '../../lib/content/links';
import { loadContentTree, scanContentTree } from '../../lib/content/load';
import { contentHash } from '../../lib/content/translations';
import { checkMdx } from '../../lib/mdx/pipeline';
import { expectContentError, frontMatter, makeTree, mdx, posix, removeTrees, SITE_YML } from './helpers';

after(removeTrees);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUBLIC = path.join(ROOT, 'public');
const MEDIA_FIXTURE = 'tests/fixtures/content/posts/2023-06-01-midia';

/** A small site: a published bilingual post, a published pt-only post, a draft and a scheduled post. */
const SITE = {
  'site.yml': SITE_YML,
  'posts/2024-01-01-publicado/pt.mdx': mdx(frontMatter({ slug: 'publicado' })),
  'posts/2024-01-01-publicado/en.mdx': mdx(frontMatter({ slug: 'published', aliases: '[/2024/01/01/publicado.html]' })),
  'posts/2024-02-01-rascunho/pt.mdx': mdx(frontMatter({ slug: 'rascunho', draft: 'true' })),
  'posts/2099-01-01-futuro/pt.mdx': mdx(frontMatter({ slug: 'futuro', date: '2099-01-01' })),
};

const tree = loadContentTree(makeTree(SITE), { includeDrafts: false });
const targets = linkTargets(tree);
const FILE = '/virtual/posts/2024-05-05-teste/pt.mdx';

/** The problems checkMdx reports for `body`, written in a post at `slug` (a draft when `published` is false). */
async function linkProblems(body: string, { slug = 'teste', published = true } = {}): Promise<ContentProblem[]> {
  const links = { ...linkContext({ locale: 'pt', slug }, targets), published };
  return checkMdx({ id: '2024-05-05-teste', body, file: FILE }, PUBLIC, links);
}

describe('the check: internal links', () => {
  it('accepts links to pages, aliases, images, anchors and other sites', async () => {
    const body = [
      '[casa](/pt) [post](/pt/posts/publicado) [en](/en/posts/published/) [velho](/2024/01/01/publicado.html)',
      '[acentos](/pt/posts/publicado#seção) [imagem](/images/posts/2023-10-02-kafka-intro/antes-e-depois-do-kafka.pt.svg)',
      '[aqui](#topo) [fora](https://example.com/pt/posts/x) [email](mailto:a@example.com) [irmão](./publicado) [raiz](/)',
      '',
    ].join('\n');
    assert.deepEqual(await linkProblems(body), []);
  });

  it('reports a missing post, a missing tag page and a relative link that leads nowhere, each at its place', async () => {
    const body = [
      '# Título',
      '',
      'Veja [isto](/pt/posts/nao-existe) e [a tag](/en/tags/kafka).',
      '',
      'E [aquilo](../sumiu?x=1).',
      '',
    ].join('\n');
    const problems = await linkProblems(body);
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.column, p.message]),
      [
        [
          FILE,
          3,
          6,
          'MDX: link to /pt/posts/nao-existe: no page of the blog has the path /pt/posts/nao-existe (posts are at /<locale>/posts/<slug>)',
        ],
        [
          FILE,
          3,
          37,
          'MDX: link to /en/tags/kafka: no page of the blog has the path /en/tags/kafka (posts are at /<locale>/posts/<slug>)',
        ],
        [
          FILE,
          5,
          3,
          'MDX: link to ../sumiu?x=1: no page of the blog has the path /pt/sumiu (posts are at /<locale>/posts/<slug>)',
        ],
      ],
    );
  });

  it('refuses a link from a published post to a draft or a scheduled post', async () => {
    const problems = await linkProblems('Veja [o rascunho](/pt/posts/rascunho) e [o futuro](/pt/posts/futuro).\n');
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.message]),
      [
        [
          1,
          6,
          'MDX: link to /pt/posts/rascunho: that post is a draft, not published yet; link to it once it is, or make this post wait too',
        ],
        [
          1,
          41,
          'MDX: link to /pt/posts/futuro: that post is a scheduled post, not published yet; link to it once it is, or make this post wait too',
        ],
      ],
    );
  });

  it('lets a draft link to another draft, and knows a draft from the site itself', async () => {
    assert.deepEqual(await linkProblems('Veja [o rascunho](/pt/posts/rascunho).\n', { published: false }), []);
    assert.equal(linkContext({ locale: 'pt', slug: 'rascunho' }, targets).published, false);
    assert.equal(linkContext({ locale: 'pt', slug: 'publicado' }, targets).published, true);
  });
});

describe('the check: unsafe links and images', () => {
  it('refuses javascript:, data: and vbscript: links, in text, definitions and component props', async () => {
    const body = [
      '[um](javascript:alert(1)) [dois](DATA:text/html,oi)',
      '',
      '[tres][ref]',
      '',
      '[ref]: vbscript:msgbox',
      '',
      '<Quote author="A" cite="javascript:alert(1)">x</Quote>',
      '',
    ].join('\n');
    const problems = await linkProblems(body);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.message]),
      [
        [7, 1, 'MDX: <Quote> cite: a javascript: address is not allowed in posts'],
        [1, 1, 'MDX: link to a javascript: address is not allowed in posts'],
        [1, 27, 'MDX: link to a data: address is not allowed in posts'],
        [5, 1, 'MDX: link to a vbscript: address is not allowed in posts'],
      ],
    );
  });

  /** The problems of `body` written in a post whose folder holds a small JPEG, foto.jpg. */
  async function mediaProblems(body: string): Promise<[number | undefined, number | undefined, string][]> {
    const folder = makeTree({ 'posts/2024-05-05-teste/pt.mdx': '' });
    const file = path.join(folder, 'posts/2024-05-05-teste/pt.mdx');
    fs.copyFileSync(path.join(ROOT, MEDIA_FIXTURE, 'demo.jpg'), path.join(path.dirname(file), 'foto.jpg'));
    const problems = await checkMdx({ id: '2024-05-05-teste', body, file }, PUBLIC);
    return problems.map((p) => [p.line, p.column, p.message]);
  }

  it('accepts a Markdown image beside the post, with and without a caption', async () => {
    assert.deepEqual(await mediaProblems('![Uma foto](./foto.jpg)\n\n![Uma foto](foto.jpg "Legenda")\n'), []);
  });

  it('names a missing image file at its line and column, and where it was looked for', async () => {
    const [problem, ...rest] = await mediaProblems('Texto.\n\nVeja ![Um gráfico](./grafico.png).\n');
    assert.deepEqual(rest, []);
    assert.deepEqual(problem?.slice(0, 2), [3, 6]);
    assert.match(
      problem![2],
      /^MDX: Markdown image not found: \.\/grafico\.png \(expected at .*posts\/2024-05-05-teste\/grafico\.png\)$/,
    );
  });

  it('names an image without alt text', async () => {
    assert.deepEqual(await mediaProblems('Texto.\n\n![](./foto.jpg)\n'), [
      [3, 1, 'MDX: Markdown image needs alt text, ![what it shows](…), for readers who cannot see it'],
    ]);
  });

  it("names an image on another site, which the page's CSP would block", async () => {
    assert.deepEqual(await mediaProblems('![Um gato](https://example.com/gato.jpg "Gato")\n'), [
      [
        1,
        1,
        "MDX: Markdown image https://example.com/gato.jpg is on another site, which the blog's Content-Security-Policy blocks; put the file beside the post and write ./gato.jpg",
      ],
    ]);
  });

  it('refuses a video that would play by itself', async () => {
    assert.deepEqual(await mediaProblems('Texto.\n\n<Video src="./foto.jpg" autoplay />\n'), [
      [3, 1, 'MDX: <Video> autoplay is not allowed: a video plays only when the reader starts it'],
    ]);
    assert.deepEqual(await mediaProblems('<video autoPlay>\n  <source src="./foto.jpg" />\n</video>\n'), [
      [1, 1, 'MDX: <video> autoplay is not allowed: a video plays only when the reader starts it'],
    ]);
  });

  it('refuses unsafe addresses in site.yml, at their line', () => {
    const site = `${SITE_YML}links:\n  - label: Blog\n    url: https://example.com\n  - label: Ruim\n    url: javascript:alert(1)\n`;
    const error = expectContentError(() => loadContentTree(makeTree({ 'site.yml': site }), { includeDrafts: false }));
    assert.deepEqual(
      error.problems.map((p) => [posix(p.file).split('/').pop(), p.line, p.message]),
      [['site.yml', 7, 'field "links.1.url": javascript: addresses are not allowed']],
    );
  });
});

describe('the check: text damaged by a wrong encoding', () => {
  it('points at the damaged word and suggests the repair, for Mac Roman and Windows-1252 damage', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-estragado/pt.mdx': mdx(
        frontMatter({ title: '"Uma introdu√ß√£o"' }),
        'Primeira linha.\n\nA integraÃ§Ã£o dos sistemas â€” e o âˆš.\n',
      ),
    });
    const error = expectContentError(() => loadContentTree(dir, { includeDrafts: false }));
    assert.deepEqual(
      error.problems.map((p) => [posix(p.file).split('/posts/')[1], p.line, p.column, p.message]),
      [
        [
          '2024-01-01-estragado/pt.mdx',
          2,
          20,
          'text damaged by a wrong encoding (UTF-8 read as Mac Roman): "introdu√ß√£o" → "introdução"',
        ],
        [
          '2024-01-01-estragado/pt.mdx',
          9,
          10,
          'text damaged by a wrong encoding (UTF-8 read as Windows-1252): "integraÃ§Ã£o" → "integração", "â€”" → "—", "âˆš" → "√"',
        ],
      ],
    );
  });

  it('leaves correct Portuguese, typographic quotes and dashes alone', () => {
    const dir = makeTree({
      'site.yml': SITE_YML,
      'posts/2024-01-01-certo/pt.mdx': mdx(frontMatter(), '“É isso” — ação, Ângela, ÀÉÍÓÚ, 😉, Σ, “é”.\n'),
    });
    assert.equal(loadContentTree(dir, { includeDrafts: false }).posts.length, 1);
  });
});

describe('the check: translations', () => {
  const source = 'O texto original.\n';
  const files = (en: string[], pt: string[] = []) => ({
    'site.yml': SITE_YML,
    'posts/2024-01-01-par/pt.mdx': mdx(
      frontMatter({ slug: 'par', ...Object.fromEntries(pt.map((l) => l.split(': '))) }),
      source,
    ),
    'posts/2024-01-01-par/en.mdx': mdx([...frontMatter({ slug: 'pair' }), ...en]),
  });
  const problemsOf = (tree: Record<string, string>) => scanContentTree(makeTree(tree)).problems;

  it('warns when the source was updated after the translation, naming both files', () => {
    const [problem, ...rest] = problemsOf(files([], ['updated: 2024-03-01']));
    assert.deepEqual(rest, []);
    assert.equal(problem?.severity, 'warning');
    assert.match(posix(problem!.file), /2024-01-01-par\/en\.mdx$/);
    assert.match(
      problem!.message,
      /^translation may be out of date: .*2024-01-01-par\/pt\.mdx was updated on 2024-03-01, after this translation \(2023-10-02\)/,
    );
  });

  it('warns when the source changed since the version the translation records', () => {
    const [problem, ...rest] = problemsOf(files(['translationOf: { locale: pt, hash: 0123456789ab }']));
    assert.deepEqual(rest, []);
    assert.equal(problem?.severity, 'warning');
    assert.match(
      problem!.message,
      new RegExp(
        `changed since this translation was made; bring it up to date, then set translationOf.hash to ${contentHash(source)}$`,
      ),
    );
  });

  it('is quiet when the recorded version is the current one', () => {
    assert.deepEqual(problemsOf(files([`translationOf: { locale: pt, hash: ${contentHash(source)} }`])), []);
  });

  it('lists a post without a translation as information, which does not stop the tree loading', () => {
    const tree = { 'site.yml': SITE_YML, 'posts/2024-01-01-so/pt.mdx': mdx(frontMatter()) };
    assert.deepEqual(
      problemsOf(tree).map((p) => [p.severity, p.message]),
      [['info', 'not translated yet: no en.mdx beside it']],
    );
    assert.equal(loadContentTree(makeTree(tree), { includeDrafts: false }).posts.length, 1);
  });

  it('refuses a translationOf that is not { locale, hash }', () => {
    const error = expectContentError(() =>
      loadContentTree(makeTree(files(['translationOf: { locale: fr, hash: abc }'])), { includeDrafts: false }),
    );
    assert.deepEqual(
      error.problems.map((p) => [p.line, p.message]),
      [
        [6, 'front matter field "translationOf.locale": must be pt or en'],
        [6, 'front matter field "translationOf.hash": must be the 12-character hash npm run translate wrote'],
      ],
    );
  });
});

describe('npm run check', () => {
  function run(dir: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: dir, SITE_URL: 'https://blog.example.com' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  const broken = {
    ...SITE,
    'posts/2024-01-01-publicado/pt.mdx': mdx(
      frontMatter({ slug: 'publicado' }),
      'Um [link](/pt/posts/nao-existe) quebrado.\n',
    ),
    'posts/2024-03-01-data/pt.mdx': mdx(frontMatter({ date: '2024-02-30' })),
  };

  it('lists every error with file, line and column and exits 1', () => {
    const { code, stderr } = run(makeTree(broken));
    assert.equal(code, 1);
    assert.match(stderr, /^Content check failed \(2 errors, 2 info\):/);
    assert.match(stderr, /posts\/2024-03-01-data\/pt\.mdx:4:1: front matter field "date": "2024-02-30" is not a date/);
    assert.match(
      stderr,
      /posts\/2024-01-01-publicado\/pt\.mdx:8:4: MDX: link to \/pt\/posts\/nao-existe: no page of the blog/,
    );
    assert.match(stderr, /posts\/2024-02-01-rascunho\/pt\.mdx: info: not translated yet: no en\.mdx beside it/);
  });

  it('prints the same problems as JSON with --json', () => {
    const { code, stdout } = run(makeTree(broken), '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { ok: boolean; problems: (ContentProblem & { severity: string })[] };
    assert.equal(report.ok, false);
    const errors = report.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(
      errors.map((p) => [posix(p.file).split('/posts/')[1], p.line, p.column]),
      [
        ['2024-03-01-data/pt.mdx', 4, 1],
        ['2024-01-01-publicado/pt.mdx', 8, 4],
      ],
    );
  });

  it('passes, exit 0, with warnings and information only', () => {
    const { code, stdout } = run(makeTree(SITE));
    assert.equal(code, 0);
    assert.match(stdout, /^Content check passed \(2 info\):/);
    assert.match(stdout, /Content OK: 2 posts/);
  });
});
