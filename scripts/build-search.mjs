/**
 * Builds the search index from the pages `next build` just prerendered: part of `npm run build`,
 * so every server (npm start, each end-to-end server) searches the content it was built from.
 *
 * Only pages marked `data-pagefind-body` (a post's <article>) are indexed. Pagefind splits the
 * index by each page's <html lang>, and the search page's own lang picks which one it loads.
 * The bundle goes inside the build folder (NEXT_DIST_DIR, as in next.config.mjs), never into
 * public/ or app/; app/pagefind/[...path]/route.ts serves it at /pagefind/.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { distDir, pagesDir, prerendered } from './prerendered.mjs';

const outputPath = path.join(distDir, 'search-index');

function fail(message) {
  console.error(`build-search: ${message}`);
  process.exitCode = 1;
}

async function main() {
  if (!fs.existsSync(pagesDir)) return fail(`no prerendered pages in ${pagesDir}; run next build first`);
  // The post's date, reading time and series line would fill excerpts without helping anyone find
  // it; its title and tags stay indexed.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.post-meta', '.post-series'] });
  if (!index) return fail(errors.join('\n'));

  let pages = 0;
  for (const [file, url] of prerendered()) {
    const content = fs.readFileSync(file, 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) return fail(`${path.relative(process.cwd(), file)}: ${added.errors.join('; ')}`);
    pages += 1;
  }

  fs.rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) return fail(written.errors.join('\n'));
  console.log(`build-search: indexed ${pages} posts into ${path.relative(process.cwd(), outputPath)}`);
}

try {
  await main();
} finally {
  await pagefind.close();
}
