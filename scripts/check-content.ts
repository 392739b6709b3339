// The content check: validates the whole content tree, compiles every post's
// MDX (drafts too) and reports every problem by file, line and column, all in
// one pass: npm run check. The build stops on the same problems but compiles
// each post only once, so it reports MDX problems one post at a time.
import { ContentError, type ContentProblem } from '../lib/content/errors';
import { scanContentTree } from '../lib/content/load';
import { env } from '../lib/env';
import { locales } from '../lib/i18n/config';
import { checkMdx } from '../lib/mdx/pipeline';

async function main(): Promise<number> {
  const scan = scanContentTree(env.contentDir);
  const mdxProblems = await Promise.all(scan.posts.map((post) => checkMdx(post, env.publicDir)));
  const problems: ContentProblem[] = [...scan.problems, ...mdxProblems.flat()];
  if (problems.length > 0) {
    console.error(new ContentError(problems).message);
    return 1;
  }
  const published = scan.posts.filter((p) => !p.draft);
  const perLocale = locales.map((l) => `${l}: ${published.filter((p) => p.locale === l).length}`).join(', ');
  console.log(
    `Content OK: ${new Set(published.map((p) => p.id)).size} posts (${perLocale}; drafts: ${scan.posts.length - published.length}) in ${env.contentDir}`,
  );
  if (!process.env.SITE_URL) {
    console.warn(`Note: SITE_URL is not set, so canonical and hreflang links point at ${env.siteUrl.origin}.`);
  }
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
