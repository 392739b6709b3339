import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ContentError, type ContentProblem } from '../../lib/content/errors';
import { loadContentTree, withBody } from '../../lib/content/load';
import type { Post } from '../../lib/content/types';
import type { Locale } from '../../lib/i18n/config';
import en from '../../lib/i18n/dictionaries/en';
import pt from '../../lib/i18n/dictionaries/pt';
import { mdxComponents } from '../../lib/mdx/components';
import { mdxPlugins } from '../../lib/mdx/pipeline';
import { compileMdx, runMdx } from '../../lib/mdx/engine';
import { renderPost } from '../../lib/mdx/render';

// No JSX here (createElement instead), so the file stays a .ts the test glob picks up.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PUBLIC = path.join(ROOT, 'public');
const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/content');
const KAFKA_PT_SVG = '/images/posts/2023-10-02-kafka-intro/antes-e-depois-do-kafka.pt.svg';
const KAFKA_EN_SVG = '/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.svg';
const dictionaries = { pt, en };

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Compiles and runs `body` with the blog's plugins and renders it with the
 * blog's components, as lib/mdx/render.tsx does.
 */
async function render(
  body: string,
  locale: Locale,
  { id = '2024-05-05-teste', publicDir = PUBLIC } = {},
): Promise<string> {
  const Content = await runMdx(await compileMdx({ body, file: 'test.mdx' }, mdxPlugins({ id }, publicDir)));
  return renderToStaticMarkup(createElement(Content, { components: mdxComponents(locale, dictionaries[locale]) }));
}

interface Tag {
  attrs: Record<string, string>;
  inner: string;
  /** What follows the closing tag, up to the next tag opening. */
  after: string;
}

/** Elements named `name` in `html` (no nesting of the same name), attribute names lowercased as HTML reads them. */
function elements(html: string, name: string): Tag[] {
  const pattern = new RegExp(`<${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`, 'gi');
  return [...html.matchAll(pattern)].map((match) => {
    const attrs: Record<string, string> = {};
    for (const [, key, value] of match[1]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g))
      attrs[key!.toLowerCase()] = value ?? '';
    const rest = html.slice(match.index! + match[0].length);
    return { attrs, inner: match[2] ?? '', after: rest };
  });
}

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function link(html: string, href: string): Tag {
  const found = elements(html, 'a').find((a) => a.attrs.href === href);
  assert.ok(found, `no <a href="${href}"> in\n${html}`);
  return found;
}

/** The visible language mark right after a link, if any: `<span class="language-mark"> (em inglês)</span>`. */
function markAfter(tag: Tag): string | undefined {
  const match = /^<span class="language-mark">([\s\S]*?)<\/span>/.exec(tag.after);
  return match ? text(match[1]!).trim() : undefined;
}

function fixturePost(locale: Locale, id: string): Post {
  const post = loadContentTree(FIXTURE_CONTENT, { includeDrafts: false }).posts.find(
    (p) => p.locale === locale && p.id === id,
  );
  assert.ok(post, `fixture post ${locale}/${id} is missing`);
  return withBody(post);
}

describe('rendering the Portuguese-only fixture post', async () => {
  const post = fixturePost('pt', '2024-01-10-so-em-portugues');
  const html = await render(post.body, 'pt', { id: post.id });

  it('numbers the figures in order: Figura 1, Figura 2', () => {
    const figures = elements(html, 'figure').filter((f) => f.attrs.class === 'figure');
    assert.equal(figures.length, 2);
    assert.deepEqual(
      figures.map((f) => text(elements(f.inner, 'span').find((s) => s.attrs.class === 'figure-number')!.inner)),
      ['Figura 1', 'Figura 2'],
    );
    assert.deepEqual(
      figures.map((f) => f.attrs.id),
      ['fig-1', 'fig-2'],
    );
    // Inlined, each drawing keeps its own text: the Portuguese one, then the English one.
    assert.match(figures[0]!.inner, /Antes do Kafka/);
    assert.match(figures[1]!.inner, /Before Kafka/);
  });

  it('inlines each SVG as one image named by its alt, at its intrinsic size, ids scoped per figure', () => {
    const drawings = elements(html, 'svg');
    assert.equal(drawings.length, 2);
    assert.equal(elements(html, 'img').length, 0);
    for (const [i, svg] of drawings.entries()) {
      assert.equal(svg.attrs.id, `fig-${i + 1}-art`);
      assert.equal(svg.attrs.role, 'img');
      assert.ok(
        svg.attrs['aria-label'] && svg.attrs['aria-label'].length > 10,
        `aria-label: ${svg.attrs['aria-label']}`,
      );
      assert.equal(svg.attrs.width, '960');
      assert.equal(svg.attrs.height, '490');
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(ids.length, new Set(ids).size, `duplicate ids: ${ids.join(' ')}`);
    assert.match(html, /marker-end="url\(#fig-1-art-seta\)"/);
  });

  it('shows the caption and the credit link', () => {
    const [first, second] = elements(html, 'figcaption');
    assert.match(
      text(first!.inner),
      /Figura 1 — Um diagrama reaproveitado para testar a primeira figura\. Fonte: Equipe de testes/,
    );
    const credit = link(first!.inner, 'https://example.com/creditos');
    assert.equal(text(credit.inner), 'Equipe de testes');
    assert.equal(credit.attrs.rel, 'noopener noreferrer');
    assert.doesNotMatch(second!.inner, /Fonte|<a /, 'the second figure has no credit');
  });

  it('marks the English reference and not the Portuguese one', () => {
    const english = link(html, 'https://example.com/en/test-pyramid');
    assert.equal(english.attrs.hreflang, 'en');
    assert.equal(english.attrs.lang, 'en');
    assert.equal(markAfter(english), '(em inglês)');
    assert.equal(text(english.inner), 'Test pyramid, an English page', 'the (en) mark is taken out of the link text');

    const portuguese = link(html, 'https://example.com/pt/piramide-de-testes');
    assert.equal(portuguese.attrs.hreflang, undefined);
    assert.equal(portuguese.attrs.lang, undefined);
    assert.equal(markAfter(portuguese), undefined);
    assert.doesNotMatch(html, /\(en\)/, 'the raw (en) mark is gone');
  });

  it('gives external links rel="noopener noreferrer"', () => {
    for (const href of ['https://example.com/en/test-pyramid', 'https://example.com/pt/piramide-de-testes']) {
      assert.equal(link(html, href).attrs.rel, 'noopener noreferrer', href);
    }
  });

  it('gives headings ids', () => {
    const headings = elements(html, 'h2');
    assert.deepEqual(
      headings.map((h) => [text(h.inner), h.attrs.id]),
      [
        ['Figuras e citações', 'figuras-e-citações'],
        ['Código e tabela', 'código-e-tabela'],
        ['Referências', 'referências'],
      ],
    );
  });

  it('renders the Markdown blockquote with class "quote"', () => {
    const quote = elements(html, 'blockquote').find((b) => text(b.inner).includes('Um teste que nunca falha'));
    assert.ok(quote, 'the Markdown blockquote is missing');
    assert.equal(quote.attrs.class, 'quote');
  });

  it('renders <Quote> as a figure with the author and a link to the source', () => {
    const figure = elements(html, 'figure').find((f) => f.attrs.class === 'quote-figure');
    assert.ok(figure, 'no quote figure');
    const [quote] = elements(figure.inner, 'blockquote');
    assert.equal(quote!.attrs.cite, 'https://example.com/citacao');
    assert.match(text(quote!.inner), /o melhor momento para escrever um teste/);
    const [caption] = elements(figure.inner, 'figcaption');
    assert.ok(caption, 'no figcaption');
    const source = link(caption.inner, 'https://example.com/citacao');
    assert.equal(source.attrs.rel, 'noopener noreferrer');
    assert.equal(text(source.inner), 'Grace Hopper');
    assert.match(source.inner, /<cite>Grace Hopper<\/cite>/);
  });

  it('highlights the TypeScript block for both themes', () => {
    const [code] = elements(html, 'code').filter((c) => c.attrs['data-language'] === 'ts');
    assert.ok(code, 'no <code data-language="ts">');
    const styled = elements(code.inner, 'span').filter((s) =>
      /--shiki-light:#[0-9A-Fa-f]{6}/.test(s.attrs.style ?? ''),
    );
    assert.ok(styled.length >= 5, `only ${styled.length} highlighted tokens`);
    for (const span of styled) assert.match(span.attrs.style!, /--shiki-dark:#[0-9A-Fa-f]{6}/);
    assert.match(text(code.inner), /function soma\(a: number, b: number\): number \{/);
  });

  it('renders the GFM table', () => {
    const [table] = elements(html, 'table');
    assert.ok(table, 'no table');
    assert.deepEqual(
      elements(table.inner, 'th').map((th) => text(th.inner)),
      ['Tipo de teste', 'Velocidade', 'Confiança'],
    );
    assert.equal(elements(table.inner, 'tr').length, 3);
  });

  it('wraps the reference list', () => {
    const references = elements(html, 'div').find((d) => d.attrs.class === 'references');
    assert.ok(references, 'no references block');
    assert.equal(elements(references.inner, 'li').length, 2);
  });
});

describe('rendering the English fixture post', async () => {
  const post = fixturePost('en', '2024-02-01-bilingue');
  const html = await render(post.body, 'en', { id: post.id });

  it('marks the Portuguese reference "(in Portuguese)"', () => {
    const portuguese = link(html, 'https://example.com/pt/testes-bilingues');
    assert.equal(portuguese.attrs.hreflang, 'pt-BR');
    assert.equal(portuguese.attrs.lang, 'pt-BR');
    assert.equal(markAfter(portuguese), '(in Portuguese)');
  });

  it('leaves the unmarked English reference alone', () => {
    const english = link(html, 'https://example.com/en/bilingual-testing');
    assert.equal(english.attrs.hreflang, undefined);
    assert.equal(english.attrs.lang, undefined);
    assert.equal(markAfter(english), undefined);
  });
});

describe('rendering: figures', () => {
  it('numbers figures "Figure 1", "Figure 2" on English pages', async () => {
    const body = [
      `<Figure src="${KAFKA_EN_SVG}" alt="A diagram" caption="First" credit="Test team" creditUrl="https://example.com/credits" />`,
      '',
      'Some text between.',
      '',
      `<Figure src="${KAFKA_EN_SVG}" alt="The same diagram" caption="Second" />`,
      '',
    ].join('\n');
    const html = await render(body, 'en');
    const numbers = elements(html, 'span')
      .filter((s) => s.attrs.class === 'figure-number')
      .map((s) => text(s.inner));
    assert.deepEqual(numbers, ['Figure 1', 'Figure 2']);
    assert.match(text(html), /Figure 1 — First Source: Test team/);
  });

  it('renders a relative src as /images/posts/<id>/… with the size read from the SVG', async () => {
    const id = '2024-06-01-relativo';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-public-'));
    tempDirs.push(dir);
    fs.mkdirSync(path.join(dir, 'images/posts', id), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'images/posts', id, 'diagram.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>\n',
    );
    const html = await render('<Figure src="diagram.svg" alt="Um diagrama" caption="Legenda" />\n', 'pt', {
      id,
      publicDir: dir,
    });
    const [svg] = elements(html, 'svg');
    assert.equal(svg!.attrs.width, '40');
    assert.equal(svg!.attrs.height, '20');
    assert.equal(svg!.attrs['aria-label'], 'Um diagrama');
  });
});

describe('rendering: links', () => {
  const references = (marks: string[]) =>
    [
      '<References>',
      '',
      ...marks.map((mark, i) => `- [Link ${i}](https://example.com/${i})${mark}`),
      '',
      '</References>',
      '',
    ].join('\n');

  it('shows no mark when the link is in the page language', async () => {
    const html = await render(references([' (pt-BR)', ' (pt)']), 'pt');
    for (const href of ['https://example.com/0', 'https://example.com/1']) {
      const a = link(html, href);
      assert.equal(markAfter(a), undefined, href);
      assert.equal(a.attrs.lang, undefined, href);
      assert.match(a.attrs.hreflang ?? '', /^pt/, href);
    }
    const en = link(await render(references([' (en-GB)']), 'en'), 'https://example.com/0');
    assert.equal(markAfter(en), undefined);
  });

  it('names the language of a regional tag by its base language', async () => {
    const a = link(await render(references([' (en-US)']), 'pt'), 'https://example.com/0');
    assert.equal(a.attrs.lang, 'en-US');
    assert.equal(markAfter(a), '(em inglês)');
  });

  it('marks links only inside <References>', async () => {
    const html = await render('Veja [isto](https://example.com/x) (en).\n', 'pt');
    const a = link(html, 'https://example.com/x');
    assert.equal(a.attrs.hreflang, undefined);
    assert.equal(markAfter(a), undefined);
  });

  it('gives external links rel="noopener noreferrer" and leaves internal ones alone', async () => {
    const html = await render(
      'Um [externo](https://example.com/fora), um [sem esquema](//example.com/x) e um [interno](/pt/outro-texto).\n',
      'pt',
    );
    assert.equal(link(html, 'https://example.com/fora').attrs.rel, 'noopener noreferrer');
    assert.equal(link(html, '//example.com/x').attrs.rel, 'noopener noreferrer');
    assert.equal(link(html, '/pt/outro-texto').attrs.rel, undefined);
  });
});

describe('rendering: quotes', () => {
  it('names a non-URL cite as a work, without a link', async () => {
    const html = await render('<Quote author="Alguém" cite="Um livro">Texto.</Quote>\n', 'pt');
    const [caption] = elements(html, 'figcaption');
    assert.equal(text(caption!.inner), '— Alguém, Um livro');
    assert.equal(elements(html, 'a').length, 0);
    assert.equal(elements(html, 'blockquote')[0]!.attrs.cite, undefined);
  });

  it('refuses a javascript: cite rather than render it', async () => {
    await assert.rejects(
      render('<Quote author="Alguém" cite=" JavaScript:alert(1)">Texto.</Quote>\n', 'pt'),
      /<Quote> cite: a javascript: address is not allowed in posts/,
    );
  });
});

describe('renderPost, the production renderer', () => {
  /** A post of the real content tree's site, for renderPost (which checks links against that site). */
  function post(body: string, locale: Locale = 'pt', fields: Partial<Post> = {}): Post {
    return {
      id: '2024-05-05-teste',
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
      file: '/virtual/posts/2024-05-05-teste/pt.mdx',
      body,
      ...fields,
    };
  }

  async function renderProduction(body: string, locale: Locale = 'pt'): Promise<string> {
    return (await renderPost(post(body, locale), dictionaries[locale])).html;
  }

  /** Asserts renderPost refuses `body` with a ContentError and returns its problems. */
  async function refused(body: string): Promise<ContentProblem[]> {
    const error = await renderPost(post(body), pt).then(
      () => assert.fail('renderPost accepted the body'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
    return error.problems;
  }

  it('keeps blockJS on: with none of the blog’s plugins to refuse it, JavaScript is still dropped, never run', async () => {
    const g = globalThis as { __mdxRan?: unknown };
    delete g.__mdxRan;
    const body = [
      'export const ran = (globalThis.__mdxRan = "export")',
      '',
      'Um {globalThis.__mdxRan = "expression"} dois.',
      '',
      '<span title={globalThis.__mdxRan = "attribute"}>três</span>',
      '',
    ].join('\n');
    const code = await compileMdx({ body, file: 'test.mdx' }, {});
    assert.doesNotMatch(code, /__mdxRan/);
    const Content = await runMdx(code);
    const html = renderToStaticMarkup(createElement(Content));
    assert.equal(g.__mdxRan, undefined);
    assert.match(html, /<p>Um {2}dois\.<\/p>/);
    assert.match(html, /três/);
  });

  it('refuses JavaScript with its position, without running any of it', async () => {
    const g = globalThis as { __mdxRan?: unknown };
    delete g.__mdxRan;
    const problems = await refused(
      [
        'export const ran = (globalThis.__mdxRan = "export")',
        '',
        'Dois: {globalThis.__mdxRan = "expression"}.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.column]),
      [
        ['/virtual/posts/2024-05-05-teste/pt.mdx', 1, 1],
        ['/virtual/posts/2024-05-05-teste/pt.mdx', 3, 7],
      ],
    );
    assert.equal(g.__mdxRan, undefined);
  });

  it('refuses an expression attribute instead of running or dropping it', async () => {
    const g = globalThis as { __mdxRan?: unknown };
    delete g.__mdxRan;
    const [problem] = await refused('<Quote author="Alguém" cite={globalThis.__mdxRan = "attribute"}>Texto.</Quote>\n');
    assert.match(problem!.message, /must be a plain string/);
    assert.equal(g.__mdxRan, undefined);
  });

  it('refuses raw scripts and event handlers', async () => {
    assert.match((await refused('<script>globalThis.__mdxRan = 1</script>\n'))[0]!.message, /<script> is not allowed/);
    assert.match((await refused('<span onClick="alert(1)">x</span>\n'))[0]!.message, /"onClick" is not allowed/);
  });

  it('refuses a link to a page the site does not have, as the check does', async () => {
    const [problem] = await refused('Veja [o outro](/pt/posts/nao-existe).\n');
    assert.equal(
      problem!.message,
      'MDX: link to /pt/posts/nao-existe: no page of the blog has the path /pt/posts/nao-existe (posts are at /<locale>/posts/<slug>)',
    );
    assert.equal(problem!.line, 1);
  });

  it('renders a link to a real post, an MDX comment as nothing, figures and references', async () => {
    const html = await renderProduction(
      `Veja [o texto](/pt/posts/integrando-sistemas-com-kafka).{/* nota */}\n\n<Figure src="${KAFKA_PT_SVG}" alt="Um diagrama" caption="Legenda" />\n\n<References>\n\n- [A](https://example.com/a) (en)\n\n</References>\n`,
    );
    assert.equal(text(link(html, '/pt/posts/integrando-sistemas-com-kafka').inner), 'o texto');
    assert.doesNotMatch(html, /nota/);
    assert.match(text(html), /Figura 1 — Legenda/);
    assert.equal(elements(html, 'svg')[0]!.attrs.width, '960');
    assert.equal(markAfter(link(html, 'https://example.com/a')), '(em inglês)');
    assert.equal(link(html, 'https://example.com/a').attrs.rel, 'noopener noreferrer');
  });

  it('renders the body to HTML and leaves the island scripts it needs to the page', async () => {
    const code = await renderPost(post('Texto.\n\n```js\nconst a = "<b>" && 1;\n```\n'), pt);
    assert.deepEqual(code.islands, ['copy-button']);
    assert.doesNotMatch(code.html, /<script/, 'the page renders it, so React hoists it into <head> once');
    assert.match(code.html, /<button type="button" class="code-copy"/);
    // The highlighted lines came as one string (lib/mdx/plugins/code-html.ts): escaped, and the carrier is gone.
    assert.match(code.html, /"&#x3C;b>"<\/span><span [^>]*> &#x26;&#x26;<\/span>/);
    assert.doesNotMatch(code.html, /<b>/);
    assert.doesNotMatch(code.html, /data-code-html/);
    const plain = await renderPost(post('Só texto, *sem* código.\n'), pt);
    assert.deepEqual(plain.islands, []);
    assert.equal(plain.html, '<p>Só texto, <em>sem</em> código.</p>');
  });
});

describe('reference marks that are not languages', () => {
  it('leaves "(pdf)" as text and adds no hreflang', async () => {
    const html = await render('<References>\n\n- [Spec](https://example.com/spec.pdf) (pdf)\n\n</References>\n', 'pt');
    const tag = link(html, 'https://example.com/spec.pdf');
    assert.equal(tag.attrs.hreflang, undefined);
    assert.equal(tag.attrs.lang, undefined);
    assert.match(text(html), /Spec \(pdf\)/);
  });
});
