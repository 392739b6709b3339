import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import { frontMatterSchema, seriesSchema, siteSchema, tagsSchema } from '../../lib/content/schema';
import { parseYaml } from '../../lib/content/yaml';
import { checkMdx } from '../../lib/mdx/pipeline';

// Every example in the authoring guide must work as written: MDX compiles with
// the blog's plugins, front matter and YAML files pass their schemas.

const ROOT = path.resolve(import.meta.dirname, '../..');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs/AUTHORING.md'), 'utf8');
const PUBLIC = path.join(ROOT, 'public');
// The guide's figures use the Kafka post's images, by relative path; its images and videos
// beside the post are those of the media fixture post, as if the example were written there.
const ID = '2023-10-02-kafka-intro';
const BESIDE = path.join(ROOT, 'tests/fixtures/content/posts/2023-06-01-midia/pt.mdx');

function blocks(language: string): { code: string; line: number }[] {
  const pattern = new RegExp(`^(\`{3,})${language}\\n([\\s\\S]*?)\\n\\1$`, 'gm');
  return [...GUIDE.matchAll(pattern)].map((match) => ({
    code: match[2]!,
    line: GUIDE.slice(0, match.index).split('\n').length + 1,
  }));
}

describe('docs/AUTHORING.md', () => {
  const mdx = blocks('mdx');

  it('has examples of every component, front matter and translation', () => {
    const all = mdx.map((b) => b.code).join('\n');
    const constructs = ['> [!WARNING]', '<Callout', '[^isr]:', '<details>', '$$', '{/*', '```diff', '```java:'];
    for (const needle of [
      '<Figure',
      '<Quote',
      '<References>',
      '```ts',
      'translationOf:',
      'date: 2099-',
      ...constructs,
      '](./paisagem.jpg "',
      '<Video',
      '<track',
      '```mermaid',
    ]) {
      assert.ok(all.includes(needle), `no mdx example with ${needle}`);
    }
  });

  for (const { code, line } of mdx) {
    it(`compiles the mdx example at line ${line}`, async () => {
      let body = code;
      if (code.startsWith('---\n')) {
        const file = matter(code, { engines: { yaml: (source: string) => parseYaml(source) as object } });
        const parsed = frontMatterSchema.safeParse(file.data);
        assert.ok(parsed.success, parsed.error?.message);
        body = file.content;
      }
      assert.deepEqual(await checkMdx({ id: ID, body, file: BESIDE }, PUBLIC), [], `docs/AUTHORING.md:${line}`);
    });
  }

  for (const { code, line } of blocks('yaml')) {
    it(`validates the yaml example at line ${line}`, () => {
      const data = parseYaml(code.replace(/^---$/gm, ''));
      const schema = code.startsWith('# content/series/')
        ? seriesSchema
        : code.startsWith('# content/tags.yml')
          ? tagsSchema
          : code.startsWith('# content/site.yml')
            ? siteSchema
            : frontMatterSchema;
      const parsed = schema.safeParse(data);
      assert.ok(parsed.success, parsed.error?.message);
    });
  }
});
