import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { defaultLocale, isLocale, locales, otherLocales, SITE_TIME_ZONE, type Locale } from '../i18n/config';
import { routes } from '../routes';
import { parseContentDate } from './dates';
import { displayPath } from './errors';
import { readPostBody, scanContentTree } from './load';
import { slugFor } from './slug';
import { dumpYaml, parseYaml } from './yaml';

/** A scaffold that cannot be written; nothing was written when it is thrown. */
export class ScaffoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaffoldError';
  }
}

export interface Scaffold {
  file: string;
  /** The post's path on the site, once published (drafts: on the dev server). */
  url: string;
  text: string;
}

/** Today in the site's time zone, as YYYY-MM-DD. */
export function siteToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: SITE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Front matter as the content files write it: flow lists ([a, b]), long lines kept whole. */
export function frontMatterText(fields: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${dumpYaml(defined, { flowNested: true })}---\n`;
}

function writeNew(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // wx: fail rather than overwrite, even if the file appeared since we looked.
  fs.writeFileSync(file, text, { flag: 'wx' });
}

export interface NewPostOptions {
  title: string;
  locale?: string;
  series?: string;
  tags?: string[];
  /** 2024-05-01 or 2024-05-01 10:00; default: today in São Paulo. */
  date?: string;
  now?: Date;
}

/** Plans a new draft post: validates everything first, writes nothing. */
export function planNewPost(contentDir: string, options: NewPostOptions): Scaffold {
  const locale = options.locale ?? defaultLocale;
  if (!isLocale(locale)) throw new ScaffoldError(`unknown locale "${locale}": use ${locales.join(' or ')}`);
  const title = options.title.trim();
  const slug = slugFor(title);
  if (!slug) throw new ScaffoldError(`the title "${options.title}" has no letters or digits to make a URL slug from`);
  const date = options.date?.trim() ?? siteToday(options.now);
  if (!parseContentDate(date))
    throw new ScaffoldError(`--date "${date}" is not a date; use 2023-10-02 or 2023-10-02 14:31`);

  const scan = scanContentTree(contentDir);
  const tags = options.tags ?? [];
  const unknownTags = tags.filter((tag) => !scan.tags?.has(tag));
  if (scan.tags && unknownTags.length > 0) {
    throw new ScaffoldError(
      `unknown tag${unknownTags.length > 1 ? 's' : ''} ${unknownTags.map((t) => `"${t}"`).join(', ')}: add to tags.yml first, or use one of: ${[...scan.tags.keys()].join(', ')}`,
    );
  }
  let seriesOrder: number | undefined;
  if (options.series !== undefined) {
    const series = scan.series.get(options.series);
    if (!series) {
      throw new ScaffoldError(
        `unknown series "${options.series}": create series/${options.series}.yml first, or use one of: ${[...scan.series.keys()].join(', ') || '(none yet)'}`,
      );
    }
    const orders = scan.posts.filter((post) => post.series?.id === series.id).map((post) => post.series!.order);
    seriesOrder = Math.max(0, ...orders) + 1;
  }

  const id = `${date.slice(0, 10)}-${slug}`;
  const folder = path.join(contentDir, 'posts', id);
  if (fs.existsSync(folder))
    throw new ScaffoldError(
      `a post with the id ${id} already exists: ${displayPath(folder)}; choose another title or date`,
    );
  const taken = scan.posts.find((post) => post.locale === locale && post.slug === slug);
  if (taken)
    throw new ScaffoldError(`the slug "${slug}" is already used by ${displayPath(taken.file)}; choose another title`);

  const file = path.join(folder, `${locale}.mdx`);
  const text =
    frontMatterText({
      title,
      description:
        locale === 'pt'
          ? 'Uma ou duas frases: aparecem nas listas, na busca e nos feeds.'
          : 'One or two sentences: shown in lists, search results and feeds.',
      date,
      tags: tags.length > 0 ? tags : undefined,
      series: options.series,
      seriesOrder,
      draft: true,
    }) +
    (locale === 'pt'
      ? '\nO primeiro parágrafo: do que trata o texto e por que ler.\n\n## Uma seção\n\nO texto, em Markdown. Figuras, citações e referências: docs/AUTHORING.md.\n'
      : '\nThe first paragraph: what the post is about and why to read it.\n\n## A section\n\nThe text, in Markdown. Figures, quotes and references: docs/AUTHORING.md.\n');
  return { file, url: routes.post(locale, slug), text };
}

/** Creates a new draft post and returns what was written. */
export function newPost(contentDir: string, options: NewPostOptions): Scaffold {
  const plan = planNewPost(contentDir, options);
  writeNew(plan.file, plan.text);
  return plan;
}

const FIGURE = /<Figure\b[\s\S]*?\/>/g;

/** Plans the other language's file of post `id`: validates everything first, writes nothing. */
export function planTranslation(contentDir: string, id: string, to?: string): Scaffold {
  const scan = scanContentTree(contentDir);
  const folder = path.join(contentDir, 'posts', id);
  const group = scan.posts.filter((post) => post.id === id);
  if (group.length === 0) {
    const broken = scan.problems.find((p) => p.file.startsWith(folder + path.sep));
    throw new ScaffoldError(
      broken
        ? `post ${id} has problems to fix first (${displayPath(broken.file)}: ${broken.message}); npm run check lists them`
        : `no post with the id ${id} in ${displayPath(path.join(contentDir, 'posts'))}`,
    );
  }
  const source = group.find((post) => post.locale === defaultLocale) ?? group[0]!;
  const target = to ?? otherLocales(source.locale).find((locale) => !group.some((post) => post.locale === locale));
  if (target === undefined) throw new ScaffoldError(`post ${id} already exists in every language`);
  if (!isLocale(target)) throw new ScaffoldError(`unknown locale "${target}": use ${locales.join(' or ')}`);
  const file = path.join(folder, `${target}.mdx`);
  if (fs.existsSync(file)) throw new ScaffoldError(`${displayPath(file)} already exists; it is never overwritten`);
  if (target === source.locale)
    throw new ScaffoldError(`post ${id} is written in ${target}: translate it into another language`);

  const raw = fs.readFileSync(source.file, 'utf8');
  const figures = [...readPostBody(source.file).matchAll(FIGURE)].map((match) => match[0]);
  const note = translationNote(target, source.locale);
  const text =
    frontMatterText({
      title: source.title,
      description: source.description,
      date: frontMatterDate(raw) ?? source.date.toISOString(),
      slug: source.slug,
      tags: source.tags.length > 0 ? source.tags : undefined,
      series: source.series?.id,
      seriesOrder: source.series?.order,
      draft: true,
      translationOf: { locale: source.locale, hash: source.sourceHash },
    }) +
    `\n{/* ${note} */}\n\n` +
    figures.map((figure) => `${figure}\n\n`).join('');
  return { file, url: routes.post(target, source.slug), text };
}

/** Adds the other language's file to post `id` and returns what was written. */
export function translate(contentDir: string, id: string, to?: string): Scaffold {
  const plan = planTranslation(contentDir, id, to);
  writeNew(plan.file, plan.text);
  return plan;
}

/** The source's date exactly as written (so "2023-10-02 14:31:37" stays Jekyll style). */
function frontMatterDate(raw: string): string | undefined {
  const { data } = matter(raw, { engines: { yaml: (source: string) => parseYaml(source) as object } });
  const date: unknown = data.date;
  return typeof date === 'string' || typeof date === 'number' ? String(date) : undefined;
}

function translationNote(target: Locale, source: Locale): string {
  return `Translation of ${source}.mdx into ${target}: translate the title, description and slug above, write the text here, and translate each figure's alt and caption below. Remove draft: true to publish.`;
}

/**
 * Adds tags missing from tags.yml, with `label` in every language (the file's
 * comments and order are kept: new tags are appended). Returns the ids added.
 */
export function addTags(contentDir: string, labels: Map<string, string>, { dryRun = false } = {}): string[] {
  const file = path.join(contentDir, 'tags.yml');
  const existing = scanContentTree(contentDir).tags ?? new Map();
  const added = [...labels].filter(([id]) => !existing.has(id));
  if (added.length === 0 || dryRun) return added.map(([id]) => id);
  const entries = Object.fromEntries(
    added.map(([id, label]) => [id, Object.fromEntries(locales.map((l) => [l, label]))]),
  );
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const separator = before === '' || before.endsWith('\n') ? '' : '\n';
  fs.writeFileSync(file, before + separator + dumpYaml(entries));
  return added.map(([id]) => id);
}
