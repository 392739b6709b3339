import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { evaluate } from '@mdx-js/mdx';
import { compileMDX } from 'next-mdx-remote/rsc';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadContentTree } from '../../lib/content/load';
import type { Post } from '../../lib/content/types';
import type { Locale } from '../../lib/i18n/config';
import en from '../../lib/i18n/dictionaries/en';
import pt from '../../lib/i18n/dictionaries/pt';
import { mdxComponents } from '../../lib/mdx/components';
import { mdxPlugins } from '../../lib/mdx/pipeline';

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
 * blog's components. Only for bodies without JavaScript: evaluate runs it.
 */
async function render(body: string, locale: Locale, { id = '2024-05-05-teste', publicDir = PUBLIC } = {}): Promise<string> {
  const { default: Content } = await evaluate(body, { ...runtime, ...mdxPlugins({ id }, publicDir) });
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
    for (const [, key, value] of match[1]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) attrs[key!.toLowerCase()] = value ?? '';
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
  const post = loadContentTree(FIXTURE_CONTENT, { includeDrafts: false }).posts.find((p) => p.locale === locale && p.id === id);
  assert.ok(post, `fixture post ${locale}/${id} is missing`);
  return post;
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
      assert.ok(svg.attrs['aria-label'] && svg.attrs['aria-label'].length > 10, `aria-label: ${svg.attrs['aria-label']}`);
      assert.equal(svg.attrs.width, '960');
      assert.equal(svg.attrs.height, '490');
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(ids.length, new Set(ids).size, `duplicate ids: ${ids.join(' ')}`);
    assert.match(html, /marker-end="url\(#fig-1-art-seta\)"/);
  });

  it('shows the caption and the credit link', () => {
    const [first, second] = elements(html, 'figcaption');
    assert.match(text(first!.inner), /Figura 1 — Um diagrama reaproveitado para testar a primeira figura\. Fonte: Equipe de testes/);
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
    const styled = elements(code.inner, 'span').filter((s) => /--shiki-light:#[0-9A-Fa-f]{6}/.test(s.attrs.style ?? ''));
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
    const numbers = elements(html, 'span').filter((s) => s.attrs.class === 'figure-number').map((s) => text(s.inner));
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
    const html = await render('<Figure src="diagram.svg" alt="Um diagrama" caption="Legenda" />\n', 'pt', { id, publicDir: dir });
    const [svg] = elements(html, 'svg');
    assert.equal(svg!.attrs.width, '40');
    assert.equal(svg!.attrs.height, '20');
    assert.equal(svg!.attrs['aria-label'], 'Um diagrama');
  });
});

describe('rendering: links', () => {
  const references = (marks: string[]) =>
    ['<References>', '', ...marks.map((mark, i) => `- [Link ${i}](https://example.com/${i})${mark}`), '', '</References>', ''].join('\n');

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

  it('does not link a javascript: cite', async () => {
    const html = await render('<Quote author="Alguém" cite="javascript:alert(1)">Texto.</Quote>\n', 'pt');
    assert.equal(elements(html, 'a').length, 0);
    assert.doesNotMatch(html, /href="javascript:/);
  });
});

describe('rendering with next-mdx-remote, as lib/mdx/render.tsx does', () => {
  // The production renderer: compileMDX with blockJS on. Options mirror
  // render.tsx (which imports server-only and cannot be loaded here).
  async function renderRemote(source: string, locale: Locale): Promise<string> {
    const { content } = await compileMDX({
      source,
      components: mdxComponents(locale, dictionaries[locale]) as never,
      options: { blockJS: true, mdxOptions: mdxPlugins({ id: '2024-05-05-teste' }, PUBLIC) },
    });
    return renderToStaticMarkup(content);
  }

  it('never runs JavaScript from content', async () => {
    const g = globalThis as { __mdxRan?: unknown };
    delete g.__mdxRan;
    const html = await renderRemote(
      [
        "import fs from 'node:fs'",
        'export const ran = (globalThis.__mdxRan = "export")',
        '',
        'Dois: {globalThis.__mdxRan = "expression"}.',
        '',
      ].join('\n'),
      'pt',
    );
    assert.equal(g.__mdxRan, undefined);
    assert.match(html, /<p>Dois: \.<\/p>/);
  });

  it('refuses an expression attribute instead of running or dropping it', async () => {
    const g = globalThis as { __mdxRan?: unknown };
    delete g.__mdxRan;
    await assert.rejects(
      renderRemote('<Quote author="Alguém" cite={globalThis.__mdxRan = "attribute"}>Texto.</Quote>\n', 'pt'),
      /must be a plain string/,
    );
    assert.equal(g.__mdxRan, undefined);
  });

  it('refuses raw scripts and event handlers', async () => {
    await assert.rejects(renderRemote('<script>globalThis.__mdxRan = 1</script>\n', 'pt'), /<script> is not allowed/);
    await assert.rejects(renderRemote('<span onClick="alert(1)">x</span>\n', 'pt'), /"onClick" is not allowed/);
  });

  it('renders figures and references the same way', async () => {
    const html = await renderRemote(
      `<Figure src="${KAFKA_PT_SVG}" alt="Um diagrama" caption="Legenda" />\n\n<References>\n\n- [A](https://example.com/a) (en)\n\n</References>\n`,
      'pt',
    );
    assert.match(text(html), /Figura 1 — Legenda/);
    assert.equal(elements(html, 'svg')[0]!.attrs.width, '960');
    assert.equal(markAfter(link(html, 'https://example.com/a')), '(em inglês)');
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
