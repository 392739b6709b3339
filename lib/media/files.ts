import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

/**
 * A post's own media: the files beside its MDX (`content/posts/<id>/diagram.png`), published at
 * `/media/<id>/<name>.<hash>.<ext>`. The hash is of the file's bytes, so an address never
 * changes meaning and may be cached for good. Raster images are also published as WebP at the
 * widths the column needs (`<name>.<hash>.w<width>.webp`), made at build time.
 */

/** Where a post's media are served from (app/media/[id]/[file]/route.ts). */
export const MEDIA_PREFIX = '/media';

/** Files beside a post that are published, by extension. */
export const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** Images re-encoded to WebP at the column's widths; SVG stays SVG, GIF may be animated. */
const RASTER = new Set(['.png', '.jpg', '.jpeg', '.webp']);

/**
 * Widths made for a raster image, capped at its own width. The column is 42rem (672 CSS px):
 * 480 for phones at 1x, 768 for the column at 1x and phones at 2x, 1200 for the column at 2x.
 */
export const WIDTHS = [480, 768, 1200] as const;

/** What the image occupies in the layout, for the browser to pick a width: the column, or the viewport below it. */
export const SIZES = '(max-width: 42rem) 100vw, 42rem';

export interface MediaVariant {
  width: number;
  url: string;
}

export interface MediaFile {
  /** The file on disk, beside the post. */
  onDisk: string;
  /** Its published address. */
  url: string;
  width?: number;
  height?: number;
  /** WebP renditions, narrowest first; empty for anything but a raster image. */
  variants: MediaVariant[];
}

/** The folder of a post's MDX file, or undefined when the file is not one (a snippet in a test or a doc). */
export function postDirOf(file: string | undefined): string | undefined {
  return file && file.endsWith('.mdx') ? path.dirname(file) : undefined;
}

/** `./diagram.png` or `diagram.png`: a path inside the post's folder, or undefined when it leaves it. */
export function besideThePost(postDir: string, src: string): string | undefined {
  if (src.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(src)) return undefined;
  const onDisk = path.join(postDir, src);
  const inside = path.relative(postDir, onDisk);
  return inside.startsWith('..') || path.isAbsolute(inside) || inside === '' ? undefined : onDisk;
}

export function isMediaFile(name: string): boolean {
  return Object.hasOwn(MEDIA_TYPES, path.extname(name).toLowerCase());
}

const hashOf = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/** The widths made for an image `width` pixels wide. */
export function widthsFor(width: number): number[] {
  const largest = WIDTHS[WIDTHS.length - 1]!;
  return [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, largest)])];
}

/** A file beside a post, with its published addresses; throws when it cannot be read. */
export function describeMedia(postId: string, onDisk: string): MediaFile {
  const bytes = fs.readFileSync(onDisk);
  const ext = path.extname(onDisk).toLowerCase();
  const stem = path.basename(onDisk, path.extname(onDisk));
  const hash = hashOf(bytes);
  const base = `${MEDIA_PREFIX}/${encodeURIComponent(postId)}/${encodeURIComponent(stem)}.${hash}`;
  const file: MediaFile = { onDisk, url: `${base}${ext}`, variants: [] };
  if (ext.startsWith('.') && MEDIA_TYPES[ext]?.startsWith('image/')) {
    const size = imageSize(bytes);
    file.width = size.width;
    file.height = size.height;
    if (RASTER.has(ext) && size.width) {
      file.variants = widthsFor(size.width).map((width) => ({ width, url: `${base}.w${width}.webp` }));
    }
  }
  return file;
}

/** Every published file of a post's folder: its name under /media/<id>/, and how to make it. */
export interface PublishedMedia {
  /** The last segment of its address. */
  name: string;
  source: string;
  /** Set for a WebP rendition. */
  width?: number;
}

export function publishedMedia(postId: string, postDir: string): PublishedMedia[] {
  let names: string[];
  try {
    names = fs.readdirSync(postDir).filter(isMediaFile).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const media = describeMedia(postId, path.join(postDir, name));
    const last = (url: string) => decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
    return [
      { name: last(media.url), source: media.onDisk },
      ...media.variants.map((variant) => ({ name: last(variant.url), source: media.onDisk, width: variant.width })),
    ];
  });
}

/** `srcset` for a raster image's renditions. */
export function srcSetOf(media: MediaFile): string | undefined {
  return media.variants.length > 0 ? media.variants.map((v) => `${v.url} ${v.width}w`).join(', ') : undefined;
}

/** The address to show where one file is wanted: the widest rendition, else the file itself. */
export function defaultUrlOf(media: MediaFile): string {
  return media.variants[media.variants.length - 1]?.url ?? media.url;
}
