import { parseArgs } from 'node:util';
import { displayPath } from '../lib/content/errors';
import { ScaffoldError, type Scaffold } from '../lib/content/scaffold';

/**
 * Runs a scaffold command: parses its arguments (exit 2 on misuse), writes the
 * file, prints where it is and how to see it (exit 0), or prints why nothing
 * was written (exit 1).
 */
export function runScaffold(
  usage: string,
  options: Record<string, { type: 'string' }>,
  write: (values: Partial<Record<string, string>>, argument: string) => Scaffold,
  done: string,
): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options });
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`error: expected one argument (quote a title with spaces)\n${usage}`);
    return 2;
  }
  try {
    const created = write(parsed.values, parsed.positionals[0]!);
    console.log(`Created ${displayPath(created.file)} (${done})`);
    console.log(`Preview: npm run dev, then http://localhost:3000${created.url}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  }
}
