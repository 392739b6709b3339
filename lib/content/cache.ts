import fs from 'node:fs';
import { assembleTree, scanContentTree, type FileReader, type LoadOptions } from './load';
import type { ContentTree } from './types';

interface Entry {
  mtimeMs: number;
  size: number;
  value: unknown;
}

/**
 * Parse results by file, kept while the file's modification time and size
 * stay the same. Files not seen in a pass (deleted, renamed) are forgotten.
 */
export class FileCache {
  private entries = new Map<string, Entry>();
  private seen = new Set<string>();
  private changed = false;
  /** How many times a file was actually parsed, for tests and benchmarks. */
  parses = 0;

  readonly read: FileReader = <T>(file: string, parse: (file: string) => T): T => {
    this.seen.add(file);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      // Gone between listing and reading: let the parser report it.
    }
    const entry = this.entries.get(file);
    if (stat && entry && entry.mtimeMs === stat.mtimeMs && entry.size === stat.size) return entry.value as T;
    const value = parse(file);
    this.parses += 1;
    this.changed = true;
    if (stat) this.entries.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, value });
    return value;
  };

  /** Starts a pass over the tree. */
  begin(): void {
    this.seen.clear();
    this.changed = false;
  }

  /** Ends a pass; true when any file was parsed, added or removed since the last one. */
  end(): boolean {
    for (const file of this.entries.keys()) {
      if (!this.seen.has(file)) {
        this.entries.delete(file);
        this.changed = true;
      }
    }
    return this.changed;
  }
}

/** With a watcher, a full look at the files at least this often, in case an event was missed. */
const RESCAN_MS = 2000;

export interface LoaderOptions {
  /**
   * Watch the folder (the dev server does): while no file changes, a call
   * returns the last tree without touching the disk at all.
   */
  watch?: boolean;
}

/**
 * A loader for the dev server: a call lists the content folders and stats
 * every file, parses only the files that changed, and returns the previous
 * tree itself when nothing did (and no scheduled post has come due). With
 * `watch`, calls between changes cost nothing. A broken file throws its
 * ContentError on every call until it is fixed.
 */
export function createTreeLoader(
  dir: string,
  options: Omit<LoadOptions, 'now'>,
  cache = new FileCache(),
  { watch = false }: LoaderOptions = {},
): () => ContentTree {
  let last: { tree: ContentTree; validUntil: number; scanned: number } | undefined;
  let dirty = true;
  let watcher: fs.FSWatcher | undefined;
  let started = !watch;
  // Started on the first call, so merely importing the loader watches nothing.
  const startWatching = () => {
    started = true;
    try {
      watcher = fs.watch(dir, { recursive: true, persistent: false }, () => {
        dirty = true;
      });
      watcher.on('error', () => {
        watcher = undefined;
      });
    } catch {
      // No watching here (a platform or file system without it): stat on every call instead.
    }
  };
  return () => {
    if (!started) startWatching();
    const now = Date.now();
    if (watcher && !dirty && last && now < last.validUntil && now - last.scanned < RESCAN_MS) return last.tree;
    // Cleared before reading, so a change made during the scan is seen by the next call.
    dirty = false;
    cache.begin();
    const scan = scanContentTree(dir, cache.read);
    const changed = cache.end();
    if (!changed && last && now < last.validUntil) {
      last.scanned = now;
      return last.tree;
    }
    last = undefined;
    const tree = assembleTree(dir, scan, { ...options, now: new Date(now) });
    // The tree changes by itself when a scheduled post's date arrives.
    const due = [...tree.posts, ...tree.withheld].filter((post) => post.scheduled).map((post) => post.date.getTime());
    last = { tree, validUntil: Math.min(Infinity, ...due), scanned: now };
    return tree;
  };
}
