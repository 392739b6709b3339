import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import ts from 'typescript';
import { cacheKey, pipelineHash } from '../../lib/mdx/cache';
import { socialCardKey } from '../../lib/seo/social-image';
import {
  CONTENT_PARSE_SOURCES,
  hashSources,
  MDX_PIPELINE_SOURCES,
  SOCIAL_CARD_SOURCES,
} from '../../lib/source-hash.mjs';
import { makeTree, removeTrees } from './helpers';

after(removeTrees);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of the repository's files under `entries` in a temporary folder. */
function copyOf(entries: readonly string[]): string {
  const files: Record<string, string> = {};
  for (const entry of entries) {
    const full = path.join(ROOT, entry);
    const names = fs.statSync(full).isDirectory()
      ? fs.readdirSync(full, { recursive: true, encoding: 'utf8' }).map((name) => path.join(entry, name))
      : [entry];
    for (const name of names) {
      if (fs.statSync(path.join(ROOT, name)).isFile()) files[name] = fs.readFileSync(path.join(ROOT, name), 'utf8');
    }
  }
  return makeTree(files);
}

const KEY = {
  body: '# Título\n',
  id: '2024-01-01-x',
  locale: 'pt',
  publicDir: '/public',
  development: false,
  toolchain: 'test',
};

describe('cache keys follow the code that makes the cached output', () => {
  it('a change to a plugin’s source changes the MDX cache key; a change elsewhere does not', () => {
    const root = copyOf([...MDX_PIPELINE_SOURCES, 'lib/routes.ts']);
    const before = hashSources(root, MDX_PIPELINE_SOURCES);
    assert.equal(before, hashSources(ROOT, MDX_PIPELINE_SOURCES), 'a copy hashes as the original');

    fs.writeFileSync(path.join(root, 'lib/routes.ts'), '// not the pipeline\n', { flag: 'a' });
    assert.equal(hashSources(root, MDX_PIPELINE_SOURCES), before);

    const plugin = path.join(root, 'lib/mdx/plugins/figures.ts');
    fs.writeFileSync(plugin, fs.readFileSync(plugin, 'utf8').replace('export function', 'export async function'));
    const after = hashSources(root, MDX_PIPELINE_SOURCES);
    assert.notEqual(after, before);
    assert.notEqual(cacheKey({ ...KEY, pipeline: after }), cacheKey({ ...KEY, pipeline: before }));

    fs.writeFileSync(path.join(root, 'lib/mdx/plugins/new-plugin.ts'), 'export {};\n');
    assert.notEqual(hashSources(root, MDX_PIPELINE_SOURCES), after, 'a new file counts');
  });

  it('a change to the card’s drawing changes the social card hash', () => {
    const root = copyOf(SOCIAL_CARD_SOURCES);
    const before = hashSources(root, SOCIAL_CARD_SOURCES);
    const drawing = path.join(root, 'lib/seo/social-image.tsx');
    fs.writeFileSync(drawing, '// a new colour\n', { flag: 'a' });
    assert.notEqual(hashSources(root, SOCIAL_CARD_SOURCES), before);
  });

  it('outside a build, the keys hash the working folder’s sources', () => {
    // The unit tests run from the repository, without next.config.mjs's values.
    assert.equal(process.env.MDX_PIPELINE_HASH, undefined);
    assert.equal(pipelineHash(), hashSources(ROOT, MDX_PIPELINE_SOURCES));
    const card = { lang: 'pt-BR', title: 'Um título', siteName: 'Blog' };
    const key = socialCardKey(card);
    process.env.SOCIAL_CARD_HASH = 'a build’s value';
    try {
      assert.notEqual(socialCardKey(card), key, 'the build’s value is used when present');
    } finally {
      delete process.env.SOCIAL_CARD_HASH;
    }
  });

  it('lists every module of lib/ that the MDX pipeline’s code imports for its values', () => {
    const listed = (file: string) =>
      MDX_PIPELINE_SOURCES.some((entry) => file === entry || file.startsWith(`${entry}/`));
    const compileModules = [
      'lib/mdx/engine.ts',
      'lib/mdx/pipeline.ts',
      ...fs.readdirSync(path.join(ROOT, 'lib/mdx/plugins')).map((name) => `lib/mdx/plugins/${name}`),
    ];
    const missing = compileModules.flatMap((file) =>
      localImports(file)
        .filter((found) => !listed(found))
        .map((found) => `${file} → ${found}`),
    );
    assert.deepEqual(missing, []);
  });

  it('lists every module of lib/ that the content loader’s parse imports, however deep', () => {
    const listed = (file: string) =>
      CONTENT_PARSE_SOURCES.some((entry) => file === entry || file.startsWith(`${entry}/`));
    const seen = new Set<string>();
    const queue = ['lib/content/load.ts'];
    for (let file = queue.pop(); file; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...localImports(file));
    }
    assert.ok(seen.has('lib/content/schema.ts'));
    assert.deepEqual(
      [...seen].filter((file) => !listed(file)),
      [],
    );
  });
});

/** The project modules `file` imports for their values (type-only imports left out). */
function localImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    const typesOnly =
      clause?.isTypeOnly ||
      (!clause?.name && bindings && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly));
    const specifier = statement.moduleSpecifier.text;
    if (typesOnly || !(specifier.startsWith('.') || specifier.startsWith('@/'))) continue;
    const target = specifier.startsWith('@/')
      ? specifier.slice(2)
      : path.posix.join(path.posix.dirname(file), specifier);
    const resolved = ['', '.ts', '.tsx', '.mjs']
      .map((ext) => target + ext)
      .find((f) => fs.existsSync(path.join(ROOT, f)));
    assert.ok(resolved, `${file} imports ${specifier}, which was not found`);
    found.push(resolved);
  }
  return found;
}
