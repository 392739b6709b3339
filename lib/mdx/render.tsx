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
import { checkMdx, mdxPlugins } from './pipeline';

/** The renderer's options: JavaScript in content is never executed, so blockJS stays on. */
export function renderOptions(post: Pick<Post, 'id'>, links: LinkContext) {
  return { blockJS: true, mdxOptions: mdxPlugins(post, env.publicDir, links) } as const;
}

/**
 * The only place MDX is rendered (next-mdx-remote's RSC entry today; swapping
 * it for @mdx-js/mdx touches this folder alone). Its problems are the content
 * check's, message for message: both compile with the same plugins and links.
 */
export async function renderPost(post: Post, dict: Dictionary): Promise<ReactElement> {
  const links = getLinkContext(post);
  try {
    const { content } = await compileMDX({
      source: post.body,
      components: mdxComponents(post.locale, dict),
      options: renderOptions(post, links),
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
