import type { LinkContext } from '../content/links';
import { cacheKey, pipelineHash, type CompiledPost, type MdxCache } from './cache';
import { compileMdx, runMdx, type MdxContent } from './engine';
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

/**
 * Compiles a post (lib/mdx/engine.ts), or takes it from the cache when the
 * same body, options, pipeline and packages compiled it before and its figure
 * files are unchanged. The site's pages change without the post changing, so
 * a cached post's internal links are checked again; a link that broke since
 * sends it through the compiler, which reports it. Problems throw as an
 * MdxCompileError (lib/mdx/render.tsx turns it into a ContentError).
 * `fresh` skips the cache read, for an entry that failed to run.
 */
export async function compileCached(request: CompileRequest, { fresh = false } = {}): Promise<CompiledPost> {
  const { post, publicDir, links, absoluteBase, cache, toolchain } = request;
  // The compiler makes code for React's development runtime outside production, deciding when it
  // is called (the content check switches to production to share the build's entries).
  const development = process.env.NODE_ENV !== 'production';
  const key = cacheKey({
    body: post.body,
    id: post.id,
    locale: post.locale,
    publicDir,
    absoluteBase,
    development,
    toolchain,
    pipeline: pipelineHash(),
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
  const { references, headings, sources } = compiled;
  compiled.code = await compileMdx(
    post,
    mdxPlugins(post, publicDir, {
      links,
      absoluteBase,
      references,
      headings,
      sources,
      onMath: () => (compiled.math = true),
    }),
  );
  cache.write(key, compiled);
  return compiled;
}

/** The post's component and what its compile collected; an entry whose code fails to run is compiled again. */
export async function loadPost(request: CompileRequest): Promise<{ Content: MdxContent; compiled: CompiledPost }> {
  const compiled = await compileCached(request);
  try {
    return { Content: await runMdx(compiled.code), compiled };
  } catch {
    const fresh = await compileCached(request, { fresh: true });
    return { Content: await runMdx(fresh.code), compiled: fresh };
  }
}
