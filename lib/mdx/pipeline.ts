import { compile, type CompileOptions } from '@mdx-js/mdx';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { ContentProblem } from '../content/errors';
import type { LinkContext } from '../content/links';
import { remarkAllowedJsx } from './plugins/allowed-jsx';
import { postDirOf } from '../media/files';
import { remarkFigures } from './plugins/figures';
import { remarkMedia } from './plugins/media';
import { remarkMermaid } from './plugins/mermaid';
import { rehypeAbsoluteUrls } from './plugins/absolute-urls';
import { rehypeCodeBlocks } from './plugins/code-blocks';
import { rehypeCollectHeadings, type Heading } from './plugins/headings';
import { remarkLinks } from './plugins/links';
import { remarkReferences, type ReferenceLink } from './plugins/references';
import { remarkRecordSources, type PostSources } from './plugins/sources';
import { remarkFailOnProblems } from './plugins/tree';

export type MdxPlugins = Pick<CompileOptions, 'remarkPlugins' | 'rehypePlugins'>;
type Pluggable = NonNullable<MdxPlugins['rehypePlugins']>[number];

export interface PipelineInput {
  /** The post's folder id. */
  id: string;
  /** The MDX body, positions matching the file. */
  body: string;
  /** Its source file, for messages. */
  file: string;
}

export interface PluginOptions {
  /** Receives the post's reference links as they are read. */
  references?: ReferenceLink[];
  /** Receives the post's sections (h2) as they are read, for its table of contents. */
  headings?: Heading[];
  /**
   * Makes every link and image address absolute against this URL (feeds), and
   * leaves figures as plain images rather than inlined SVG.
   */
  absoluteBase?: string;
  /** The site's pages and where this post lives: turns on the internal link check. */
  links?: LinkContext;
  /** Receives the figure files and link addresses the post uses (the compile cache's staleness check). */
  sources?: PostSources;
}

/** The one list of MDX plugins, shared by the renderer and the content check. */
export function mdxPlugins(
  post: Pick<PipelineInput, 'id'> & Partial<Pick<PipelineInput, 'file'>>,
  publicDir: string,
  options: PluginOptions = {},
): MdxPlugins {
  return {
    remarkPlugins: [
      remarkGfm,
      remarkAllowedJsx,
      [remarkMermaid, { inline: !options.absoluteBase }],
      [
        remarkMedia,
        {
          postId: post.id,
          publicDir,
          postDir: postDirOf(post.file),
          inline: !options.absoluteBase,
          record: options.sources,
        },
      ],
      [remarkFigures, { postId: post.id, publicDir, inline: !options.absoluteBase, postDir: postDirOf(post.file) }],
      [remarkReferences, { collect: options.references }],
      [remarkLinks, { publicDir, links: options.links }],
      [remarkRecordSources, { publicDir, record: options.sources }],
      remarkFailOnProblems,
    ],
    rehypePlugins: [
      ...(options.absoluteBase ? [[rehypeAbsoluteUrls, { base: options.absoluteBase }] satisfies Pluggable] : []),
      rehypeSlug,
      [rehypeCollectHeadings, { collect: options.headings }],
      // The heading's text becomes the link to its section, so the link's name is the heading's.
      // Not in feeds: a reader there has no use for links to the post's own sections.
      ...(options.absoluteBase
        ? []
        : [
            [
              rehypeAutolinkHeadings,
              { behavior: 'wrap', test: ['h2', 'h3'], properties: { className: ['heading-anchor'] } },
            ] satisfies Pluggable,
          ]),
      // Meta after the language is read by rehype-pretty-code: title="file.ts", {3-5}, showLineNumbers.
      [
        rehypePrettyCode,
        {
          theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
          keepBackground: false,
          defaultLang: { block: 'plaintext' },
        },
      ],
      rehypeCodeBlocks,
    ],
  };
}

/**
 * Compiles a post with @mdx-js/mdx and the blog's plugins and reports its
 * problems with file, line and column (none when it is fine). The blog's
 * plugins report every problem they find; a syntax error stops at the first.
 * (next-mdx-remote, which renders, drops positions from its errors.)
 */
export async function checkMdx(post: PipelineInput, publicDir: string, links?: LinkContext): Promise<ContentProblem[]> {
  const file = new VFile({ value: post.body, path: post.file });
  try {
    await compile(file, { ...mdxPlugins(post, publicDir, { links }), outputFormat: 'function-body' });
    return [];
  } catch (cause) {
    const messages = file.messages.filter((m) => m.fatal);
    if (messages.length === 0 && cause instanceof VFileMessage) messages.push(cause);
    if (messages.length > 0) return messages.map((message) => problemOf(message, post.file));
    return [{ file: post.file, message: `MDX: ${cause instanceof Error ? cause.message : String(cause)}` }];
  }
}

function problemOf(message: VFileMessage, file: string): ContentProblem {
  // A block left open until the end of the file is reported with its place in the reason only.
  const inReason = message.line == null ? /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(message.reason) : null;
  return {
    file,
    line: message.line ?? (inReason ? Number(inReason[1]) : undefined),
    column: message.column ?? (inReason ? Number(inReason[2]) : undefined),
    message: `MDX: ${message.reason}`,
  };
}
