import { compile, type CompileOptions } from '@mdx-js/mdx';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { ContentProblem } from '../content/errors';
import { remarkFigures } from './plugins/figures';
import { remarkReferences } from './plugins/references';

export type MdxPlugins = Pick<CompileOptions, 'remarkPlugins' | 'rehypePlugins'>;

export interface PipelineInput {
  /** The post's folder id. */
  id: string;
  /** The MDX body, positions matching the file. */
  body: string;
  /** Its source file, for messages. */
  file: string;
}

/** The one list of MDX plugins, shared by the renderer and the content check. */
export function mdxPlugins(post: Pick<PipelineInput, 'id'>, publicDir: string): MdxPlugins {
  return {
    remarkPlugins: [remarkGfm, [remarkFigures, { postId: post.id, publicDir }], remarkReferences],
    rehypePlugins: [
      rehypeSlug,
      [rehypePrettyCode, { theme: { light: 'github-light', dark: 'github-dark' }, keepBackground: false }],
    ],
  };
}

/**
 * Compiles a post with @mdx-js/mdx and the blog's plugins and reports the
 * first problem with its file, line and column, or undefined when it is fine.
 * (next-mdx-remote, which renders, drops positions from its errors.)
 */
export async function checkMdx(post: PipelineInput, publicDir: string): Promise<ContentProblem | undefined> {
  try {
    await compile(new VFile({ value: post.body, path: post.file }), {
      ...mdxPlugins(post, publicDir),
      outputFormat: 'function-body',
    });
    return undefined;
  } catch (cause) {
    if (cause instanceof VFileMessage) {
      // A block left open until the end of the file is reported with its place in the reason only.
      const inReason = cause.line == null ? /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(cause.reason) : null;
      return {
        file: post.file,
        line: cause.line ?? (inReason ? Number(inReason[1]) : undefined),
        column: cause.column ?? (inReason ? Number(inReason[2]) : undefined),
        message: `MDX: ${cause.reason}`,
      };
    }
    return { file: post.file, message: `MDX: ${cause instanceof Error ? cause.message : String(cause)}` };
  }
}
