// The content check: validates the whole content tree, compiles every post's
// MDX (drafts too) and reports every problem by file, line and column, all in
// one pass. Runs before every build; on its own: npm run check.
import { ContentError, type ContentProblem } from '../lib/content/errors';
import { scanContentTree } from '../lib/content/load';
import { env } from '../lib/env';
import { checkMdx } from '../lib/mdx/pipeline';

async function main(): Promise<number> {
  const scan = scanContentTree(env.contentDir);
  const mdxProblems = await Promise.all(scan.posts.map((post) => checkMdx(post, env.publicDir)));
  const problems = [...scan.problems, ...mdxProblems.filter((p): p is ContentProblem => p !== undefined)];
  if (problems.length > 0) {
    console.error(new ContentError(problems).message);
    return 1;
  }
  const published = scan.posts.filter((p) => !p.draft);
  const count = (locale: string) => published.filter((p) => p.locale === locale).length;
  console.log(
    `Content OK: ${new Set(published.map((p) => p.id)).size} posts (pt: ${count('pt')}, en: ${count('en')}; drafts: ${scan.posts.length - published.length}) in ${env.contentDir}`,
  );
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
