// npm run export:serve [-- --root out --port 8080]
//
// Serves a static export with nginx and deploy/nginx.conf itself: the two lines that name the folder
// and the address are replaced, nothing else, so what is tested is what is deployed. nginx runs in
// the foreground from a prefix in the temporary folder (its pid and temp files), unprivileged or not.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { concreteNginxConfig } from '../lib/export/nginx';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'out' },
    port: { type: 'string', default: '8080' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('npm run export:serve [-- --root out --port 8080]: nginx with deploy/nginx.conf on 127.0.0.1:PORT');
  process.exit(0);
}

const root = path.resolve(values.root);
const port = Number(values.port);
if (!fs.existsSync(path.join(root, '_nginx', 'http.conf'))) {
  console.error(`export:serve: ${values.root} holds no export: run npm run export first`);
  process.exit(1);
}
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
