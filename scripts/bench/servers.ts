// The servers the bench measures: the blog's server (server.mjs) from a build, and two references
// serving one file: nginx, and a bare Node http server (what any Node server pays on this machine).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  origin: string;
  pid: number;
  stop: () => Promise<void>;
}

/** `port`, or a free one the system picks. */
export async function portOr(port: number | undefined): Promise<number> {
  if (port) return port;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as net.AddressInfo;
      server.close(() => resolve(free));
    });
    server.on('error', reject);
  });
}

/** Resolves once `url` answers at all; throws with the child's output if it stops or 90 s pass. */
async function waitForAnswer(url: string, child: ChildProcess, output: () => string, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} stopped (status ${child.exitCode}):\n${output()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${what} did not answer ${url} within 90 s:\n${output()}`);
}

/** Stops `child`: SIGTERM, then SIGKILL after 5 s. */
function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

/**
 * Starts `command` serving on 127.0.0.1:`port`, its output kept for the error should it stop or
 * never answer; resolves once `readyPath` answers. `cleanUp` runs once the process has stopped.
 */
export async function startServer(options: {
  command: string;
  args: string[];
  port: number;
  readyPath: string;
  what: string;
  env?: NodeJS.ProcessEnv;
  cleanUp?: () => void;
}): Promise<RunningServer & { stopped: () => boolean; output: () => string }> {
  const child = spawn(options.command, options.args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${options.port}`;
  const stopChild = stopper(child);
  const stop = async () => {
    await stopChild();
    options.cleanUp?.();
  };
  try {
    await waitForAnswer(`${origin}${options.readyPath}`, child, () => output, options.what);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: child.pid!, stop, stopped: () => child.exitCode !== null, output: () => output };
}

/** The blog's server (server.mjs, as `npm start` runs it) on 127.0.0.1 from the build in `distDir`; resolves once it answers. */
export async function startBlogServer(options: {
  distDir: string;
  port: number;
  env?: Record<string, string>;
}): Promise<RunningServer & { stopped: () => boolean; output: () => string }> {
  return startServer({
    command: process.execPath,
    args: ['server.mjs', '-p', String(options.port), '-H', '127.0.0.1'],
    port: options.port,
    readyPath: '/pt',
    what: 'the blog server',
    env: { ...process.env, ...options.env, NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

export function nginxPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')[0];
  return found || undefined;
}

/**
 * nginx on 127.0.0.1:`port` answering every request with `file` (as text/html), from a config in
 * a temporary folder; stop() ends it and removes the folder.
 */
export async function startNginx(options: {
  nginx: string;
  port: number;
  file: string;
}): Promise<RunningServer & { workers: string }> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  // nginx's workers run as an unprivileged user when started as root: they must read the folder.
  fs.chmodSync(prefix, 0o755);
  fs.copyFileSync(options.file, path.join(prefix, 'page.html'));
  fs.chmodSync(path.join(prefix, 'page.html'), 0o644);
  const workers = 'auto';
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `daemon off;
worker_processes ${workers};
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${options.port};
    root ${prefix};
    default_type text/html;
    location / { try_files /page.html =404; }
  }
}
`,
  );
  const server = await startServer({
    command: options.nginx,
    args: ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
    port: options.port,
    readyPath: '/',
    what: 'nginx',
    cleanUp: () => fs.rmSync(prefix, { recursive: true, force: true }),
  });
  return { ...server, workers };
}

// One process, one event loop, the file's bytes kept in memory: the floor for a Node server here.
const NODE_FLOOR = `
const http = require('node:http');
const body = require('node:fs').readFileSync(process.argv[1]);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length };
http.createServer((request, response) => { response.writeHead(200, headers); response.end(body); })
  .listen(Number(process.argv[2]), '127.0.0.1');
`;

/** A bare Node http server on 127.0.0.1:`port` answering every request with `file`. */
export async function startNodeFloor(options: { port: number; file: string }): Promise<RunningServer> {
  return startServer({
    command: process.execPath,
    args: ['-e', NODE_FLOOR, options.file, String(options.port)],
    port: options.port,
    readyPath: '/',
    what: 'the bare Node server',
  });
}
