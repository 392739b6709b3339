// The floor under our build: a minimal Next app (App Router, `[locale]/posts/[slug]` with
// generateStaticParams, a line of text per page) built by the repo's own next and react (written inside the repo, see BARE_DIR), with the
// same prerender settings as next.config.mjs and the same NODE_OPTIONS as scripts/build.mjs.
// Whatever it costs per page, no change to the blog's own code can take off. With --body-bytes,
// each page also carries a finished HTML body of about that size (a realistic post's is 20 KB):
// what Next costs to prerender pages of our size, before any layout, MDX or highlighting. With
// --load, its first post is then served by `next start -H 127.0.0.1`, as Next's docs run a
// production server, and loaded as the bench loads ours: what Next costs per request, and the tail
// it has, on a page of our size with nothing of ours in the way.
//   npx tsx scripts/bench/peers/bare-next.ts --pages 2085 [--body-bytes 20000] [--load] [--keep]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { nextBin, nextBuildEnv } from '../../build.mjs';
import { measure } from '../build';
import { runLoad, type LoadOptions, type LoadResult } from '../load';
import { portOr, startServer, type RunningServer } from '../servers';

export const LOCALES = ['pt', 'en'] as const;

/**
 * About `bytes` of finished post HTML: paragraphs with links and inline code, and a highlighted
 * block's lines as Shiki writes them (a span per token with both themes' colours).
 */
export function bodyHtml(bytes: number): string {
  const paragraph =
    '<p>A partition keeps its records in order, and a consumer group splits the partitions among its ' +
    'members; <a href="https://example.com/notes">the notes</a> show why <code>max.poll.records</code> matters.</p>\n';
  const token = (text: string) => `<span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6">${text}</span>`;
  const line = `<span data-line="">${token('const')}${token(' offset')}${token(' =')}${token(' record.offset();')}</span>\n`;
  const block = `<figure class="code-block"><pre tabindex="0"><code style="display:grid">${line.repeat(17)}</code></pre></figure>\n`;
  if (bytes <= 0) return '';
  let html = block;
  while (html.length < bytes) html += paragraph;
  return html;
}

/**
 * The app's files, by path: `pages` post pages split across the two locales (pt gets the odd one),
 * each with a body of about `bodyBytes` of HTML when given.
 */
export function bareNextFiles(pages: number, bodyBytes = 0): Record<string, string> {
  const perLocale = { pt: Math.ceil(pages / 2), en: Math.floor(pages / 2) };
  return {
    'package.json': `${JSON.stringify({ name: 'bare-next', private: true, type: 'module' }, null, 2)}\n`,
    // As next.config.mjs: a worker per core up to four, no prefetch measuring.
    'next.config.mjs': `import os from 'node:os';
export default {
  experimental: { cpus: Math.min(os.availableParallelism(), 4), prefetchInlining: false },
};
`,
    // Plain createElement rather than JSX, so the modules also load in Node (tests/unit/bare-next.test.ts).
    'app/layout.js': `export default function RootLayout({ children }) {
  return children;
}
`,
    'app/[locale]/layout.js': `import { createElement as h } from 'react';
export const dynamicParams = false;
export function generateStaticParams() {
  return ${JSON.stringify(LOCALES.map((locale) => ({ locale })))};
}
export default async function LocaleLayout({ children, params }) {
  const { locale } = await params;
  return h('html', { lang: locale }, h('body', null, children));
}
`,
    'app/body.js': `export default ${JSON.stringify(bodyHtml(bodyBytes))};\n`,
    'app/[locale]/posts/[slug]/page.js': `import { createElement as h } from 'react';
import BODY from '../../../body.js';
const PER_LOCALE = ${JSON.stringify(perLocale)};
export const dynamicParams = false;
export function generateStaticParams({ params }) {
  return Array.from({ length: PER_LOCALE[params.locale] ?? 0 }, (_, i) => ({ slug: 'post-' + i }));
}
export async function generateMetadata({ params }) {
  const { slug } = await params;
  return { title: slug };
}
export default async function Post({ params }) {
  const { locale, slug } = await params;
  return h(
    'article',
    null,
    h('h1', null, slug),
    h('p', null, 'A page in ', locale, '.'),
    BODY ? h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: BODY } }) : null,
  );
}
`,
  };
}

/** Writes the app into `dir`, replacing whatever was there. */
export function writeBareNext(dir: string, pages: number, bodyBytes = 0): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(bareNextFiles(pages, bodyBytes))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

export interface BareNextRun {
  name: string;
  /** Post pages asked for (the HTML files Next wrote also include its own 404 and 500). */
  pages: number;
  /** The size of each page's HTML body (0: a line of text). */
  bodyBytes: number;
  htmlFiles: number;
  ms: number;
  cpuSeconds: number | null;
  peakTreeRssBytes: number | null;
  /** A second `next build` over the first one's folder, nothing changed. */
  rebuild?: { ms: number; cpuSeconds: number | null };
  /** Its first post under load (`next start`), and the bytes of that page's HTML. */
  load?: LoadResult & { bytes: number };
  loadAverage: string[];
}

/** The page the load is run against. */
export const BARE_LOAD_PATH = '/pt/posts/post-0';

/** `next start` on the app built in `dir`, at 127.0.0.1:`port`; resolves once it answers. */
export async function startBareNext(dir: string, port: number): Promise<RunningServer> {
  return startServer({
    command: process.execPath,
    args: [nextBin(), 'start', dir, '-H', '127.0.0.1', '-p', String(port)],
    port,
    readyPath: BARE_LOAD_PATH,
    what: 'the bare Next server',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/** Warms the bare app's first post with a few requests, then loads it; with the page's size. */
async function loadBareNext(dir: string, options: LoadOptions): Promise<LoadResult & { bytes: number }> {
  const server = await startBareNext(dir, await portOr(undefined));
  try {
    const url = `${server.origin}${BARE_LOAD_PATH}`;
    let bytes = 0;
    for (let i = 0; i < 10; i++) {
      const response = await fetch(url);
      if (response.status !== 200) throw new Error(`the bare Next server answered ${url} with ${response.status}`);
      bytes = (await response.arrayBuffer()).byteLength;
    }
    return { ...(await runLoad(url, options, server.pid)), bytes };
  } finally {
    await server.stop();
  }
}

const loadText = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function nextBuild(dir: string) {
  const env = nextBuildEnv({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  const run = await measure(process.execPath, [nextBin(), 'build', dir], env);
  if (run.code !== 0) throw new Error(`bare Next build failed:\n${run.log.slice(-3000)}`);
  return run;
}

/** Where the app is written: inside the repo, so that it resolves the repo's node_modules as any
 * project does. Turbopack compiles nothing outside its root (the folder with the lockfile), so a
 * temporary folder elsewhere with node_modules symlinked in cannot find next. */
export const BARE_DIR = '.next-bench-bare';

/**
 * Writes the app into BARE_DIR, builds it cold, then again with nothing changed when `rebuild`,
 * and deletes it unless `keep`.
 */
export async function runBareNext(options: {
  pages: number;
  bodyBytes?: number;
  rebuild?: boolean;
  /** After the builds, load its first post under `next start` with these options. */
  load?: LoadOptions;
  keep?: boolean;
}): Promise<BareNextRun> {
  const dir = path.resolve(BARE_DIR);
  const bodyBytes = options.bodyBytes ?? 0;
  writeBareNext(dir, options.pages, bodyBytes);
  try {
    const loadAverage = [loadText()];
    const cold = await nextBuild(dir);
    loadAverage.push(loadText());
    const htmlFiles = fs
      .readdirSync(path.join(dir, '.next', 'server', 'app'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html')).length;
    let rebuild: BareNextRun['rebuild'];
    if (options.rebuild) {
      const again = await nextBuild(dir);
      rebuild = { ms: again.ms, cpuSeconds: again.tree?.cpuSeconds ?? null };
      loadAverage.push(loadText());
    }
    const load = options.load ? await loadBareNext(dir, options.load) : undefined;
    return {
      name: bodyBytes ? 'bare Next, post-sized pages' : 'bare Next',
      pages: options.pages,
      bodyBytes,
      htmlFiles,
      ms: cold.ms,
      cpuSeconds: cold.tree?.cpuSeconds ?? null,
      peakTreeRssBytes: cold.tree?.peakRssBytes ?? null,
      rebuild,
      load,
      loadAverage,
    };
  } finally {
    if (options.keep) console.log(`bare Next app kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '2085' },
      'body-bytes': { type: 'string', default: '0' },
      keep: { type: 'boolean', default: false },
      load: { type: 'boolean', default: false },
    },
  });
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 2) throw new Error('--pages takes a whole number ≥ 2');
  const bodyBytes = Number(values['body-bytes']);
  if (!Number.isInteger(bodyBytes) || bodyBytes < 0) throw new Error('--body-bytes takes a whole number ≥ 0');
  const load = values.load ? { connections: 50, seconds: 10, maxRequests: 200_000, warmUpSeconds: 3 } : undefined;
  const run = await runBareNext({ pages, bodyBytes, rebuild: true, load, keep: values.keep });
  const cpu = (s: number | null) => (s === null ? 'n/a' : `${s.toFixed(1)} s CPU`);
  console.log(
    `${run.name}, ${run.pages} pages (${run.htmlFiles} HTML files${bodyBytes ? `, ${bodyBytes} B bodies` : ''}): cold ${(run.ms / 1000).toFixed(1)} s, ${cpu(run.cpuSeconds)}, ` +
      `${((1000 * (run.cpuSeconds ?? 0)) / run.pages).toFixed(1)} ms CPU/page, peak ${Math.round((run.peakTreeRssBytes ?? 0) / 2 ** 20)} MiB; ` +
      `rebuild ${((run.rebuild?.ms ?? 0) / 1000).toFixed(1)} s, ${cpu(run.rebuild?.cpuSeconds ?? null)}; load ${run.loadAverage.join(' → ')}`,
  );
  if (run.load)
    console.log(
      `next start, ${BARE_LOAD_PATH} (${run.load.bytes} B), ${run.load.tool}, 50 connections: ${Math.round(run.load.requestsPerSecond)} req/s, ` +
        `p50 ${run.load.latencyMs.p50} ms, p99 ${run.load.latencyMs.p99} ms, ${run.load.errors} errors, ` +
        `server CPU/req ${run.load.serverCpuMsPerRequest?.toFixed(2) ?? 'n/a'} ms`,
    );
}
