import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { loadContentTree, withBody } from '../../lib/content/load';
import type { Locale } from '../../lib/i18n/config';
import en from '../../lib/i18n/dictionaries/en';
import pt from '../../lib/i18n/dictionaries/pt';
import { describeMedia, widthsFor } from '../../lib/media/files';
import { renderPost, renderPostHtml } from '../../lib/mdx/render';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/content');
const ID = '2023-06-01-midia';
const dictionaries = { pt, en };

function post(locale: Locale) {
  const found = loadContentTree(FIXTURE_CONTENT, { includeDrafts: false }).posts.find(
    (p) => p.id === ID && p.locale === locale,
  );
  assert.ok(found, `fixture post ${locale}/${ID} is missing`);
  return withBody(found);
}

function elements(tree: Root | Element, name: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === name) found.push(child);
      visit(child);
    }
  };
  visit(tree);
  return found;
}

function text(node: Element): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : ''))
    .join('');
}

async function rendered(locale: Locale): Promise<Root> {
  const { html } = await renderPost(post(locale), dictionaries[locale]);
  return fromHtml(html, { fragment: true });
}

describe('media beside the post, through renderPost', async () => {
  const tree = await rendered('pt');
  const photo = describeMedia(ID, path.join(FIXTURE_CONTENT, 'posts', ID, 'paisagem.jpg'));

  it('gives a Markdown image its size, WebP renditions, alt text and lazy loading', () => {
    const images = elements(tree, 'img').filter(
      (img) => img.properties.alt === 'Paisagem ao entardecer com colinas escuras',
    );
    assert.equal(images.length, 2);
    for (const img of images) {
      assert.equal(img.properties.width, 1600);
      assert.equal(img.properties.height, 1000);
      assert.equal(img.properties.loading, 'lazy');
      assert.equal(img.properties.decoding, 'async');
      assert.match(String(img.properties.src), /^\/media\/2023-06-01-midia\/paisagem\.[0-9a-f]{12}\.w1200\.webp$/);
      assert.equal(img.properties.srcSet, photo.variants.map((v) => `${v.url} ${v.width}w`).join(', '));
      assert.equal(img.properties.sizes, '(max-width: 42rem) 100vw, 42rem');
    }
    assert.deepEqual(widthsFor(1600), [480, 768, 1200]);
    assert.deepEqual(widthsFor(700), [480, 700]);
  });

  it('numbers a captioned image, a figure beside the post and a captioned video in one sequence', () => {
    const figures = elements(tree, 'figure').filter((f) => (f.properties.className as string[]).includes('figure'));
    assert.deepEqual(
      figures.map((f) => text(elements(f, 'figcaption')[0]!)),
      [
        'Figura 1 — Uma paisagem desenhada para os testes',
        'Figura 2 — Um diagrama ao lado do post',
        'Figura 3 — Um segundo de barras de teste',
      ],
    );
    assert.deepEqual(
      figures.map((f) => f.properties.id),
      ['fig-1', 'fig-2', 'fig-3'],
    );
    // The SVG beside the post is drawn into the page, named by the figure's alt text.
    const svg = elements(figures[1]!, 'svg')[0];
    assert.equal(svg?.properties.role, 'img');
    assert.equal(svg?.properties.ariaLabel, 'Um produtor envia mensagens a um tópico');
  });

  it('gives the video controls, preload none, no autoplay and its local files', () => {
    const [video, ...others] = elements(tree, 'video');
    assert.equal(others.length, 0);
    assert.equal(video!.properties.controls, true);
    assert.equal(video!.properties.preload, 'none');
    assert.equal(video!.properties.autoPlay, undefined);
    assert.match(String(video!.properties.src), /^\/media\/2023-06-01-midia\/demo\.[0-9a-f]{12}\.mp4$/);
    assert.match(String(video!.properties.poster), /^\/media\/2023-06-01-midia\/demo\.[0-9a-f]{12}\.w320\.webp$/);
    const [track] = elements(video!, 'track');
    assert.equal(track?.properties.kind, 'captions');
    assert.equal(track?.properties.srcLang, 'pt');
    assert.match(String(track?.properties.src), /^\/media\/2023-06-01-midia\/demo\.pt\.[0-9a-f]{12}\.vtt$/);
  });

  it('draws the Mermaid diagram as inline SVG text, one image named by alt="…", in the page colours', () => {
    const diagram = elements(tree, 'div').find((div) => (div.properties.className as string[]).includes('diagram'));
    const svg = diagram && elements(diagram, 'svg')[0];
    assert.ok(svg, 'no diagram');
    assert.equal(svg.properties.role, 'img');
    assert.equal(svg.properties.ariaLabel, 'Um produtor grava no tópico, e dois consumidores leem dele');
    assert.equal(elements(svg, 'foreignObject').length, 0);
    assert.deepEqual(elements(svg, 'text').map(text).filter(Boolean).sort(), [
      'Consumidor A',
      'Consumidor B',
      'Produtor',
      'Tópico',
    ]);
    const style = text(elements(svg, 'style')[0]!);
    assert.match(style, /var\(--fg\)/);
    assert.match(style, /var\(--surface\)/);
  });

  it('names a diagram without alt by its source', async () => {
    const english = await rendered('en');
    const svg = elements(english, 'svg').find((s) => String(s.properties.id).startsWith('diagram-'));
    assert.match(String(svg?.properties.ariaLabel), /^flowchart LR\n\s+P\[Producer\] --> T\[\(Topic\)\]/);
  });

  it('gives feeds absolute image addresses, and the diagram as its source', async () => {
    const url = 'https://blog.example.com/pt/posts/midia';
    const feed = fromHtml(await renderPostHtml(post('pt'), pt, url), { fragment: true });
    const sources = elements(feed, 'img').map((img) => String(img.properties.src));
    assert.equal(sources.length, 3);
    for (const src of sources)
      assert.match(src, /^https:\/\/blog\.example\.com\/media\/2023-06-01-midia\/(paisagem|fluxo)\./);
    assert.equal(elements(feed, 'img')[0]!.properties.srcSet, undefined);
    const video = elements(feed, 'video')[0];
    assert.match(String(video?.properties.src), /^https:\/\/blog\.example\.com\/media\//);
    assert.match(String(video?.properties.poster), /^https:\/\/blog\.example\.com\/media\//);
    assert.ok(elements(feed, 'code').some((code) => text(code).includes('flowchart LR')));
  });
});
