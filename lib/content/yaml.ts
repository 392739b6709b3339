import yaml from 'js-yaml';
import type { ContentProblem } from './errors';

/**
 * YAML without implicit timestamps: js-yaml's default schema would read
 * `2023-10-02 14:31:37` as UTC, but front-matter dates are site-local, so
 * they must reach our own date parser as text.
 */
export function parseYaml(source: string): unknown {
  return yaml.safeLoad(source, { schema: yaml.CORE_SCHEMA });
}

/** Turns a js-yaml exception into a problem; `firstLine` is the file line where the YAML starts. */
export function yamlProblem(error: unknown, file: string, firstLine = 1): ContentProblem {
  if (error instanceof yaml.YAMLException) {
    const { mark, reason } = error as yaml.YAMLException & { mark?: { line: number; column: number }; reason?: string };
    return {
      file,
      line: mark ? mark.line + firstLine : undefined,
      column: mark ? mark.column + 1 : undefined,
      message: `invalid YAML: ${reason ?? error.message}`,
    };
  }
  return { file, message: `invalid YAML: ${String(error)}` };
}

/** 1-based line of a top-level `key:` in a YAML text, for pointing at a field. */
export function lineOfKey(source: string, key: string, firstLine = 1): number | undefined {
  const pattern = new RegExp(`^["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  const index = source.split(/\r?\n/).findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + firstLine;
}

/**
 * 1-based line of a nested key (`['messaging', 'pt', 'slug']`) in a block-style
 * YAML text: each key is looked for among the direct children of the one
 * before. Stops at the deepest key it finds, so a message still points close.
 */
export function lineOfPath(source: string, keys: readonly string[]): number | undefined {
  const lines = source.split(/\r?\n/);
  const indent = (line: string) => line.length - line.trimStart().length;
  const blank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');
  let found: number | undefined;
  let from = 0;
  let parentIndent = -1;
  for (const key of keys) {
    const pattern = new RegExp(`^["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    let childIndent: number | undefined;
    let index = -1;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!;
      if (blank(line)) continue;
      if (indent(line) <= parentIndent) break;
      childIndent ??= indent(line);
      if (indent(line) === childIndent && pattern.test(line.trimStart())) {
        index = i;
        break;
      }
    }
    if (index === -1) break;
    found = index + 1;
    parentIndent = indent(lines[index]!);
    from = index + 1;
  }
  return found;
}
