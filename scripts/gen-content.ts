// Writes a deterministic synthetic content tree for scale and load tests:
//   npm run gen:content -- --posts 1000 --out /tmp/blog-1000 [--seed S] [--light] [--force]
// then point the site at it with CONTENT_DIR=/tmp/blog-1000.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FIGURE_DIR } from './gen-content/generate';
import { writeContentTree } from './gen-content/write';

const USAGE = `usage: npm run gen:content -- --posts N --out DIR [--seed S] [--light] [--public DIR] [--force] [--tag-slugs]
  --posts N      how many post folders (1 to 100000)
  --out DIR      the content dir to create (must be new or empty, or a generated tree with --force)
  --seed S       any text; the same arguments always give the same tree (default 1)
  --light        the light shape: short varied posts (about 290 words, a figure only with --public)
  --public DIR   where figures go, under DIR/${FIGURE_DIR}/<shape>-<posts>-<seed hash>/ (default: public,
                 the only folder the site reads figures from; with --light, no figures without it)
  --force        replace a tree this generator wrote before
  --tag-slugs    give some tags per-language slugs

By default posts are shaped like the blog's own: 800-1,200 words in each language (nearly all
posts in both, about 4% in Portuguese only and 2% in English only, one in fifty a draft), each
with one highlighted 15-19-line code block with a title, a blockquote, a list, two outside
links, an SVG <Figure>, a > [!NOTE]-style callout, a footnote and a <References> list; 30 tags,
one to four per post; every fifth post in one of 8 series.`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        posts: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        public: { type: 'string' },
        light: { type: 'boolean', default: false },
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
  const publicDir = values.public ?? (values.light ? undefined : 'public');
  try {
    const tree = writeContentTree({
      posts,
      shape: values.light ? 'light' : 'realistic',
      out: path.resolve(values.out),
      seed: values.seed,
      publicDir: publicDir === undefined ? undefined : path.resolve(publicDir),
      force: values.force,
      tagSlugs: values['tag-slugs'],
    });
    const { perLocale, drafts, series, tags } = tree.stats;
    console.log(
      `Wrote ${posts} posts (pt: ${perLocale.pt}, en: ${perLocale.en}; drafts: ${drafts}), ${series} series, ${tags} tags` +
        `${publicDir === undefined ? '' : `, ${tree.public.size} figures in ${publicDir}`} to ${values.out} in ${Math.round(performance.now() - started)} ms.\n` +
        `Use it with: CONTENT_DIR=${values.out} npm run check`,
    );
    return 0;
  } catch (error) {
    console.error(`gen:content: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
