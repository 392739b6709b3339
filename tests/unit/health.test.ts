import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getPostIndex } from '../../lib/content';
import { health } from '../../lib/health';

describe('health', () => {
  it("answers with the build's id and the published posts per language", () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-health-'));
    fs.writeFileSync(path.join(distDir, 'BUILD_ID'), 'b-42\n');
    const answer = health(distDir);
    assert.equal(answer.status, 'ok');
    assert.equal(answer.buildId, 'b-42');
    assert.deepEqual(answer.posts, { pt: getPostIndex('pt').length, en: getPostIndex('en').length });
    assert.ok(answer.posts.pt > 0);
    fs.rmSync(distDir, { recursive: true });
  });

  it('fails without a build, rather than answering for none', () => {
    assert.throws(() => health(path.join(os.tmpdir(), 'blog-health-none')), /ENOENT/);
  });
});
