import path from 'node:path';

export interface ContentProblem {
  /** Path of the offending file, relative to the working directory when possible. */
  file: string;
  line?: number;
  column?: number;
  message: string;
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
  return `${place}: ${problem.message}`;
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
