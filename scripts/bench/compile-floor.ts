// What compiling a post costs, layer by layer: the floor under any build of these posts that
// compiles MDX and highlights code with Shiki, whatever renders the pages afterwards. Each layer
// compiles the same posts in a process of its own (so one layer's garbage does not weigh on the
// next) and prints the CPU milliseconds a post took:
//   mdx            @mdx-js/mdx alone
//   gfm            + remark-gfm
//   shiki          + Shiki's two themes, straight to HTML elements (codeToHast, as Astro does)
//   blog           the blog's pipeline (lib/mdx/pipeline.ts) through lib/mdx/engine.ts
//   satteri        for scale, Astro 7's native (Rust) MDX compiler with GFM, no highlighting; taken
//                  from the Astro the bench installs (`npm run bench -- --posts N --peers`), else skipped
//   npx tsx scripts/bench/compile-floor.ts --content DIR [--posts 150] [--layer NAME]
// DIR is a content tree (`npx tsx scripts/gen-content.ts --posts 1000 --out DIR --public PUB`; the
// blog layer reads figures from public/, so copy PUB's images there first).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compile, type CompileOptions } from '@mdx-js/mdx';
import type { Element, Root, Text } from 'hast';
import remarkGfm from 'remark-gfm';
import { createHighlighter, type BundledLanguage } from 'shiki';
import { visit } from 'unist-util-visit';
import { compileMdx } from '../../lib/mdx/engine';
import { mdxPlugins } from '../../lib/mdx/pipeline';
import { readPostBody } from '../../lib/content/load';
import { locales } from '../../lib/i18n/config';
import { astroDir } from './peers/astro-install';

/** Astro's MDX compiler, from the bench's Astro install; undefined when it is not installed. */
async function satteri(): Promise<((source: string, options: object) => unknown) | undefined> {
  const entry = path.join(astroDir(), 'node_modules', 'satteri', 'dist', 'index.js');
  if (!fs.existsSync(entry)) return undefined;
  return ((await import(entry)) as { mdxToJs: (source: string, options: object) => unknown }).mdxToJs;
}

export const LAYERS = ['mdx', 'gfm', 'shiki', 'blog', 'satteri'] as const;
type Layer = (typeof LAYERS)[number];

const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' };

interface Source {
  id: string;
  file: string;
  body: string;
}

/** The first `posts` post folders' MDX bodies (front matter cut, lines kept), both languages. */
export function readSources(contentDir: string, posts: number): Source[] {
  const dir = path.join(contentDir, 'posts');
  return fs
    .readdirSync(dir)
    .sort()
    .slice(0, posts)
    .flatMap((id) =>
      locales
        .map((locale) => path.join(dir, id, `${locale}.mdx`))
        .filter((file) => fs.existsSync(file))
        .map((file) => ({ id, file, body: readPostBody(file) })),
    );
}

/** Highlights every fenced block with both themes, replacing its <pre> by Shiki's. */
async function rehypeShiki() {
  const highlighter = await createHighlighter({ themes: Object.values(THEMES), langs: [] });
  return () => async (tree: Root) => {
    const blocks: { pre: Element; parent: Element | Root; lang: string; code: string }[] = [];
    visit(tree, 'element', (node, _index, parent) => {
      const code = node.tagName === 'pre' ? node.children[0] : undefined;
      if (!parent || code?.type !== 'element' || code.tagName !== 'code') return;
      const className = code.properties.className;
      const lang = Array.isArray(className) ? String(className[0] ?? '').replace(/^language-/, '') : '';
      const text = code.children.map((child) => (child as Text).value ?? '').join('');
      blocks.push({ pre: node, parent: parent as Element | Root, lang: lang || 'text', code: text.replace(/\n$/, '') });
    });
    for (const block of blocks) {
      if (block.lang !== 'text' && !highlighter.getLoadedLanguages().includes(block.lang))
        await highlighter.loadLanguage(block.lang as BundledLanguage).catch(() => (block.lang = 'text'));
      const hast = highlighter.codeToHast(block.code, { lang: block.lang, themes: THEMES, defaultColor: false });
      const index = block.parent.children.indexOf(block.pre);
      block.parent.children[index] = hast.children[0] as Element;
    }
  };
}

async function compiler(layer: Layer): Promise<((source: Source) => unknown) | undefined> {
  const plain = (options: CompileOptions) => (source: Source) =>
    compile({ value: source.body, path: source.file }, { ...options, outputFormat: 'function-body' });
  if (layer === 'mdx') return plain({});
  if (layer === 'gfm') return plain({ remarkPlugins: [remarkGfm] });
  if (layer === 'shiki') return plain({ remarkPlugins: [remarkGfm], rehypePlugins: [await rehypeShiki()] });
  if (layer === 'satteri') {
    const mdxToJs = await satteri();
    return mdxToJs && ((source) => mdxToJs(source.body, { features: { gfm: true } }));
  }
  const publicDir = path.resolve('public');
  return (source) => compileMdx(source, mdxPlugins(source, publicDir, { references: [], headings: [] }));
}

/**
 * Compiles every source with one layer; CPU milliseconds per post (after compiling the first 10
 * to warm up), or undefined for a layer that is not installed.
 */
export async function measureLayer(layer: Layer, sources: Source[]): Promise<number | undefined> {
  const run = await compiler(layer);
  if (!run) return undefined;
  for (const source of sources.slice(0, 10)) await run(source);
  const start = process.cpuUsage();
  for (const source of sources) await run(source);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / sources.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      posts: { type: 'string', default: '150' },
      layer: { type: 'string' },
    },
  });
  if (!values.content) throw new Error('--content DIR: a content tree (scripts/gen-content.ts writes one)');
  const sources = readSources(values.content, Number(values.posts));
  if (values.layer) {
    if (!(LAYERS as readonly string[]).includes(values.layer)) throw new Error(`--layer: one of ${LAYERS.join(', ')}`);
    process.stdout.write(String((await measureLayer(values.layer as Layer, sources)) ?? ''));
  } else {
    console.log(`${sources.length} MDX files from ${values.content}, NODE_ENV=production, CPU ms per file:`);
    for (const layer of LAYERS) {
      const ms = execFileSync(
        process.execPath,
        [...process.execArgv, process.argv[1]!, '--content', values.content, '--posts', values.posts, '--layer', layer],
        { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
      );
      console.log(`  ${layer.padEnd(7)} ${ms ? `${Number(ms).toFixed(2)} ms` : 'not installed'}`);
    }
  }
}
