import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Serves the search index that scripts/build-search.mjs wrote into the build folder
 * (`{distDir}/search-index`), at /pagefind/. It lives with the build, not in public/,
 * so each build (npm start's, each end-to-end server's) serves its own index.
 */
const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const root = path.join(/*turbopackIgnore: true*/ env.distDir, 'search-index');

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path: segments } = await params;
  const file = path.join(root, ...segments);
  if (path.relative(root, file).startsWith('..')) return notFound();
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return notFound();
  }
  const name = path.basename(file);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': types[path.extname(name)] ?? 'application/octet-stream',
      // The index's chunks (*.pf_meta, *.pf_index, *.pf_fragment, *.pf_filter) are named by their
      // content hash; the entry points (pagefind.js, pagefind-entry.json, wasm.*) keep their names.
      'Cache-Control': /\.pf_[a-z]+$/.test(name)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
