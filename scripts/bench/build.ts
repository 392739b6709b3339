// Runs `next build` as the bench sees it: wall time, peak memory of the whole process tree,
// and the phases Next records in its own trace file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { canReadProc, watchPeakRss } from './proc';

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
  /** Phases from `<distDir>/trace`, in ms: compile, typecheck, prerender (static generation). */
  phases: Record<string, number>;
  log: string;
}

const TIME = '/usr/bin/time';
const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');
// Next's span names, and what the bench calls them.
const PHASES: Record<string, string> = {
  'run-turbopack': 'compile',
  'run-typescript': 'typecheck',
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

/**
 * A cold production build into `distDir` (removed first), with `env` added to ours.
 * `logFile` receives Next's output; a failed build throws with its last lines.
 */
export async function runBuild(options: {
  distDir: string;
  env?: Record<string, string>;
  logFile: string;
  clean?: boolean;
}): Promise<BuildRun> {
  const { distDir, logFile } = options;
  if (options.clean !== false) fs.rmSync(distDir, { recursive: true, force: true });
  const withTime = fs.existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const args = withTime ? ['-v', process.execPath, NEXT_BIN, 'build'] : [NEXT_BIN, 'build'];
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const peak = canReadProc && child.pid ? watchPeakRss(child.pid) : undefined;
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  const ms = performance.now() - started;
  const peakTreeRssBytes = peak ? peak.stop() : null;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, log);
  if (code !== 0) {
    throw new Error(
      `next build failed (status ${code}); full output in ${logFile}:\n${log.split('\n').slice(-25).join('\n')}`,
    );
  }
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
  const user = /User time \(seconds\): ([\d.]+)/.exec(log);
  const system = /System time \(seconds\): ([\d.]+)/.exec(log);
  const traceFile = path.join(distDir, 'trace');
  return {
    distDir,
    ms,
    peakTreeRssBytes,
    maxProcessRssBytes: maxRss ? Number(maxRss[1]) * 1024 : null,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : null,
    phases: fs.existsSync(traceFile) ? tracePhases(fs.readFileSync(traceFile, 'utf8')) : {},
    log,
  };
}
