import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '../../lib/i18n/dictionaries/en';
import { mdxComponents } from '../../lib/mdx/components';
import { compileMdx, runMdx } from '../../lib/mdx/engine';
import { mdxPlugins, type PluginOptions } from '../../lib/mdx/pipeline';

const PUBLIC = path.join(fileURLToPath(new URL('../..', import.meta.url)), 'public');
const ID = '2023-10-02-kafka-intro';
const IMAGE = '/images/posts/2023-10-02-kafka-intro/before-and-after-kafka.en.svg';
const POST_URL = 'https://blog.example.com/en/posts/integrating-systems-with-kafka';

const BODY = [
  '## A section',
  '',
  `See [the figure](#fig-1), [the home](/en) and [Kafka](https://kafka.apache.org/).`,
  '',
  `<Figure src="${IMAGE}" alt="Two diagrams" caption="Before and after." credit="freeCodeCamp" creditUrl="https://www.freecodecamp.org/" />`,
  '',
  `<Quote author="Someone" cite="A book">A quote.</Quote>`,
  '',
  '<References>',
  '',
  '- [The *Kafka* handbook](https://example.org/handbook) (en)',
  '- [Um guia](https://example.org/guia) (pt-BR)',
  '',
  '</References>',
  '',
].join('\n');

/** Runs the blog's pipeline with these options, as lib/mdx/render.tsx does. */
async function render(options: PluginOptions): Promise<string> {
  const Content = await runMdx(
    await compileMdx({ body: BODY, file: 'test.mdx' }, mdxPlugins({ id: ID }, PUBLIC, options)),
  );
  return renderToStaticMarkup(
    createElement(Content, { components: mdxComponents('en', en, { feed: !!options.absoluteBase }) }),
  );
}

describe('rendering for feeds', () => {
  it('makes every address absolute against the post: links, fragments and figure images', async () => {
    const html = await render({ absoluteBase: POST_URL });
    assert.ok(html.includes(`href="${POST_URL}#fig-1"`), 'fragment');
    assert.ok(html.includes('href="https://blog.example.com/en"'), 'site path');
    assert.ok(html.includes('href="https://kafka.apache.org/"'), 'external link untouched');
    assert.ok(html.includes(`src="https://blog.example.com${IMAGE}"`), 'figure image');
    assert.ok(html.includes('<cite>A book</cite>'), 'a cite that names a work stays a name');
    assert.match(html, /<figure[^>]*>.*<figcaption>.*Figure.*Before and after\..*<\/figcaption><\/figure>/s);
    const addresses = [...html.matchAll(/(?:href|src|cite)="([^"]*)"/g)].map((m) => m[1]!);
    assert.deepEqual(
      addresses.filter((a) => !/^https?:\/\//.test(a)),
      [],
      'no relative address left',
    );
  });

  it('leaves addresses alone on the site, where the SVG figure is inlined and feeds get an <img>', async () => {
    const html = await render({});
    assert.ok(html.includes('href="#fig-1"'));
    assert.match(html, /<svg id="fig-1-art" class="figure-svg" role="img" aria-label="Two diagrams"/);
    assert.doesNotMatch(html, /<img /);
    const feed = await render({ absoluteBase: POST_URL });
    assert.doesNotMatch(feed, /<svg /);
  });

  it('collects the reference links with their titles and languages', async () => {
    const references: NonNullable<PluginOptions['references']> = [];
    await render({ references });
    assert.deepEqual(references, [
      { url: 'https://example.org/handbook', title: 'The Kafka handbook', hrefLang: 'en' },
      { url: 'https://example.org/guia', title: 'Um guia', hrefLang: 'pt-BR' },
    ]);
  });
});
