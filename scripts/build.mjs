/**
 * `npm run build`: `next build`, then the steps that read what it wrote, side by side: the type
 * check, the search index, and the framework script's removal followed by the server's routing
 * table (which takes each page's ETag from its final bytes). drop-runtime rewrites each page through
 * a rename, so the search indexer reads a page either before or after, and indexes the same text.
 * The first failure stops the build with that step's status.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
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

/** TypeScript 7's `tsc` (the `@typescript/native` alias), run with this Node. */
export const tscBin = () =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('@typescript/native/package.json')), 'bin', 'tsc');

/**
 * The type check (next.config.mjs turns Next's own off: it runs TypeScript 6's JavaScript
 * compiler). It waits for `next build` because the program includes the route types Next writes
 * into the dist folder, which `next build` first deletes: read in the meantime, they are missing.
 */
export const TYPECHECK_ARGS = () => [tscBin(), '--noEmit'];

/**
 * A step as the build's messages name it: `next build`, `tsc --noEmit`, `scripts/drop-runtime.mjs`.
 * @param {string[]} args
 */
export function stepName(args) {
  const [script = '', ...rest] = args;
  const name = script.includes('node_modules') ? path.basename(script) : script;
  return [name, ...rest].join(' ');
}

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
    child.on('close', (status, signal) => {
      const code = status ?? (signal ? 1 : 0);
      if (code !== 0) console.error(`build: ${stepName(args)} failed (${signal ?? `status ${status}`})`);
      resolve(code);
    });
  });
}

/**
 * The whole build, each step started through `runStep` (a Node script's arguments and its
 * environment, resolving to its exit status); resolves to the build's status.
 * @template {Record<string, string | undefined>} Env
 * @param {(args: string[], env: Env) => Promise<number>} runStep
 * @param {Env} env
 * @returns {Promise<number>}
 */
export async function build(runStep, env) {
  const built = await runStep([nextBin(), 'build'], nextBuildEnv(env));
  if (built !== 0) return built;
  const after = await Promise.all([
    runStep(TYPECHECK_ARGS(), env),
    runStep([DROP_RUNTIME_SCRIPT], env).then((status) =>
      status === 0 ? runStep(['--import', 'tsx', ROUTING_SCRIPT], env) : status,
    ),
    runStep([SEARCH_SCRIPT], env),
  ]);
  return after.find((status) => status !== 0) ?? 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await build(run, process.env);
}
