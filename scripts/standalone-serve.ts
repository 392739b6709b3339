// tsx scripts/standalone-serve.ts --dir FOLDER --port 3000 [--hostname 127.0.0.1]
//
// The container without a container runtime: lays out FOLDER as the Dockerfile's runtime stage does,
// by running its own `COPY --from=build` steps against this checkout's build (NEXT_DIST_DIR in
// place of `.next`), then starts its CMD there. Nothing else of the
// checkout is in FOLDER, as in the image: only what Next traced into its standalone folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { copySteps, parseDockerfile, stage } from '../lib/dockerfile';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    port: { type: 'string', default: '3000' },
    hostname: { type: 'string', default: '127.0.0.1' },
  },
});
if (!values.dir) {
  console.error('standalone-serve: --dir FOLDER is required');
  process.exit(1);
}

const ROOT = path.resolve(import.meta.dirname, '..');
const distDir = process.env.NEXT_DIST_DIR?.trim() || '.next';
const target = path.resolve(values.dir);
/** `/app/.next/x` of the image as a path of this checkout, the build being in `distDir`. */
const built = (file: string, base: string) =>
  path.join(base, file.replace(/^\/app\//, '').replace(/^\.?\/?\.next(?=\/|$)/, distDir));

const runtime = stage(parseDockerfile(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')), 'runtime');
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
for (const step of copySteps(runtime)) {
  if (step.from !== 'build') throw new Error(`Dockerfile line ${step.line}: only COPY --from=build is run here`);
  // Files go into the destination when it is a folder (several sources, or a trailing `/`), as Docker copies.
  const intoFolder = step.sources.length > 1 || step.destination.endsWith('/');
  for (const source of step.sources) {
    const from = built(source, ROOT);
    if (!fs.existsSync(from))
      throw new Error(
        `Dockerfile line ${step.line}: the build has no ${source} (${from})` +
          (source.endsWith('/standalone') ? ': build with BUILD_STANDALONE=1, as the Dockerfile does' : ''),
      );
    const to = built(step.destination, target);
    // A folder's contents are copied, never the folder itself.
    const file = !fs.statSync(from).isDirectory();
    fs.cpSync(from, file && intoFolder ? path.join(to, path.basename(from)) : to, { recursive: true });
  }
}

const cmd = runtime.instructions.findLast((instruction) => instruction.keyword === 'CMD');
const [program, ...args] = z
  .array(z.string())
  .min(1)
  .parse(JSON.parse(cmd?.args ?? 'null'));
if (program !== 'node') throw new Error(`the Dockerfile's CMD runs ${program}, not node`);
const child = spawn(process.execPath, args, {
  cwd: target,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', HOSTNAME: values.hostname, PORT: values.port },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
