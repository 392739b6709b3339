// Runs `npm run build` as the bench sees it: wall time, peak memory of the whole process tree,
// and the phases Next records in its own trace file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DROP_RUNTIME_SCRIPT, nextBin, nextBuildEnv, ROUTING_SCRIPT, SEARCH_SCRIPT } from '../build.mjs';
import { canReadProc, watchTree } from './proc';

export interface BuildRun {
  distDir: string;
  ms: number;
  /** Highest sum of the RSS of `next build` and every process it started, polled from /proc. */
  peakTreeRssBytes: number | null;
  /** GNU time's "Maximum resident set size": the largest single process of the tree. */
  maxProcessRssBytes: number | null;
  /** GNU time's user + system CPU seconds of the build and the children it waited for: less
   * sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  /** User + system CPU seconds of every process of the tree, polled from /proc (workers included). */
  treeCpuSeconds: number | null;
  /** Phases from `<distDir>/trace`, in ms: compile, typecheck, prerender (static generation). */
  phases: Record<string, number>;
  log: string;
}

const TIME = '/usr/bin/time';
// Next's span names, and what the bench calls them.
const PHASES: Record<string, string> = {
  'run-turbopack': 'compile',
  'run-typescript': 'typecheck',
  'static-check': 'collect',
  'static-generation': 'prerender',
};

/** Phase durations (ms) from the JSON-lines trace Next writes into the build folder. */
export function tracePhases(traceText: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const line of traceText.split('\n')) {
    if (!line.trim()) continue;
    let events: unknown;
    try {
      events = JSON.parse(line);
    } catch {
      continue;
    }
    if (!Array.isArray(events)) continue;
    for (const event of events as { name?: string; duration?: number }[]) {
      const name = event.name && PHASES[event.name];
      if (name && typeof event.duration === 'number') phases[name] = (phases[name] ?? 0) + event.duration / 1000;
    }
  }
  return phases;
}

export interface Measured {
  code: number;
  ms: number;
  log: string;
  tree?: { peakRssBytes: number; cpuSeconds: number };
}

/** Runs a command to its end, with its output, wall time, and its process tree's peak memory and CPU. */
export async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const watch = canReadProc && child.pid ? watchTree(child.pid) : undefined;
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  return { code, ms: performance.now() - started, log, tree: watch?.stop() };
}

/** Pagefind's indexing of the prerendered posts, which `npm run build` runs beside drop-runtime. */
export interface SearchRun {
  ms: number;
  peakTreeRssBytes: number | null;
  treeCpuSeconds: number | null;
}

/** Where setAside puts a build folder: beside it, marked as the bench's to delete. */
const ASIDE = '.aside-';

/**
 * Moves an earlier build out of the way instead of deleting it. On this machine's ext4, creating
 * files is slow for about a minute after many were deleted: the inode allocator checks recently
 * freed inodes before it reuses one (`recently_deleted` in a kernel profile). A build deleted just
 * before the next made that build spend 15-25 s more in the kernel; a fresh clone never pays it. The folders set
 * aside are deleted by removeSetAside when the bench is done measuring.
 */
function setAside(distDir: string) {
  if (fs.existsSync(distDir)) fs.renameSync(distDir, `${distDir}${ASIDE}${process.pid}-${Date.now()}`);
}

/** Deletes the build folders setAside moved, for every folder in `distDirs`. */
export function removeSetAside(distDirs: string[]) {
  const dir = path.resolve('.');
  for (const name of fs.readdirSync(dir)) {
    if (distDirs.some((distDir) => name.startsWith(`${path.basename(distDir)}${ASIDE}`)))
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/**
 * A cold `npm run build` into `distDir` (an earlier one set aside first), with `env` added to
 * ours: `next build` as scripts/build.mjs runs it, then drop-runtime and, with `search`, the
 * search index, side by side as scripts/build.mjs runs them. `ms` is the whole; the search
 * index is also timed on its own. `logFile` receives the output; a failed step throws with its
 * last lines.
 */
export async function runBuild(options: {
  distDir: string;
  env?: Record<string, string>;
  logFile: string;
  clean?: boolean;
  search?: boolean;
}): Promise<BuildRun & { search?: SearchRun }> {
  const { distDir, logFile } = options;
  if (options.clean !== false) setAside(distDir);
  const withTime = fs.existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const args = withTime ? ['-v', process.execPath, nextBin(), 'build'] : [nextBin(), 'build'];
  const env = { ...process.env, ...options.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  const build = await measure(command, args, nextBuildEnv(env));
  let log = build.log;
  const fail = (what: string, code: number) => {
    fs.writeFileSync(logFile, log);
    return new Error(
      `${what} failed (status ${code}); full output in ${logFile}:\n${log.split('\n').slice(-25).join('\n')}`,
    );
  };
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  if (build.code !== 0) throw fail('next build', build.code);
  // As npm run build does: the pages lose the framework's script while the search index reads them.
  const [dropped, indexed, routing] = await Promise.all([
    measure(process.execPath, [DROP_RUNTIME_SCRIPT], env),
    options.search ? measure(process.execPath, [SEARCH_SCRIPT], env) : undefined,
    measure(process.execPath, ['--import', 'tsx', ROUTING_SCRIPT], env),
  ]);
  log += dropped.log + (indexed?.log ?? '') + routing.log;
  if (dropped.code !== 0) throw fail('drop-runtime', dropped.code);
  if (routing.code !== 0) throw fail('routing-table', routing.code);
  if (indexed && indexed.code !== 0) throw fail('build-search', indexed.code);
  const search: SearchRun | undefined = indexed && {
    ms: indexed.ms,
    peakTreeRssBytes: indexed.tree?.peakRssBytes ?? null,
    treeCpuSeconds: indexed.tree?.cpuSeconds ?? null,
  };
  fs.writeFileSync(logFile, log);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(build.log);
  const user = /User time \(seconds\): ([\d.]+)/.exec(build.log);
  const system = /System time \(seconds\): ([\d.]+)/.exec(build.log);
  const traceFile = path.join(distDir, 'trace');
  return {
    distDir,
    // The whole of npm run build: next build, then its three steps side by side.
    ms: build.ms + Math.max(dropped.ms, indexed?.ms ?? 0, routing.ms),
    peakTreeRssBytes: build.tree?.peakRssBytes ?? null,
    treeCpuSeconds: build.tree?.cpuSeconds ?? null,
    maxProcessRssBytes: maxRss ? Number(maxRss[1]) * 1024 : null,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : null,
    phases: fs.existsSync(traceFile) ? tracePhases(fs.readFileSync(traceFile, 'utf8')) : {},
    log,
    search,
  };
}
