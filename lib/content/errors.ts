import path from 'node:path';

/** Errors stop the check and the build; warnings and information are only reported. */
export type Severity = 'error' | 'warning' | 'info';

export interface ContentProblem {
  /** Path of the offending file, relative to the working directory when possible. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** Absent means error. */
  severity?: Severity;
}

export function isError(problem: ContentProblem): boolean {
  return (problem.severity ?? 'error') === 'error';
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

/** `content/posts/x/pt.mdx:3:7: message`, the shape editors and terminals link. */
export function formatProblem(problem: ContentProblem): string {
  const place = [displayPath(problem.file), problem.line, problem.line ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const severity = problem.severity && problem.severity !== 'error' ? `${problem.severity}: ` : '';
  return `${place}: ${severity}${problem.message}`;
}

/** Every problem found in the content tree, reported together so an author fixes them in one pass. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content check failed (${count}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
