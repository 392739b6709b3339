import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { NEXT_BUILD_NODE_OPTIONS, nextBin, nextBuildEnv } from '../../scripts/build.mjs';

/** The NODE_OPTIONS next build gets in an environment holding only `env`. */
const nodeOptions = (env: Record<string, string | undefined>) => nextBuildEnv(env).NODE_OPTIONS;

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

  it("runs Next's own command-line entry", () => {
    assert.equal(path.basename(nextBin()), 'next');
    assert.ok(fs.existsSync(nextBin()));
  });
});
