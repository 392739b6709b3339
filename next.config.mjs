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
  async headers() {
    // The proxy adds the same list to the redirects and 404s it makes itself.
    return [{ source: '/:path*', headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }) }];
  },
};

export default nextConfig;
