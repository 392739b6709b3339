import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { VFileMessage } from 'vfile-message';
import type { ContentProblem } from '../content/errors';
import type { LinkContext } from '../content/links';
import { compileMdx, MdxCompileError, type MdxPlugins } from './engine';
import { remarkAllowedJsx } from './plugins/allowed-jsx';
import { remarkCallouts } from './plugins/callouts';
import { remarkCodeMeta } from './plugins/code-meta';
import { footnoteOptions, rehypeFootnoteIds } from './plugins/footnotes';
import { rehypeMathCheck, remarkMathCheck } from './plugins/math';
import { postDirOf } from '../media/files';
import { remarkFigures } from './plugins/figures';
import { remarkMedia } from './plugins/media';
import { remarkMermaid } from './plugins/mermaid';
import { rehypeAbsoluteUrls } from './plugins/absolute-urls';
import { rehypeCodeBlocks } from './plugins/code-blocks';
import { rehypeCodeHtml } from './plugins/code-html';
import { rehypeCollectHeadings, type Heading } from './plugins/headings';
import { remarkLinks } from './plugins/links';
import { remarkReferences, type ReferenceLink } from './plugins/references';
import { remarkRecordSources, type PostSources } from './plugins/sources';
import { remarkFailOnProblems } from './plugins/tree';

export type { MdxPlugins };
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
  /** Called when the post has math (its page then loads KaTeX's stylesheet). */
  onMath?: () => void;
}

/** The one list of MDX plugins, shared by the renderer and the content check. */
export function mdxPlugins(
  post: Pick<PipelineInput, 'id'> & Partial<Pick<PipelineInput, 'file'>> & { locale?: string },
  publicDir: string,
  options: PluginOptions = {},
): MdxPlugins {
  const footnotes = footnoteOptions(post);
  return {
    remarkPlugins: [
      remarkGfm,
      // Its syntax extension reads $…$ before MDX reads braces as expressions: $\frac{a}{b}$ works.
      remarkMath,
      remarkMathCheck,
      remarkCodeMeta,
      remarkCallouts,
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
      [
        remarkFigures,
        {
          postId: post.id,
          publicDir,
          inline: !options.absoluteBase,
          postDir: postDirOf(post.file),
          record: options.sources,
        },
      ],
      [remarkReferences, { collect: options.references }],
      [remarkLinks, { publicDir, links: options.links }],
      [remarkRecordSources, { publicDir, record: options.sources }],
      remarkFailOnProblems,
    ],
    remarkRehypeOptions: footnotes,
    rehypePlugins: [
      [rehypeFootnoteIds, { prefix: footnotes.clobberPrefix }],
      // HTML for the page (with KaTeX's stylesheet) and MathML, which readers and feeds understand
      // without it; `strict` makes LaTeX that KaTeX only half supports a problem at its line too.
      [rehypeKatex, { output: options.absoluteBase ? 'mathml' : 'htmlAndMathml', strict: 'error' }],
      [rehypeMathCheck, { found: options.onMath }],
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
      rehypeCodeHtml,
    ],
  };
}

/**
 * Compiles a post as the build does (lib/mdx/engine.ts) and reports its problems
 * with file, line and column (none when it is fine). The blog's plugins report
 * every problem they find; a syntax error stops at the first.
 */
export async function checkMdx(post: PipelineInput, publicDir: string, links?: LinkContext): Promise<ContentProblem[]> {
  try {
    await compileMdx(post, mdxPlugins(post, publicDir, { links }));
    return [];
  } catch (error) {
    return mdxProblems(error, post.file);
  }
}

/** What a failed compile reports, as the content check and the renderer show it. */
export function mdxProblems(error: unknown, file: string): ContentProblem[] {
  if (error instanceof MdxCompileError && error.messages.length > 0) {
    return error.messages.map((message) => problemOf(message, file));
  }
  return [{ file, message: `MDX: ${error instanceof Error ? error.message : String(error)}` }];
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
