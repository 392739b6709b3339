// The content check: validates the whole content tree, compiles every post's
// MDX (drafts too) and reports every problem by file, line and column, all in
// one pass: npm run check (add -- --json for editors and CI). Errors exit 1;
// warnings and information do not. The build stops on the same errors, with
// the same messages, but compiles each post only once, so it reports MDX
// problems one post at a time. Posts compile a few at a time, each body read
// when its turn comes, so memory stays flat however many posts there are.
// Compiles go through the build's MDX cache (<distDir>/cache/mdx, lib/mdx/cache.ts):
// a post compiled by the last check or build, unchanged since, is not compiled again.
// What each file gave the last check (its parse, its compile's problems) is kept in one
// file, <distDir>/cache/check/manifest.bin (lib/content/check-manifest.ts), keyed by the
// file's content hash: an unchanged tree is checked without parsing or compiling a post,
// and without loading the compiler at all, while every cross-file check runs again.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { CheckManifest } from '../lib/content/check-manifest';
import {
  ContentError,
  displayPath,
  formatProblem,
  isError,
  type ContentProblem,
  type Severity,
} from '../lib/content/errors';
import { linkContext, linkTargets, type LinkTargets } from '../lib/content/links';
import { assembleTree, readPostBody, scanContentTree } from '../lib/content/load';
import type { PostSummary } from '../lib/content/types';
import { env } from '../lib/env';
import { locales } from '../lib/i18n/config';
import { MdxCache, pipelineHash, toolchainOf } from '../lib/mdx/cache';
import { cachedCompile, type CompileRequest } from '../lib/mdx/lookup';
import { internalLinkProblem } from '../lib/mdx/plugins/links';
import type { PostSources } from '../lib/mdx/plugins/sources';
import { mapLimited } from '../lib/pool';
import { CONTENT_PARSE_SOURCES, hashSources } from '../lib/source-hash.mjs';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Posts compiled at once: enough to overlap reading files with compiling, few enough to bound memory. */
const CONCURRENCY = 4;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const root = process.cwd();
const cache = new MdxCache(path.join(env.distDir, 'cache', 'mdx'));
const toolchain = toolchainOf(root);
const manifest = CheckManifest.open(
  path.join(env.distDir, 'cache', 'check', 'manifest.bin'),
  sha256(JSON.stringify([hashSources(root, CONTENT_PARSE_SOURCES), toolchain])),
);
/** Posts that went through the compiler in this run. */
let compiled = 0;

/** The compiler (unified, shiki, KaTeX…), loaded only when a post has to be compiled. */
let compiler: Promise<[typeof import('../lib/mdx/compile'), typeof import('../lib/mdx/pipeline')]> | undefined;
const loadCompiler = () => (compiler ??= Promise.all([import('../lib/mdx/compile'), import('../lib/mdx/pipeline')]));

async function compileProblems(post: PostSummary, targets: LinkTargets | undefined): Promise<ContentProblem[]> {
  const links = targets && linkContext(post, targets);
  const verdict = (url: string) => (links ? (internalLinkProblem(url, links, env.publicDir) ?? null) : null);
  const fileHash = manifest.hashOf(post.file);
  // Everything the compile's problems depend on but its figures and links, which the record checks itself.
  const key =
    fileHash &&
    sha256(
      JSON.stringify([
        fileHash,
        post.id,
        post.locale,
        env.publicDir,
        root,
        pipelineHash(),
        toolchain,
        process.env.NODE_ENV,
      ]),
    );
  const recorded = key ? manifest.compiled(post.file, key, verdict) : undefined;
  if (recorded) return recorded.problems;

  let body: string;
  try {
    body = readPostBody(post.file);
  } catch (error) {
    return error instanceof ContentError ? error.problems : [{ file: post.file, message: 'cannot be read' }];
  }
  const request: CompileRequest = { post: { ...post, body }, publicDir: env.publicDir, links, cache, toolchain };
  let sources: PostSources | undefined = cachedCompile(request)?.sources;
  let problems: ContentProblem[] = [];
  if (!sources) {
    const [{ compileCached }, { mdxProblems }] = await loadCompiler();
    compiled += 1;
    try {
      await compileCached(request, { fresh: true, onSources: (found) => (sources = found) });
    } catch (error) {
      problems = mdxProblems(error, post.file);
    }
  }
  // Stored only when the bytes compiled are the bytes hashed: a file edited while the check ran
  // must not leave its new problems under its old content's key.
  if (key && sources && manifest.unchanged(post.file, fileHash!)) {
    const { files, links: urls, missing } = sources;
    manifest.recordCompile(post.file, { key, problems, files, missing, links: urls.map((url) => [url, verdict(url)]) });
  }
  return problems;
}

async function main(json: boolean): Promise<number> {
  const started = performance.now();
  // Compile as the production build does (lib/mdx/compile.ts keys entries by it), so the check
  // and the build use each other's compiled posts; the problems found are the same either way.
  Object.assign(process.env, { NODE_ENV: 'production' });
  const scan = scanContentTree(env.contentDir, manifest.read);
  // Links are checked against the published site, even when some files are broken.
  const targets = scan.site
    ? linkTargets(assembleTree(env.contentDir, { ...scan, problems: [] }, { includeDrafts: false }))
    : undefined;
  const compileResults = await mapLimited(scan.posts, CONCURRENCY, (post) => compileProblems(post, targets));
  const problems: ContentProblem[] = [...scan.problems, ...compileResults.flat()].sort(
    (a, b) => SEVERITIES.indexOf(a.severity ?? 'error') - SEVERITIES.indexOf(b.severity ?? 'error'),
  );
  const errors = problems.filter(isError).length;
  const published = scan.posts.filter((p) => !p.draft);
  manifest.save();
  const seconds = (performance.now() - started) / 1000;
  // The most memory the process held at any moment (maxRSS is in KiB).
  const peakMiB = Math.round(process.resourceUsage().maxRSS / 1024);

  if (json) {
    const report = problems.map((p) => ({
      file: displayPath(p.file),
      line: p.line ?? null,
      column: p.column ?? null,
      severity: p.severity ?? 'error',
      message: p.message,
    }));
    console.log(
      JSON.stringify(
        { ok: errors === 0, files: scan.posts.length, compiled, seconds, peakMiB, problems: report },
        null,
        2,
      ),
    );
    return errors > 0 ? 1 : 0;
  }

  const counts = SEVERITIES.map((s) => [s, problems.filter((p) => (p.severity ?? 'error') === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${n === 1 || s === 'info' ? '' : 's'}`);
  if (problems.length > 0) {
    const out = errors > 0 ? console.error : console.log;
    out(`Content check ${errors > 0 ? 'failed' : 'passed'} (${counts.join(', ')}):`);
    for (const problem of problems) out(`  ${formatProblem(problem)}`);
  }
  if (errors > 0) {
    console.error(
      `Checked ${scan.posts.length} files (${compiled} compiled, the rest unchanged since the last check or build) in ${seconds.toFixed(1)} s, peak memory ${peakMiB} MiB.`,
    );
    return 1;
  }
  const perLocale = locales.map((l) => `${l}: ${published.filter((p) => p.locale === l).length}`).join(', ');
  console.log(
    `Content OK: ${new Set(published.map((p) => p.id)).size} posts (${perLocale}; drafts: ${scan.posts.length - published.length}) in ${env.contentDir}, checked in ${seconds.toFixed(1)} s (${compiled} of ${scan.posts.length} files compiled, the rest unchanged since the last check or build), peak memory ${peakMiB} MiB`,
  );
  if (!process.env.SITE_URL) {
    console.warn(`Note: SITE_URL is not set, so canonical and hreflang links point at ${env.siteUrl.origin}.`);
  }
  return 0;
}

main(process.argv.includes('--json')).then((code) => {
  process.exitCode = code;
});
