import { ContentError } from './content/errors';
import { routing } from './content/tree';
import { env } from './env';

/**
 * Reads the content tree the production server routes with; on failure prints why and ends the
 * process with status 1. `exit` is a parameter so tests can watch it instead of dying.
 */
export function checkContentAtStart(exit: (code: number) => never = process.exit): void {
  try {
    routing();
  } catch (error) {
    const reason =
      error instanceof ContentError ? error.message : error instanceof Error ? error.message : String(error);
    console.error(`The blog cannot start: the content in ${env.contentDir} cannot be read.\n${reason}`);
    exit(1);
  }
}
