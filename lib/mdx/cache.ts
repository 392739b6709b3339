import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BytesCache } from '@/lib/build-cache';
import { currentHash, MDX_PIPELINE_SOURCES } from '@/lib/source-hash.mjs';
import type { Heading } from './plugins/headings';
import type { ReferenceLink } from './plugins/references';
import type { PostSources } from './plugins/sources';

/** A post compiled to the code lib/mdx/engine.ts runs, with what the compile collected. */
export interface CompiledPost {
  code: string;
  references: ReferenceLink[];
  headings: Heading[];
  sources: PostSources;
  /** The post has math: its page loads KaTeX's stylesheet. */
  math: boolean;
}

interface FileStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

interface Entry extends CompiledPost {
  key: string;
  stamps: FileStamp[];
}

/** Everything the compiled output depends on; two equal inputs give the same key. */
export interface CacheKeyInput {
  body: string;
  /** The post's folder: relative figure paths resolve against it. */
  id: string;
  locale: string;
  publicDir: string;
  /** Set for the feed's compile: absolute addresses, plain images. */
  absoluteBase?: string;
  /** Development output calls jsxDEV, production output jsx. */
  development: boolean;
  /** Names the installed packages (a hash of the lockfile): an update recompiles everything. */
  toolchain: string;
  /** Names the pipeline's own code (pipelineHash): a change to a plugin recompiles everything. */
  pipeline: string;
}

export function cacheKey(input: CacheKeyInput): string {
  const { pipeline, body, id, locale, publicDir, absoluteBase = '', development, toolchain } = input;
  const fields = [pipeline, toolchain, development, id, locale, publicDir, absoluteBase, body];
  return crypto.createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

function stamp(file: string): FileStamp | undefined {
  try {
    const stat = fs.statSync(file);
    return { file, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The entry as read from disk, or undefined when it is not one this code wrote. */
function validEntry(value: unknown, key: string): Entry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const entry = value as Partial<Entry>;
  const ok =
    entry.key === key &&
    typeof entry.code === 'string' &&
    Array.isArray(entry.references) &&
    Array.isArray(entry.headings) &&
    Array.isArray(entry.stamps) &&
    typeof entry.math === 'boolean' &&
    isStringArray(entry.sources?.files) &&
    isStringArray(entry.sources?.links) &&
    isStringArray(entry.sources?.missing);
  return ok ? (entry as Entry) : undefined;
}

/**
 * Compiled posts on disk, one JSON file per key under `dir` (the build folder's
 * cache/mdx, which `next build` keeps between builds). An entry is used only
 * while the figure files it was made from keep their size and modification
 * time; a missing, unreadable or damaged entry is a miss, never an error.
 * Writes go through a temporary file and a rename, so the prerender workers
 * may share the folder. Without a `dir` nothing is stored.
 */
export class MdxCache {
  hits = 0;
  misses = 0;
  /** Entries written: posts compiled (and compiled without a problem) through this cache. */
  written = 0;
  private readonly files: BytesCache | undefined;

  constructor(readonly dir: string | undefined) {
    this.files = dir ? new BytesCache(dir, 'json') : undefined;
  }

  read(key: string): CompiledPost | undefined {
    let entry: Entry | undefined;
    try {
      const bytes = this.files?.read(key);
      entry = bytes && validEntry(JSON.parse(bytes.toString('utf8')), key);
    } catch {
      entry = undefined;
    }
    const fresh =
      entry &&
      entry.stamps.every((old) => {
        const now = stamp(old.file);
        return now !== undefined && now.size === old.size && now.mtimeMs === old.mtimeMs;
      });
    if (!entry || !fresh) {
      if (this.files) this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    const { key: _key, stamps: _stamps, ...compiled } = entry;
    return compiled;
  }

  write(key: string, compiled: CompiledPost): void {
    this.written += 1;
    if (!this.files) return;
    const stamps = compiled.sources.files.map(stamp).filter((s): s is FileStamp => s !== undefined);
    // A cache that cannot be written (read-only or full disk) only makes the next build slower.
    this.files.write(key, Buffer.from(JSON.stringify({ key, stamps, ...compiled } satisfies Entry)));
  }
}

/** A hash of the lockfile (else package.json) in `root`: changes whenever an installed package does. */
export function toolchainOf(root: string): string {
  for (const name of ['package-lock.json', 'package.json']) {
    try {
      // The comment keeps the bundler from tracing the whole project into the server output.
      const lockfile = path.join(/*turbopackIgnore: true*/ root, name);
      return crypto.createHash('sha256').update(fs.readFileSync(lockfile)).digest('hex');
    } catch {
      // try the next one
    }
  }
  return 'unknown';
}

/**
 * A hash of the MDX pipeline's own code (lib/source-hash.mjs): next.config.mjs computes it for
 * the build, since the production server may run without the sources.
 */
export function pipelineHash(): string {
  return currentHash(process.env.MDX_PIPELINE_HASH, MDX_PIPELINE_SOURCES);
}
