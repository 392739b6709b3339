import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validateWorkflow } from '@action-validator/core';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOW = path.join(ROOT, '.github/workflows/deploy-pages.yml');
const source = fs.readFileSync(WORKFLOW, 'utf8');

const Step = z.object({
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  env: z.record(z.string(), z.string()).optional(),
});
const Workflow = z.object({ jobs: z.record(z.string(), z.object({ steps: z.array(Step) })) });

describe('.github/workflows/deploy-pages.yml', () => {
  it("is a valid GitHub workflow (GitHub's schema, checked offline by action-validator)", () => {
    assert.deepEqual(validateWorkflow(source).errors, []);
  });

  it('the check catches a broken workflow', () => {
    const broken = source.replace('runs-on:', 'runs_on:');
    assert.notEqual(broken, source);
    assert.notDeepEqual(validateWorkflow(broken).errors, []);
  });

  const steps = Object.values(Workflow.parse(parseYaml(source)).jobs).flatMap((job) => job.steps);
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<
    string,
    string
  >;

  it('exports with SITE_URL, running only scripts package.json has', () => {
    const exported = steps.find((step) => /npm run export\b/.test(step.run ?? ''));
    assert.ok(exported, 'a step runs npm run export');
    assert.match(exported.env?.SITE_URL ?? '', /^\$\{\{ vars\.SITE_URL \}\}$/);
    for (const step of steps)
      for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g))
        assert.ok(scripts[script!], `package.json has no script ${script}`);
  });

  it('publishes the folder the export wrote with the named secrets, after exporting it', () => {
    const exportIndex = steps.findIndex((step) => /npm run export -- --out out\b/.test(step.run ?? ''));
    const publishIndex = steps.findIndex((step) => step.uses?.startsWith('cloudflare/wrangler-action@'));
    assert.ok(exportIndex >= 0 && publishIndex > exportIndex, 'the export, then the publishing');
    const publish = steps[publishIndex]!;
    assert.match(String(publish.with?.command), /^pages deploy out\b/);
    assert.equal(publish.with?.apiToken, '${{ secrets.CLOUDFLARE_API_TOKEN }}');
    assert.equal(publish.with?.accountId, '${{ secrets.CLOUDFLARE_ACCOUNT_ID }}');
  });
});
