import crypto from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import { BytesCache } from '../build-cache';

/** Bump when the encoding below changes, so cached renditions are made again. */
const SETTINGS = 'webp-q72-effort4-v1';

/**
 * A raster image `width` pixels wide as WebP, made with sharp and kept in `cacheDir` by the
 * source's bytes: a rebuild with the same image reads it instead of encoding it again.
 */
export async function webpRendition(source: string, width: number, cacheDir: string | undefined): Promise<Buffer> {
  const bytes = fs.readFileSync(source);
  const key = crypto.createHash('sha256').update(SETTINGS).update(String(width)).update(bytes).digest('hex');
  const cache = cacheDir ? new BytesCache(cacheDir, 'webp') : undefined;
  const hit = cache?.read(key);
  if (hit) return hit;
  const encoded = await sharp(bytes)
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 72, effort: 4 })
    .toBuffer();
  cache?.write(key, encoded);
  return encoded;
}
