import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { tracePhases } from '../../scripts/bench/build';
import { checkBudgets, growth, type LoadFigures } from '../../scripts/bench/budgets';
import { createScriptMeter, frameworkScripts, scriptSources } from '../../scripts/bench/client-js';
import { table } from '../../scripts/bench/format';
import { figuresFrom, type LighthouseFigures } from '../../scripts/bench/lighthouse';
import { runLoad, summarize } from '../../scripts/bench/load';
import { parseWrk, wrkResult } from '../../scripts/bench/wrk';
import { processTree, treeCpuSeconds, treeRss } from '../../scripts/bench/proc';
import { groupRoutes, routeLabel, type RouteTypeFigures } from '../../scripts/bench/site-output';

describe('bench: client JS', () => {
  it('reads the scripts a modern browser loads, skipping nomodule ones', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script>' +
      '<script>self.__next_f.push([1,"x"])</script><script src=\'/islands/copy.js?v=1&amp;x=2\' defer></script>' +
      '<script src="https://cdn.example.com/x.js"></script>';
    assert.deepEqual(scriptSources(html), [
      '/_next/static/chunks/a.js',
      '/islands/copy.js?v=1&x=2',
      'https://cdn.example.com/x.js',
    ]);
  });

  it("counts the root main files and polyfills of Next's build manifest as the framework's", () => {
    const framework = frameworkScripts({
      rootMainFiles: ['static/chunks/react.js', 'static/chunks/turbopack-x.js'],
      polyfillFiles: ['static/chunks/poly.js'],
    });
    assert.deepEqual(
      [...framework],
      ['/_next/static/chunks/react.js', '/_next/static/chunks/turbopack-x.js', '/_next/static/chunks/poly.js'],
    );
    assert.equal(frameworkScripts({}).size, 0);
  });

  it("measures a page's scripts from the build, telling the framework's chunks from ours", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
    try {
      const chunks = path.join(dist, 'static', 'chunks');
      fs.mkdirSync(chunks, { recursive: true });
      fs.writeFileSync(
        path.join(dist, 'build-manifest.json'),
        JSON.stringify({ rootMainFiles: ['static/chunks/a.js'], polyfillFiles: [] }),
      );
      fs.writeFileSync(path.join(chunks, 'a.js'), 'framework();'.repeat(20));
      fs.writeFileSync(path.join(chunks, 'b.js'), 'console.log(1)');
      fs.mkdirSync(path.join(dist, 'public', 'islands'), { recursive: true });
      fs.writeFileSync(path.join(dist, 'public', 'islands', 'copy.js'), 'copy()');
      const meter = createScriptMeter(dist, path.join(dist, 'public'));
      const page = meter(
        '<script src="/_next/static/chunks/a.js"></script><script src="/_next/static/chunks/b.js"></script>' +
          '<script src="/islands/copy.js?v=1"></script><script>inline()</script>',
      );
      const [a, b, island] = page.scripts;
      assert.equal(a!.raw, 'framework();'.length * 20);
      assert.equal(a!.gzip, zlib.gzipSync('framework();'.repeat(20)).length);
      assert.deepEqual(
        page.scripts.map((script) => script.owner),
        ['framework', 'ours', 'ours'],
      );
      assert.equal(page.inlineRaw, 'inline()'.length);
      assert.equal(page.total.gzip, a!.gzip + b!.gzip + island!.gzip);
      assert.equal(page.total.framework, a!.gzip);
      assert.equal(page.total.ours, b!.gzip + island!.gzip);
      assert.throws(
        () => meter('<script src="/_next/static/chunks/missing.js"></script>'),
        /missing\.js, which is not in/,
      );
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('bench: build output', () => {
  it("groups prerendered routes into page types and files, leaving out Next's own pages", () => {
    const { pages, files } = groupRoutes({
      routes: {
        '/_not-found': { srcRoute: '/_not-found', dataRoute: '/_not-found.rsc' },
        '/pt': { srcRoute: '/[locale]', dataRoute: '/pt.rsc' },
        '/en': { srcRoute: '/[locale]', dataRoute: '/en.rsc' },
        '/pt/posts/a': { srcRoute: '/[locale]/posts/[slug]', dataRoute: '/pt/posts/a.rsc' },
        '/pt/feed.xml': { srcRoute: '/[locale]/feed.xml', dataRoute: null },
        '/robots.txt': { srcRoute: null, dataRoute: null },
      },
    });
    assert.deepEqual(
      [...pages],
      [
        ['/[locale]', ['/pt', '/en']],
        ['/[locale]/posts/[slug]', ['/pt/posts/a']],
      ],
    );
    assert.deepEqual(
      [...files],
      [
        ['/[locale]/feed.xml', ['/pt/feed.xml']],
        ['/robots.txt', ['/robots.txt']],
      ],
    );
    assert.equal(routeLabel('/[locale]'), 'home');
    assert.equal(routeLabel('/[locale]/tags/[tag]'), 'tag');
    assert.equal(routeLabel('/[locale]/something-new'), '/[locale]/something-new');
  });

  it("reads the build phases from Next's trace, skipping lines it cannot parse", () => {
    const trace = [
      JSON.stringify([
        { name: 'run-turbopack', duration: 61_500_000 },
        { name: 'other', duration: 5 },
      ]),
      'not json',
      JSON.stringify([
        { name: 'static-generation', duration: 7_000_000 },
        { name: 'run-typescript', duration: 5_700_000 },
      ]),
    ].join('\n');
    assert.deepEqual(tracePhases(trace), { compile: 61_500, prerender: 7_000, typecheck: 5_700 });
  });

  it('finds the memory of a process tree in /proc', { skip: !fs.existsSync('/proc/self/status') }, () => {
    assert.deepEqual(processTree(process.pid).slice(0, 1), [process.pid]);
    assert.ok(treeRss(process.pid) > 10 * 1024 * 1024);
    assert.equal(treeRss(2 ** 22 + 7), 0);
  });

  it('counts the CPU time a process tree spends', { skip: !fs.existsSync('/proc/self/stat') }, () => {
    const before = treeCpuSeconds(process.pid);
    const until = process.cpuUsage();
    // Busy for 300 ms of this process's own CPU time, however slow the machine is.
    while (process.cpuUsage(until).user < 300_000);
    const spent = treeCpuSeconds(process.pid) - before;
    // /proc counts in 10 ms ticks.
    assert.ok(spent >= 0.28 && spent < 5, `spent ${spent} s`);
    assert.equal(treeCpuSeconds(2 ** 22 + 7), 0);
  });
});

function routeType(ours: number, external: string[] = []): RouteTypeFigures {
  return {
    route: '/[locale]/posts/[slug]',
    label: 'post',
    pages: 2,
    examplePath: '/pt/posts/a',
    html: { raw: { avg: 1, max: 1 }, gzip: { avg: 1, max: 1 } },
    js: { path: '/pt/posts/a', gzip: 140_000, framework: 139_000, ours, scripts: 7, inlineRaw: 0, external },
  };
}

function lighthousePage(
  pagePath: string,
  performance: number,
  cls = 0,
  otherOrigins: string[] = [],
): LighthouseFigures {
  return {
    path: pagePath,
    scores: { performance, accessibility: 100, bestPractices: 100, seo: 100 },
    cls,
    tbtMs: 0,
    lcpMs: 1000,
    requests: 10,
    otherOrigins,
    runs: 1,
  };
}

function loadFigures(overrides: { p99?: number; percent?: number; notFound2xx?: number } = {}): LoadFigures {
  const target = (name: string, expect: '2xx' | '4xx', statuses: Record<string, number>) => ({
    name,
    expect,
    tool: 'wrk' as const,
    url: `http://127.0.0.1:1/${name}`,
    requests: 1000,
    seconds: 10,
    requestsPerSecond: 100,
    latencyMs: { p50: 10, p99: name === 'home' ? (overrides.p99 ?? 100) : 90, max: 300 },
    errors: 0,
    timeouts: 0,
    non2xx: 1000 - (statuses['2xx'] ?? 0),
    statuses,
  });
  return {
    targets: [
      target('post', '2xx', { '2xx': 1000 }),
      target('home', '2xx', { '2xx': 1000 }),
      target('404', '4xx', { '2xx': overrides.notFound2xx ?? 0, '4xx': 1000 - (overrides.notFound2xx ?? 0) }),
    ],
    percentOfNginx: overrides.percent,
    serverRssBytes: { start: 1, beforeLoad: 1, afterLoad: 1 },
  };
}

describe('bench: budgets', () => {
  it('passes a run within every budget and names the figures', () => {
    const checks = checkBudgets({
      routeTypes: [routeType(137)],
      lighthouse: [lighthousePage('/pt', 99), lighthousePage('/en', 98)],
      load: loadFigures({ percent: 8 }),
    });
    assert.deepEqual(
      checks.map((c) => c.status),
      Array(checks.length).fill('PASS'),
    );
    assert.equal(checks.length, 10);
    assert.match(checks[0]!.measured, /^0\.1 KiB \(\/pt\/posts\/a; framework 135\.7 KiB\)$/);
    assert.equal(checks[1]!.measured, 'lowest 98 (/en)');
  });

  it('fails each budget on its own figure', () => {
    const checks = checkBudgets({
      routeTypes: [routeType(10 * 1024 + 1, ['https://cdn.example.com/x.js'])],
      lighthouse: [lighthousePage('/pt', 97, 0.02, ['https://fonts.example.com/a.woff2'])],
      load: loadFigures({ p99: 101, percent: 7.9, notFound2xx: 1 }),
    });
    const byBudget = Object.fromEntries(checks.map((c) => [c.budget, c]));
    assert.equal(byBudget["our client JS on a post page ≤ 10.0 KiB gzip beyond the framework's"]!.status, 'FAIL');
    assert.equal(byBudget['Lighthouse performance ≥ 98']!.status, 'FAIL');
    assert.equal(byBudget['Lighthouse SEO 100']!.status, 'PASS');
    assert.deepEqual(byBudget['no layout shift (CLS 0)'], {
      budget: 'no layout shift (CLS 0)',
      measured: 'highest 0.020 (/pt)',
      status: 'FAIL',
    });
    assert.equal(
      byBudget['no request to another origin']!.measured,
      'https://fonts.example.com/a.woff2, https://cdn.example.com/x.js',
    );
    assert.equal(byBudget["throughput ≥ 8% of nginx's (post)"]!.status, 'FAIL');
    assert.deepEqual(byBudget['p99 ≤ 100 ms'], {
      budget: 'p99 ≤ 100 ms',
      measured: 'highest 101 ms (home)',
      status: 'FAIL',
    });
    assert.equal(byBudget['zero errors; non-2xx only on the 404']!.measured, '404: 0 errors (0 timeouts), 1 not 4xx');
  });

  it('skips what was not measured instead of passing it', () => {
    const checks = checkBudgets({ routeTypes: [routeType(100)] });
    assert.deepEqual(
      checks.map((c) => c.status),
      ['PASS', 'SKIP', 'SKIP', 'SKIP', 'SKIP', 'SKIP', 'PASS', 'SKIP', 'SKIP', 'SKIP'],
    );
    assert.equal(
      checkBudgets({ load: loadFigures() }).find((c) => c.budget.startsWith('throughput'))!.measured,
      'nginx not installed',
    );
  });

  it('calls growth linear when the cost per page does not rise past the tolerance', () => {
    const step = (posts: number, pages: number, buildMs: number, prerenderMs: number) => ({
      posts,
      pages,
      buildMs,
      prerenderMs,
      peakTreeRssBytes: null,
    });
    const flat = growth([step(1000, 2100, 300_000, 200_000), step(100, 210, 90_000, 20_000)])!;
    assert.equal(flat.prerenderRatio, 1);
    assert.ok(flat.buildRatio < 0.4 && flat.linear);
    const steep = growth([step(100, 210, 90_000, 20_000), step(1000, 2100, 400_000, 300_000)])!;
    assert.equal(steep.prerenderRatio, 1.5);
    assert.equal(steep.linear, false);
    assert.equal(growth([step(100, 210, 1, 1)]), undefined);
    // On a busy machine wall time swings; CPU time per page decides when it was measured.
    const busy = growth([
      { ...step(100, 210, 90_000, 20_000), cpuSeconds: 30 },
      { ...step(1000, 2100, 400_000, 300_000), cpuSeconds: 280 },
    ])!;
    assert.ok(Math.abs(busy.cpuRatio! - 280 / 300) < 1e-9);
    assert.equal(busy.linear, true);
  });
});

describe('bench: the load run', () => {
  it('warms the server up at the same load first, and counts only the measured run', async () => {
    let served = 0;
    const server = http.createServer((request, response) => {
      served += 1;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const result = await runLoad(url, { connections: 2, seconds: 1, maxRequests: 200, warmUpSeconds: 1 });
      assert.equal(result.errors, 0);
      assert.ok(result.requests > 0, `${result.requests} requests measured`);
      // Both runs reached the server; only the second is in the result.
      assert.ok(served > result.requests + 50, `${served} served, ${result.requests} measured`);
    } finally {
      server.close();
    }
  });
});

describe('bench: reports of the tools', () => {
  it("reads autocannon's summary", () => {
    const result = summarize('http://127.0.0.1:1/pt', {
      requests: { total: 7520 },
      latency: { p50: 60, p99: 576, max: 900 },
      duration: 10.02,
      errors: 1,
      timeouts: 2,
      non2xx: 3,
      '1xx': 0,
      '2xx': 7514,
      '3xx': 0,
      '4xx': 3,
      '5xx': 0,
    });
    assert.equal(Math.round(result.requestsPerSecond), 750);
    assert.deepEqual([result.errors, result.timeouts, result.non2xx, result.statuses['4xx']], [1, 2, 3, 3]);
  });

  // A report in the layout wrk 4.1 prints with --latency.
  const WRK_REPORT = [
    'Running 10s test @ http://127.0.0.1:4300/pt/posts/a',
    '  2 threads and 50 connections',
    '  Thread Stats   Avg      Stdev     Max   +/- Stdev',
    '    Latency    38.52ms   21.07ms   1.02s    91.30%',
    '    Req/Sec   661.47    120.10     0.92k    70.50%',
    '  Latency Distribution',
    '     50%   34.10ms',
    '     75%   41.99ms',
    '     90%   52.00ms',
    '     99%  125.77ms',
    '  13180 requests in 10.01s, 412.33MB read',
    '  Socket errors: connect 0, read 2, write 0, timeout 5',
    '  Non-2xx or 3xx responses: 4',
    'Requests/sec:   1316.68',
    'Transfer/sec:     41.19MB',
    '',
  ].join('\n');

  it("reads wrk's report: throughput, percentiles in any unit, socket errors and failed answers", () => {
    const report = parseWrk(WRK_REPORT);
    assert.deepEqual(report, {
      requests: 13180,
      seconds: 10.01,
      requestsPerSecond: 1316.68,
      latencyMs: { p50: 34.1, p99: 125.77, max: 1020 },
      socketErrors: { connect: 0, read: 2, write: 0, timeout: 5 },
      notOk: 4,
    });
    const quick = parseWrk(
      WRK_REPORT.replace('34.10ms', '812.00us')
        .replace(/  Socket errors.*\n/, '')
        .replace(/  Non-2xx.*\n/, ''),
    );
    assert.equal(quick.latencyMs.p50, 0.812);
    assert.deepEqual([quick.socketErrors.timeout, quick.notOk], [0, 0]);
    assert.throws(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused'), /no request count/);
  });

  it("turns wrk's report into the bench's result, the failed answers counted in the sampled status class", () => {
    const ok = wrkResult('http://127.0.0.1:1/pt', parseWrk(WRK_REPORT), 200);
    assert.deepEqual(
      [ok.tool, ok.errors, ok.timeouts, ok.non2xx, ok.statuses['2xx'], ok.latencyMs.p99],
      ['wrk', 7, 5, 4, 13176, 125.77],
    );
    const missing = wrkResult('http://127.0.0.1:1/nope', parseWrk(WRK_REPORT.replace(': 4\n', ': 13180\n')), 404);
    assert.deepEqual([missing.statuses['4xx'], missing.statuses['2xx']], [13180, 0]);
  });

  it("reads Lighthouse's scores and counts requests to other origins", () => {
    const figures = figuresFrom(
      '/pt',
      {
        finalDisplayedUrl: 'http://127.0.0.1:4000/pt',
        categories: {
          performance: { score: 0.97 },
          accessibility: { score: 1 },
          'best-practices': { score: 1 },
          seo: { score: 0.92 },
        },
        audits: {
          'cumulative-layout-shift': { numericValue: 0 },
          'total-blocking-time': { numericValue: 220 },
          'largest-contentful-paint': { numericValue: 2200 },
          'network-requests': {
            details: {
              items: [
                { url: 'http://127.0.0.1:4000/pt' },
                { url: 'data:image/png;base64,x' },
                { url: 'https://fonts.example.com/a.css' },
                { url: 'https://fonts.example.com/a.css' },
              ],
            },
          },
        },
      },
      3,
    );
    assert.deepEqual(figures.scores, { performance: 97, accessibility: 100, bestPractices: 100, seo: 92 });
    assert.equal(figures.requests, 3);
    assert.deepEqual(figures.otherOrigins, ['https://fonts.example.com/a.css']);
  });

  it('lines up table columns, numbers to the right', () => {
    assert.equal(
      table(
        ['type', 'pages'],
        [
          ['home', 2],
          ['post', 12],
        ],
      ),
      'type  pages\n----  -----\nhome      2\npost     12',
    );
  });
});
