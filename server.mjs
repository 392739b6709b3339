// @ts-check
/**
 * The blog's production server: Next's documented custom server, with the answers Next cannot give
 * right made first from the build's routing table (lib/server/answers.mjs says which and why).
 * `npm start` builds and runs it; flags as `next start`: -p/--port (or PORT, default 3000) and
 * -H/--hostname (or HOSTNAME; default every interface). NEXT_DIST_DIR names the build folder.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import { distDirName } from './lib/dist-dir.mjs';
import { decide, loadRouting } from './lib/server/answers.mjs';
import { fairQueue } from './lib/server/fair-queue.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;
const distDir = path.resolve(dir, distDirName());

let routing;
try {
  routing = loadRouting(distDir);
} catch (error) {
  console.error(`The blog cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
const toNext = fairQueue(handle, (request) => request.socket.destroyed);

const server = http.createServer((request, response) => {
  const decision = decide(routing, request);
  if ('next' in decision) {
    request.url = decision.next;
    for (const [name, value] of Object.entries(decision.headers ?? {})) response.setHeader(name, value);
    toNext(request, response);
    return;
  }
  const { status, headers, body } = decision.answer;
  response.writeHead(status, { ...headers, 'Content-Length': String(body?.length ?? 0) });
  response.end(body);
});
server.listen(port, hostname, () => {
  console.log(`> The blog is served at http://${hostname ?? 'localhost'}:${port} (build in ${distDir})`);
});
