import 'server-only';
import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import { getLinkContext } from '../content';
import { ContentError } from '../content/errors';
import type { LinkContext } from '../content/links';
import type { Post } from '../content/types';
import { env } from '../env';
import type { Dictionary } from '../i18n/dictionaries';
import { mdxComponents } from './components';
import { checkMdx, mdxPlugins, type PluginOptions } from './pipeline';
import type { Heading } from './plugins/headings';
import type { ReferenceLink } from './plugins/references';

export type { Heading, ReferenceLink };

/** The renderer's options: JavaScript in content is never executed, so blockJS stays on. */
export function renderOptions(post: Pick<Post, 'id'>, links: LinkContext, options: PluginOptions = {}) {
  return { blockJS: true, mdxOptions: mdxPlugins(post, env.publicDir, { ...options, links }) } as const;
}

/**
 * The only place MDX is rendered (next-mdx-remote's RSC entry today; swapping
 * it for @mdx-js/mdx touches this folder alone). Its problems are the content
 * check's, message for message: both compile with the same plugins and links.
 */
async function compilePost(post: Post, dict: Dictionary, options: PluginOptions): Promise<ReactElement> {
  const links = getLinkContext(post);
  try {
    const { content } = await compileMDX({
      source: post.body,
      components: mdxComponents(post.locale, dict, { feed: !!options.absoluteBase }),
      options: renderOptions(post, links, options),
    });
    return content;
  } catch (error) {
    const problems = await checkMdx(post, env.publicDir, links);
    throw new ContentError(
      problems.length > 0
        ? problems
        : [{ file: post.file, message: `MDX: ${error instanceof Error ? error.message : String(error)}` }],
    );
  }
}

/** A post's body for its page, the reference links it cites and its sections (h2), from one compile. */
export async function renderPost(
  post: Post,
  dict: Dictionary,
): Promise<{ content: ReactElement; references: ReferenceLink[]; headings: Heading[] }> {
  const references: ReferenceLink[] = [];
  const headings: Heading[] = [];
  const content = await compilePost(post, dict, { references, headings });
  return { content, references, headings };
}

/**
 * A post's body as a standalone HTML string for feeds: the same components
 * (figures with captions, quotes, references), every address made absolute
 * against `url`, the post's own address.
 */
export async function renderPostHtml(post: Post, dict: Dictionary, url: string): Promise<string> {
  const element = await compilePost(post, dict, { absoluteBase: url });
  // Next keeps react-dom/server out of the server-component graph, feeds included, so it is
  // loaded by Node itself at build time. The components are plain functions without hooks,
  // so React elements made on either side render the same.
  const { renderToStaticMarkup } = (await import(
    /*turbopackIgnore: true*/ /*webpackIgnore: true*/ 'react-dom/server'
  )) as typeof import('react-dom/server');
  return renderToStaticMarkup(element);
}
