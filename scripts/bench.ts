// Measures the blog: build, page weight, Lighthouse and serving under load (the real site), or
// how the build scales with the number of posts (--posts). Prints the figures and writes them as
// JSON; it fails only with --strict and a missed budget.
//   npm run bench                          the real site
//   npm run bench -- --posts 100,500,1000  generated trees of those sizes
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { figureFolder, type Shape } from './gen-content/generate';
import { writeContentTree } from './gen-content/write';
import { measure, removeSetAside, runBuild, type BuildRun, type SearchRun } from './bench/build';
import {
  checkBudgets,
  growth,
  type BudgetCheck,
  type LoadFigures,
  type LoadTarget,
  type ScaleStep,
} from './bench/budgets';
import { kib, mib, seconds, table } from './bench/format';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse';
import { loadTool, runLoad, type LoadOptions, type LoadResult } from './bench/load';
import { treeRss } from './bench/proc';
import { readSiteOutput, type SiteOutput } from './bench/site-output';
import { nginxPath, portOr, startBlogServer, startNginx, startNodeFloor } from './bench/servers';
import { writeHugoSite } from './bench/peers/hugo';
import { prerenderedFile } from './prerendered.mjs';
import { runBareNext } from './bench/peers/bare-next';
import { writeAstroSite } from './bench/peers/astro';
import { ASTRO_PACKAGES, ensureAstro } from './bench/peers/astro-install';

const USAGE = `usage: npm run bench -- [options]
  (default)            build the real site into .next-bench; page types, HTML and client JS sizes,
                       Lighthouse (mobile) and a load run; compare with the budgets
  --posts N,N,...      instead: for each size, generate a tree (gen:content, seed 1, realistic posts
                       with figures in public/images/posts/generated/), build it into
                       .next-bench-scale and report build time, ms per page, peak memory and the
                       rebuild after changing one post
  --no-lighthouse      skip Lighthouse
  --no-load            skip the load run (real site)
  --peers              with --posts: also build the same posts with Hugo (apt-get install hugo) and
                       Astro 7 (@astrojs/mdx, static), converted by scripts/bench/peers/, right after
                       our cold build, and a bare Next app with as many trivial pages, then as many
                       pages with a 20 KB HTML body (scripts/bench/peers/bare-next.ts; with --load,
                       that one is also loaded under \`next start\`); Astro and the
                       Node 22 it needs are installed from npm once into ~/.cache/blog-bench/
                       ($BLOG_BENCH_CACHE), or skipped when npm cannot
  --light              with --posts: the generator's light shape instead of realistic posts
  --load               also run the load against the largest generated tree (with --posts)
  --lighthouse-runs N  Lighthouse runs per page; the run with the median performance is kept (default 3)
  --connections C      load: connections (default 50); wrk (2 threads) when installed, else autocannon
  --seconds S          load: seconds per target (default 10)
  --steady-seconds S   load: a run this long on the post, the server's memory read at its start,
                       halfway and end (default 60; 0 skips it)
  --max-requests N     load: at most N requests per target (default 200000)
  --warm-up-seconds S  load: before each target's run, one this long at the same load, not counted
                       (default 3; 0: none), so the figures are of a warm server
  --port P             next start on P, nginx on P+1, Chromium's debugging port P+2 (default: free ports)
  --out FILE           the JSON report (default bench-results/bench.json, or bench-scale.json with --posts)
  --keep               keep the generated trees and their builds
  --strict             exit with status 1 when a budget is missed
  --help               this text`;

const SITE_DIST = '.next-bench';
const SCALE_DIST = '.next-bench-scale';
const RESULTS = 'bench-results';
// The Kafka series' first post: the page issues 9 and 10 measure.
const KAFKA_POST = { pt: '/pt/posts/integrando-sistemas-com-kafka', en: '/en/posts/integrating-systems-with-kafka' };
const TAG_PAGE = { pt: '/pt/tags/kafka', en: '/en/tags/kafka' };
const MISSING_PAGE = '/pt/bench-no-such-page';

interface Options {
  posts?: number[];
  shape: Shape;
  lighthouse: boolean;
  load: boolean;
  lighthouseRuns: number;
  loadOptions: LoadOptions;
  /** Seconds of the long load run on the post that watches the server's memory (0: none). */
  steadySeconds: number;
  /** Build the same tree with Hugo (Debian's hugo) and Astro (from npm) too, right after ours. */
  peers: boolean;
  port?: number;
  out: string;
  keep: boolean;
  strict: boolean;
}

function machine() {
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
    node: process.version,
    next: (JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version,
  };
}

function buildSummary(build: BuildRun) {
  const { log: _log, ...rest } = build;
  return rest;
}

/** ", 123.4 s CPU": every process of the tree from /proc, else GNU time's figure. */
function cpuText(build: BuildRun): string {
  const cpu = build.treeCpuSeconds ?? build.cpuSeconds;
  return cpu === null ? '' : `, ${cpu.toFixed(1)} s CPU`;
}

function printBuild(title: string, build: BuildRun & { search?: SearchRun }, site: SiteOutput) {
  const phases = Object.entries(build.phases)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(', ');
  const search = build.search
    ? `; the search index (beside drop-runtime) ${seconds(build.search.ms)}${build.search.treeCpuSeconds === null ? '' : `, ${build.search.treeCpuSeconds.toFixed(1)} s CPU`}, peak ${mib(build.search.peakTreeRssBytes)}`
    : '';
  console.log(
    `\n${title}: ${seconds(build.ms)} wall${cpuText(build)}${phases ? ` (${phases})` : ''}; ${site.pages} pages, ${site.files.reduce((n, f) => n + f.count, 0)} files${search}`,
  );
  console.log(
    `  peak memory: ${mib(build.peakTreeRssBytes)} for the process tree (sum of RSS, /proc polled every 200 ms)` +
      `${build.maxProcessRssBytes === null ? '' : `, largest single process ${mib(build.maxProcessRssBytes)} (/usr/bin/time -v)`}`,
  );
}

function printSite(site: SiteOutput, build: BuildRun) {
  const prerender = build.phases.prerender;
  console.log(
    "\nPer route type (client JS: what the page's <script src> load, gzip; the page of the type that loads most of ours):",
  );
  console.log(
    table(
      [
        'type',
        'route',
        'pages',
        'HTML avg',
        'HTML gzip avg',
        'HTML gzip max',
        'JS gzip',
        'framework',
        'ours',
        'scripts',
      ],
      site.routeTypes.map((type) => [
        type.label,
        type.route,
        type.pages,
        kib(type.html.raw.avg),
        kib(type.html.gzip.avg),
        kib(type.html.gzip.max),
        kib(type.js.gzip),
        kib(type.js.framework),
        kib(type.js.ours),
        type.js.scripts,
      ]),
    ),
  );
  console.log(`Files: ${site.files.map((file) => `${file.route} ×${file.count}`).join(', ')}`);
  if (prerender !== undefined) {
    const files = site.files.reduce((n, f) => n + f.count, 0);
    console.log(
      `Build time by route type: Next times the prerender phase only as a whole (${seconds(prerender)} for ${site.pages} pages and ${files} files); ` +
        'it records no time per page or route type.',
    );
  }
}

function printLighthouse(results: LighthouseFigures[], skipped: string[]) {
  console.log(
    '\nLighthouse 12.2.3, mobile (default settings: simulated slow 4G and 4× CPU slowdown), headless system Chromium:',
  );
  console.log(
    table(
      ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'CLS', 'TBT', 'LCP', 'requests', 'other origins'],
      results.map((r) => [
        r.path,
        r.scores.performance,
        r.scores.accessibility,
        r.scores.bestPractices,
        r.scores.seo,
        r.cls.toFixed(3),
        `${Math.round(r.tbtMs)} ms`,
        `${(r.lcpMs / 1000).toFixed(2)} s`,
        r.requests,
        r.otherOrigins.length,
      ]),
    ),
  );
  for (const note of skipped) console.log(`  skipped ${note}`);
}

const warmUp = (options: LoadOptions) =>
  options.warmUpSeconds ? `, each after a ${options.warmUpSeconds} s run at the same load that is not counted` : '';

function printLoad(load: LoadFigures, options: LoadOptions) {
  const tool = load.targets[0]?.tool ?? loadTool();
  console.log(
    tool === 'wrk'
      ? `\nLoad: wrk, ${options.connections} connections, 2 threads, ${options.seconds} s per target${warmUp(options)}, loopback:`
      : `\nLoad: autocannon (FALLBACK: wrk is not installed; autocannon shares the cores with the server), ${options.connections} connections, ${options.seconds} s or ${options.maxRequests} requests per target${warmUp(options)}, loopback:`,
  );
  const row = (name: string, where: string, r: LoadResult) => [
    name,
    where,
    Math.round(r.requestsPerSecond),
    `${r.latencyMs.p50} ms`,
    `${r.latencyMs.p99} ms`,
    r.errors,
    r.non2xx,
    r.requests,
    cpuPerRequest(r),
  ];
  const rows = load.targets.map((t) => row(t.name, t.url.replace(/^http:\/\/[^/]+/, ''), t));
  if (load.bareNext)
    rows.push(row('bare Next, next start', `its post (${Math.round(load.bareNext.bytes / 1000)} KB)`, load.bareNext));
  if (load.nodeFloor) rows.push(row('bare Node http', 'same post HTML', load.nodeFloor));
  if (load.nginx) rows.push(row(`nginx (${load.nginx.workers} workers)`, 'same post HTML', load.nginx));
  console.log(
    table(['target', 'path', 'req/s', 'p50', 'p99', 'errors', 'non-2xx', 'requests', 'server CPU/req'], rows),
  );
  if (load.percentOfNginx !== undefined)
    console.log(`Our post: ${load.percentOfNginx.toFixed(1)}% of nginx's throughput on the same HTML file.`);
  const post = load.targets.find((t) => t.name === 'post');
  if (post?.serverCpuMsPerRequest && load.nginx?.serverCpuMsPerRequest)
    console.log(
      `Server CPU per request on the post: ${(post.serverCpuMsPerRequest / load.nginx.serverCpuMsPerRequest).toFixed(0)}× nginx's ` +
        '(CPU time barely depends on what else the machine runs; requests per second do).',
    );
  else console.log('nginx is not installed: no reference throughput (apt-get install nginx).');
  const rss = load.serverRssBytes;
  console.log(
    `Server memory (RSS of server.mjs's process tree): ${mib(rss.start)} at start, ${mib(rss.beforeLoad)} before the load, ${mib(rss.afterLoad)} after.`,
  );
  if (load.steady) {
    const { result, rssBytes, seconds: s } = load.steady;
    console.log(
      `Steady run on the post, ${s} s: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ` +
        `${result.errors} errors; server RSS ${mib(rssBytes.start)} at its start, ${mib(rssBytes.middle)} halfway, ${mib(rssBytes.end)} at its end.`,
    );
  }
}

function printBudgets(checks: BudgetCheck[]) {
  console.log('\nBudgets:');
  console.log(
    table(
      ['', 'budget', 'measured'],
      checks.map((c) => [c.status, c.budget, c.measured]),
    ),
  );
}

function cpuPerRequest(result: { serverCpuMsPerRequest?: number }): string {
  return result.serverCpuMsPerRequest === undefined ? 'n/a' : `${result.serverCpuMsPerRequest.toFixed(2)} ms`;
}

/** Pages to load: the Kafka post (or the first post), the home, a tag page if any, the feed, a 404. */
function loadTargets(site: SiteOutput): { name: string; path: string; expect: LoadTarget['expect'] }[] {
  const posts = [...site.pagePaths].filter((p) => p.startsWith('/pt/posts/')).sort();
  const post = site.pagePaths.has(KAFKA_POST.pt) ? KAFKA_POST.pt : posts[0];
  const tag = site.pagePaths.has(TAG_PAGE.pt)
    ? TAG_PAGE.pt
    : [...site.pagePaths].filter((p) => /^\/pt\/tags\/[^/]+$/.test(p)).sort()[0];
  return [
    ...(post ? [{ name: 'post', path: post, expect: '2xx' as const }] : []),
    { name: 'home', path: '/pt', expect: '2xx' },
    ...(tag ? [{ name: 'tag', path: tag, expect: '2xx' as const }] : []),
    { name: 'feed', path: '/pt/feed.xml', expect: '2xx' },
    { name: '404', path: MISSING_PAGE, expect: '4xx' },
  ];
}

async function measureLoad(
  site: SiteOutput,
  distDir: string,
  server: { origin: string; pid: number },
  startRss: number,
  options: Options,
): Promise<LoadFigures> {
  const plan = loadTargets(site);
  // A few requests first, so the figures are of a warm server rather than its first compiles.
  for (const target of plan)
    for (let i = 0; i < 10; i++) await (await fetch(`${server.origin}${target.path}`)).arrayBuffer();
  const beforeLoad = treeRss(server.pid);
  const targets: LoadTarget[] = [];
  for (const target of plan) {
    const result = await runLoad(`${server.origin}${target.path}`, options.loadOptions, server.pid);
    targets.push({ ...result, name: target.name, expect: target.expect });
  }
  const afterLoad = treeRss(server.pid);
  const figures: LoadFigures = { targets, serverRssBytes: { start: startRss, beforeLoad, afterLoad } };
  const post = targets.find((t) => t.name === 'post');
  if (post && options.steadySeconds > 0) {
    // Memory flat under a long load: the server's RSS at the start, halfway and at the end.
    const seconds = options.steadySeconds;
    const start = treeRss(server.pid);
    let middle = 0;
    const halfway = setTimeout(() => (middle = treeRss(server.pid)), (seconds * 1000) / 2);
    // The server is warm by now: no warm-up run before this one.
    const result = await runLoad(post.url, { ...options.loadOptions, seconds, warmUpSeconds: 0 }, server.pid);
    clearTimeout(halfway);
    figures.steady = { seconds, result, rssBytes: { start, middle, end: treeRss(server.pid) } };
  }
  const file = post && path.join(distDir, prerenderedFile(post.url.replace(/^http:\/\/[^/]+/, '')));
  if (file) {
    // What a Node server pays on this machine before any framework: the tail latency it shows is
    // the machine's (two cores shared by wrk and the server), not Next's.
    const floor = await startNodeFloor({ port: await portOr(undefined), file });
    try {
      figures.nodeFloor = { ...(await runLoad(`${floor.origin}/`, options.loadOptions, floor.pid)), file };
    } finally {
      await floor.stop();
    }
  }
  const nginx = nginxPath();
  if (post && file && nginx) {
    const port = options.port ? options.port + 1 : await portOr(undefined);
    const server2 = await startNginx({ nginx, port, file });
    try {
      const result = await runLoad(`${server2.origin}/`, options.loadOptions, server2.pid);
      figures.nginx = { ...result, file: path.relative(process.cwd(), file), workers: server2.workers };
      figures.percentOfNginx =
        result.requestsPerSecond > 0 ? (100 * post.requestsPerSecond) / result.requestsPerSecond : undefined;
    } finally {
      await server2.stop();
    }
  }
  return figures;
}

async function benchSite(options: Options) {
  const report: Record<string, unknown> = { kind: 'site', machine: machine() };
  console.log(
    `Building the real site into ${SITE_DIST} (load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores)…`,
  );
  const build = await runBuild({
    distDir: SITE_DIST,
    logFile: path.join(RESULTS, 'build-site.log'),
  });
  const site = readSiteOutput(SITE_DIST, 'public');
  printBuild('Build', build, site);
  printSite(site, build);
  report.build = buildSummary(build);
  report.routeTypes = site.routeTypes;
  report.files = site.files;
  report.pages = site.pages;

  let lighthouse: LighthouseFigures[] | undefined;
  let load: LoadFigures | undefined;
  if (options.lighthouse || options.load) {
    const port = await portOr(options.port);
    const server = await startBlogServer({ distDir: SITE_DIST, port });
    try {
      const startRss = treeRss(server.pid);
      if (options.lighthouse) {
        const wanted = ['/pt', '/en', KAFKA_POST.pt, KAFKA_POST.en, TAG_PAGE.pt, TAG_PAGE.en];
        const skipped: string[] = [];
        const paths: string[] = [];
        for (const pagePath of wanted) {
          const status = (await fetch(`${server.origin}${pagePath}`, { redirect: 'manual' })).status;
          if (status === 200) paths.push(pagePath);
          else
            skipped.push(
              `${pagePath}: status ${status}${pagePath.includes('/tags/') ? ' (tag pages come with issue 6)' : ''}`,
            );
        }
        console.log(`\nRunning Lighthouse on ${paths.length} pages, ${options.lighthouseRuns} run(s) each…`);
        lighthouse = await runLighthouse(server.origin, paths, {
          runs: options.lighthouseRuns,
          chromePort: options.port ? options.port + 2 : undefined,
        });
        printLighthouse(lighthouse, skipped);
        report.lighthouse = { pages: lighthouse, skipped };
      }
      if (options.load) {
        console.log('\nRunning the load…');
        load = await measureLoad(site, SITE_DIST, server, startRss, options);
        printLoad(load, options.loadOptions);
        report.load = { ...load, options: options.loadOptions };
      }
    } finally {
      await server.stop();
    }
  }
  const budgets = checkBudgets({ routeTypes: site.routeTypes, lighthouse, load });
  printBudgets(budgets);
  report.budgets = budgets;
  report.machine = { ...(report.machine as object), loadAverageAfter: os.loadavg().map((l) => Number(l.toFixed(2))) };
  return { report, budgets };
}

/** Compiled posts in the build's MDX cache (lib/mdx/cache.ts): one file per compile. */
function mdxCacheEntries(distDir: string): number {
  const dir = path.join(distDir, 'cache', 'mdx');
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.json')).length;
}

/** A realistic post's body as HTML: the generator's realistic posts average 19.8 KB once built. */
const POST_BODY_BYTES = 20_000;

interface PeerRun {
  name: string;
  version?: string;
  ms: number;
  /** User + system CPU seconds of every process of the peer's build, from /proc. */
  cpuSeconds: number | null;
  pages: number;
  loadAverage: string[];
  /** Astro: how long installing it took, when this run installed it. */
  installMs?: number;
}

/** Pages a static build wrote: its index.html files. */
function countPages(outDir: string): number {
  return fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => path.basename(name) === 'index.html').length;
}

/** "12.3 s, 20.1 s CPU": a peer's build as the step line and the table print it. */
function peerText(peer: PeerRun | undefined): string {
  if (!peer) return 'n/a';
  return `${seconds(peer.ms)}${peer.cpuSeconds === null ? '' : `, ${peer.cpuSeconds.toFixed(1)} s CPU`}`;
}

/** Hugo building the same posts (converted, figures copied), timed as `hugo --quiet`. */
async function runHugo(contentDir: string, figures: string): Promise<PeerRun | undefined> {
  const hugo = spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim();
  if (!hugo) {
    console.log('  Hugo is not installed (apt-get install hugo): no peer figure.');
    return undefined;
  }
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hugo-'));
  try {
    writeHugoSite(contentDir, path.resolve('public'), figures, siteDir);
    const loadAverage = [loadText()];
    const run = await measure(hugo, ['--quiet', '-s', siteDir, '-d', path.join(siteDir, 'out')], process.env);
    loadAverage.push(loadText());
    if (run.code !== 0) throw new Error(`hugo failed:\n${run.log.slice(-2000)}`);
    const pages = countPages(path.join(siteDir, 'out'));
    return { name: 'Hugo', ms: run.ms, cpuSeconds: run.tree?.cpuSeconds ?? null, pages, loadAverage };
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
}

/**
 * Astro 7 building the same posts (scripts/bench/peers/astro.ts converts them), timed as
 * `astro build` under the cached Node 22. Installs Astro first when it is not cached; skipped,
 * with how to install it, when npm cannot. A failed Astro build is reported, never thrown: our
 * own figures stand without it.
 */
async function runAstro(contentDir: string, figures: string): Promise<PeerRun | undefined> {
  const install = await ensureAstro();
  if (!install) return undefined;
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-astro-'));
  try {
    writeAstroSite(contentDir, path.resolve('public'), figures, siteDir, path.join(install.dir, 'node_modules'));
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const loadAverage = [loadText()];
    const run = await measure(install.node, [install.astro, 'build', '--silent'], env, siteDir);
    loadAverage.push(loadText());
    if (run.code !== 0) {
      const logFile = path.resolve(RESULTS, 'build-astro.log');
      fs.mkdirSync(RESULTS, { recursive: true });
      fs.writeFileSync(logFile, run.log);
      console.log(`  Astro's build failed (status ${run.code}); its output is in ${logFile}.`);
      return undefined;
    }
    return {
      name: 'Astro',
      version: ASTRO_PACKAGES.astro,
      ms: run.ms,
      cpuSeconds: run.tree?.cpuSeconds ?? null,
      pages: countPages(path.join(siteDir, 'dist')),
      loadAverage,
      ...(install.installed === 'cached' ? {} : { installMs: install.installed.ms }),
    };
  } finally {
    fs.rmSync(siteDir, { recursive: true, force: true });
  }
}

interface CheckRun {
  ms: number;
  /** The check's own figure (from --json): files compiled rather than taken from the MDX cache. */
  compiled: number;
  files: number;
  peakTreeRssBytes: number | null;
}

/** `npm run check` on the tree with the MDX cache of `distDir`, as a user runs it (tsx included). */
async function runCheck(contentDir: string, distDir: string): Promise<CheckRun> {
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir };
  const run = await measure(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--json'], env);
  const report = JSON.parse(run.log.slice(run.log.indexOf('{'))) as { ok: boolean; compiled: number; files: number };
  if (run.code !== 0 || !report.ok) throw new Error(`npm run check failed on ${contentDir}:\n${run.log.slice(-2000)}`);
  return {
    ms: run.ms,
    compiled: report.compiled,
    files: report.files,
    peakTreeRssBytes: run.tree?.peakRssBytes ?? null,
  };
}

const loadText = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** Appends a sentence to one post's text, as an author fixing a typo would. */
function editOnePost(contentDir: string): string {
  const postsDir = path.join(contentDir, 'posts');
  const first = fs.readdirSync(postsDir).sort()[0]!;
  const file = fs
    .readdirSync(path.join(postsDir, first))
    .filter((name) => name.endsWith('.mdx'))
    .sort()[0]!;
  const full = path.join(postsDir, first, file);
  fs.appendFileSync(full, '\n\nOne more sentence, added by the bench to time a rebuild.\n');
  return path.relative(contentDir, full);
}

async function benchScale(options: Options) {
  const report: Record<string, unknown> = { kind: 'scale', machine: machine() };
  const steps: (ScaleStep & {
    build: ReturnType<typeof buildSummary>;
    rebuild?: ReturnType<typeof buildSummary>;
    unchangedRebuildMs?: number;
    checkColdMs?: number;
    checkUnchangedMs?: number;
    checkAfterBuild?: CheckRun;
    peers?: PeerRun[];
    loadAverage?: { check: string[]; build: string[] };
    editedFile?: string;
    searchMs?: number;
    rebuildSearchMs?: number;
    /** Posts (and feed entries) compiled again by the rebuild: new entries in the MDX cache. */
    recompiled?: number;
  })[] = [];
  let load: LoadFigures | undefined;
  let bareNextLoad: LoadFigures['bareNext'];
  const figureDirs: string[] = [];
  try {
    for (const posts of options.posts!) {
      const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-posts-${posts}-`));
      try {
        // Figures go where the site reads them from, in a folder of their own (figureFolder).
        writeContentTree({
          posts,
          shape: options.shape,
          out: contentDir,
          publicDir: path.resolve('public'),
          seed: '1',
          force: false,
          tagSlugs: false,
        });
        figureDirs.push(path.resolve('public', figureFolder({ posts, seed: '1', shape: options.shape })));
        console.log(
          `\n${posts} posts: generated in ${contentDir}; building (load average ${os.loadavg()[0]!.toFixed(1)})…`,
        );
        const env = { CONTENT_DIR: contentDir };
        // The check first, with a cache of its own so the build stays cold.
        const checkDist = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-check-'));
        const checkLoad = [loadText()];
        const checkCold = await runCheck(contentDir, checkDist);
        const checkAgain = await runCheck(contentDir, checkDist);
        fs.rmSync(checkDist, { recursive: true, force: true });
        checkLoad.push(loadText());
        console.log(
          `  npm run check: ${seconds(checkCold.ms)} cold (${checkCold.compiled} of ${checkCold.files} compiled, peak ${mib(checkCold.peakTreeRssBytes)}), ` +
            `${seconds(checkAgain.ms)} unchanged (${checkAgain.compiled} compiled); load ${checkLoad.join(' → ')}`,
        );
        const buildLoad = [loadText()];
        const build = await runBuild({
          distDir: SCALE_DIST,
          env,
          logFile: path.join(RESULTS, `build-${posts}.log`),
          search: true,
        });
        const site = readSiteOutput(SCALE_DIST, 'public');
        printBuild(`${posts} posts, cold build (empty MDX cache)`, build, site);
        buildLoad.push(loadText());
        console.log(`  load average ${buildLoad.join(' → ')}`);
        const peers: PeerRun[] = [];
        if (options.peers) {
          const figures = figureFolder({ posts, seed: '1', shape: options.shape });
          for (const peer of [await runHugo(contentDir, figures), await runAstro(contentDir, figures)]) {
            if (!peer) continue;
            peers.push(peer);
            console.log(
              `  ${peer.name} on the same posts: ${peerText(peer)} (${peer.pages} pages), ours ${(build.ms / peer.ms).toFixed(1)}× as long; load ${peer.loadAverage.join(' → ')}`,
            );
          }
        }
        if (options.peers) {
          // The floor: Next alone prerendering as many trivial pages, cold and again unchanged.
          // Then the same with each page carrying a finished body the size of a realistic post's.
          const cpu = (s: number | null | undefined) => (s == null ? 'n/a' : `${s.toFixed(1)} s CPU`);
          for (const bodyBytes of [0, POST_BODY_BYTES]) {
            // Its post-sized page under load too, beside ours, when the load runs on this tree.
            const loadBare = bodyBytes > 0 && options.load && posts === Math.max(...options.posts!);
            const bare = await runBareNext({
              pages: site.pages,
              bodyBytes,
              rebuild: true,
              load: loadBare ? options.loadOptions : undefined,
            });
            bareNextLoad = bare.load ?? bareNextLoad;
            peers.push(bare);
            const what = bodyBytes ? `pages with a ${Math.round(bodyBytes / 1000)} KB HTML body` : 'trivial pages';
            console.log(
              `  bare Next, ${bare.pages} ${what}: ${seconds(bare.ms)} (${cpu(bare.cpuSeconds)}), rebuild unchanged ${seconds(bare.rebuild!.ms)} (${cpu(bare.rebuild!.cpuSeconds)}); load ${bare.loadAverage.join(' → ')}`,
            );
          }
        }
        const checkAfterBuild = await runCheck(contentDir, SCALE_DIST);
        // Counted after the check, whose drafts (never built) add entries of their own.
        const compiledCold = mdxCacheEntries(SCALE_DIST);
        console.log(
          `  npm run check after the build: ${seconds(checkAfterBuild.ms)} (${checkAfterBuild.compiled} compiled)`,
        );
        const unchanged = await runBuild({
          distDir: SCALE_DIST,
          env,
          logFile: path.join(RESULTS, `rebuild-unchanged-${posts}.log`),
          clean: false,
          search: true,
        });
        console.log(
          `  rebuild with nothing changed: ${seconds(unchanged.ms)}${cpuText(unchanged)} (prerender ${unchanged.phases.prerender === undefined ? 'n/a' : seconds(unchanged.phases.prerender)})`,
        );
        const editedFile = editOnePost(contentDir);
        const rebuild = await runBuild({
          distDir: SCALE_DIST,
          env,
          logFile: path.join(RESULTS, `rebuild-${posts}.log`),
          clean: false,
          search: true,
        });
        const recompiled = mdxCacheEntries(SCALE_DIST) - compiledCold;
        console.log(
          `  rebuild after editing ${editedFile} (warm MDX cache, ${recompiled} compile${recompiled === 1 ? '' : 's'} of ${compiledCold}): ` +
            `${seconds(rebuild.ms)}${cpuText(rebuild)} (prerender ${rebuild.phases.prerender === undefined ? 'n/a' : seconds(rebuild.phases.prerender)}), ` +
            `search ${rebuild.search ? seconds(rebuild.search.ms) : 'n/a'}`,
        );
        steps.push({
          posts,
          pages: site.pages,
          buildMs: build.ms,
          prerenderMs: build.phases.prerender,
          peakTreeRssBytes: build.peakTreeRssBytes,
          rebuildMs: rebuild.ms,
          unchangedRebuildMs: unchanged.ms,
          checkColdMs: checkCold.ms,
          checkUnchangedMs: checkAgain.ms,
          checkAfterBuild,
          peers,
          loadAverage: { check: checkLoad, build: buildLoad },
          cpuSeconds: build.treeCpuSeconds,
          searchMs: build.search?.ms,
          rebuildSearchMs: rebuild.search?.ms,
          recompiled,
          build: buildSummary(build),
          rebuild: buildSummary(rebuild),
          editedFile,
        });
        // The server reads the content tree for its routing table, so the load runs before it goes.
        if (options.load && posts === Math.max(...options.posts!)) {
          const server = await startBlogServer({ distDir: SCALE_DIST, port: await portOr(options.port), env });
          try {
            console.log(`\nRunning the load on the ${posts}-post build…`);
            load = await measureLoad(site, SCALE_DIST, server, treeRss(server.pid), options);
            if (bareNextLoad) load.bareNext = bareNextLoad;
            printLoad(load, options.loadOptions);
          } finally {
            await server.stop();
          }
        }
      } finally {
        if (!options.keep) fs.rmSync(contentDir, { recursive: true, force: true });
      }
    }
  } finally {
    if (!options.keep) {
      fs.rmSync(SCALE_DIST, { recursive: true, force: true });
      for (const dir of figureDirs) fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  console.log(
    '\nScale (one build at a time, as npm run build: next build, then drop-runtime and the search index side by side; ' +
      'ms per page = build wall time / HTML pages; CPU = every process of next build, from /proc):',
  );
  console.log(
    table(
      [
        'posts',
        'pages',
        'npm run build',
        'search (beside)',
        'CPU',
        'ms/page',
        'CPU ms/page',
        'typecheck',
        'prerender',
        'peak RSS (tree)',
        'rebuild, 1 post changed',
        'rebuild CPU',
        'rebuild, nothing changed',
        'check cold',
        'check unchanged',
        'load avg (build)',
        'Hugo (same run)',
        'Astro (same run)',
      ],
      steps.map((s) => [
        s.posts,
        s.pages,
        seconds(s.buildMs),
        s.searchMs === undefined ? 'n/a' : seconds(s.searchMs),
        s.cpuSeconds == null ? 'n/a' : `${s.cpuSeconds.toFixed(1)} s`,
        Math.round(s.buildMs / s.pages),
        s.cpuSeconds == null ? 'n/a' : Math.round((s.cpuSeconds * 1000) / s.pages),
        s.build.phases.typecheck === undefined ? 'n/a' : seconds(s.build.phases.typecheck),
        s.prerenderMs === undefined ? 'n/a' : seconds(s.prerenderMs),
        mib(s.peakTreeRssBytes),
        s.rebuildMs === undefined ? 'n/a' : `${seconds(s.rebuildMs)} (${s.recompiled} compiled)`,
        s.rebuild?.treeCpuSeconds == null ? 'n/a' : `${s.rebuild.treeCpuSeconds.toFixed(1)} s`,
        s.unchangedRebuildMs === undefined ? 'n/a' : seconds(s.unchangedRebuildMs),
        s.checkColdMs === undefined ? 'n/a' : seconds(s.checkColdMs),
        s.checkUnchangedMs === undefined ? 'n/a' : seconds(s.checkUnchangedMs),
        s.loadAverage?.build.join(' → ') ?? 'n/a',
        peerText(s.peers?.find((peer) => peer.name === 'Hugo')),
        peerText(s.peers?.find((peer) => peer.name === 'Astro')),
      ]),
    ),
  );
  const grows = growth(steps);
  const budgets: BudgetCheck[] = [];
  if (grows) {
    const ratio = grows.cpuRatio ?? grows.prerenderRatio ?? grows.buildRatio;
    console.log(
      `ms per page from the smallest to the largest tree: ×${grows.buildRatio.toFixed(2)} for the whole build` +
        `${grows.prerenderRatio === undefined ? '' : `, ×${grows.prerenderRatio.toFixed(2)} for the prerender phase`}` +
        `${grows.cpuRatio === undefined ? '' : `, ×${grows.cpuRatio.toFixed(2)} in CPU time`} (≤ ×1.25 counts as linear or better).`,
    );
    budgets.push({
      budget: `cost grows no faster than linearly (${grows.cpuRatio === undefined ? 'prerender' : 'CPU'} ms/page ratio ≤ 1.25)`,
      measured: `×${ratio.toFixed(2)}`,
      status: grows.linear ? 'PASS' : 'FAIL',
    });
  }
  const thousand = steps.find((s) => s.posts === 1000);
  // Hugo 0.111 builds the same 1,000 bilingual posts in about 4 s on this machine (issue 10).
  if (thousand)
    budgets.push({
      budget: '1,000-post build within 10× Hugo (≤ 40 s)',
      measured: seconds(thousand.buildMs),
      status: thousand.buildMs <= 40_000 ? 'PASS' : 'FAIL',
    });
  // Issue 17: faster than Astro 7 on the same posts, compared in the same run.
  const astro = thousand?.peers?.find((peer) => peer.name === 'Astro');
  if (thousand && astro)
    budgets.push({
      budget: "1,000-post build faster than Astro's, same run (issue 17)",
      measured: `${seconds(thousand.buildMs)} against ${seconds(astro.ms)}`,
      status: thousand.buildMs < astro.ms ? 'PASS' : 'FAIL',
    });
  if (load) budgets.push(...checkBudgets({ load }).filter((check) => check.status !== 'SKIP'));
  if (budgets.length > 0) printBudgets(budgets);
  report.steps = steps;
  report.growth = grows;
  if (load) report.load = { ...load, options: options.loadOptions };
  report.budgets = budgets;
  report.machine = { ...(report.machine as object), loadAverageAfter: os.loadavg().map((l) => Number(l.toFixed(2))) };
  return { report, budgets };
}

function parseOptions(): Options | 'help' | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        posts: { type: 'string' },
        'no-lighthouse': { type: 'boolean', default: false },
        'no-load': { type: 'boolean', default: false },
        load: { type: 'boolean', default: false },
        light: { type: 'boolean', default: false },
        peers: { type: 'boolean', default: false },
        'lighthouse-runs': { type: 'string', default: '3' },
        connections: { type: 'string', default: '50' },
        seconds: { type: 'string', default: '10' },
        'steady-seconds': { type: 'string', default: '60' },
        'warm-up-seconds': { type: 'string', default: '3' },
        'max-requests': { type: 'string', default: '200000' },
        port: { type: 'string' },
        out: { type: 'string' },
        keep: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
  if (values.help) return 'help';
  const posts = values.posts?.split(',').map((n) => Number(n.trim()));
  const numbers = {
    lighthouseRuns: Number(values['lighthouse-runs']),
    connections: Number(values.connections),
    seconds: Number(values.seconds),
    maxRequests: Number(values['max-requests']),
  };
  const warmUpSeconds = Number(values['warm-up-seconds']);
  const port = values.port === undefined ? undefined : Number(values.port);
  const valid =
    (posts === undefined || (posts.length > 0 && posts.every((n) => Number.isInteger(n) && n >= 1 && n <= 100_000))) &&
    Object.values(numbers).every((n) => Number.isInteger(n) && n >= 1) &&
    Number.isInteger(warmUpSeconds) &&
    warmUpSeconds >= 0 &&
    (port === undefined || (Number.isInteger(port) && port >= 1024 && port <= 65_533)) &&
    !(values.load && values['no-load']);
  if (!valid) return undefined;
  return {
    posts,
    shape: values.light ? 'light' : 'realistic',
    lighthouse: !values['no-lighthouse'] && posts === undefined,
    load: posts === undefined ? !values['no-load'] : values.load,
    lighthouseRuns: numbers.lighthouseRuns,
    loadOptions: {
      connections: numbers.connections,
      seconds: numbers.seconds,
      maxRequests: numbers.maxRequests,
      warmUpSeconds,
    },
    steadySeconds: Number(values['steady-seconds']) || 0,
    peers: values.peers,
    port,
    out: values.out ?? path.join(RESULTS, posts ? 'bench-scale.json' : 'bench.json'),
    keep: values.keep,
    strict: values.strict,
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!options) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { report, budgets } = options.posts ? await benchScale(options) : await benchSite(options);
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `\nFigures written to ${options.out}. The machine's load average was ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end: ` + 'figures from a busy machine are slower than the site is.',
    );
    const missed = budgets.filter((check) => check.status === 'FAIL');
    if (missed.length > 0 && options.strict) {
      console.error(`${missed.length} budget(s) missed (--strict).`);
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return 1;
  } finally {
    removeSetAside([SITE_DIST, SCALE_DIST]);
  }
}

main().then((code) => {
  process.exitCode = code;
});
