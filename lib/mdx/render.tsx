import 'server-only';
import path from 'node:path';
import { createElement, type ReactElement } from 'react';
import { getLinkContext } from '../content';
import { ContentError } from '../content/errors';
import type { Post } from '../content/types';
import { env } from '../env';
import type { Island } from '@/components/island-script';
import type { Dictionary } from '../i18n/dictionaries';
import { MdxCache, toolchainOf, type CompiledPost } from './cache';
import { loadPost, type CompileRequest } from './compile';
import { mdxComponents } from './components';
import { mdxProblems } from './pipeline';
import type { Heading } from './plugins/headings';
import type { ReferenceLink } from './plugins/references';

export type { Heading, ReferenceLink };

// In the build folder, which `next build` keeps between builds (as it keeps its own cache there).
const cache = new MdxCache(path.join(env.distDir, 'cache', 'mdx'));
let toolchain: string | undefined;

/**
 * The only place MDX is rendered: compiled once per body and pipeline (lib/mdx/cache.ts
 * keeps the result on disk between builds), then run with the blog's components.
 * Its problems are the content check's, message for message: both compile through
 * lib/mdx/engine.ts with the same plugins and links.
 */
async function compilePost(
  post: Post,
  dict: Dictionary,
  { absoluteBase, islands }: { absoluteBase?: string; islands?: Set<Island> } = {},
): Promise<{ content: ReactElement; compiled: CompiledPost }> {
  const links = getLinkContext(post);
  toolchain ??= toolchainOf(process.cwd());
  const request: CompileRequest = { post, publicDir: env.publicDir, links, absoluteBase, cache, toolchain };
  const components = mdxComponents(post.locale, dict, { feed: !!absoluteBase, islands });
  try {
    const { Content, compiled } = await loadPost(request);
    return { content: createElement(Content, { components }), compiled };
  } catch (error) {
    throw new ContentError(mdxProblems(error, post.file));
  }
}

/**
 * React's renderer to a string. Next keeps react-dom/server out of the server-component graph,
 * so it is loaded by Node itself. The components are plain functions without hooks, so React
 * elements made on either side render the same.
 */
async function toStaticMarkup(element: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = (await import(
    /*turbopackIgnore: true*/ /*webpackIgnore: true*/ 'react-dom/server'
  )) as typeof import('react-dom/server');
  return renderToStaticMarkup(element);
}

export interface RenderedPost {
  /** The body's HTML, for the page's `.prose` element. */
  html: string;
  /** The reference links it cites. */
  references: ReferenceLink[];
  /** Its sections (h2), for the table of contents. */
  headings: Heading[];
  /** Whether it has math (the page loads KaTeX's stylesheet). */
  math: boolean;
  /** The island scripts its components need, which the page renders (React hoists them into <head>). */
  islands: Island[];
}

/**
 * A post's body for its page, from one compile, rendered to HTML here rather than by the page.
 * Through the page, every element of a body (a thousand words, a figure, code) would be rendered
 * twice, into React's payload and then from it into HTML, which Next writes out as well; a post's
 * body is about three quarters of its page. Rendered once to a string, it crosses both as one value.
 */
export async function renderPost(post: Post, dict: Dictionary): Promise<RenderedPost> {
  const islands = new Set<Island>();
  const { content, compiled } = await compilePost(post, dict, { islands });
  const html = await toStaticMarkup(content);
  const { references, headings, math } = compiled;
  return { html, references, headings, math, islands: [...islands].sort() };
}

/**
 * A post's body as a standalone HTML string for feeds: the same components
 * (figures with captions, quotes, references), every address made absolute
 * against `url`, the post's own address.
 */
export async function renderPostHtml(post: Post, dict: Dictionary, url: string): Promise<string> {
  const { content } = await compilePost(post, dict, { absoluteBase: url });
  return toStaticMarkup(content);
}
