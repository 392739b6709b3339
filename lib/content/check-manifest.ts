import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import v8 from 'node:v8';
import type { ContentProblem } from './errors';
import type { FileReader } from './load';

/** Bumped when what is stored changes shape. */
const FORMAT = 1;

/** A post's compile as the content check saw it: its problems and what they depended on. */
export interface CompileRecord {
  /** The file's content hash with everything else the compile depends on (see scripts/check-content.ts). */
  key: string;
  /** What the compile reported (none when it compiled). */
  problems: ContentProblem[];
  /** Each link address in the post and what the internal link check said of it then (null: fine). */
  links: [url: string, verdict: string | null][];
  /** Figure files the compile read, with their content hashes. */
  files: [file: string, hash: string][];
  /** Files the compile looked for and did not find. */
  missing: string[];
}

interface FileRecord {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** The loader's parse of the file (lib/content/load.ts), when it survives storing. */
  parsed?: unknown;
  compiled?: CompileRecord;
}

interface Stored {
  format: number;
  /** v8's serialization belongs to the Node.js version that wrote it. */
  runtime: string;
  /** See `CheckManifest.open`. */
  code: string;
  files: Map<string, FileRecord>;
}

const sha256 = (bytes: Uint8Array | string) => crypto.createHash('sha256').update(bytes).digest('hex');

/** True when the value comes back from storage exactly as it went in (dates, nested objects, no classes). */
function survivesStorage(value: unknown): boolean {
  try {
    return isDeepStrictEqual(v8.deserialize(v8.serialize(value)), value);
  } catch {
    return false;
  }
}

/**
 * What the last content check found, file by file, in one file (`<distDir>/cache/check/manifest.bin`),
 * so a check over an unchanged tree reads one file rather than reparsing and recompiling 2,000.
 * Every entry is keyed by its file's content hash, never its modification time: a file whose bytes
 * changed is parsed again, and a post's compile is taken only while its text, its figures' bytes,
 * the files it found missing and the verdicts on its internal links are all as they were.
 * Cross-file checks (slugs, translations, links, series) are not stored: they run on every check
 * over the parsed files. A missing, damaged or foreign manifest is an empty one.
 */
export class CheckManifest {
  /** Files parsed (not taken from the manifest) in this run. */
  parsed = 0;
  private readonly previous: Map<string, FileRecord>;
  private readonly current = new Map<string, FileRecord>();
  private readonly hashes = new Map<string, string | null>();
  private changed = false;

  private constructor(
    readonly file: string | undefined,
    /** Names the code whose results are stored (source and lockfile hashes): another code, another manifest. */
    readonly code: string,
    previous: Map<string, FileRecord>,
  ) {
    this.previous = previous;
  }

  /** The manifest at `file` if it was written by this `code` and this Node.js; else an empty one. */
  static open(file: string | undefined, code: string): CheckManifest {
    let previous = new Map<string, FileRecord>();
    try {
      const stored = file ? (v8.deserialize(fs.readFileSync(file)) as Partial<Stored>) : undefined;
      if (
        stored?.format === FORMAT &&
        stored.runtime === process.version &&
        stored.code === code &&
        stored.files instanceof Map
      ) {
        previous = stored.files;
      }
    } catch {
      // none yet, or unreadable: everything is checked afresh
    }
    return new CheckManifest(file, code, previous);
  }

  /** The SHA-256 of a file's bytes, read once per run; null when it cannot be read. */
  hashOf(file: string): string | null {
    let hash = this.hashes.get(file);
    if (hash !== undefined) return hash;
    try {
      hash = sha256(fs.readFileSync(file));
    } catch {
      hash = null;
    }
    this.hashes.set(file, hash);
    return hash;
  }

  /** Whether `file`'s bytes, read again now, still hash to `hash` (the hash this run began with). */
  unchanged(file: string, hash: string): boolean {
    try {
      return sha256(fs.readFileSync(file)) === hash;
    } catch {
      return false;
    }
  }

  /** A FileReader for scanContentTree: a file whose bytes are unchanged is not parsed again. */
  readonly read: FileReader = <T>(file: string, parse: (file: string) => T): T => {
    const hash = this.hashOf(file);
    const before = this.previous.get(file);
    if (hash !== null && before?.hash === hash && 'parsed' in before) {
      this.current.set(file, before);
      return before.parsed as T;
    }
    const value = parse(file);
    this.parsed += 1;
    this.changed = true;
    // Stored only when the bytes parsed are the bytes hashed (the file did not change meanwhile).
    if (hash !== null && this.unchanged(file, hash)) {
      this.current.set(file, survivesStorage(value) ? { hash, parsed: value } : { hash });
    }
    return value;
  };

  /**
   * The stored compile of `file` under `key`, if what it depended on is unchanged: its figure
   * files' bytes, the files it did not find, and `verdict` on each of its links.
   */
  compiled(file: string, key: string, verdict: (url: string) => string | null): CompileRecord | undefined {
    const record = this.current.get(file)?.compiled;
    if (!record || record.key !== key) return undefined;
    const fresh =
      record.files.every(([figure, hash]) => this.hashOf(figure) === hash) &&
      record.missing.every((missing) => !fs.existsSync(missing)) &&
      record.links.every(([url, then]) => verdict(url) === then);
    return fresh ? record : undefined;
  }

  /** Stores a compile's outcome with the file's parse; figure hashes are taken here. */
  recordCompile(file: string, outcome: Omit<CompileRecord, 'files'> & { files: string[] }): void {
    const entry = this.current.get(file);
    if (!entry || !survivesStorage(outcome.problems)) return;
    const files: [string, string][] = [];
    for (const figure of outcome.files) {
      const hash = this.hashOf(figure);
      // A figure that cannot be read leaves nothing to compare with: not stored.
      if (hash === null) return;
      files.push([figure, hash]);
    }
    this.current.set(file, { ...entry, compiled: { ...outcome, files } });
    this.changed = true;
  }

  /** Writes what this run saw (files gone since are dropped), when anything changed. A failed write only costs time. */
  save(): void {
    if (!this.file) return;
    if (!this.changed && this.current.size === this.previous.size) return;
    const stored: Stored = { format: FORMAT, runtime: process.version, code: this.code, files: this.current };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temporary, v8.serialize(stored));
      fs.renameSync(temporary, this.file);
    } catch {
      try {
        fs.rmSync(temporary, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
}
