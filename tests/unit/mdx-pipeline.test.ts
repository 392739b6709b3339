import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import type { ContentProblem } from '../../lib/content/errors';
import { loadContentTree, withBody } from '../../lib/content/load';
import { compileMdx } from '../../lib/mdx/engine';
import { checkMdx, mdxPlugins } from '../../lib/mdx/pipeline';
import { makeTree, removeTrees } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REAL_CONTENT = path.join(ROOT, 'content');
const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/content');
const PUBLIC = path.join(ROOT, 'public');
const KAFKA_SVG = '/images/posts/2023-10-02-kafka-intro/antes-e-depois-do-kafka.pt.svg';
const FILE = '/virtual/posts/2024-05-05-teste/pt.mdx';
const ID = '2024-05-05-teste';

after(removeTrees);

const TINY_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>\n';

/** checkMdx on `body`, asserting it reports problems; returns them all. */
async function problemsOf(body: string, publicDir = PUBLIC, id = ID): Promise<ContentProblem[]> {
  const problems = await checkMdx({ id, body, file: FILE }, publicDir);
  assert.ok(problems.length > 0, 'expected checkMdx to report a problem, but it accepted the body');
  for (const problem of problems) {
    assert.equal(problem.file, FILE);
    assert.match(problem.message, /^MDX: /);
  }
  return problems;
}

/** The first problem checkMdx reports for `body`. */
async function problemOf(body: string, publicDir = PUBLIC, id = ID): Promise<ContentProblem> {
  return (await problemsOf(body, publicDir, id))[0]!;
}

/** Six lines of prose, so whatever follows starts on line 7. */
const SIX_LINES = ['# Título', '', 'Primeiro parágrafo.', '', 'Segundo parágrafo.', ''].join('\n') + '\n';

function figure(attributes: string): string {
  return `<Figure\n  ${attributes}\n/>\n`;
}

describe('checkMdx: the content trees compile', () => {
  for (const [name, dir] of [
    ['real content', REAL_CONTENT],
    ['fixture content', FIXTURE_CONTENT],
  ] as const) {
    // Drafts too: the dev server renders them.
    const tree = loadContentTree(dir, { includeDrafts: true });

    it(`${name}: has posts to check`, () => {
      assert.ok(tree.posts.length >= 2, `only ${tree.posts.length} posts in ${dir}`);
    });

    for (const post of tree.posts) {
      it(`${name}: ${post.id}/${post.locale}.mdx`, async () => {
        const problems = await checkMdx(withBody(post), PUBLIC);
        assert.deepEqual(problems, []);
      });
    }
  }

  it('the fixture tree holds the posts the end-to-end suite expects, the drafts included', () => {
    const all = loadContentTree(FIXTURE_CONTENT, { includeDrafts: true }).posts.map((p) => `${p.locale}/${p.slug}`);
    assert.deepEqual(all.filter((slug) => !slug.startsWith('pt/lote-')).sort(), [
      'en/bilingual-post',
      'en/english-only',
      'en/media',
      'en/only-in-portuguese',
      'en/series-part-two',
      'en/writing-features',
      'pt/midia',
      'pt/rascunho-secreto',
      'pt/recursos-de-escrita',
      'pt/serie-parte-dois',
      'pt/so-em-portugues',
      'pt/texto-agendado',
      'pt/texto-bilingue',
    ]);
    assert.equal(all.filter((slug) => slug.startsWith('pt/lote-')).length, 21);
    const published = loadContentTree(FIXTURE_CONTENT, { includeDrafts: false }).posts.map((p) => p.slug);
    assert.ok(!published.includes('rascunho-secreto'));
    assert.ok(!published.includes('texto-agendado'));
    assert.ok(!published.includes('only-in-portuguese'));
  });
});

describe('checkMdx: syntax errors', () => {
  it('points at an inline tag left open on line 7', async () => {
    const problem = await problemOf(SIX_LINES + 'Um <span>texto sem fim.\n\nOutro parágrafo.\n');
    assert.equal(problem.line, 7);
    assert.equal(problem.column, 1);
    assert.match(problem.message, /closing tag for `<span>`/);
  });

  // mdast-util-mdx-jsx reports a block left open until the end of the file
  // without a place (only inside the reason, "(7:1-7:19)"); checkMdx recovers it.
  it('points at a block tag left open on line 7', async () => {
    const problem = await problemOf(SIX_LINES + '<Quote author="Alguém">\n\nTexto citado.\n\nFim do texto.\n');
    assert.match(problem.message, /closing tag for `<Quote>`/);
    assert.equal(problem.line, 7);
    assert.equal(typeof problem.column, 'number');
  });

  it('reports a mismatched closing tag with its line and column', async () => {
    const problem = await problemOf(SIX_LINES + '<Quote>\n\nTexto.\n\n</Qoute>\n');
    assert.equal(problem.line, 11);
    assert.equal(problem.column, 1);
    assert.match(problem.message, /<\/Qoute>/);
  });
});

describe('checkMdx: <Figure>', () => {
  it('accepts a complete figure', async () => {
    const body = SIX_LINES + figure(`src="${KAFKA_SVG}" alt="Um diagrama" caption="Legenda"`);
    assert.deepEqual(await checkMdx({ id: ID, body, file: FILE }, PUBLIC), []);
  });

  it('refuses a figure without alt, at the figure line', async () => {
    const problem = await problemOf(SIX_LINES + figure(`src="${KAFKA_SVG}" caption="Legenda"`));
    assert.match(problem.message, /\balt\b/);
    assert.equal(problem.line, 7);
    assert.equal(problem.column, 1);
  });

  it('refuses an empty alt', async () => {
    const problem = await problemOf(SIX_LINES + figure(`src="${KAFKA_SVG}" alt="  " caption="Legenda"`));
    assert.match(problem.message, /\balt\b/);
    assert.equal(problem.line, 7);
  });

  it('refuses a figure without caption', async () => {
    const problem = await problemOf(SIX_LINES + figure(`src="${KAFKA_SVG}" alt="Um diagrama"`));
    assert.match(problem.message, /caption/);
    assert.equal(problem.line, 7);
  });

  it('refuses a figure without src', async () => {
    const problem = await problemOf(SIX_LINES + figure('alt="Um diagrama" caption="Legenda"'));
    assert.match(problem.message, /\bsrc\b/);
  });

  it('names the missing image', async () => {
    const problem = await problemOf(SIX_LINES + figure('src="nao-existe.svg" alt="Um diagrama" caption="Legenda"'));
    assert.match(problem.message, /image not found/);
    assert.ok(problem.message.includes(`/images/posts/${ID}/nao-existe.svg`), problem.message);
    assert.equal(problem.line, 7);
  });

  it('refuses an attribute given as an expression', async () => {
    const problem = await problemOf(SIX_LINES + figure(`src="${KAFKA_SVG}" alt={"x"} caption="Legenda"`));
    assert.match(problem.message, /alt must be a plain string/);
    assert.equal(problem.line, 7);
  });

  it('refuses a creditUrl that is not http(s)', async () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.com/x', 'example.com/creditos']) {
      const problem = await problemOf(
        SIX_LINES + figure(`src="${KAFKA_SVG}" alt="a" caption="c" credit="Alguém" creditUrl="${url}"`),
      );
      assert.match(problem.message, /creditUrl/, url);
    }
  });

  it('refuses an image from another site', async () => {
    const problem = await problemOf(figure('src="https://example.com/x.svg" alt="a" caption="c"'));
    assert.match(problem.message, /src must be an image of this blog/);
  });

  it('refuses a file that is not an image', async () => {
    const publicDir = makeTree({ [`images/posts/${ID}/texto.svg`]: 'isto não é uma imagem\n' });
    const problem = await problemOf(figure('src="texto.svg" alt="a" caption="c"'), publicDir);
    assert.match(problem.message, /cannot read the size/);
  });

  it('does not reach outside the public dir', async () => {
    // A real image just outside the public dir: `../` must not get to it.
    const root = makeTree({ [`public/images/posts/${ID}/ok.svg`]: TINY_SVG, 'segredo.svg': TINY_SVG });
    const publicDir = path.join(root, 'public');
    const src = '../../../../segredo.svg';
    const problem = await problemOf(figure(`src="${src}" alt="a" caption="c"`), publicDir);
    assert.match(problem.message, /image not found/);
  });

  it('resolves a relative src to /images/posts/<id>/', async () => {
    const id = '2024-06-01-relativo';
    const publicDir = makeTree({ [`images/posts/${id}/diagram.svg`]: TINY_SVG });
    const body = figure('src="diagram.svg" alt="Um diagrama" caption="Legenda"');
    assert.deepEqual(await checkMdx({ id, body, file: FILE }, publicDir), []);

    const compiled = await compileMdx({ body, file: FILE }, mdxPlugins({ id }, publicDir));
    assert.ok(compiled.includes(`"/images/posts/${id}/diagram.svg"`), 'compiled output lacks the resolved src');
    assert.ok(!compiled.includes('"diagram.svg"'), 'compiled output still has the relative src');
    assert.match(compiled, /width: "40"/);
    assert.match(compiled, /height: "20"/);
    assert.match(compiled, /number: "1"/);
  });
});

describe('checkMdx: <References>', () => {
  it('refuses <References> without a list', async () => {
    const problem = await problemOf(SIX_LINES + '<References>\nSó texto, sem lista.\n</References>\n');
    assert.match(problem.message, /<References> expects a Markdown list/);
    assert.equal(problem.line, 7);
  });

  it('refuses a list item without a link', async () => {
    const problem = await problemOf(
      SIX_LINES + '<References>\n\n- [Um link](https://example.com/a)\n- só texto\n\n</References>\n',
    );
    assert.match(problem.message, /each list item needs a link/);
    assert.equal(problem.line, 10);
  });

  it('accepts a list of links with language marks', async () => {
    const body =
      '<References>\n\n- [A](https://example.com/a) (en)\n- [B](https://example.com/b) (pt-BR)\n- [C](https://example.com/c)\n\n</References>\n';
    assert.deepEqual(await checkMdx({ id: ID, body, file: FILE }, PUBLIC), []);
  });
});

describe('checkMdx: JavaScript in content', () => {
  // The renderer's blockJS would drop these silently; the check refuses each at its place.
  it('refuses import, export and {expressions}, each at its line and column', async () => {
    // Consecutive import/export lines are one block, reported at its start.
    const body = [
      "import fs from 'node:fs'",
      'export const ran = 1',
      '',
      'Dois: {1+1}.',
      '',
      '{globalThis.x = 2}',
      '',
    ].join('\n');
    const problems = await problemsOf(body);
    assert.deepEqual(
      problems.map((p) => [p.line, p.column, p.message]),
      [
        [1, 1, 'MDX: import and export are not allowed in posts: JavaScript in content is never run'],
        [
          4,
          7,
          'MDX: {1+1} is a JavaScript expression, which posts cannot run; write the text itself, or escape the braces as \\{ and \\}',
        ],
        [
          6,
          1,
          'MDX: {globalThis.x = 2} is a JavaScript expression, which posts cannot run; write the text itself, or escape the braces as \\{ and \\}',
        ],
      ],
    );
  });

  it('accepts MDX comments and escaped braces', async () => {
    assert.deepEqual(
      await checkMdx({ id: ID, body: '{/* uma nota */}\n\nUm conjunto \\{a, b\\}.\n', file: FILE }, PUBLIC),
      [],
    );
  });
});

describe('checkMdx: only the blog components and harmless HTML', () => {
  it('reports every disallowed element in a file, each at its line', async () => {
    const problems = await problemsOf(
      SIX_LINES +
        '<script>alert(1)</script>\n\n<iframe src="https://example.com"></iframe>\n\n<span style="color:red">x</span>\n',
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [
        [
          7,
          'MDX: <script> is not allowed in posts; allowed: <Callout>, <Figure>, <Quote>, <References>, <Video> and simple inline HTML',
        ],
        [
          9,
          'MDX: <iframe> is not allowed in posts; allowed: <Callout>, <Figure>, <Quote>, <References>, <Video> and simple inline HTML',
        ],
        [11, 'MDX: <span>: the attribute "style" is not allowed in posts'],
      ],
    );
  });

  it('points raw links and images to their Markdown or component form', async () => {
    assert.match((await problemOf('<a href="https://example.com">x</a>\n')).message, /use a Markdown link/);
    assert.match((await problemOf('<img src="/x.png" />\n')).message, /use a Markdown image, !\[alt\]\(\.\/file\.png/);
  });

  it('accepts simple inline HTML with plain attributes', async () => {
    const body =
      'Uma <abbr title="Application Programming Interface">API</abbr> e <kbd>Ctrl</kbd>, <span lang="en">streaming</span>.\n';
    assert.deepEqual(await checkMdx({ id: ID, body, file: FILE }, PUBLIC), []);
  });

  it("reports all of a figure's problems together", async () => {
    const problems = await problemsOf(figure('src="/images/nao-existe.png" creditUrl="ftp://x"'));
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'MDX: <Figure> needs alt, a text that describes the image for readers who cannot see it',
        'MDX: <Figure> needs caption',
        'MDX: <Figure> creditUrl must be an http(s) address',
        'MDX: <Figure> image not found: /images/nao-existe.png (expected at public/images/nao-existe.png)',
      ],
    );
  });
});
