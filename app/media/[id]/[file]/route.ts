import fs from 'node:fs';
import path from 'node:path';
import { notFound } from 'next/navigation';
import { contentTree } from '@/lib/content/tree';
import { env } from '@/lib/env';
import { webpRendition } from '@/lib/media/encode';
import { MEDIA_TYPES, publishedMedia, type PublishedMedia } from '@/lib/media/files';

// Every file is made by the build (prerendered from content/, raster renditions encoded here),
// so a running server serves what the build wrote and never reads content/.
export const dynamic = 'force-static';
export const dynamicParams = false;

function postMedia(): Map<string, PublishedMedia[]> {
  const folders = new Map<string, PublishedMedia[]>();
  for (const post of contentTree().posts) {
    if (!folders.has(post.id)) folders.set(post.id, publishedMedia(post.id, path.dirname(post.file)));
  }
  return folders;
}

export function generateStaticParams(): { id: string; file: string }[] {
  return [...postMedia()].flatMap(([id, files]) => files.map((file) => ({ id, file: file.name })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  const name = decodeURIComponent(file);
  const media = postMedia()
    .get(decodeURIComponent(id))
    ?.find((entry) => entry.name === name);
  if (!media) notFound();
  const body = media.width
    ? await webpRendition(media.source, media.width, path.join(env.distDir, 'cache', 'media'))
    : fs.readFileSync(media.source);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': media.width
        ? 'image/webp'
        : (MEDIA_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream'),
      // The address names the file's content hash: it never changes meaning.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
