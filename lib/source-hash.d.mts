/** lib/mdx and the modules of lib/ its plugins import, relative to the project's root. */
export const MDX_PIPELINE_SOURCES: readonly string[];

/** lib/content/load.ts and the modules of lib/ it imports, relative to the project's root. */
export const CONTENT_PARSE_SOURCES: readonly string[];

/** The post card's drawing and its size, relative to the project's root. */
export const SOCIAL_CARD_SOURCES: readonly string[];

/** A SHA-256 (hex) over the names and bytes of every file under `entries`, paths relative to `root`. */
export function hashSources(root: string, entries: readonly string[]): string;

/**
 * The hash of the code under `entries` this process runs: `fromBuild` (next.config.mjs's value)
 * in a built app, else the sources in the working folder; always the sources in development.
 */
export function currentHash(fromBuild: string | undefined, entries: readonly string[]): string;

/** The values next.config.mjs hands the app through its `env` option. */
export function sourceHashes(root: string): { MDX_PIPELINE_HASH: string; SOCIAL_CARD_HASH: string };
