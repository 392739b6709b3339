import fs from 'node:fs';
import path from 'node:path';

/**
 * KaTeX's stylesheet and fonts, served from this origin (the CSP allows no
 * other) straight from the installed package, at an address that names its
 * version so it can be cached for good. Fonts are woff2 only: the stylesheet
 * lists it first and every browser the site supports reads it.
 */
const dist = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'katex', 'dist');

let cached: { version: string; files: string[] } | undefined;

function katex() {
  cached ??= {
    version: (JSON.parse(fs.readFileSync(path.join(dist(), '..', 'package.json'), 'utf8')) as { version: string })
      .version,
    files: [
      'katex.min.css',
      ...fs
        .readdirSync(path.join(dist(), 'fonts'))
        .filter((name) => name.endsWith('.woff2'))
        .map((name) => `fonts/${name}`),
    ],
  };
  return cached;
}

/** Where a file of KaTeX's dist/ folder is served: /katex/<version>/<file>. */
export function katexPath(file: string): string {
  return `/katex/${katex().version}/${file}`;
}

export const katexStylesheet = () => katexPath('katex.min.css');

/** Every address served, for the routing (the proxy lets them through, the static export copies them). */
export function katexPaths(): string[] {
  return katex().files.map(katexPath);
}

/** The bytes of the file at `/katex/<segments>`, or undefined when it is not one of KaTeX's served files. */
export function readKatexFile(segments: string[]): Buffer | undefined {
  const [version, ...rest] = segments;
  const file = rest.join('/');
  if (version !== katex().version || !katex().files.includes(file)) return undefined;
  return fs.readFileSync(path.join(dist(), ...rest));
}
