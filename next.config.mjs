import os from 'node:os';
import { securityHeaders } from './lib/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The end-to-end suite builds into its own folders, so it never clobbers `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm run bench` asks for browser source maps to tell our client code from the framework's;
  // they add only a `sourceMappingURL` comment to each chunk.
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === '1',
  experimental: {
    // Prerender with a worker per core: Next's default leaves one core out, which on a 2-core
    // machine means a single worker. NEXT_BUILD_CPUS overrides it (the bench's A/B runs).
    cpus: Number(process.env.NEXT_BUILD_CPUS) || os.availableParallelism(),
  },
  async headers() {
    const dev = process.env.NODE_ENV === 'development';
    // The proxy adds the same list to the redirects and 404s it makes itself.
    return [
      { source: '/:path*', headers: securityHeaders({ dev }) },
      // Later entries win: only search may compile WebAssembly (Pagefind), on the page and in
      // the worker it starts from /pagefind/, whose own response sets the worker's policy.
      { source: '/:locale/search', headers: securityHeaders({ dev, wasm: true }) },
      { source: '/pagefind/:path*', headers: securityHeaders({ dev, wasm: true }) },
    ];
  },
};

export default nextConfig;
