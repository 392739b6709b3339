import os from 'node:os';
import { distDirName } from './lib/dist-dir.mjs';
import { securityHeaders } from './lib/security-headers.mjs';
import { sourceHashes } from './lib/source-hash.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next would hash a prerendered page's whole HTML on every request for its ETag (it keeps none
  // from the build): 13% of the server's CPU on the Kafka post under load. The build computes each
  // page's ETag once instead (scripts/routing-table.ts), and server.mjs answers revalidations.
  generateEtags: false,
  // The end-to-end suite builds into its own folders, so it never clobbers `npm start`'s build.
  distDir: distDirName(),
  // `npm run build` (scripts/build.mjs) runs TypeScript 7's `tsc` itself and fails on a type error;
  // Next's own check runs TypeScript 6's JavaScript compiler, 30-60 s of a 1,000-post build here.
  typescript: { ignoreBuildErrors: true },
  // Left to Node at run time instead of bundled into the server chunks: the MDX pipeline and the
  // content readers are large and used only on the server. Bundled, they doubled the compile
  // (10 s against 5 s here). Next already leaves shiki and next-mdx-remote out.
  serverExternalPackages: [
    '@mdx-js/mdx',
    'css-tree',
    'feed',
    'gray-matter',
    'hast-util-from-html',
    'hast-util-sanitize',
    'hast-util-to-html',
    'hast-util-to-string',
    'image-size',
    'katex',
    'mermaid',
    'negotiator',
    'playwright-core',
    'rehype-autolink-headings',
    'rehype-katex',
    'rehype-pretty-code',
    'rehype-slug',
    'remark-gfm',
    'remark-math',
    'sharp',
    'slugify',
    'unist-util-visit',
    'vfile',
    'vfile-message',
    'yaml',
    'zod',
  ],
  experimental: {
    // Next gzips every prerendered page's segments to decide which to inline into client
    // prefetches. Reading pages ship no client router (scripts/drop-runtime.mjs), so nothing
    // prefetches; the measuring cost about 10% of a 1,000-post build's prerender.
    prefetchInlining: false,
    // A prerender worker per core (Next leaves one core out: a single worker on 2 cores), at most 4:
    // each worker loads the whole app and content index (about 250 MiB here), so on a 64-core runner
    // more would cost gigabytes and start-up time for a few thousand pages.
    cpus: Math.min(os.availableParallelism(), 4),
  },
  async headers() {
    const dev = process.env.NODE_ENV === 'development';
    // The proxy adds the same list to the redirects and 404s it makes itself.
    return [
      { source: '/:path*', headers: securityHeaders({ dev }) },
      // Later entries win. Only search may compile WebAssembly (Pagefind), on the page and in the
      // worker it starts from /pagefind/, whose own response sets the worker's policy.
      { source: '/:locale/search', headers: securityHeaders({ dev, wasm: true }) },
      { source: '/pagefind/:path*', headers: securityHeaders({ dev, wasm: true }) },
    ];
  },
};

/**
 * The cache keys' source hashes are computed where the sources are: for a build and the dev
 * server. A production server (the container) runs without them and uses what the build baked in.
 * @param {string} phase
 */
export default function config(phase) {
  // PHASE_PRODUCTION_SERVER's value: next/constants is not in the container's trimmed node_modules.
  if (phase === 'phase-production-server') return nextConfig;
  // With BUILD_STANDALONE=1 (the Dockerfile's build stage), the build also writes a self-contained
  // server folder (only the modules it needs). Not by default: tracing and copying it is 6–10 s of
  // every build, after the pages, and `npm start` runs from the checkout. The running server is
  // never given it: Next warns on every start that `next start` does not work with standalone
  // output, which server.mjs is not.
  return {
    ...nextConfig,
    output: process.env.BUILD_STANDALONE === '1' ? 'standalone' : undefined,
    env: sourceHashes(process.cwd()),
  };
}
