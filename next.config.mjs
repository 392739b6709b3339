import os from 'node:os';
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { securityHeaders } from './lib/security-headers.mjs';
import { sourceHashes } from './lib/source-hash.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server folder (server.js and only the modules it needs): what the Dockerfile runs.
  output: 'standalone',
  // Next hashes the whole HTML of a prerendered page on every request to make its ETag (FNV-1a
  // in JavaScript: 13% of the server's CPU serving the Kafka post under load). Without it a
  // revisit downloads the page again instead of getting a 304; the pages are small and gzipped.
  generateEtags: false,
  // The end-to-end suite builds into its own folders, so it never clobbers `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm run bench` asks for browser source maps to tell our client code from the framework's;
  // they add only a `sourceMappingURL` comment to each chunk.
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === '1',
  // `npm test` type-checks first (`npm run lint` runs `tsc`, TypeScript 7, in seconds); Next's own
  // check repeated it in every build, 30-60 s of a 1,000-post build here and once per e2e build.
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
    // Prerender with a worker per core: Next's default leaves one core out, which on a 2-core
    // machine means a single worker. NEXT_BUILD_CPUS overrides it (the bench's A/B runs).
    cpus: Number(process.env.NEXT_BUILD_CPUS) || os.availableParallelism(),
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
  return phase === PHASE_PRODUCTION_SERVER ? nextConfig : { ...nextConfig, env: sourceHashes(process.cwd()) };
}
