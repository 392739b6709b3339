import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distDirName } from '../../lib/dist-dir.mjs';

describe('the build folder (lib/dist-dir.mjs)', () => {
  it('is NEXT_DIST_DIR when set, else .next', () => {
    assert.equal(distDirName({}), '.next');
    assert.equal(distDirName({ NEXT_DIST_DIR: '' }), '.next');
    assert.equal(distDirName({ NEXT_DIST_DIR: '  ' }), '.next');
    assert.equal(distDirName({ NEXT_DIST_DIR: ' .next-e2e ' }), '.next-e2e');
  });
});
