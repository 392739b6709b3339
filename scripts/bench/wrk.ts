// Drives a server with wrk (C, its own threads, far lighter on the CPU than autocannon, which
// competes with the server for this machine's two cores) and reads its text report.
import { spawn, spawnSync } from 'node:child_process';
import type { LoadOptions, LoadResult } from './load';

export interface WrkReport {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  /** wrk's "Non-2xx or 3xx responses". */
  notOk: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "1.23ms", "456.00us", "2.01s" in milliseconds. */
function duration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text);
  if (!match) throw new Error(`wrk: cannot read the duration "${text}"`);
  return Number((Number(match[1]) * UNIT_MS[match[2]!]!).toFixed(3));
}

/** Reads the report `wrk --latency` prints; throws when a figure is missing. */
export function parseWrk(text: string): WrkReport {
  const need = (pattern: RegExp, what: string) => {
    const match = pattern.exec(text);
    if (!match) throw new Error(`wrk: no ${what} in its report:\n${text}`);
    return match;
  };
  const total = need(/^\s*(\d+) requests in ([\d.]+\w+),/m, 'request count');
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  return {
    requests: Number(total[1]),
    seconds: duration(total[2]!) / 1000,
    requestsPerSecond: Number(need(/^Requests\/sec:\s+([\d.]+)/m, 'requests per second')[1]),
    latencyMs: {
      p50: duration(need(/^\s+50(?:\.000)?%\s+(\S+)/m, 'median latency')[1]!),
      p99: duration(need(/^\s+99(?:\.000)?%\s+(\S+)/m, '99th percentile')[1]!),
      max: duration(need(/^\s+Latency\s+\S+\s+\S+\s+(\S+)/m, 'latency maximum')[1]!),
    },
    socketErrors: {
      connect: Number(socket?.[1] ?? 0),
      read: Number(socket?.[2] ?? 0),
      write: Number(socket?.[3] ?? 0),
      timeout: Number(socket?.[4] ?? 0),
    },
    notOk: Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0),
  };
}

export function wrkPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).stdout.trim();
  return found || undefined;
}

/**
 * The report as the bench's LoadResult. wrk counts answers that are not 2xx or 3xx without their
 * status, so `status`, the status of one request made before the run, names that class.
 */
export function wrkResult(url: string, report: WrkReport, status: number): LoadResult {
  const { connect, read, write, timeout } = report.socketErrors;
  const sampleClass = `${Math.floor(status / 100)}xx`;
  const statuses: Record<string, number> = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  if (status < 400) statuses[sampleClass] = report.requests - report.notOk;
  else statuses[sampleClass] = report.notOk;
  return {
    url,
    tool: 'wrk',
    requests: report.requests,
    seconds: report.seconds,
    requestsPerSecond: report.requestsPerSecond,
    latencyMs: report.latencyMs,
    errors: connect + read + write + timeout,
    timeouts: timeout,
    non2xx: report.notOk,
    statuses,
  };
}

/** Runs wrk against `url` for options.seconds with options.connections and 2 threads. */
export async function runWrk(wrk: string, url: string, options: LoadOptions): Promise<LoadResult> {
  const status = (await fetch(url, { redirect: 'manual' })).status;
  const args = [
    '--latency',
    '-t',
    '2',
    '-c',
    String(options.connections),
    '-d',
    `${options.seconds}s`,
    '--timeout',
    '10s',
  ];
  const child = spawn(wrk, [...args, url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  if (code !== 0) throw new Error(`wrk failed on ${url} (status ${code}): ${output}`);
  return wrkResult(url, parseWrk(output), status);
}
