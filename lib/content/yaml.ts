import { Document, isCollection, isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './errors';

/** A YAML syntax error, at a 1-based line and column of the text parsed. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * YAML 1.2 with its core schema, which has no timestamps: front-matter dates
 * are site-local, so they must reach our own date parser as text.
 */
export function parseYaml(source: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new YamlSyntaxError(error.message, line, col);
  }
  return document.toJS();
}

/** Turns a parse failure into a problem; `firstLine` is the file line where the YAML starts. */
export function yamlProblem(error: unknown, file: string, firstLine = 1): ContentProblem {
  if (error instanceof YamlSyntaxError) {
    return { file, line: error.line + firstLine - 1, column: error.column, message: `invalid YAML: ${error.message}` };
  }
  return { file, message: `invalid YAML: ${String(error)}` };
}

/**
 * 1-based line of a nested key (`['messaging', 'pt', 'slug']`) in a YAML text.
 * Stops at the deepest key it finds, so a message still points close.
 */
export function lineOfPath(source: string, keys: readonly string[]): number | undefined {
  const lineCounter = new LineCounter();
  let node: Node | null = parseDocument(source, { lineCounter }).contents;
  let found: number | undefined;
  for (const key of keys) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    found = lineCounter.linePos(pair.key.range[0]).line;
    node = isCollection(pair.value) || isScalar(pair.value) ? pair.value : null;
  }
  return found;
}

/** 1-based line of a top-level `key:` in a YAML text, for pointing at a field. */
export function lineOfKey(source: string, key: string): number | undefined {
  return lineOfPath(source, [key]);
}

/**
 * YAML text as the content files write it, long lines kept whole. Strings that
 * a YAML 1.1 reader (Jekyll) would take for dates or booleans are quoted.
 * `flowNested` writes the values' own lists and maps inline (`tags: [a, b]`).
 */
export function dumpYaml(value: object, { flowNested = false } = {}): string {
  const document = new Document(value, { version: '1.1' });
  if (flowNested && isMap(document.contents)) {
    for (const pair of document.contents.items) if (isCollection(pair.value)) pair.value.flow = true;
  }
  return document.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
}
