import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumpYaml, lineOfKey, lineOfPath, parseYaml, yamlProblem } from '../../lib/content/yaml';

describe('YAML of the content files', () => {
  it('keeps dates as the text the author wrote', () => {
    assert.deepEqual(parseYaml('date: 2023-10-02 14:31:37\ntags: [a, b]\n'), {
      date: '2023-10-02 14:31:37',
      tags: ['a', 'b'],
    });
  });

  it('reports a syntax error at its line and column, counted from where the YAML starts', () => {
    let thrown: unknown;
    try {
      parseYaml('a: 1\na: 2\n');
    } catch (error) {
      thrown = error;
    }
    assert.deepEqual(yamlProblem(thrown, 'site.yml', 3), {
      file: 'site.yml',
      line: 4,
      column: 1,
      message: 'invalid YAML: Map keys must be unique',
    });
  });

  it('finds the line of a nested key, or of the deepest one that exists', () => {
    const source = [
      '# tags',
      'kafka:',
      '  pt:',
      '    label: Kafka',
      '',
      '    slug: kafka',
      '"2023":',
      '  en: x',
      '',
    ].join('\n');
    assert.equal(lineOfPath(source, ['kafka', 'pt', 'slug']), 6);
    assert.equal(lineOfPath(source, ['kafka', 'en', 'slug']), 2);
    assert.equal(lineOfKey(source, '2023'), 7);
    assert.equal(lineOfKey(source, 'slug'), undefined);
  });

  it('writes front matter with inline lists and quotes what a YAML 1.1 reader would misread', () => {
    assert.equal(
      dumpYaml(
        { title: 'Título longo', date: '2023-10-02 14:31:37', draft: 'yes', tags: ['a', 'b'] },
        { flowNested: true },
      ),
      "title: Título longo\ndate: '2023-10-02 14:31:37'\ndraft: 'yes'\ntags: [a, b]\n",
    );
  });
});
