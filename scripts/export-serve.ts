// npm run export:serve [-- --root out --port 8080 --server nginx|wrangler]
//
// Serves a static export as it is deployed, on 127.0.0.1:
// - nginx (the default) with deploy/nginx.conf itself: the two lines that name the folder and the
//   address are replaced, nothing else, so what is tested is what is deployed. nginx runs in the
//   foreground from a prefix in the temporary folder (its pid and temp files), unprivileged or not.
// - wrangler: Cloudflare's own local runtime for Pages (`wrangler pages dev`), which reads
//   out/_headers and out/_redirects as Cloudflare Pages does. It needs no account nor network.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { concreteNginxConfig } from '../lib/export/nginx';
import { WRANGLER_COMPATIBILITY_DATE } from '../lib/export/static-host';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'out' },
    port: { type: 'string', default: '8080' },
    server: { type: 'string', default: 'nginx' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    "npm run export:serve [-- --root out --port 8080 --server nginx|wrangler]: the export on 127.0.0.1:PORT, behind nginx with deploy/nginx.conf or Cloudflare Pages' local runtime",
  );
  process.exit(0);
}
if (values.server !== 'nginx' && values.server !== 'wrangler') {
  console.error(`export:serve: --server is nginx or wrangler, not ${values.server}`);
  process.exit(1);
}

const root = path.resolve(values.root);
const port = Number(values.port);
if (!fs.existsSync(path.join(root, '_nginx', 'http.conf'))) {
  console.error(`export:serve: ${values.root} holds no export: run npm run export first`);
  process.exit(1);
}
if (values.server === 'wrangler') serveWithWrangler();
else serveWithNginx();

function serveWithWrangler() {
  const wrangler = createRequire(import.meta.url).resolve('wrangler/bin/wrangler.js');
  const state = path.join(os.tmpdir(), `blog-export-wrangler-${port}`);
  // A date no newer than the runtime wrangler bundles (it refuses later ones); its inspector gets
  // a port of its own, so that two checkouts' suites can run side by side.
  const args = ['pages', 'dev', root, '--ip', '127.0.0.1', '--port', String(port)];
  args.push('--compatibility-date', WRANGLER_COMPATIBILITY_DATE, '--inspector-port', String(port + 40));
  args.push('--persist-to', state, '--show-interactive-dev-session=false', '--log-level', 'warn');
  const child = spawn(process.execPath, [wrangler, ...args], {
    stdio: 'inherit',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  console.log(
    `export:serve: ${path.relative(process.cwd(), root) || root} at http://127.0.0.1:${port} (wrangler pages dev)`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function serveWithNginx() {
  const nginx =
    ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file)) ??
    (spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim() || undefined);
  if (!nginx) {
    console.error('export:serve: nginx is not installed (Debian/Ubuntu: sudo apt-get install nginx).');
    process.exit(1);
  }

  const prefix = path.join(os.tmpdir(), `blog-export-nginx-${port}`);
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(path.join(prefix, 'temp'), { recursive: true });
  const config = path.join(prefix, 'nginx.conf');
  const template = fs.readFileSync(path.join(import.meta.dirname, '..', 'deploy', 'nginx.conf'), 'utf8');
  fs.writeFileSync(config, concreteNginxConfig(template, { root, listen: `127.0.0.1:${port}` }));

  // Started by root, nginx's workers would switch to `nobody`, who may not reach a checkout under
  // /root; this is a preview on loopback, so they stay whoever started it, as they do for anyone else.
  const user = process.getuid?.() === 0 ? ' user root;' : '';
  const child = spawn(
    nginx,
    ['-p', prefix, '-c', config, '-e', 'stderr', '-g', `daemon off; pid ${path.join(prefix, 'nginx.pid')};${user}`],
    { stdio: 'inherit' },
  );
  console.log(
    `export:serve: ${path.relative(process.cwd(), root) || root} at http://127.0.0.1:${port} (nginx ${config})`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGQUIT'));
  child.on('exit', (code, signal) => {
    fs.rmSync(prefix, { recursive: true, force: true });
    process.exit(code ?? (signal ? 1 : 0));
  });
}
