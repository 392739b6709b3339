import type { ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import * as devRuntime from 'react/jsx-dev-runtime';
import { serialize } from 'next-mdx-remote/serialize';
import type { LinkContext } from '../content/links';
import { cacheKey, type CompiledPost, type MdxCache } from './cache';
import { mdxPlugins, type PipelineInput } from './pipeline';
import { internalLinkProblem } from './plugins/links';

export interface CompileRequest {
  post: PipelineInput & { locale: string };
  publicDir: string;
  /** The site's pages and where the post lives: internal links are checked against them. */
  links?: LinkContext;
  /** For feeds: every address made absolute against this URL. */
  absoluteBase?: string;
  cache: MdxCache;
  /** See cacheKey. */
  toolchain: string;
}

/** next-mdx-remote's serialize compiles for React's development runtime outside production, as this does. */
const development = process.env.NODE_ENV !== 'production';

/** The options next-mdx-remote compiles with: JavaScript in content is never executed, so blockJS stays on. */
export function compileOptions(request: Omit<CompileRequest, 'cache' | 'toolchain'>, collect: CompiledPost) {
  const { post, publicDir, links, absoluteBase } = request;
  const { references, headings, sources } = collect;
  return {
    blockJS: true,
    mdxOptions: mdxPlugins(post, publicDir, {
      links,
      absoluteBase,
      references,
      headings,
      sources,
      onMath: () => (collect.math = true),
    }),
  } as const;
}

/**
 * Compiles a post to a function body, or takes it from the cache when the
 * same body, options, pipeline and packages compiled it before and its figure
 * files are unchanged. The site's pages change without the post changing, so
 * a cached post's internal links are checked again; a link that broke since
 * sends it through the compiler, which reports it. Problems throw as the
 * compiler throws them (lib/mdx/render.tsx turns them into a ContentError).
 * `fresh` skips the cache read, for an entry that failed to run.
 */
export async function compileCached(request: CompileRequest, { fresh = false } = {}): Promise<CompiledPost> {
  const { post, publicDir, links, absoluteBase, cache, toolchain } = request;
  const key = cacheKey({
    body: post.body,
    id: post.id,
    locale: post.locale,
    publicDir,
    absoluteBase,
    development,
    toolchain,
  });
  const hit = fresh ? undefined : cache.read(key);
  if (hit && (!links || hit.sources.links.every((url) => !internalLinkProblem(url, links, publicDir)))) return hit;
  const compiled: CompiledPost = {
    code: '',
    references: [],
    headings: [],
    sources: { files: [], links: [] },
    math: false,
  };
  // next-mdx-remote's serialize adds the plugins that drop imports, exports and expressions (blockJS).
  const { compiledSource } = await serialize(post.body, compileOptions(request, compiled), true);
  compiled.code = compiledSource;
  cache.write(key, compiled);
  return compiled;
}

/**
 * Runs a compiled post as next-mdx-remote's compileMDX does: the function body
 * receives React's JSX runtime and returns the module, whose default export is
 * the post's component. What runs is only what the compiler produced from
 * Markdown and the allowed components (blockJS removed every expression).
 */
export function runCompiled(code: string): ComponentType<{ components?: object }> {
  const body = new Function(code) as (jsx: object) => { default: ComponentType<{ components?: object }> };
  return body(development ? devRuntime : runtime).default;
}

/** The post's component and what its compile collected; an entry whose code fails to run is compiled again. */
export async function loadPost(
  request: CompileRequest,
): Promise<{ Content: ComponentType<{ components?: object }>; compiled: CompiledPost }> {
  const compiled = await compileCached(request);
  try {
    return { Content: runCompiled(compiled.code), compiled };
  } catch {
    const fresh = await compileCached(request, { fresh: true });
    return { Content: runCompiled(fresh.code), compiled: fresh };
  }
}
