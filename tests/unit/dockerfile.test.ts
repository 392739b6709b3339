import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { copySteps, parseDockerfile, stage } from '../../lib/dockerfile';
import config from '../../next.config.mjs';

/** next.config.mjs for a build, with BUILD_STANDALONE as given. */
function buildConfig(standalone: string | undefined) {
  const saved = process.env.BUILD_STANDALONE;
  if (standalone === undefined) delete process.env.BUILD_STANDALONE;
  else process.env.BUILD_STANDALONE = standalone;
  try {
    return config('phase-production-build');
  } finally {
    if (saved === undefined) delete process.env.BUILD_STANDALONE;
    else process.env.BUILD_STANDALONE = saved;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const stages = parseDockerfile(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
const ignored = fs
  .readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/** What `npm run build` writes into `.next` that the runtime stage may take. */
const BUILD_OUTPUTS = [
  // next build with output: 'standalone' (BUILD_STANDALONE=1)
  'standalone',
  // Next's hashed assets
  'static',
  // the prerendered pages, which scripts/drop-runtime.mjs rewrites after next build
  'server',
  // scripts/build-search.mjs
  'search-index',
  // scripts/routing-table.ts, which server.mjs answers from
  'blog-routing.json',
];

const args = (name: string, keyword: string) =>
  stage(stages, name)
    .instructions.filter((instruction) => instruction.keyword === keyword)
    .map((instruction) => instruction.args);

describe('Dockerfile', () => {
  it('parses continuations and stages', () => {
    const parsed = parseDockerfile('FROM a AS one\nRUN x \\\n  # note\n  y\nFROM b\nCOPY --from=one /p ./q\n');
    assert.deepEqual(
      parsed.map((s) => [s.name, s.image]),
      [
        ['one', 'a'],
        ['1', 'b'],
      ],
    );
    assert.equal(parsed[0]!.instructions[0]!.args, 'x y');
    assert.deepEqual(copySteps(parsed[1]!), [{ from: 'one', sources: ['/p'], destination: './q', line: 6 }]);
    assert.throws(() => parseDockerfile('RUN x'), /before any FROM/);
  });

  it('builds in stages on Node 20 slim', () => {
    assert.deepEqual(
      stages.map((s) => s.name),
      ['deps', 'build', 'runtime'],
    );
    for (const s of stages) assert.equal(s.image, 'node:20-slim', s.name);
  });

  it('takes SITE_URL at build time and runs the content check and npm run build', () => {
    assert.ok(args('build', 'ARG').some((arg) => arg.startsWith('SITE_URL')));
    assert.ok(args('build', 'ENV').some((env) => /\bSITE_URL=\$SITE_URL\b/.test(env)));
    assert.ok(args('build', 'RUN').some((run) => /npm run check && npm run build/.test(run)));
    // The runtime stage copies .next/standalone, which the build writes only when asked.
    assert.ok(args('build', 'ENV').some((env) => /\bBUILD_STANDALONE=1\b/.test(env)));
  });

  it('copies only what exists from the build context, and nothing .dockerignore leaves out', () => {
    for (const s of stages)
      for (const step of copySteps(s).filter((copy) => !copy.from))
        for (const source of step.sources) {
          if (source === '.') continue;
          assert.ok(fs.existsSync(path.join(ROOT, source)), `line ${step.line}: ${source} is not in the project`);
          assert.ok(!ignored.includes(source), `line ${step.line}: .dockerignore leaves out ${source}`);
        }
    // What the build stage needs of the context is not ignored.
    for (const needed of ['content', 'public', 'app', 'lib', 'scripts', 'next.config.mjs', 'package-lock.json'])
      assert.ok(!ignored.includes(needed), needed);
    for (const heavy of ['node_modules', '.next', '.git']) assert.ok(ignored.includes(heavy), heavy);
  });

  it("runs as a non-root user the standalone server, from what next build and npm run build's steps write", () => {
    assert.equal(buildConfig('1').output, 'standalone');
    // Not by default: tracing and copying the folder is seconds of every build that npm start does not use.
    assert.equal(buildConfig(undefined).output, undefined);
    assert.equal(buildConfig('0').output, undefined);
    // The server does not get it: Next would warn at every start that `next start` cannot run it.
    assert.equal(config('phase-production-server').output, undefined);
    const runtime = stage(stages, 'runtime');
    const steps = copySteps(runtime);
    for (const step of steps) {
      assert.equal(step.from, 'build', `line ${step.line}`);
      for (const source of step.sources) {
        const built = /^\/app\/\.next\/([^/]+)$/.exec(source)?.[1];
        if (built) assert.ok(BUILD_OUTPUTS.includes(built), `line ${step.line}: the build writes no .next/${built}`);
        else {
          const file = /^\/app\/(.+)$/.exec(source)?.[1];
          assert.ok(file && fs.existsSync(path.join(ROOT, file)), `line ${step.line}: ${source}`);
        }
      }
    }
    // Each output lands where the standalone server.js looks for it.
    assert.deepEqual(
      steps.map((step) => [step.sources[0], step.destination]),
      [
        ['/app/.next/standalone', './'],
        ['/app/public', './public'],
        ['/app/.next/static', './.next/static'],
        ['/app/.next/server', './.next/server'],
        ['/app/.next/search-index', './.next/search-index'],
        ['/app/.next/blog-routing.json', './.next/blog-routing.json'],
        ['/app/server.mjs', './'],
        ['/app/lib/server', './lib/server'],
        ['/app/lib/i18n/accept-language.mjs', './lib/i18n/accept-language.mjs'],
        ['/app/lib/security-headers.mjs', './lib/'],
      ],
    );
    const user = args('runtime', 'USER');
    assert.equal(user.length, 1);
    assert.notEqual(user[0], 'root');
    const lastCopy = Math.max(...steps.map((step) => step.line));
    const userLine = runtime.instructions.find((i) => i.keyword === 'USER')!.line;
    assert.ok(userLine > lastCopy, 'the user is set after the files are in place');
  });

  it("copies every module server.mjs imports, so the server starts from the image's files", () => {
    const copied = copySteps(stage(stages, 'runtime')).flatMap((step) => step.sources);
    const pending = ['server.mjs', 'next.config.mjs'];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const covered = copied.some((source) => {
        const relative = source.replace(/^\/app\//, '');
        return file === relative || file.startsWith(`${relative}/`);
      });
      assert.ok(covered, `the runtime stage lacks ${file}`);
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const [, specifier] of text.matchAll(/^import [^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm))
        pending.push(path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier!)));
    }
    assert.ok(seen.has('lib/server/answers.mjs'));
  });

  it('serves on port 3000 on every interface and checks its own /healthz', () => {
    const env = args('runtime', 'ENV').join(' ');
    assert.match(env, /\bPORT=3000\b/);
    assert.match(env, /\bHOSTNAME=0\.0\.0\.0\b/);
    assert.deepEqual(args('runtime', 'EXPOSE'), ['3000']);
    // The blog's own server, as npm start runs it.
    assert.deepEqual(args('runtime', 'CMD'), ['["node", "server.mjs"]']);
    assert.match(
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start,
      /node server\.mjs$/,
    );
    const [healthcheck] = args('runtime', 'HEALTHCHECK');
    assert.match(healthcheck ?? '', /CMD \[.*http:\/\/127\.0\.0\.1:3000\/healthz/);
  });
});
