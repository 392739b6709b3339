import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Locale } from '../../lib/i18n/config';
import en from '../../lib/i18n/dictionaries/en';
import pt from '../../lib/i18n/dictionaries/pt';
import { mdxComponents } from '../../lib/mdx/components';
import { compileMdx, runMdx } from '../../lib/mdx/engine';
import { checkMdx, mdxPlugins, type PluginOptions } from '../../lib/mdx/pipeline';
import { makeTree, removeTrees } from './helpers';

// No JSX here (createElement instead), so the file stays a .ts the test glob picks up.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUBLIC = path.join(ROOT, 'public');
const ID = '2024-05-05-teste';
const dictionaries = { pt, en };

after(removeTrees);

/** The blog's pipeline and components, as lib/mdx/render.tsx runs them. */
async function render(body: string, locale: Locale, options: PluginOptions = {}, publicDir = PUBLIC): Promise<string> {
  const Content = await runMdx(
    await compileMdx({ body, file: 'test.mdx' }, mdxPlugins({ id: ID }, publicDir, options)),
  );
  const components = mdxComponents(locale, dictionaries[locale], { feed: !!options.absoluteBase });
  return renderToStaticMarkup(createElement(Content, { components }));
}

describe('headings', () => {
  const body = [
    '## Primeira parte',
    '',
    'Texto.',
    '',
    '### Um detalhe',
    '',
    '## Segunda `parte`',
    '',
    '## Terceira',
    '',
  ].join('\n');

  it('collects the sections (h2 only) with their ids and text, from the same compile', async () => {
    const headings: NonNullable<PluginOptions['headings']> = [];
    await render(body, 'pt', { headings });
    assert.deepEqual(headings, [
      { id: 'primeira-parte', text: 'Primeira parte' },
      { id: 'segunda-parte', text: 'Segunda parte' },
      { id: 'terceira', text: 'Terceira' },
    ]);
  });

  it('links each heading to itself, the link named by the heading text', async () => {
    const html = await render(body, 'pt');
    assert.match(
      html,
      /<h2 id="primeira-parte"><a href="#primeira-parte" class="heading-anchor">Primeira parte<\/a><\/h2>/,
    );
    assert.match(html, /<h3 id="um-detalhe"><a href="#um-detalhe" class="heading-anchor">Um detalhe<\/a><\/h3>/);
  });
});

describe('code blocks', () => {
  const body = [
    '```ts title="soma.ts" {2} showLineNumbers',
    'function soma(a: number, b: number) {',
    '  return a + b;',
    '}',
    '```',
    '',
  ].join('\n');

  it('renders the title, the highlighted line, line numbers and the language', async () => {
    const html = await render(body, 'pt');
    assert.match(html, /<figure data-rehype-pretty-code-figure="" data-language="ts" class="code-block">/);
    assert.match(html, /<figcaption data-rehype-pretty-code-title=""[^>]*>soma\.ts<\/figcaption>/);
    const lines = [...html.matchAll(/<span data-line=""( data-highlighted-line="")?>/g)];
    assert.deepEqual(
      lines.map((line) => Boolean(line[1])),
      [false, true, false],
    );
    assert.match(html, /<code data-line-numbers=""/);
    assert.match(html, /<span class="code-language"><span class="visually-hidden">Linguagem: <\/span>ts<\/span>/);
    assert.match(
      html,
      /--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}/i,
      'both themes, highlighted at build time',
    );
  });

  it('adds a copy button and a live region, with the strings of the page language', async () => {
    const html = await render(body, 'en');
    assert.match(
      html,
      /<button type="button" class="code-copy" data-copy="Copy" data-copied="Copied" data-failed="Could not copy">Copy<\/button>/,
    );
    assert.match(
      html,
      /<span class="visually-hidden" role="status" aria-live="polite" data-copy-status="true"><\/span>/,
    );
    assert.match(html, /<script type="module" async="" src="\/islands\/copy-button\.js"><\/script>/);
    assert.match(await render(body, 'pt'), /data-copied="Copiado"[^>]*>Copiar</);
  });

  it('leaves the copy button out of feeds, which run no script', async () => {
    const html = await render(body, 'en', { absoluteBase: 'https://blog.example.com/en/posts/x' });
    assert.match(html, /soma\.ts<\/figcaption>/);
    assert.doesNotMatch(html, /code-copy|role="status"/);
  });

  it('hands the page each block’s highlighted lines as one string of HTML, not an element per token', async () => {
    const code = await compileMdx({ body, file: 'test.mdx' }, mdxPlugins({ id: ID }, PUBLIC));
    assert.match(code, /"data-code-html": "<code data-line-numbers=\\"\\"/);
    assert.doesNotMatch(code, /"data-line": ""/, 'no line or token is a React element of its own');
    const html = await render(body, 'pt');
    assert.equal([...html.matchAll(/<span data-line=""/g)].length, 3);
    assert.doesNotMatch(html, /data-code-html/);
  });

  it('labels no language for a plain block', async () => {
    const html = await render('```\nplain\n```\n', 'en');
    assert.doesNotMatch(html, /code-language/);
    assert.match(html, /class="code-copy"/);
  });
});

describe('inlined SVG figures', () => {
  for (const [what, bad] of [
    ['a script', '<script>alert(1)</script>'],
    ['an event handler', '<rect onclick="alert(1)"/>'],
    ['a foreignObject', '<foreignObject><div/></foreignObject>'],
    ['a javascript: link', '<a href="javascript:alert(1)"><rect/></a>'],
  ]) {
    it(`refuses an SVG with ${what}, naming the file`, async () => {
      const publicDir = makeTree({
        [`images/posts/${ID}/bad.svg`]: `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${bad}</svg>`,
      });
      const problems = await checkMdx(
        { id: ID, body: '<Figure src="bad.svg" alt="Mau" caption="Legenda" />\n', file: 'x.mdx' },
        publicDir,
      );
      assert.equal(problems.length, 1);
      assert.match(
        problems[0]!.message,
        new RegExp(`<Figure> /images/posts/${ID}/bad\\.svg cannot be inlined into the page: it (contains|refers to) `),
      );
      assert.equal(problems[0]!.line, 1);
    });
  }

  it('inlines a narrow variant beside the wide drawing, each scoped apart', async () => {
    const html = await render(
      [
        '<Figure',
        '  src="/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.svg"',
        '  narrowSrc="/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.narrow.svg"',
        '  alt="Two diagrams"',
        '  caption="Before and after."',
        '/>',
        '',
      ].join('\n'),
      'en',
    );
    assert.match(html, /<div class="figure-art figure-art-wide"><svg id="fig-1-art" [^>]*width="960"/);
    assert.match(html, /<div class="figure-art figure-art-narrow"><svg id="fig-1-art-narrow" [^>]*width="480"/);
    assert.match(html, /url\(#fig-1-art-narrow-arrow\)/);
  });

  it('reports a narrowSrc that does not exist', async () => {
    const problems = await checkMdx(
      {
        id: ID,
        body: '<Figure src="/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.svg" narrowSrc="falta.svg" alt="A" caption="B" />\n',
        file: 'x.mdx',
      },
      PUBLIC,
    );
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        `MDX: <Figure> image not found: /images/posts/${ID}/falta.svg (expected at public/images/posts/${ID}/falta.svg)`,
      ],
    );
  });

  it('gives feeds a plain image, with the narrow variant as a <source>', async () => {
    const html = await render(
      '<Figure src="/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.svg" narrowSrc="/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.narrow.svg" alt="A" caption="B" />\n',
      'en',
      { absoluteBase: 'https://blog.example.com/en/posts/x' },
    );
    assert.doesNotMatch(html, /<svg/);
    assert.match(
      html,
      /<picture><source media="\(max-width: 40rem\)" srcSet="https:\/\/blog\.example\.com\/images\/posts\/2023-10-02-kafka-intro\/before-and-after-kafka\.en\.narrow\.svg"\/><img src="https:\/\/blog\.example\.com\/images/,
    );
  });
});
