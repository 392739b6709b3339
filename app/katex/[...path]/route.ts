import { readKatexFile } from '@/lib/math/katex-assets';

/** KaTeX's stylesheet and fonts (lib/math/katex-assets.ts), for the posts that have math. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  const body = readKatexFile(path);
  if (!body) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const css = path.at(-1)?.endsWith('.css');
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': css ? 'text/css; charset=utf-8' : 'font/woff2',
      // The address names KaTeX's version.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
