import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repairMacRomanMojibake } from '../../lib/content/mojibake';

const ROOT = path.resolve(import.meta.dirname, '../..');
const damaged = fs.readFileSync(path.join(ROOT, 'tests/fixtures/seed/000_45f1a5ed878e06a3.txt'), 'utf8');
const post = fs.readFileSync(path.join(ROOT, 'content/posts/2023-10-02-kafka-intro/pt.mdx'), 'utf8');

describe('repairMacRomanMojibake', () => {
  it('restores UTF-8 that was read as Mac Roman', () => {
    assert.equal(repairMacRomanMojibake('introdu√ß√£o'), 'introdução');
    // 😉 is F0 9F 98 89; Mac Roman's F0 is Apple's logo, U+F8FF.
    assert.equal(repairMacRomanMojibake('Fiquem ligados! \uf8ffüòâ'), 'Fiquem ligados! 😉');
  });

  it('leaves plain ASCII alone', () => {
    assert.equal(repairMacRomanMojibake('Kafka 2023'), 'Kafka 2023');
  });

  it('refuses text that cannot have been damaged that way', () => {
    assert.equal(repairMacRomanMojibake('introdução'), undefined);
    assert.equal(repairMacRomanMojibake('日本'), undefined);
  });
});

describe('the Kafka post carries the repaired seed', () => {
  const repaired = repairMacRomanMojibake(damaged);

  it('repairs the whole seed, leaving no damage behind', () => {
    assert.ok(repaired);
    assert.doesNotMatch(repaired, /[√‚Äô]/);
    assert.match(repaired, /title: "Integrando sistemas com Kafka: uma breve introdução"/);
  });

  it('keeps every line of the original text, in order', () => {
    const body = repaired!.split('---').slice(2).join('---');
    const original = body
      .split('\n')
      .map((line) => line.replace(/^\*\s+/, '- ').trimEnd())
      // The picture and its caption became a <Figure>; the reference list gained language marks.
      .filter(
        (line) => line && !line.startsWith('<img') && !line.startsWith('*Figura') && !/^- \[.*\]\(http/.test(line),
      );
    const lines = post.split('\n');
    let at = 0;
    for (const line of original) {
      const found = lines.indexOf(line, at);
      assert.notEqual(found, -1, `missing or out of order in pt.mdx: ${line}`);
      at = found + 1;
    }
  });

  it('keeps the original title, date and tags', () => {
    assert.match(post, /^title: "Integrando sistemas com Kafka: uma breve introdução"$/m);
    assert.match(post, /^date: 2023-10-02 14:31:37$/m);
    assert.match(post, /^tags: \[kafka, 2023\]$/m);
  });

  it('keeps the reference links, by title and address', () => {
    const references = [...repaired!.matchAll(/^\* \[(.+)\]\((https:[^)]+)\)$/gm)].map((m) => `[${m[1]}](${m[2]})`);
    assert.equal(references.length, 3);
    for (const reference of references) assert.ok(post.includes(reference), `missing reference ${reference}`);
  });
});
