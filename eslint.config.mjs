// TypeScript 7's `typescript` package has no JavaScript API, and typescript-eslint needs one to parse.
// So package.json installs TypeScript 6 under the name `typescript` (the API, for ESLint and editors)
// and TypeScript 7 as `@typescript/native` (the `tsc` that `npm run typecheck` runs), the side-by-side
// set-up TypeScript 7's release notes describe. npm cannot give typescript-eslint alone another
// `typescript` through `overrides`: it refuses to override a peer dependency the root also uses.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { body, ...rest } = post` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Formatting is Prettier's job; this turns off the rules that would argue with it.
  prettier,
  globalIgnores([
    '.next/**',
    '.next-e2e*/**',
    '.next-bench*/**',
    'bench-results/**',
    'out/**',
    // `wrangler pages dev` (npm run export:serve -- --server wrangler) bundles its shim here.
    '.wrangler/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    'next-env.d.ts',
  ]),
]);
