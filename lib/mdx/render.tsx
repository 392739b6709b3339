import 'server-only';
import path from 'node:path';
import { createElement, type ReactElement } from 'react';
import { getLinkContext } from '../content';
import { ContentError } from '../content/errors';
import type { Post } from '../content/types';
import { env } from '../env';
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
  absoluteBase?: string,
): Promise<{ content: ReactElement; compiled: CompiledPost }> {
  const links = getLinkContext(post);
  toolchain ??= toolchainOf(process.cwd());
  const request: CompileRequest = { post, publicDir: env.publicDir, links, absoluteBase, cache, toolchain };
  const components = mdxComponents(post.locale, dict, { feed: !!absoluteBase });
  try {
    const { Content, compiled } = await loadPost(request);
    return { content: createElement(Content, { components }), compiled };
  } catch (error) {
    throw new ContentError(mdxProblems(error, post.file));
  }
}

/** A post's body for its page, the reference links it cites, its sections (h2) and whether it has math, from one compile. */
export async function renderPost(
  post: Post,
  dict: Dictionary,
): Promise<{ content: ReactElement; references: ReferenceLink[]; headings: Heading[]; math: boolean }> {
  const { content, compiled } = await compilePost(post, dict);
  return { content, references: compiled.references, headings: compiled.headings, math: compiled.math };
}

/**
 * A post's body as a standalone HTML string for feeds: the same components
 * (figures with captions, quotes, references), every address made absolute
 * against `url`, the post's own address.
 */
export async function renderPostHtml(post: Post, dict: Dictionary, url: string): Promise<string> {
  const { content } = await compilePost(post, dict, url);
  // Next keeps react-dom/server out of the server-component graph, feeds included, so it is
  // loaded by Node itself at build time. The components are plain functions without hooks,
  // so React elements made on either side render the same.
  const { renderToStaticMarkup } = (await import(
    /*turbopackIgnore: true*/ /*webpackIgnore: true*/ 'react-dom/server'
  )) as typeof import('react-dom/server');
  return renderToStaticMarkup(content);
}
