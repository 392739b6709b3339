import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError, type ContentProblem } from '../../lib/content/errors';
import type { Post } from '../../lib/content/types';
import type { Locale } from '../../lib/i18n/config';
import en from '../../lib/i18n/dictionaries/en';
import pt from '../../lib/i18n/dictionaries/pt';
import { checkMdx } from '../../lib/mdx/pipeline';
import { renderPost, renderPostHtml } from '../../lib/mdx/render';

// The constructs authors bring from other blogs (docs/AUTHORING.md), through the production
// renderer and through the content check. HTML is read with a parser, never with patterns.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUBLIC = path.join(ROOT, 'public');
const ID = '2024-05-05-teste';
const dictionaries = { pt, en };

function post(body: string, locale: Locale = 'pt'): Post {
  return {
    id: ID,
    locale,
    slug: 'teste',
    title: 'Teste',
    description: 'Um teste.',
    date: new Date('2024-05-05T12:00:00Z'),
    tags: [],
    draft: false,
    scheduled: false,
    aliases: [],
    sourceHash: '0123456789ab',
    readingMinutes: 1,
    translations: {},
    file: `/virtual/posts/${ID}/${locale}.mdx`,
    body,
  };
}

async function rendered(body: string, locale: Locale = 'pt') {
  const result = await renderPost(post(body, locale), dictionaries[locale]);
  return { ...result, tree: fromHtml(result.html, { fragment: true }) };
}

function all(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const byTag = (tag: string) => (element: Element) => element.tagName === tag;
const hasClass = (name: string) => (element: Element) =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name);

function one(tree: Root | Element, test: (element: Element) => boolean): Element {
  const found = all(tree, test);
  assert.equal(found.length, 1, `expected one element, found ${found.length}`);
  return found[0]!;
}

async function problems(body: string): Promise<Pick<ContentProblem, 'line' | 'column' | 'message'>[]> {
  const found = await checkMdx({ id: ID, body, file: 'p.mdx' }, PUBLIC);
  return found.map(({ line, column, message }) => ({ line, column, message }));
}

describe('callouts', () => {
  const ALERTS = [
    ['NOTE', 'Nota', 'Note'],
    ['TIP', 'Dica', 'Tip'],
    ['IMPORTANT', 'Importante', 'Important'],
    ['WARNING', 'Atenção', 'Warning'],
    ['CAUTION', 'Cuidado', 'Caution'],
  ] as const;

  for (const [marker, ptTitle, enTitle] of ALERTS) {
    it(`renders > [!${marker}] as a note titled "${ptTitle}" / "${enTitle}", its icon hidden`, async () => {
      for (const [locale, title] of [
        ['pt', ptTitle],
        ['en', enTitle],
      ] as const) {
        const { tree } = await rendered(`> [!${marker}]\n> Texto *do aviso*.\n`, locale);
        const callout = one(tree, hasClass('callout'));
        assert.equal(callout.properties.role, 'note');
        assert.ok(hasClass(`callout-${marker.toLowerCase()}`)(callout));
        assert.equal(toString(one(callout, hasClass('callout-title'))), title);
        assert.equal(one(callout, byTag('svg')).properties.ariaHidden, 'true');
        assert.equal(toString(one(callout, byTag('em'))), 'do aviso');
        assert.equal(all(tree, byTag('blockquote')).length, 0);
      }
    });
  }

  it('keeps a plain quote, and a marker that is not on its own line, a quote', async () => {
    const { tree } = await rendered('> Só uma citação.\n\n> Texto com [!NOTE] no meio.\n');
    assert.equal(all(tree, byTag('blockquote')).length, 2);
    assert.equal(all(tree, hasClass('callout')).length, 0);
  });

  it('gives <Callout> a custom title and keeps the kind for screen readers', async () => {
    const { tree } = await rendered(
      '<Callout type="warning" title="acks=0 perde mensagens">\n\nCuidado.\n\n</Callout>\n',
    );
    const title = one(tree, hasClass('callout-title'));
    assert.equal(toString(title), 'Atenção: acks=0 perde mensagens');
    assert.equal(toString(one(title, hasClass('visually-hidden'))), 'Atenção: ');
  });

  it('names an unknown alert and an unknown <Callout> type at their places', async () => {
    assert.deepEqual(await problems('Texto.\n\n> [!FOO]\n> x\n\n<Callout type="perigo">y</Callout>\n'), [
      {
        line: 3,
        column: 3,
        message: 'MDX: [!FOO] is not a callout; use one of [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]',
      },
      {
        line: 6,
        column: 1,
        message: 'MDX: <Callout> type must be one of note, tip, important, warning, caution, not "perigo"',
      },
    ]);
  });
});

describe('footnotes', () => {
  const BODY = 'Uma afirmação[^fonte] e outra[^2].\n\n[^fonte]: De onde ela vem.\n[^2]: Outra nota.\n';

  for (const [locale, title, back] of [
    ['pt', 'Notas', 'Voltar ao texto (nota 1)'],
    ['en', 'Footnotes', 'Back to content (footnote 1)'],
  ] as const) {
    it(`labels the notes in ${locale} and links them both ways with the post's own ids`, async () => {
      const { tree } = await rendered(BODY, locale);
      const section = one(tree, hasClass('footnotes'));
      const heading = one(section, byTag('h2'));
      assert.equal(toString(heading), title);
      const prefix = `${ID}-${locale === 'pt' ? 'pt-BR' : 'en'}-`;
      assert.equal(heading.properties.id, `${prefix}footnote-label`);
      const ref = all(tree, (e) => e.tagName === 'a' && e.properties.dataFootnoteRef !== undefined)[0]!;
      assert.equal(ref.properties.href, `#${prefix}fn-fonte`);
      assert.deepEqual(ref.properties.ariaDescribedBy, [`${prefix}footnote-label`]);
      const backs = all(section, (e) => e.tagName === 'a' && e.properties.dataFootnoteBackref !== undefined);
      assert.equal(backs[0]!.properties.ariaLabel, back);
      assert.equal(backs[0]!.properties.href, `#${prefix}fnref-fonte`);
      const ids = all(tree, (e) => typeof e.properties.id === 'string').map((e) => e.properties.id);
      for (const id of [`${prefix}fn-fonte`, `${prefix}fnref-fonte`]) assert.ok(ids.includes(id), id);
    });
  }

  it('carries the notes into the feed entry, with absolute links', async () => {
    const url = 'https://blog.example/pt/posts/teste';
    const tree = fromHtml(await renderPostHtml(post(BODY), pt, url), { fragment: true });
    assert.equal(toString(one(tree, hasClass('footnotes-title'))), 'Notas');
    const ref = all(tree, (e) => e.tagName === 'a' && e.properties.dataFootnoteRef !== undefined)[0]!;
    assert.equal(ref.properties.href, `${url}#${ID}-pt-BR-fn-fonte`);
  });
});

describe('details', () => {
  it('renders <details> with its summary, closed unless open is given', async () => {
    const { tree } = await rendered(
      '<details>\n<summary>Ver a saída</summary>\n\nTexto **escondido**.\n\n</details>\n',
    );
    const details = one(tree, byTag('details'));
    assert.equal(details.properties.open, undefined);
    assert.equal(toString(one(details, byTag('summary'))), 'Ver a saída');
    assert.equal(toString(one(details, byTag('strong'))), 'escondido');
  });
});

describe('math', () => {
  it('renders $…$ and $$…$$ with braces to KaTeX HTML and MathML, and says the post has math', async () => {
    const { tree, math } = await rendered(
      'A razão $\\frac{a}{b}$ e $x^{2}$.\n\n$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$\n',
    );
    assert.equal(math, true);
    const formulas = all(tree, byTag('math'));
    assert.equal(formulas.length, 3);
    assert.equal(formulas.filter((m) => m.properties.display === 'block').length, 1);
    assert.ok(all(formulas[0]!, byTag('mfrac')).length === 1);
    assert.equal(all(tree, hasClass('katex-html')).length, 3);
    assert.equal(all(tree, hasClass('katex-display')).length, 1);
  });

  it('says a post without math has none (its page loads no KaTeX)', async () => {
    assert.equal((await rendered('Sem fórmulas aqui; custa R\\$ 10.\n')).math, false);
  });

  it('refuses dollars that only look like a formula, such as two prices, with the escape to use', async () => {
    assert.deepEqual(await problems('Custa R$ 10 e R$ 20 no total.\n'), [
      {
        line: 1,
        column: 8,
        message:
          'MDX: $ 10 e R$ reads as a formula; write a formula as $x^2$ (no space inside the dollars), and money as R\\$ 10',
      },
    ]);
  });

  it('gives feeds MathML only', async () => {
    const html = await renderPostHtml(post('Seja $x^{2}$.\n'), pt, 'https://blog.example/pt/posts/teste');
    const tree = fromHtml(html, { fragment: true });
    assert.equal(all(tree, byTag('math')).length, 1);
    assert.equal(all(tree, hasClass('katex-html')).length, 0);
  });

  it('reports a malformed formula at its line, in the check and in the renderer', async () => {
    const body = 'Texto.\n\nA fração $\\frac{a}$ e\n\n$$\n\\unknown{x}\n$$\n';
    const expected = [
      {
        line: 3,
        column: 10,
        message: "MDX: math: KaTeX: Unexpected end of input in a macro argument, expected '}'",
      },
      { line: 5, column: 1, message: 'MDX: math: KaTeX: Undefined control sequence: \\unknown' },
    ];
    assert.deepEqual(await problems(body), expected);
    const error = await renderPost(post(body), pt).catch((caught: unknown) => caught);
    assert.ok(error instanceof ContentError);
    assert.deepEqual(
      error.problems.map(({ line, column, message }) => ({ line, column, message })),
      expected,
    );
  });
});

describe('code blocks', () => {
  const figure = hasClass('code-block');

  it('reads title="…", {1,3-4} with or without spaces, and showLineNumbers', async () => {
    for (const meta of ['title="app.js" {1,3-4} showLineNumbers', 'title="app.js" {1, 3-4} showLineNumbers']) {
      const { tree } = await rendered(
        `\`\`\`js ${meta}\nconst a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\n\`\`\`\n`,
      );
      const block = one(tree, figure);
      assert.equal(toString(one(block, byTag('figcaption'))), 'app.js', meta);
      const lines = all(block, (e) => e.properties.dataLine !== undefined);
      assert.deepEqual(
        lines.map((line) => line.properties.dataHighlightedLine !== undefined),
        [true, false, true, true],
        meta,
      );
      assert.notEqual(one(block, byTag('code')).properties.dataLineNumbers, undefined);
    }
  });

  it('puts the title last in the figure, where HTML allows a figcaption', async () => {
    const { tree } = await rendered('```ts title="producer.ts"\nconst x = 1;\n```\n');
    const children = one(tree, figure).children.filter((c): c is Element => c.type === 'element');
    assert.deepEqual(
      children.map((c) => c.tagName),
      ['div', 'pre', 'figcaption'],
    );
  });

  it('reads the colon form ```js:file.js as language and title', async () => {
    const { tree } = await rendered('```js:src/app.js {2}\nconst a = 1;\nconst b = 2;\n```\n');
    const block = one(tree, figure);
    assert.equal(block.properties.dataLanguage, 'js');
    assert.equal(toString(one(block, byTag('figcaption'))), 'src/app.js');
    assert.equal(all(block, (e) => e.properties.dataHighlightedLine !== undefined).length, 1);
  });

  it('shows a three-backtick example inside a four-backtick fence as text', async () => {
    const { tree } = await rendered('````md\n```js\nconst a = 1;\n```\n````\n');
    const code = one(one(tree, figure), byTag('code'));
    assert.equal(toString(code).split('\n')[0], '```js');
  });

  it("marks a diff's added and removed lines as <ins> and <del>, keeping + and -", async () => {
    const { tree } = await rendered('```diff\n--- a/x\n+++ b/x\n context\n-acks=1\n+acks=all\n```\n');
    const code = one(one(tree, figure), byTag('code'));
    assert.deepEqual(
      code.children.filter((c): c is Element => c.type === 'element').map((line) => [line.tagName, toString(line)]),
      [
        ['span', '--- a/x'],
        ['span', '+++ b/x'],
        ['span', ' context'],
        ['del', '-acks=1'],
        ['ins', '+acks=all'],
      ],
    );
  });
});

describe('MDX comments', () => {
  it('renders {/* … */} as nothing, and still refuses an expression', async () => {
    const { tree } = await rendered('Antes.\n\n{/* nota para quem edita */}\n\nDepois {/* aqui também */} disso.\n');
    assert.deepEqual(
      all(tree, byTag('p')).map((p) => toString(p)),
      ['Antes.', 'Depois  disso.'],
    );
    assert.deepEqual(await problems('Texto {1 + 1}.\n'), [
      {
        line: 1,
        column: 7,
        message:
          'MDX: {1 + 1} is a JavaScript expression, which posts cannot run; write the text itself, or escape the braces as \\{ and \\}',
      },
    ]);
  });
});
