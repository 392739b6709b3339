/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The end-to-end suite builds into its own folders, so it never clobbers `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
