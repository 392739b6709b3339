import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContentError } from '../../lib/content/errors';

const created: string[] = [];

/**
 * Writes files (a content tree, a public dir) into a fresh temporary directory and returns its path.
 * Keys are paths relative to it (`posts/2023-10-02-x/pt.mdx`), values the file text.
 */
export function makeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-content-'));
  created.push(dir);
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

/** Removes every tree made by makeTree; call from an `after` hook. */
export function removeTrees(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export const SITE_YML = [
  'name: Test blog',
  'description:',
  '  pt: Um blog de teste',
  '  en: A test blog',
  'author:',
  '  name: Someone',
  '',
].join('\n');

export const TAGS_YML = ['kafka:', '  pt: Kafka', '  en: Kafka', '"2023":', '  pt: "2023"', '  en: "2023"', ''].join(
  '\n',
);

export const SERIES_YML = [
  'title:',
  '  pt: Série',
  '  en: Series',
  'description:',
  '  pt: Uma série',
  '  en: A series',
  '',
].join('\n');

/** An MDX file: front matter lines between `---` fences, then a body. */
export function mdx(frontMatter: string[], body = 'Some body text.\n'): string {
  return ['---', ...frontMatter, '---', '', body].join('\n');
}

/** Front matter of a valid post, with overrides (a value of undefined drops the field). */
export function frontMatter(fields: Record<string, string | undefined> = {}): string[] {
  const base: Record<string, string | undefined> = {
    title: 'A title',
    description: 'A description',
    date: '2023-10-02 14:31:37',
    ...fields,
  };
  return Object.entries(base)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
}

/** Runs `fn`, asserts it throws a ContentError and returns it. */
export function expectContentError(fn: () => unknown): ContentError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, 'expected a ContentError, but nothing was thrown');
  assert.ok(caught instanceof ContentError, `expected a ContentError, got ${String(caught)}`);
  return caught;
}

/** POSIX-style path, so suffix checks work on every platform. */
export function posix(file: string): string {
  return file.split(path.sep).join('/');
}
