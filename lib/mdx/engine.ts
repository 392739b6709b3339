import { run, type CompileOptions } from '@mdx-js/mdx';
import { serialize } from 'next-mdx-remote/serialize';
import * as runtime from 'react/jsx-runtime';
import * as devRuntime from 'react/jsx-dev-runtime';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/**
 * The one seam between the blog and its MDX compiler, next-mdx-remote: the content check,
 * the build, the feeds and the dev server all compile here, with the same options.
 *
 * next-mdx-remote's RSC entry (`compileMDX`, `<MDXRemote source>`) compiles and runs in one
 * call and cannot take code compiled before, which the disk cache (lib/mdx/cache.ts) keeps;
 * its runner for compiled code (`<MDXRemote compiledSource>` from the package root) is a
 * client component that does not load in a server component. So this compiles with
 * `serialize` exactly as `compileMDX` does (RSC output: components come as props, not from
 * a context) and runs the result with @mdx-js/mdx's `run`, the documented runner for that
 * output. Swapping in @mdx-js/mdx's `compile` would touch only this file.
 */

export type MdxPlugins = Pick<CompileOptions, 'remarkPlugins' | 'rehypePlugins' | 'remarkRehypeOptions'>;
type Pluggable = NonNullable<MdxPlugins['remarkPlugins']>[number];

/** A compiled post's component: it takes the blog's components as a prop. */
export type MdxContent = Awaited<ReturnType<typeof run>>['default'];

/** A compile that failed, with every problem the pipeline recorded, each with its place. */
export class MdxCompileError extends Error {
  constructor(
    /** The fatal messages, in the order they were recorded; empty when the failure had no place. */
    readonly messages: VFileMessage[],
    cause: unknown,
  ) {
    super(messages[0]?.reason ?? (cause instanceof Error ? cause.message : String(cause)), { cause });
    this.name = 'MdxCompileError';
  }
}

/**
 * next-mdx-remote rethrows a failed compile as a new Error without the place of the problem,
 * so this plugin, first in the pipeline, hands over the compile's own file, whose messages
 * keep their places, and records a syntax error there too (the parser throws it unrecorded).
 */
function remarkWatchFile(this: Processor, { watch }: { watch: (file: VFile) => void }) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => {
    watch(file);
    try {
      return parse(document, file);
    } catch (error) {
      if (error instanceof VFileMessage) {
        error.fatal = true;
        file.messages.push(error);
      }
      throw error;
    }
  };
}

/**
 * Compiles a post's MDX to the code `runMdx` runs. JavaScript in content is never run:
 * `blockJS` removes every expression, import and export (the blog's remarkAllowedJsx
 * refuses them first, with their line). Throws an MdxCompileError.
 */
export async function compileMdx(source: { body: string; file: string }, plugins: MdxPlugins): Promise<string> {
  const seen: { file?: VFile } = {};
  const watch: Pluggable = [remarkWatchFile, { watch: (file: VFile) => (seen.file = file) }];
  try {
    const { compiledSource } = await serialize(
      new VFile({ value: source.body, path: source.file }),
      { blockJS: true, mdxOptions: { ...plugins, remarkPlugins: [watch, ...(plugins.remarkPlugins ?? [])] } },
      // As compileMDX, the RSC entry, compiles.
      true,
    );
    return compiledSource;
  } catch (cause) {
    throw new MdxCompileError(seen.file?.messages.filter((message) => message.fatal) ?? [], cause);
  }
}

/** The post's component from compiled code; what runs is only what the compiler made of Markdown and the allowed components. */
export async function runMdx(code: string): Promise<MdxContent> {
  // serialize compiles for React's development runtime outside production; both are offered.
  const { default: Content } = await run(code, { ...runtime, jsxDEV: devRuntime.jsxDEV });
  return Content;
}
