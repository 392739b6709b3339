// Throws a few thousand generated requests (odd paths, methods and headers) at a production
// server on this machine and fails on any 5xx, timeout, dropped connection or leaked stack trace:
//   npm run fuzz:requests -- --url http://127.0.0.1:3000     a server you started
//   npm run fuzz:requests -- --start                         starts the blog's server from a build
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { distDirName } from '../lib/dist-dir.mjs';
import { mapLimited } from '../lib/pool';
import { portOr, startBlogServer } from './bench/servers';
import { fuzzCases, loopbackUrl, type FuzzCase } from './fuzz/cases';

const USAGE = `usage: npm run fuzz:requests -- (--url http://127.0.0.1:PORT | --start) [options]
  --url URL          a running server on a loopback address (127.x.x.x or [::1]); nothing else is accepted
  --start            start the blog's server on 127.0.0.1 on a free port from an existing build
                     (NEXT_DIST_DIR, default .next; CONTENT_DIR as for the build), stop it after
  --count N          requests to send (default 3000, at most 20000)
  --seed S           any text; the same seed sends the same requests (default 1)
  --concurrency C    requests in flight (default 8, at most 32)
  --timeout MS       one request's limit (default 5000)
  --time-limit S     stop sending after S seconds (default 180)`;

interface Outcome {
  status: number | 'timeout' | 'error';
  ms: number;
  leak?: string;
  detail?: string;
}

const LEAK = /\n\s+at |\bat [\w.<>$]+ \(|\/work\/|node_modules|\.next\/server/;

function send(origin: URL, c: FuzzCase, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (outcome: Omit<Outcome, 'ms'>) => resolve({ ...outcome, ms: performance.now() - started });
    let request: http.ClientRequest;
    try {
      request = http.request(
        {
          hostname: origin.hostname.replace(/^\[|\]$/g, ''),
          port: origin.port,
          path: c.path,
          method: c.method,
          headers: c.headers,
          agent: false,
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < 256 * 1024) chunks.push(chunk);
            size += chunk.length;
          });
          response.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            const leak = LEAK.exec(body)?.[0];
            done({ status: response.statusCode ?? 0, leak });
          });
          response.on('error', (error) => done({ status: 'error', detail: error.message }));
        },
      );
    } catch (error) {
      // A request node:http itself refuses to send is a fault of the generator, not the server.
      return done({ status: 'error', detail: `not sent: ${(error as Error).message}` });
    }
    request.setTimeout(timeoutMs, () => {
      request.destroy();
      done({ status: 'timeout' });
    });
    request.on('error', (error) => done({ status: 'error', detail: error.message }));
    request.end(c.body);
  });
}

/** The site's own page paths, from its home pages, so the fuzzer bends real pages too. */
async function discoverPages(origin: URL): Promise<string[]> {
  const pages = new Set<string>();
  for (const home of ['/pt', '/en']) {
    try {
      const response = await fetch(new URL(home, origin), { redirect: 'manual' });
      const html = await response.text();
      pages.add(home);
      for (const match of html.matchAll(/href="(\/(?:pt|en)(?:\/[^"#?]*)?)"/g)) pages.add(match[1]!);
    } catch {
      // a server with no home page still gets fuzzed
    }
  }
  return [...pages];
}

/** The blog's server (server.mjs) on loopback from an existing build (the bench's own starter); resolves once it answers. */
async function startServer() {
  const distDir = distDirName();
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(
      `no production build in ${distDir}: run \`npm run build\` (with the same NEXT_DIST_DIR and CONTENT_DIR) first`,
    );
  }
  return startBlogServer({ distDir, port: await portOr(undefined) });
}

async function fuzz(
  origin: URL,
  options: { count: number; seed: string; concurrency: number; timeout: number; timeLimit: number },
): Promise<number> {
  const pages = await discoverPages(origin);
  const cases = fuzzCases(options.seed, options.count, pages);
  const byStatus = new Map<string, number>();
  const failures: { c: FuzzCase; outcome: Outcome }[] = [];
  const stopAt = performance.now() + options.timeLimit * 1000;
  const started = performance.now();
  let sent = 0;
  let slowest = 0;

  await mapLimited(cases, options.concurrency, async (c) => {
    if (performance.now() >= stopAt) return;
    const outcome = await send(origin, c, options.timeout);
    sent++;
    slowest = Math.max(slowest, outcome.ms);
    const key = String(outcome.status);
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
    const failed = outcome.status === 'timeout' || outcome.status === 'error' || outcome.status >= 500 || outcome.leak;
    if (failed) failures.push({ c, outcome });
  });

  const seconds = (performance.now() - started) / 1000;
  const statuses = [...byStatus]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  console.log(
    `Sent ${sent} of ${cases.length} requests (seed ${JSON.stringify(options.seed)}, ${pages.length} known pages bent) to ${origin.origin} ` +
      `in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)} req/s, concurrency ${options.concurrency}); slowest ${Math.round(slowest)} ms.`,
  );
  console.log(`By status: ${statuses}`);
  if (sent < cases.length) console.log(`Stopped at the time limit (${options.timeLimit} s).`);
  if (failures.length === 0) {
    console.log('No 5xx, timeout, dropped connection or leak.');
    return 0;
  }
  console.error(`${failures.length} failed:`);
  for (const { c, outcome } of failures.slice(0, 25)) {
    const headers = Object.entries(c.headers)
      .map(([k, v]) => `${k}: ${v.length > 40 ? `${v.slice(0, 40)}…(${v.length})` : v}`)
      .join('; ');
    const shownPath = c.path.length > 120 ? `${c.path.slice(0, 120)}…(${c.path.length})` : c.path;
    console.error(
      `  ${outcome.status}${outcome.leak ? ` leaked "${outcome.leak}"` : ''}${outcome.detail ? ` (${outcome.detail})` : ''}: ${c.method} ${shownPath}${headers ? ` [${headers}]` : ''}`,
    );
  }
  return 1;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        url: { type: 'string' },
        start: { type: 'boolean', default: false },
        count: { type: 'string', default: '3000' },
        seed: { type: 'string', default: '1' },
        concurrency: { type: 'string', default: '8' },
        timeout: { type: 'string', default: '5000' },
        'time-limit': { type: 'string', default: '180' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const count = Number(values.count);
  const concurrency = Number(values.concurrency);
  const timeout = Number(values.timeout);
  const timeLimit = Number(values['time-limit']);
  const valid =
    (values.url === undefined) === values.start &&
    Number.isInteger(count) &&
    count >= 1 &&
    count <= 20_000 &&
    Number.isInteger(concurrency) &&
    concurrency >= 1 &&
    concurrency <= 32 &&
    timeout >= 100 &&
    timeLimit > 0;
  if (!valid) {
    console.error(USAGE);
    return 2;
  }

  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const origin = values.url !== undefined ? loopbackUrl(values.url) : new URL((server = await startServer()).origin);
    const code = await fuzz(origin, { count, seed: values.seed, concurrency, timeout, timeLimit });
    if (server?.stopped()) {
      console.error(`The server stopped during the run:\n${server.output()}`);
      return 1;
    }
    return code;
  } catch (error) {
    console.error(`fuzz:requests: ${(error as Error).message}`);
    return 1;
  } finally {
    await server?.stop();
  }
}

main().then((code) => {
  process.exitCode = code;
});
