// Lets unit tests import server modules (lib/mdx/render.tsx, lib/content/index.ts):
// outside React's server build, the server-only package throws on import.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
