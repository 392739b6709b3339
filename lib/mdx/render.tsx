import 'server-only';
import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import { ContentError } from '../content/errors';
import type { Post } from '../content/types';
import { env } from '../env';
import type { Dictionary } from '../i18n/dictionaries';
import { mdxComponents } from './components';
import { checkMdx, mdxPlugins } from './pipeline';

/**
 * The only place MDX is rendered (next-mdx-remote's RSC entry today; swapping
 * it for @mdx-js/mdx touches this folder alone). JavaScript in content is
 * never executed: blockJS stays on.
 */
export async function renderPost(post: Post, dict: Dictionary): Promise<ReactElement> {
  try {
    const { content } = await compileMDX({
      source: post.body,
      components: mdxComponents(post.locale, dict),
      options: { blockJS: true, mdxOptions: mdxPlugins(post, env.publicDir) },
    });
    return content;
  } catch (error) {
    const problems = await checkMdx(post, env.publicDir);
    throw new ContentError(
      problems.length > 0
        ? problems
        : [{ file: post.file, message: `MDX: ${error instanceof Error ? error.message : String(error)}` }],
    );
  }
}
