import 'server-only';
import path from 'node:path';
import { createElement, type ReactElement } from 'react';
import { getLinkContext } from '../content';
import { ContentError } from '../content/errors';
import type { LinkContext } from '../content/links';
import type { Post } from '../content/types';
import { env } from '../env';
import type { Dictionary } from '../i18n/dictionaries';
import { MdxCache, toolchainOf, type CompiledPost } from './cache';
import { compileOptions, loadPost, type CompileRequest } from './compile';
import { mdxComponents } from './components';
import { checkMdx } from './pipeline';
import type { Heading } from './plugins/headings';
import type { ReferenceLink } from './plugins/references';

export type { Heading, ReferenceLink };

// In the build folder, which `next build` keeps between builds (as it keeps its own cache there).
const cache = new MdxCache(path.join(env.distDir, 'cache', 'mdx'));
let toolchain: string | undefined;

/** The renderer's options: JavaScript in content is never executed, so blockJS stays on. */
export function renderOptions(post: Pick<Post, 'id' | 'body' | 'file' | 'locale'>, links: LinkContext) {
  const collect: CompiledPost = {
    code: '',
    references: [],
    headings: [],
    sources: { files: [], links: [] },
    math: false,
  };
  return compileOptions({ post, publicDir: env.publicDir, links }, collect);
}

/**
 * The only place MDX is rendered: compiled once per body and pipeline (lib/mdx/cache.ts
 * keeps the result on disk between builds), then run with the blog's components.
 * Its problems are the content check's, message for message: both compile with the
 * same plugins and links.
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
    const problems = await checkMdx(post, env.publicDir, links);
    throw new ContentError(
      problems.length > 0
        ? problems
        : [{ file: post.file, message: `MDX: ${error instanceof Error ? error.message : String(error)}` }],
    );
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
