// Writes a deterministic synthetic content tree for scale and load tests:
//   npm run gen:content -- --posts 1000 --out /tmp/blog-1000 [--seed S] [--public public] [--force]
// then point the site at it with CONTENT_DIR=/tmp/blog-1000.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FIGURE_DIR } from './gen-content/generate';
import { writeContentTree } from './gen-content/write';

const USAGE = `usage: npm run gen:content -- --posts N --out DIR [--seed S] [--public DIR] [--force] [--tag-slugs]
  --posts N      how many post folders (1 to 100000)
  --out DIR      the content dir to create (must be new or empty, or a generated tree with --force)
  --seed S       any text; the same arguments always give the same tree (default 1)
  --public DIR   also give posts figures, writing their images to DIR/${FIGURE_DIR}/
                 (the site reads figures from ./public only; without this, posts have no figures)
  --force        replace a tree (and figure folder) this generator wrote before
  --tag-slugs    give some tags per-language slugs`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        posts: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        public: { type: 'string' },
        force: { type: 'boolean', default: false },
        'tag-slugs': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const posts = Number(values.posts);
  if (!values.out || !Number.isInteger(posts) || posts < 1 || posts > 100_000) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  try {
    const tree = writeContentTree({
      posts,
      out: path.resolve(values.out),
      seed: values.seed,
      publicDir: values.public === undefined ? undefined : path.resolve(values.public),
      force: values.force,
      tagSlugs: values['tag-slugs'],
    });
    const { perLocale, drafts, series, tags } = tree.stats;
    console.log(
      `Wrote ${posts} posts (pt: ${perLocale.pt}, en: ${perLocale.en}; drafts: ${drafts}), ${series} series, ${tags} tags` +
        `${values.public === undefined ? '' : `, ${tree.public.size} figures`} to ${values.out} in ${Math.round(performance.now() - started)} ms.\n` +
        `Use it with: CONTENT_DIR=${values.out} npm run check`,
    );
    return 0;
  } catch (error) {
    console.error(`gen:content: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
