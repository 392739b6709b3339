import type { CompiledPost } from './cache';
import { compileMdx, runMdx, type MdxContent } from './engine';
import { cachedCompile, requestKey, type CompileRequest } from './lookup';
import { mdxPlugins } from './pipeline';
import type { PostSources } from './plugins/sources';

export type { CompileRequest };

/**
 * Compiles a post (lib/mdx/engine.ts), or takes it from the cache when the
 * same body, options, pipeline and packages compiled it before and its figure
 * files are unchanged. The site's pages change without the post changing, so
 * a cached post's internal links are checked again; a link that broke since
 * sends it through the compiler, which reports it. Problems throw as an
 * MdxCompileError (lib/mdx/render.tsx turns it into a ContentError).
 * `fresh` skips the cache read, for an entry that failed to run; `onSources` receives the
 * files and links the post was made from, also when its compile fails.
 */
export async function compileCached(
  request: CompileRequest,
  { fresh = false, onSources }: { fresh?: boolean; onSources?: (sources: PostSources) => void } = {},
): Promise<CompiledPost> {
  const { post, publicDir, links, absoluteBase, cache } = request;
  const key = requestKey(request);
  const hit = fresh ? undefined : cachedCompile(request, key);
  if (hit) {
    onSources?.(hit.sources);
    return hit;
  }
  const compiled: CompiledPost = {
    code: '',
    references: [],
    headings: [],
    sources: { files: [], links: [], missing: [] },
    math: false,
  };
  const { references, headings, sources } = compiled;
  try {
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
  } finally {
    // Also when it fails: the content check keeps a failure until what it was made from changes.
    onSources?.(sources);
  }
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
