// Drives a server with wrk when it is installed (scripts/bench/wrk.ts), else with autocannon, run
// as its own process so the load does not share an event loop with the bench.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { canReadProc, treeCpuSeconds } from './proc';
import { runWrk, wrkPath } from './wrk';

export interface LoadOptions {
  connections: number;
  seconds: number;
  maxRequests: number;
  /**
   * A run this long at the same load first, not counted: the server's first seconds under load
   * (code paths compiled, caches filled) would otherwise be the measured run's tail. Default 0.
   */
  warmUpSeconds?: number;
}

export interface LoadResult {
  url: string;
  /** The load generator: wrk, or autocannon where wrk is not installed. */
  tool: 'wrk' | 'autocannon';
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** Requests that got no answer: connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  /**
   * CPU time the server's process tree spent per request during the run, in milliseconds (when
   * its pid is given, on Linux). Other work on the machine slows the requests per second down
   * far more than it moves this.
   */
  serverCpuMsPerRequest?: number;
}

interface AutocannonJson {
  requests: { total: number };
  latency: { p50: number; p99: number; max: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '1xx': number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}

const AUTOCANNON = path.join('node_modules', 'autocannon', 'autocannon.js');

export function summarize(url: string, result: AutocannonJson): LoadResult {
  return {
    url,
    tool: 'autocannon',
    requests: result.requests.total,
    seconds: result.duration,
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: {
      '1xx': result['1xx'],
      '2xx': result['2xx'],
      '3xx': result['3xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
    },
  };
}

/** The tool runLoad uses on this machine. */
export const loadTool = (): LoadResult['tool'] => (wrkPath() ? 'wrk' : 'autocannon');

/**
 * Drives `url` (wrk, else autocannon), after the warm-up run the options ask for; with `serverPid`,
 * also the CPU time the server spent per request in the measured run.
 */
export async function runLoad(url: string, options: LoadOptions, serverPid?: number): Promise<LoadResult> {
  const { warmUpSeconds = 0, ...measured } = options;
  if (warmUpSeconds > 0) await drive(url, { ...measured, seconds: warmUpSeconds });
  return drive(url, measured, serverPid);
}

async function drive(url: string, options: LoadOptions, serverPid?: number): Promise<LoadResult> {
  const cpuBefore = serverPid !== undefined && canReadProc ? treeCpuSeconds(serverPid) : undefined;
  const wrk = wrkPath();
  if (wrk) {
    const result = await runWrk(wrk, url, options);
    if (cpuBefore !== undefined && result.requests > 0)
      result.serverCpuMsPerRequest = (1000 * (treeCpuSeconds(serverPid!) - cpuBefore)) / result.requests;
    return result;
  }
  const args = [
    AUTOCANNON,
    '--json',
    '--no-progress',
    '--connections',
    String(options.connections),
    '--duration',
    String(options.seconds),
    '--maxOverallRequests',
    String(options.maxRequests),
    '--timeout',
    '10',
    url,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  const line = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{'))
    throw new Error(`autocannon failed on ${url} (status ${code}): ${stderr || stdout}`);
  const result = summarize(url, JSON.parse(line) as AutocannonJson);
  if (cpuBefore !== undefined && result.requests > 0)
    result.serverCpuMsPerRequest = (1000 * (treeCpuSeconds(serverPid!) - cpuBefore)) / result.requests;
  return result;
}
