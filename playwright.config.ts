import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { browserLaunchOptions } from './scripts/browser.mjs';
import {
  CLOUDFLARE_EXPORT_DIR,
  CLOUDFLARE_URL,
  DEV_CONTENT_DIR,
  DEV_URL,
  EXPORT_DIR,
  EXPORT_URL,
  FIXTURE_URL,
  PT_ONLY_CONTENT_DIR,
  PT_ONLY_URL,
  SITE_URL,
  STANDALONE_DIR,
  STANDALONE_URL,
} from './tests/e2e/servers';

const launchOptions = browserLaunchOptions();

/** The wide viewport, at the server `baseURL` (the SITE_URL server without it). */
function desktop(baseURL?: string) {
  return {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    launchOptions,
    ...(baseURL ? { baseURL } : {}),
  };
}

type WebServer = Exclude<PlaywrightTestConfig['webServer'], unknown[] | undefined>;
type Env = Record<string, string>;

/** A command Playwright starts and waits for until `${url}/pt` answers. */
function started(command: string, url: string, timeout: number, env: Env): WebServer {
  return {
    command,
    url: `${url}/pt`,
    timeout,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
  };
}

/**
 * A production build and server, in its own dist folder so `npm start`'s build is left alone.
 * `bind` is the address server.mjs listens on (-H); without it, every interface.
 */
function server(
  url: string,
  distDir: string,
  { contentDir, bind, copyFrom, env = {} }: { contentDir?: string; bind?: string; copyFrom?: string; env?: Env } = {},
) {
  const port = new URL(url).port;
  const copy = copyFrom && contentDir ? `node scripts/copy-tree.mjs ${copyFrom} ${contentDir} && ` : '';
  return started(`${copy}npm run build && node server.mjs -p ${port}${bind ? ` -H ${bind}` : ''}`, url, 300_000, {
    NEXT_DIST_DIR: distDir,
    SITE_URL: url,
    ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
    ...env,
  });
}

/**
 * An export of the SITE_URL server's build, fetched from it (Playwright starts servers one after
 * another, so it is up) at no extra build, written to `dir` and served there by `host`.
 */
function staticHost(host: 'nginx' | 'wrangler', dir: string, url: string) {
  const serve = `npx tsx scripts/export-serve.ts --server ${host} --root ${dir} --port ${new URL(url).port}`;
  return started(`npx tsx scripts/export.ts --from ${SITE_URL} --out ${dir} && ${serve}`, url, 120_000, {
    NEXT_DIST_DIR: '.next-e2e',
  });
}

/**
 * Specs of the Node server alone (how it binds and starts, raw hostile HTTP) and of the blogs built
 * from the test content trees, which are served by Node only. a11y.spec scans HTML that is byte for
 * byte what the desktop project scans (the export is fetched from the same server), so it is left
 * out of the static hosts too, to keep the suite's time.
 */
const NODE_SERVER_SPECS = [
  'a11y.spec.ts',
  'bind.spec.ts',
  'hostile.spec.ts',
  'authoring.spec.ts',
  'media.spec.ts',
  'html-valid.spec.ts',
  'fixture.spec.ts',
  'pt-only.spec.ts',
  'taxonomy.spec.ts',
];
/** What one static host adds (deploy/nginx.conf; out/_headers and out/_redirects): each runs in its host's project only. */
const HOST_SPECS = { nginx: 'export.spec.ts', cloudflare: 'cloudflare.spec.ts' };

function selectServers(all: [string, WebServer][]): WebServer[] {
  const wanted = process.env.E2E_SERVERS?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !all.some(([known]) => known === name)) ?? [];
  if (unknown.length > 0) throw new Error(`E2E_SERVERS: unknown server ${unknown.join(', ')}`);
  return all.filter(([name]) => !wanted || wanted.includes(name)).map(([, config]) => config);
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: SITE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // Tests tagged @desktop run on the wide viewports only (what does not depend on the viewport runs
  // once; a few set their own), tests tagged @phone on the phone only, tests tagged @node (what only
  // the Node server does or serves) not on the export. export.spec.ts and cloudflare.spec.ts check
  // what one static host adds: each runs in its host's project only.
  projects: [
    {
      name: 'desktop',
      grepInvert: /@phone\b/,
      testIgnore: Object.values(HOST_SPECS),
      use: desktop(),
    },
    {
      name: 'phone',
      grepInvert: /@desktop\b/,
      // Whole specs in which the viewport plays no part: raw HTTP, and the HTML checker.
      testIgnore: [...Object.values(HOST_SPECS), 'hostile.spec.ts', 'html-valid.spec.ts'],
      use: { ...devices['Pixel 7'], launchOptions },
    },
    // The same suite against the static export behind nginx, on one viewport, less the Node server's
    // specs; tests/e2e/export.spec.ts checks what nginx adds.
    {
      name: 'export',
      grepInvert: /@phone\b|@node\b/,
      testIgnore: [...NODE_SERVER_SPECS, HOST_SPECS.cloudflare],
      use: desktop(EXPORT_URL),
    },
    // The same export behind Cloudflare's local runtime for Pages (wrangler pages dev), which reads
    // out/_headers and out/_redirects: the export project's specs, less what that host cannot do.
    // tests/e2e/cloudflare.spec.ts checks what the two files give.
    {
      name: 'cloudflare',
      testIgnore: [...NODE_SERVER_SPECS, HOST_SPECS.nginx],
      grepInvert: new RegExp(
        [
          // One viewport, and not what the Node server alone does.
          '@phone',
          '@node',
          // Cloudflare cannot read Accept-Language nor a cookie to redirect: / is the picker page
          // (200, its script sends the browser on), not a 307. The browser tests of / still run.
          '/ with Accept-Language',
          'on the language redirect (307)',
          'the redirect from / depends on the reader',
          '/ keeps the query string',
          // Outside /pt and /en Cloudflare answers with out/404.html, Portuguese whatever the reader's
          // language (the cases of a browser in Portuguese still run).
          '/fr/posts/integrando-sistemas-com-kafka (browser in en-US)',
          '/posts/integrando-sistemas-com-kafka (browser in en-US)',
          '/wp-login.php (browser in en-GB)',
          "a 404 chosen by the reader's language",
          // Cloudflare serves out/pt/404.html at /pt/404 as a page (200), and matches paths with
          // their case, so /EN/x gets out/404.html (Portuguese).
          '/pt/404 (browser in en-US)',
          'an unknown path under an uppercase locale',
        ]
          .map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|'),
      ),
      use: desktop(CLOUDFLARE_URL),
    },
    // The SITE_URL server's build laid out and started as the Dockerfile does (server.mjs in the standalone folder):
    // the specs of routing, 404s, headers, the page runtime and /healthz.
    {
      name: 'standalone',
      testMatch: ['routing.spec.ts', 'runtime.spec.ts', 'healthz.spec.ts', 'revalidation.spec.ts'],
      grepInvert: /@phone\b/,
      use: desktop(STANDALONE_URL),
    },
    // The author's dev server: its own folder of specs, which edit a temporary content tree, one at a time.
    {
      name: 'dev',
      testDir: 'tests/e2e-dev',
      fullyParallel: false,
      timeout: 120_000,
      use: { ...devices['Desktop Chrome'], baseURL: DEV_URL, launchOptions },
    },
  ],
  // E2E_SERVERS=site,export,fixture,pt-only,dev starts only those (all by default): a run of a few
  // specs need not build every tree. Specs whose server is not started fail to connect.
  webServer: selectServers([
    // Two bound to loopback only, as behind a reverse proxy (`-H 127.0.0.1` once broke every 404),
    // one on every interface, as `next start` does by default.
    // Built with the Dockerfile's BUILD_STANDALONE=1, for the 'standalone' entry to copy.
    ['site', server(SITE_URL, '.next-e2e', { bind: '127.0.0.1', env: { BUILD_STANDALONE: '1' } })],
    ['export', staticHost('nginx', EXPORT_DIR, EXPORT_URL)],
    // A second export of the SITE_URL server's build (the 'export' entry's folder belongs to its nginx).
    ['cloudflare', staticHost('wrangler', CLOUDFLARE_EXPORT_DIR, CLOUDFLARE_URL)],
    [
      'standalone',
      // After 'site', whose build (.next-e2e, with its standalone folder) it copies.
      started(
        `npx tsx scripts/standalone-serve.ts --dir ${STANDALONE_DIR} --port ${new URL(STANDALONE_URL).port} --hostname 127.0.0.1`,
        STANDALONE_URL,
        60_000,
        { NEXT_DIST_DIR: '.next-e2e', SITE_URL },
      ),
    ],
    ['fixture', server(FIXTURE_URL, '.next-e2e-fixture', { contentDir: 'tests/fixtures/content', bind: '127.0.0.1' })],
    [
      'pt-only',
      server(PT_ONLY_URL, '.next-e2e-pt-only', {
        contentDir: PT_ONLY_CONTENT_DIR,
        copyFrom: 'tests/fixtures/content-pt-only',
      }),
    ],
    [
      'dev',
      // A fresh copy of the fixture tree each run, so the specs can edit it.
      started(
        `node scripts/copy-tree.mjs tests/fixtures/content ${DEV_CONTENT_DIR} && npx next dev -p ${new URL(DEV_URL).port}`,
        DEV_URL,
        300_000,
        { NEXT_DIST_DIR: '.next-e2e-dev', SITE_URL: DEV_URL, CONTENT_DIR: DEV_CONTENT_DIR },
      ),
    ],
  ]),
});
