import type { LinkContext } from '../content/links';
import { cacheKey, pipelineHash, type CompiledPost, type MdxCache } from './cache';
import type { PipelineInput } from './pipeline';
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

/** The request's key in the MDX cache. */
export function requestKey({ post, publicDir, absoluteBase, toolchain }: CompileRequest): string {
  return cacheKey({
    body: post.body,
    id: post.id,
    locale: post.locale,
    publicDir,
    absoluteBase,
    // The compiler makes code for React's development runtime outside production, deciding when it
    // is called (the content check switches to production to share the build's entries).
    development: process.env.NODE_ENV !== 'production',
    toolchain,
    pipeline: pipelineHash(),
  });
}

/**
 * The cached compile of the request, if any. The site's pages change without the post
 * changing, so a cached post's internal links are checked again; a link that broke since
 * makes it a miss, and the compiler reports it. Kept apart from lib/mdx/compile.ts so a
 * caller that finds everything here never loads the compiler.
 */
export function cachedCompile(request: CompileRequest, key = requestKey(request)): CompiledPost | undefined {
  const { links, publicDir, cache } = request;
  const hit = cache.read(key);
  if (hit && (!links || hit.sources.links.every((url) => !internalLinkProblem(url, links, publicDir)))) return hit;
  return undefined;
}
