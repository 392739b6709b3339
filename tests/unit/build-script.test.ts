import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  build,
  DROP_RUNTIME_SCRIPT,
  ROUTING_SCRIPT,
  NEXT_BUILD_NODE_OPTIONS,
  nextBin,
  nextBuildEnv,
  SEARCH_SCRIPT,
  stepName,
  TYPECHECK_ARGS,
} from '../../scripts/build.mjs';

type Env = Record<string, string | undefined>;

/** The NODE_OPTIONS next build gets in an environment holding only `env`. */
const nodeOptions = (env: Record<string, string | undefined>) => nextBuildEnv(env).NODE_OPTIONS;

/**
 * A stand-in for running the steps: records each start, and lets the test end each step with a
 * status of its choosing, in any order.
 */
function fakeSteps() {
  const started: { name: string; env: Env; finish: (status: number) => void }[] = [];
  const runStep = (args: string[], env: Env) =>
    new Promise<number>((resolve) => started.push({ name: stepName(args), env, finish: resolve }));
  const step = (name: string) => {
    const found = started.find((s) => s.name === name);
    assert.ok(found, `${name} started (started: ${started.map((s) => s.name).join(', ')})`);
    return found;
  };
  return { started, runStep, step };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const AFTER_NEXT = ['tsc --noEmit', DROP_RUNTIME_SCRIPT, SEARCH_SCRIPT];

describe('npm run build (scripts/build.mjs)', () => {
  it("gives next build and its workers a larger young generation, keeping the caller's options", () => {
    assert.equal(nodeOptions({}), '--max-semi-space-size=64');
    assert.equal(
      nodeOptions({ NODE_OPTIONS: '--max-old-space-size=4096' }),
      `--max-old-space-size=4096 ${NEXT_BUILD_NODE_OPTIONS}`,
    );
    // A size the caller chose wins.
    assert.equal(nodeOptions({ NODE_OPTIONS: '--max-semi-space-size=16' }), '--max-semi-space-size=16');
    const env = { PATH: '/bin', NEXT_DIST_DIR: '.next-x' };
    assert.deepEqual(nextBuildEnv(env), { ...env, NODE_OPTIONS: NEXT_BUILD_NODE_OPTIONS });
    assert.equal('NODE_OPTIONS' in env, false, 'the given environment is left as it was');
  });

  it("runs Next's own command-line entry and TypeScript 7's tsc", () => {
    assert.equal(path.basename(nextBin()), 'next');
    assert.ok(fs.existsSync(nextBin()));
    const [tsc] = TYPECHECK_ARGS();
    assert.ok(tsc && fs.existsSync(tsc));
    const version = execFileSync(process.execPath, [tsc, '--version'], { encoding: 'utf8' });
    assert.match(version, /^Version 7\./);
  });

  it('runs next build alone, then the type check, drop-runtime and the search index side by side', async () => {
    const { started, runStep, step } = fakeSteps();
    const env = { PATH: '/bin', NEXT_DIST_DIR: '.next-x' };
    const done = build(runStep, env);
    await tick();
    assert.deepEqual(
      started.map((s) => s.name),
      ['next build'],
    );
    assert.equal(step('next build').env.NODE_OPTIONS, NEXT_BUILD_NODE_OPTIONS);
    step('next build').finish(0);
    await tick();
    assert.deepEqual(started.map((s) => s.name).slice(1), AFTER_NEXT, 'all three start before any ends');
    assert.equal(step('tsc --noEmit').env.NEXT_DIST_DIR, '.next-x');
    step(DROP_RUNTIME_SCRIPT).finish(0);
    await tick();
    // The routing table takes each page's ETag from the bytes drop-runtime wrote.
    const routing = `--import tsx ${ROUTING_SCRIPT}`;
    assert.equal(started.at(-1)?.name, routing);
    step('tsc --noEmit').finish(0);
    step(SEARCH_SCRIPT).finish(0);
    step(routing).finish(0);
    assert.equal(await done, 0);
  });

  it('writes no routing table when drop-runtime fails', async () => {
    const { started, runStep, step } = fakeSteps();
    const done = build(runStep, {});
    await tick();
    step('next build').finish(0);
    await tick();
    step(DROP_RUNTIME_SCRIPT).finish(1);
    step(SEARCH_SCRIPT).finish(0);
    step('tsc --noEmit').finish(0);
    assert.equal(await done, 1);
    assert.ok(!started.some((s) => s.name.includes(ROUTING_SCRIPT)));
  });

  it('fails with the type check when tsc finds an error, even though the pages were built', async () => {
    const { runStep, step } = fakeSteps();
    const done = build(runStep, {});
    await tick();
    step('next build').finish(0);
    await tick();
    step(DROP_RUNTIME_SCRIPT).finish(0);
    step(SEARCH_SCRIPT).finish(0);
    step('tsc --noEmit').finish(2);
    await tick();
    step(`--import tsx ${ROUTING_SCRIPT}`).finish(0);
    assert.equal(await done, 2);
  });

  it('stops when next build fails, before any other step', async () => {
    const { started, runStep, step } = fakeSteps();
    const done = build(runStep, {});
    await tick();
    step('next build').finish(1);
    assert.equal(await done, 1);
    assert.deepEqual(
      started.map((s) => s.name),
      ['next build'],
    );
  });

  it('the type check fails on a type error, printing it with file and line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-tsc-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true, noEmit: true } }),
      );
      fs.writeFileSync(path.join(dir, 'wrong.ts'), 'export const count: number = "two";\n');
      const [tsc, ...args] = TYPECHECK_ARGS();
      let failure: { status: number; stdout: string } | undefined;
      try {
        execFileSync(process.execPath, [tsc!, ...args], { cwd: dir, encoding: 'utf8' });
      } catch (error) {
        failure = error as { status: number; stdout: string };
      }
      assert.ok(failure, 'tsc exits with a failure status');
      assert.notEqual(failure.status, 0);
      assert.match(failure.stdout, /wrong\.ts\(1,14\): error TS2322/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names each step in its messages', () => {
    assert.equal(stepName([nextBin(), 'build']), 'next build');
    assert.equal(stepName(TYPECHECK_ARGS()), 'tsc --noEmit');
    assert.equal(stepName([DROP_RUNTIME_SCRIPT]), 'scripts/drop-runtime.mjs');
  });
});
