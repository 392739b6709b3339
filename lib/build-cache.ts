import fs from 'node:fs';
import path from 'node:path';

/**
 * Bytes made at build time and kept on disk between builds, under the build folder's
 * `cache/<kind>/` (which `next build` keeps), one file per key. A missing or unreadable file
 * is a miss and a failed write is ignored: the cache can only save work, never fail a build.
 * Writes go through a temporary file and a rename, so the prerender workers may share a folder.
 */
export class BytesCache {
  hits = 0;
  misses = 0;

  constructor(
    readonly dir: string,
    readonly extension: string,
  ) {}

  private fileOf(key: string): string {
    return path.join(/*turbopackIgnore: true*/ this.dir, key.slice(0, 2), `${key}.${this.extension}`);
  }

  read(key: string): Buffer | undefined {
    try {
      const bytes = fs.readFileSync(this.fileOf(key));
      this.hits += 1;
      return bytes;
    } catch {
      this.misses += 1;
      return undefined;
    }
  }

  write(key: string, bytes: Uint8Array): void {
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, bytes);
      fs.renameSync(temporary, file);
    } catch {
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
}
