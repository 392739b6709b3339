// An Astro 7 project built from the same generated tree, for the bench's --peers: the posts as one
// MDX content collection (posts/<locale>/<id>.mdx, @astrojs/mdx, static output), rendered with
// small components standing in for ours: <Figure> inlines the SVG file as ours does, <References>
// wraps its list, and the `> [!NOTE]` callouts become <Callout>. Code blocks get Astro's default
// Shiki highlighting, with the two themes ours uses. Pages: each post per language, the home, the
// archive, the tag index and tag pages (20 posts a page), the series index and series pages.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';

const LOCALES = ['pt', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/** Where the converted site keeps the SVG files <Figure> reads (outside public/: they are inlined). */
export const FIGURE_ROOT = 'figures';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'http://127.0.0.1',
  // Its own, not the shared install's node_modules/.astro: every build starts cold, as ours does.
  cacheDir: './.astro-cache',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  posts: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './posts', generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }),
  }),
};
`;

// Shared by the pages: published posts, newest first, and the URLs of tags, series and posts.
const POSTS_LIB = `import { getCollection } from 'astro:content';
import tags from '../data/tags.json';
import series from '../data/series.json';

export const locales = ['pt', 'en'];
export const pageSize = 20;

let all;
export async function published(locale) {
  all ??= (await getCollection('posts'))
    .filter((post) => !post.data.draft)
    .sort((a, b) => b.data.date.localeCompare(a.data.date));
  return locale ? all.filter((post) => post.data.locale === locale) : all;
}

export const postHref = (post) => \`/\${post.data.locale}/posts/\${post.data.slug}/\`;
export const tagOf = (id, locale) => tags[id]?.[locale] ?? { label: id, slug: id };
export const tagHref = (id, locale) => \`/\${locale}/tags/\${tagOf(id, locale).slug}/\`;
export const seriesOf = (id) => series[id];
export const seriesHref = (id, locale) => \`/\${locale}/series/\${id}/\`;
export const day = (date) => date.slice(0, 10);
`;

const FILES: Record<string, string> = {
  'astro.config.mjs': CONFIG,
  'src/content.config.mjs': CONTENT_CONFIG,
  'src/lib/posts.js': POSTS_LIB,
  'src/layouts/Base.astro': `---
import site from '../data/site.json';
const { locale, title } = Astro.props;
---
<!doctype html>
<html lang={locale === 'pt' ? 'pt-BR' : 'en'}>
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title} · {site.name}</title></head>
<body>
<header><a href={\`/\${locale}/\`}>{site.name}</a>
<nav><a href={\`/\${locale}/archive/\`}>archive</a> <a href={\`/\${locale}/tags/\`}>tags</a> <a href={\`/\${locale}/series/\`}>series</a></nav></header>
<main><slot /></main>
</body>
</html>
`,
  'src/components/PostList.astro': `---
import { postHref, tagHref, tagOf, day } from '../lib/posts.js';
const { posts } = Astro.props;
---
<ul class="post-list">
  {posts.map((post) => (
    <li>
      <a href={postHref(post)}>{post.data.title}</a> <time datetime={post.data.date}>{day(post.data.date)}</time>
      <p>{post.data.description}</p>
      <ul>{post.data.tags.map((id) => <li><a href={tagHref(id, post.data.locale)}>{tagOf(id, post.data.locale).label}</a></li>)}</ul>
    </li>
  ))}
</ul>
`,
  'src/components/Figure.astro': `---
import fs from 'node:fs';
import path from 'node:path';
const { src, alt, caption } = Astro.props;
const svg = fs.readFileSync(path.join(process.cwd(), '${FIGURE_ROOT}', src), 'utf8');
---
<figure role="group" aria-label={alt}><Fragment set:html={svg} /><figcaption>{caption}</figcaption></figure>
`,
  'src/components/References.astro': `<section class="references"><slot /></section>
`,
  'src/components/Callout.astro': `---
const { type } = Astro.props;
---
<aside class={\`callout callout-\${type}\`}><p class="callout-title">{type}</p><slot /></aside>
`,
  'src/components/Quote.astro': `---
const { author, cite } = Astro.props;
---
<figure class="quote"><blockquote cite={cite}><slot /></blockquote><figcaption>{author}</figcaption></figure>
`,
  'src/pages/[locale]/posts/[slug].astro': `---
import { render } from 'astro:content';
import Base from '../../../layouts/Base.astro';
import Figure from '../../../components/Figure.astro';
import References from '../../../components/References.astro';
import Callout from '../../../components/Callout.astro';
import Quote from '../../../components/Quote.astro';
import { published, postHref, tagHref, tagOf, seriesOf, seriesHref, day } from '../../../lib/posts.js';

export async function getStaticPaths() {
  const posts = await published();
  return posts.map((post) => ({
    params: { locale: post.data.locale, slug: post.data.slug },
    props: {
      post,
      translations: posts.filter((other) => other.data.postId === post.data.postId && other !== post),
      inSeries: post.data.series
        ? posts
            .filter((other) => other.data.series === post.data.series && other.data.locale === post.data.locale)
            .sort((a, b) => a.data.seriesOrder - b.data.seriesOrder)
        : [],
    },
  }));
}
const { post, translations, inSeries } = Astro.props;
const { locale } = post.data;
const { Content } = await render(post);
---
<Base locale={locale} title={post.data.title}>
<article>
  <h1>{post.data.title}</h1>
  <p>{post.data.description}</p>
  <time datetime={post.data.date}>{day(post.data.date)}</time>
  <ul>{post.data.tags.map((id) => <li><a href={tagHref(id, locale)}>{tagOf(id, locale).label}</a></li>)}</ul>
  {post.data.series && (
    <nav class="series"><a href={seriesHref(post.data.series, locale)}>{seriesOf(post.data.series)?.title[locale]}</a>
      <ol>{inSeries.map((part) => <li>{part === post ? part.data.title : <a href={postHref(part)}>{part.data.title}</a>}</li>)}</ol>
    </nav>
  )}
  <Content components={{ Figure, References, Callout, Quote }} />
  {translations.map((other) => <a href={postHref(other)} hreflang={other.data.locale}>{other.data.locale}</a>)}
</article>
</Base>
`,
  'src/pages/[locale]/index.astro': `---
import Base from '../../layouts/Base.astro';
import PostList from '../../components/PostList.astro';
import site from '../../data/site.json';
import series from '../../data/series.json';
import { locales, published, seriesHref } from '../../lib/posts.js';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}
const { locale } = Astro.params;
const posts = (await published(locale)).slice(0, 10);
---
<Base locale={locale} title={site.name}>
  <h1>{site.name}</h1>
  <p>{site.description[locale]}</p>
  <PostList posts={posts} />
  <p><a href={\`/\${locale}/archive/\`}>→</a></p>
  <ul>{Object.entries(series).map(([id, one]) => <li><a href={seriesHref(id, locale)}>{one.title[locale]}</a></li>)}</ul>
</Base>
`,
  'src/pages/[locale]/archive.astro': `---
import Base from '../../layouts/Base.astro';
import { locales, published, postHref, day } from '../../lib/posts.js';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}
const { locale } = Astro.params;
const posts = await published(locale);
---
<Base locale={locale} title="Archive">
  <h1>Archive</h1>
  <ul>{posts.map((post) => <li><time datetime={post.data.date}>{day(post.data.date)}</time> <a href={postHref(post)}>{post.data.title}</a></li>)}</ul>
</Base>
`,
  'src/pages/[locale]/tags/index.astro': `---
import Base from '../../../layouts/Base.astro';
import { locales, published, tagHref, tagOf } from '../../../lib/posts.js';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}
const { locale } = Astro.params;
const counts = new Map();
for (const post of await published(locale)) for (const id of post.data.tags) counts.set(id, (counts.get(id) ?? 0) + 1);
---
<Base locale={locale} title="Tags">
  <h1>Tags</h1>
  <ul>{[...counts].sort((a, b) => b[1] - a[1]).map(([id, count]) => <li><a href={tagHref(id, locale)}>{tagOf(id, locale).label}</a> ({count})</li>)}</ul>
</Base>
`,
  'src/pages/[locale]/tags/[tag]/[...page].astro': `---
import Base from '../../../../layouts/Base.astro';
import PostList from '../../../../components/PostList.astro';
import { locales, published, pageSize, tagOf } from '../../../../lib/posts.js';

export async function getStaticPaths({ paginate }) {
  const paths = [];
  for (const locale of locales) {
    const posts = await published(locale);
    for (const id of new Set(posts.flatMap((post) => post.data.tags))) {
      const tagged = posts.filter((post) => post.data.tags.includes(id));
      paths.push(...paginate(tagged, { params: { locale, tag: tagOf(id, locale).slug }, props: { id }, pageSize }));
    }
  }
  return paths;
}
const { page, id } = Astro.props;
const { locale } = Astro.params;
---
<Base locale={locale} title={tagOf(id, locale).label}>
  <h1>{tagOf(id, locale).label}</h1>
  <PostList posts={page.data} />
  <nav>{page.url.prev && <a href={page.url.prev}>←</a>} {page.currentPage} / {page.lastPage} {page.url.next && <a href={page.url.next}>→</a>}</nav>
</Base>
`,
  'src/pages/[locale]/series/index.astro': `---
import Base from '../../../layouts/Base.astro';
import series from '../../../data/series.json';
import { locales, seriesHref } from '../../../lib/posts.js';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}
const { locale } = Astro.params;
---
<Base locale={locale} title="Series">
  <h1>Series</h1>
  <ul>{Object.entries(series).map(([id, one]) => <li><a href={seriesHref(id, locale)}>{one.title[locale]}</a> <p>{one.description[locale]}</p></li>)}</ul>
</Base>
`,
  'src/pages/[locale]/series/[series].astro': `---
import Base from '../../../layouts/Base.astro';
import PostList from '../../../components/PostList.astro';
import series from '../../../data/series.json';
import { locales, published } from '../../../lib/posts.js';

export async function getStaticPaths() {
  const paths = [];
  for (const locale of locales) {
    const posts = await published(locale);
    for (const id of Object.keys(series)) {
      const parts = posts.filter((post) => post.data.series === id).sort((a, b) => a.data.seriesOrder - b.data.seriesOrder);
      if (parts.length > 0) paths.push({ params: { locale, series: id }, props: { parts } });
    }
  }
  return paths;
}
const { parts } = Astro.props;
const { locale, series: id } = Astro.params;
---
<Base locale={locale} title={series[id].title[locale]}>
  <h1>{series[id].title[locale]}</h1>
  <p>{series[id].description[locale]}</p>
  <PostList posts={parts} />
</Base>
`,
};

/** A date as the generator writes it (2019-03-04 or 2019-03-04 14:31:37, UTC) in ISO 8601. */
function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return new Date(text.length > 10 ? `${text.replace(' ', 'T')}Z` : `${text}T00:00:00Z`).toISOString();
}

/**
 * One post's MDX for the Astro project: front matter reduced to what its pages read (with the
 * locale, the folder id and the slug ours would give it), `> [!TYPE]` callouts as <Callout>.
 */
export function toAstroMdx(mdx: string, id: string, locale: Locale): string {
  const { data, content } = matter(mdx);
  const front = {
    title: data.title as string,
    description: data.description as string,
    date: isoDate(data.date),
    locale,
    postId: id,
    // Ours: the front matter's slug, else the folder id without its date.
    slug: (data.slug as string | undefined) ?? id.replace(/^\d{4}-\d{2}-\d{2}-/, ''),
    tags: (data.tags as string[] | undefined) ?? [],
    ...(data.series ? { series: data.series as string, seriesOrder: data.seriesOrder as number } : {}),
    ...(data.draft ? { draft: true } : {}),
  };
  const body = content.replace(
    /^> \[!(\w+)\]\n((?:> .*\n?)+)/gm,
    (_, type: string, lines: string) =>
      `<Callout type="${type.toLowerCase()}">\n\n${lines.replace(/^> /gm, '').trimEnd()}\n\n</Callout>\n`,
  );
  // JSON is YAML, and keeps every string as it is.
  return `---\n${JSON.stringify(front, null, 2)}\n---\n${body}`;
}

type Labels = Record<string, Partial<Record<Locale, { label: string; slug: string }>>>;

/** tags.yml as the pages read it: per tag and language, a label and the slug of its URL. */
export function tagData(tagsYaml: string): Labels {
  const config = (parseYaml(tagsYaml) ?? {}) as Record<
    string,
    Record<string, string | { label: string; slug?: string }>
  >;
  const tags: Labels = {};
  for (const [id, labels] of Object.entries(config)) {
    tags[id] = {};
    for (const locale of LOCALES) {
      const entry = labels?.[locale];
      if (entry === undefined) continue;
      tags[id][locale] =
        typeof entry === 'string' ? { label: entry, slug: id } : { label: entry.label, slug: entry.slug ?? id };
    }
  }
  return tags;
}

/**
 * The Astro project for the content tree `contentDir` (figures from `publicDir/figures`), as
 * files by path relative to the project: config, components, pages, data and the posts.
 */
export function astroSiteFiles(contentDir: string): Map<string, string> {
  const files = new Map(Object.entries(FILES));
  const site = parseYaml(fs.readFileSync(path.join(contentDir, 'site.yml'), 'utf8')) as {
    name: string;
    description: Record<Locale, string>;
  };
  files.set('src/data/site.json', JSON.stringify({ name: site.name, description: site.description }));
  files.set('src/data/tags.json', JSON.stringify(tagData(fs.readFileSync(path.join(contentDir, 'tags.yml'), 'utf8'))));
  const series: Record<string, unknown> = {};
  const seriesDir = path.join(contentDir, 'series');
  for (const name of fs.existsSync(seriesDir) ? fs.readdirSync(seriesDir).sort() : []) {
    if (!name.endsWith('.yml')) continue;
    const { title, description } = parseYaml(fs.readFileSync(path.join(seriesDir, name), 'utf8')) as Record<
      string,
      unknown
    >;
    series[name.slice(0, -'.yml'.length)] = { title, description };
  }
  files.set('src/data/series.json', JSON.stringify(series));
  const postsDir = path.join(contentDir, 'posts');
  for (const id of fs.readdirSync(postsDir).sort()) {
    for (const locale of LOCALES) {
      const file = path.join(postsDir, id, `${locale}.mdx`);
      if (fs.existsSync(file))
        files.set(`posts/${locale}/${id}.mdx`, toAstroMdx(fs.readFileSync(file, 'utf8'), id, locale));
    }
  }
  return files;
}

/**
 * Writes the Astro project for `contentDir` into `siteDir` (replacing it), with the figures
 * under `publicDir/figures` copied beside it, and `nodeModules` (the cached install) linked in.
 * Returns how many posts it converted.
 */
export function writeAstroSite(
  contentDir: string,
  publicDir: string,
  figures: string,
  siteDir: string,
  nodeModules?: string,
): number {
  fs.rmSync(siteDir, { recursive: true, force: true });
  const files = astroSiteFiles(contentDir);
  for (const [relative, text] of files) {
    const file = path.join(siteDir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  fs.writeFileSync(
    path.join(siteDir, 'package.json'),
    `${JSON.stringify({ name: 'bench-astro-site', private: true, type: 'module' })}\n`,
  );
  const figureDir = path.join(publicDir, figures);
  if (fs.existsSync(figureDir)) fs.cpSync(figureDir, path.join(siteDir, FIGURE_ROOT, figures), { recursive: true });
  if (nodeModules) fs.symlinkSync(nodeModules, path.join(siteDir, 'node_modules'), 'dir');
  return [...files.keys()].filter((name) => name.startsWith('posts/')).length;
}
