/**
 * `npm run build`: `next build`, then the steps that read what it wrote, side by side: the
 * framework script's removal, the search index and the server's routing table (scripts/drop-runtime.mjs rewrites each page through a rename, so the search indexer reads
 * a page either before or after, and indexes the same text). The first failure stops the build
 * with that step's status.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * V8's young generation for `next build` and the prerender workers it starts (they inherit
 * NODE_OPTIONS). Rendering a page allocates many short-lived objects; with the default 16 MiB
 * semi-space the workers spent about a seventh of their time collecting garbage.
 */
export const NEXT_BUILD_NODE_OPTIONS = '--max-semi-space-size=64';

/**
 * The environment `next build` runs in: `env` with NEXT_BUILD_NODE_OPTIONS added to NODE_OPTIONS
 * (a semi-space size set there already wins).
 * @template {Record<string, string | undefined>} Env
 * @param {Env} env
 * @returns {Env}
 */
export function nextBuildEnv(env) {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max-semi-space-size\b/.test(options)) return env;
  return /** @type {Env} */ ({ ...env, NODE_OPTIONS: `${options} ${NEXT_BUILD_NODE_OPTIONS}`.trim() });
}

/** The steps that read the prerendered pages, which run side by side once `next build` is done. */
export const DROP_RUNTIME_SCRIPT = 'scripts/drop-runtime.mjs';
export const SEARCH_SCRIPT = 'scripts/build-search.mjs';
/** The routing table the production server answers from (server.mjs), run through tsx. */
export const ROUTING_SCRIPT = 'scripts/routing-table.ts';

/** Next's command-line entry, run with this Node. */
export const nextBin = () => createRequire(import.meta.url).resolve('next/dist/bin/next');

/**
 * Runs a Node script to its end with our output streams; resolves to its exit status.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`build: ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const built = await run([nextBin(), 'build'], nextBuildEnv(process.env));
  if (built !== 0) return built;
  const after = await Promise.all([
    run([DROP_RUNTIME_SCRIPT], process.env),
    run([SEARCH_SCRIPT], process.env),
    run(['--import', 'tsx', ROUTING_SCRIPT], process.env),
  ]);
  return after.find((status) => status !== 0) ?? 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main();
}
