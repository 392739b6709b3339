import crypto from 'node:crypto';
import { slugFor } from '../../lib/content/slug';
import { locales, type Locale } from '../../lib/i18n/config';
import { between, pick, prng, type Random } from '../random';
import {
  CALLOUTS,
  CODE,
  CODE_SHAPES,
  DESCRIPTIONS,
  EXTRA_TAGS,
  HEADINGS,
  LIST_ITEMS,
  QUOTES,
  REFERENCES,
  SENTENCES,
  SERIES_NAMES,
  TITLES,
  TOPICS,
  type Topic,
} from './words';

/**
 * `realistic`: posts shaped like the blog's own (800-1,200 words in both languages, one titled
 * 15-19-line code block, a quote, a list, two outside links, a figure, a callout, a footnote and
 * references; 30 tags; every fifth post in one of 8 series). `light`: short, varied posts of
 * about 290 words, for tests that want many shapes quickly.
 */
export type Shape = 'realistic' | 'light';

export interface GenerateOptions {
  /** How many post folders to write. */
  posts: number;
  shape: Shape;
  /** Any text; the same seed and options give the same tree, byte for byte. */
  seed: string;
  /**
   * Give posts figures. Their images are written under the public dir's FIGURE_DIR (the site
   * serves and checks figures from `<cwd>/public` only), so this is off unless asked for.
   */
  figures: boolean;
  /** Give some tags per-language slugs (the slug of their label, where it differs from the id). */
  tagSlugs: boolean;
}

/** Where generated figures go, inside a public dir: one folder that belongs to the generator. */
export const FIGURE_DIR = 'images/posts/generated';

/**
 * The folder under FIGURE_DIR for one tree's figures, named by everything that decides them: two
 * trees share it only when their figures are the same bytes, so writing it never breaks another.
 */
export function figureFolder(options: Pick<GenerateOptions, 'posts' | 'seed' | 'shape'>): string {
  const seed = crypto.createHash('sha256').update(options.seed).digest('hex').slice(0, 8);
  return `${FIGURE_DIR}/${options.shape}-${options.posts}-${seed}`;
}

/** The generated files, by path relative to the content dir and to the public dir. */
export interface GeneratedTree {
  content: Map<string, string>;
  public: Map<string, string>;
  stats: { posts: number; perLocale: Record<Locale, number>; drafts: number; series: number; tags: number };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const fill = (pattern: string, topic: Topic, locale: Locale) => pattern.replaceAll('@', topic.noun[locale]);
const yamlString = (text: string) => JSON.stringify(text);

// Posts spread over these years, oldest first; fixed so the output never depends on the clock.
const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2025, 5, 30);
const DAY = 86_400_000;

/** A site-local (São Paulo) date as an author writes it: 2019-03-04 14:31:37. */
function formatDate(ms: number, withTime: boolean): string {
  const iso = new Date(ms).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : iso.slice(0, 10);
}

interface SeriesPlan {
  id: string;
  topic: Topic;
  name: { pt: string; en: string };
  /** Posts in it so far; planned parts come after them. */
  entries: number;
}

interface PostPlan {
  id: string;
  index: number;
  topic: Topic;
  date: number;
  withTime: boolean;
  updated?: number;
  languages: Locale[];
  draft: boolean;
  tags: string[];
  series?: { id: string; order: number };
  title: Record<Locale, string>;
  slug: Record<Locale, string>;
  /** Front matter repeats the slug only where it differs from the folder id's. */
  primary: Locale;
  aliases: string[];
  /** The public path of the post's figure folder. */
  figures: string;
  body: Block[];
}

type Block =
  | { kind: 'heading'; depth: 2 | 3; text: number }
  | { kind: 'paragraph'; sentences: number[]; link?: number; footnote?: boolean }
  | { kind: 'list'; ordered: boolean; task: boolean; items: number[] }
  | { kind: 'code'; language: keyof typeof CODE; lines?: number }
  | { kind: 'callout'; type: (typeof CALLOUTS)[number]; sentence: number }
  | { kind: 'footnotes'; sentence: number }
  | { kind: 'blockquote'; sentence: number }
  | { kind: 'quote'; quote: number }
  | { kind: 'table' }
  | { kind: 'figure'; number: number }
  | { kind: 'references'; links: number[] };

/**
 * Plans a synthetic content tree in the blog's format (docs/AUTHORING.md): varied
 * posts in both languages or one, drafts, series with planned entries, a tag pool with labels
 * in one, two or no languages, figures (when asked) and reference lists.
 */
export function generateContent(options: GenerateOptions): GeneratedTree {
  const realistic = options.shape === 'realistic';
  // The light shape keeps the seed it always had, so its trees stay the same bytes.
  const random = prng(realistic ? `${options.seed}/${options.posts}/realistic` : `${options.seed}/${options.posts}`);
  const series = realistic ? planRealisticSeries(options.posts) : planSeries(options.posts);
  const posts = realistic ? planRealisticPosts(options, random, series) : planPosts(options, random, series);

  const content = new Map<string, string>();
  const publicFiles = new Map<string, string>();
  content.set('site.yml', siteYaml());
  content.set('tags.yml', tagsYaml(options.tagSlugs, posts, realistic));
  for (const plan of series) content.set(`series/${plan.id}.yml`, seriesYaml(plan, random));
  for (const post of posts) {
    for (const locale of post.languages) content.set(`posts/${post.id}/${locale}.mdx`, postMdx(post, locale));
    if (post.body.some((block) => block.kind === 'figure')) {
      publicFiles.set(`${figureFolder(options)}/${post.id}/diagram.svg`, diagramSvg(post));
    }
  }
  const perLocale = Object.fromEntries(
    locales.map((l) => [l, posts.filter((p) => p.languages.includes(l)).length]),
  ) as Record<Locale, number>;
  return {
    content,
    public: publicFiles,
    stats: {
      posts: posts.length,
      perLocale,
      drafts: posts.filter((p) => p.draft).length,
      series: series.length,
      tags: TOPICS.length + (realistic ? EXTRA_TAGS.length : yearTags(posts).length),
    },
  };
}

function planSeries(postCount: number): SeriesPlan[] {
  const count = Math.min(Math.max(1, Math.round(postCount / 12)), TOPICS.length * SERIES_NAMES.length);
  return Array.from({ length: count }, (_, s) => {
    const topic = TOPICS[s % TOPICS.length]!;
    const name = SERIES_NAMES[Math.floor(s / TOPICS.length)]!;
    return { id: slugFor(`${topic.id} ${name.en}`), topic, name, entries: 0 };
  });
}

function planPosts(options: GenerateOptions, random: Random, series: SeriesPlan[]): PostPlan[] {
  const span = (LAST_DAY - FIRST_DAY) / options.posts;
  const usedSlugs: Record<Locale, Set<string>> = { pt: new Set(), en: new Set() };
  const usedIds = new Set<string>();
  const posts: PostPlan[] = [];

  for (let index = 0; index < options.posts; index++) {
    const date = Math.floor((FIRST_DAY + (index + random() * 0.9) * span) / 1000) * 1000;
    // Mostly bilingual; the second and third posts always exist in one language only.
    const roll = random();
    const languages: Locale[] =
      index === 1 || (index > 2 && roll < 0.1)
        ? ['pt']
        : index === 2 || (index > 2 && roll < 0.18)
          ? ['en']
          : ['pt', 'en'];
    const draft = index % 17 === 5;
    const inSeries = !draft && series.length > 0 && random() < 0.35 ? pick(random, series) : undefined;
    const topic = inSeries?.topic ?? pick(random, TOPICS);
    const order = inSeries ? ++inSeries.entries : undefined;

    const tags = new Set([topic.id]);
    for (let extra = between(random, 0, 3); extra > 0; extra--) tags.add(pick(random, TOPICS).id);
    if (random() < 0.3) tags.add(formatDate(date, false).slice(0, 4));

    const pattern = pick(random, TITLES);
    const title = {} as Record<Locale, string>;
    const slug = {} as Record<Locale, string>;
    for (const locale of locales) {
      const base = capitalize(fill(pattern[locale], topic, locale));
      let n = 1;
      while (usedSlugs[locale].has(slugFor(n === 1 ? base : `${base} ${n}`))) n++;
      title[locale] = n === 1 ? base : `${base} (${n})`;
      slug[locale] = slugFor(n === 1 ? base : `${base} ${n}`);
      if (languages.includes(locale)) usedSlugs[locale].add(slug[locale]);
    }
    const primary = languages[0]!;
    let id = `${formatDate(date, false)}-${slug[primary]}`;
    if (usedIds.has(id)) id = `${id}-${index}`;
    usedIds.add(id);

    const withTime = random() < 0.7;
    const updated = random() < 0.2 ? date + between(random, 1, 400) * DAY : undefined;
    const aliases =
      languages.includes('pt') && random() < 0.1
        ? [`/${formatDate(date, false).replaceAll('-', '/')}/${slug.pt}.html`]
        : [];
    const body = planBody(random, options.figures && random() < 0.5);
    posts.push({
      id,
      index,
      topic,
      date,
      withTime,
      updated,
      languages,
      draft,
      tags: [...tags],
      series: inSeries && order ? { id: inSeries.id, order } : undefined,
      title,
      slug,
      primary,
      aliases,
      figures: `/${figureFolder(options)}/${id}`,
      body,
    });
  }
  return posts;
}

/** Eight series (fewer for a small tree), each on its own topic. */
function planRealisticSeries(postCount: number): SeriesPlan[] {
  return Array.from({ length: Math.min(8, Math.ceil(postCount / 5)) }, (_, s) => {
    const topic = TOPICS[s]!;
    const name = SERIES_NAMES[s % SERIES_NAMES.length]!;
    return { id: slugFor(`${topic.id} ${name.en}`), topic, name, entries: 0 };
  });
}

/** The 30 tag ids of the realistic shape. */
const TAG_POOL = [...TOPICS.map((t) => t.id), ...EXTRA_TAGS.map((t) => t.id)];

/** Posts like the blog's own: nearly all in both languages, a few in one, one in fifty a draft. */
function planRealisticPosts(options: GenerateOptions, random: Random, series: SeriesPlan[]): PostPlan[] {
  const span = (LAST_DAY - FIRST_DAY) / options.posts;
  const usedSlugs: Record<Locale, Set<string>> = { pt: new Set(), en: new Set() };
  const usedIds = new Set<string>();
  const posts: PostPlan[] = [];
  for (let index = 0; index < options.posts; index++) {
    const date = Math.floor((FIRST_DAY + (index + random() * 0.9) * span) / 1000) * 1000;
    const roll = random();
    const languages: Locale[] =
      index === 1 || (index > 2 && roll < 0.04)
        ? ['pt']
        : index === 2 || (index > 2 && roll < 0.06)
          ? ['en']
          : ['pt', 'en'];
    const draft = index % 50 === 7;
    const inSeries = index % 5 === 0 ? series[(index / 5) % series.length] : undefined;
    const topic = inSeries?.topic ?? pick(random, TOPICS);
    const order = inSeries ? ++inSeries.entries : undefined;
    const tags = new Set([topic.id]);
    for (let extra = between(random, 1, 3); extra > 0; extra--) tags.add(pick(random, TAG_POOL));

    const pattern = pick(random, TITLES);
    const title = {} as Record<Locale, string>;
    const slug = {} as Record<Locale, string>;
    for (const locale of locales) {
      const base = capitalize(fill(pattern[locale], topic, locale));
      let n = 1;
      while (usedSlugs[locale].has(slugFor(n === 1 ? base : `${base} ${n}`))) n++;
      title[locale] = n === 1 ? base : `${base} (${n})`;
      slug[locale] = slugFor(n === 1 ? base : `${base} ${n}`);
      if (languages.includes(locale)) usedSlugs[locale].add(slug[locale]);
    }
    const primary = languages[0]!;
    let id = `${formatDate(date, false)}-${slug[primary]}`;
    if (usedIds.has(id)) id = `${id}-${index}`;
    usedIds.add(id);
    const post: PostPlan = {
      id,
      index,
      topic,
      date,
      withTime: random() < 0.7,
      updated: random() < 0.2 ? date + between(random, 1, 400) * DAY : undefined,
      languages,
      draft,
      tags: [...tags],
      series: inSeries && order ? { id: inSeries.id, order } : undefined,
      title,
      slug,
      primary,
      aliases:
        languages.includes('pt') && random() < 0.1
          ? [`/${formatDate(date, false).replaceAll('-', '/')}/${slug.pt}.html`]
          : [],
      figures: `/${figureFolder(options)}/${id}`,
      body: [],
    };
    post.body = planRealisticBody(random, post, options.figures);
    posts.push(post);
  }
  return posts;
}

/** Words a reader reads: every token with a letter or digit, outside code fences and JSX tags. */
export function proseWords(mdx: string): number {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
    .replace(/<Figure[\s\S]*?\/>/g, '')
    .replace(/<\/?References>/g, '');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * One body for both languages, as the blog's posts are built: an introduction with an outside
 * link, sections with a list, a titled 15-19-line code block, a quote, a figure, a callout and a
 * second link, more sections until both languages reach a drawn length of 800-1,000 words,
 * then a conclusion, references and a footnote (at most about 1,200 words either way).
 */
function planRealisticBody(random: Random, post: PostPlan, figure: boolean): Block[] {
  const sentence = () => Math.floor(random() * SENTENCES.length);
  const paragraph = (extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({
    kind: 'paragraph',
    sentences: Array.from({ length: between(random, 3, 5) }, sentence),
    ...extra,
  });
  let heading = between(random, 0, HEADINGS.length - 1);
  // The last heading is the conclusion's.
  const h2 = (): Block => ({ kind: 'heading', depth: 2, text: heading++ % (HEADINGS.length - 1) });
  const links = [...new Set([between(random, 0, REFERENCES.length - 1), between(random, 0, REFERENCES.length - 1)])];
  if (links.length === 1) links.push((links[0]! + 1) % REFERENCES.length);
  const blocks: Block[] = [
    paragraph({ link: links[0] }),
    h2(),
    paragraph(),
    paragraph(),
    {
      kind: 'list',
      ordered: false,
      task: false,
      items: [
        ...new Set(Array.from({ length: between(random, 3, 5) }, () => between(random, 0, LIST_ITEMS.length - 1))),
      ],
    },
    h2(),
    paragraph({ footnote: true }),
    { kind: 'code', language: post.topic.code, lines: between(random, 15, 19) },
    paragraph(),
    h2(),
    { kind: 'blockquote', sentence: sentence() },
    paragraph(),
    ...(figure ? [{ kind: 'figure', number: 1 } as const] : []),
    h2(),
    { kind: 'callout', type: pick(random, CALLOUTS), sentence: sentence() },
    paragraph({ link: links[1] }),
  ];
  const tail: Block[] = [
    { kind: 'heading', depth: 2, text: HEADINGS.length - 1 },
    paragraph(),
    { kind: 'references', links: [...new Set([...links, between(random, 0, REFERENCES.length - 1)])] },
    { kind: 'footnotes', sentence: sentence() },
  ];
  const words = (list: Block[]) =>
    Math.min(
      ...post.languages.map((locale) => proseWords(list.map((block) => renderBlock(block, post, locale)).join('\n\n'))),
    );
  const target = between(random, 800, 1000);
  const tailWords = words(tail);
  let total = words(blocks);
  let current: Extract<Block, { kind: 'paragraph' }> | undefined;
  // Sentence by sentence, so the length lands just past the target.
  while (total + tailWords < target) {
    if (!current || current.sentences.length >= 5) {
      if (!current || random() < 0.35) blocks.push(h2());
      current = { kind: 'paragraph', sentences: [] };
      blocks.push(current);
    }
    current.sentences.push(sentence());
    total = words(blocks);
  }
  return [...blocks, ...tail];
}

/** A body's shape, shared by both languages: short notes, medium posts and long articles. */
function planBody(random: Random, figure: boolean): Block[] {
  const size = random();
  const sections = size < 0.3 ? between(random, 1, 2) : size < 0.85 ? between(random, 3, 5) : between(random, 6, 10);
  const sentences = () => Array.from({ length: between(random, 2, 6) }, () => Math.floor(random() * SENTENCES.length));
  const blocks: Block[] = [{ kind: 'paragraph', sentences: sentences() }];
  let figures = 0;
  for (let s = 0; s < sections; s++) {
    blocks.push({
      kind: 'heading',
      depth: s > 0 && random() < 0.2 ? 3 : 2,
      text: (s + Math.floor(random() * 3)) % HEADINGS.length,
    });
    for (let p = between(random, 1, size < 0.85 ? 3 : 5); p > 0; p--)
      blocks.push({ kind: 'paragraph', sentences: sentences() });
    const extra = random();
    if (extra < 0.25) {
      const ordered = random() < 0.4;
      const items = [
        ...new Set(Array.from({ length: between(random, 2, 5) }, () => Math.floor(random() * LIST_ITEMS.length))),
      ];
      blocks.push({ kind: 'list', ordered, task: !ordered && random() < 0.2, items });
    } else if (extra < 0.5) {
      blocks.push({ kind: 'code', language: pick(random, Object.keys(CODE) as (keyof typeof CODE)[]) });
    } else if (extra < 0.6) {
      blocks.push({ kind: 'blockquote', sentence: Math.floor(random() * SENTENCES.length) });
    } else if (extra < 0.68) {
      blocks.push({ kind: 'quote', quote: Math.floor(random() * QUOTES.length) });
    } else if (extra < 0.73) {
      blocks.push({ kind: 'table' });
    }
    if (figure && (figures === 0 || (figures === 1 && random() < 0.2)))
      blocks.push({ kind: 'figure', number: ++figures });
  }
  if (random() < 0.6) {
    const links = [
      ...new Set(Array.from({ length: between(random, 1, 4) }, () => Math.floor(random() * REFERENCES.length))),
    ];
    blocks.push({ kind: 'references', links });
  }
  return blocks;
}

const UI = {
  pt: {
    references: 'Referências',
    seeAlso: 'Veja também',
    figure: 'em quatro etapas',
    alt: 'Quatro caixas ligadas por setas, da esquerda para a direita:',
    step: 'Etapa',
    col: ['Opção', 'Custo', 'Risco'],
    row: ['manter', 'baixo', 'médio'],
  },
  en: {
    references: 'References',
    seeAlso: 'See also',
    figure: 'in four steps',
    alt: 'Four boxes joined by arrows, left to right:',
    step: 'Step',
    col: ['Option', 'Cost', 'Risk'],
    row: ['keep', 'low', 'medium'],
  },
} as const;

function postMdx(post: PostPlan, locale: Locale): string {
  const front = [
    `title: ${yamlString(post.title[locale])}`,
    `description: ${yamlString(fill(DESCRIPTIONS[post.index % DESCRIPTIONS.length]![locale], post.topic, locale))}`,
    `date: ${formatDate(post.date, post.withTime)}`,
    ...(post.updated ? [`updated: ${formatDate(post.updated, false)}`] : []),
    ...(locale === post.primary && post.index % 2 === 0 ? [] : [`slug: ${post.slug[locale]}`]),
    `tags: [${post.tags.join(', ')}]`,
    ...(post.series ? [`series: ${post.series.id}`, `seriesOrder: ${post.series.order}`] : []),
    ...(post.draft ? ['draft: true'] : []),
    ...(locale === 'pt' && post.aliases.length ? [`aliases: [${post.aliases.join(', ')}]`] : []),
  ];
  const body = post.body.map((block) => renderBlock(block, post, locale));
  return ['---', ...front, '---', '', ...body.flatMap((text) => [text, ''])].join('\n');
}

function renderBlock(block: Block, post: PostPlan, locale: Locale): string {
  const ui = UI[locale];
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${HEADINGS[block.text]![locale]}`;
    case 'paragraph': {
      const text = block.sentences.map((s) => fill(SENTENCES[s]![locale], post.topic, locale)).join(' ');
      const link = block.link === undefined ? undefined : REFERENCES[block.link]!;
      return text + (link ? ` ${ui.seeAlso} [${link.title}](${link.url}).` : '') + (block.footnote ? '[^1]' : '');
    }
    case 'callout':
      return `> [!${block.type}]\n> ${fill(SENTENCES[block.sentence]![locale], post.topic, locale)}`;
    case 'footnotes':
      return `[^1]: ${fill(SENTENCES[block.sentence]![locale], post.topic, locale)}`;
    case 'list':
      return block.items
        .map(
          (item, i) =>
            `${block.ordered ? `${i + 1}.` : '-'}${block.task ? (i % 2 ? ' [ ]' : ' [x]') : ''} ${LIST_ITEMS[item]![locale]}`,
        )
        .join('\n');
    case 'code': {
      if (block.lines === undefined) return ['```' + block.language, CODE[block.language], '```'].join('\n');
      const shape = CODE_SHAPES[block.language];
      const middle = Array.from({ length: block.lines - shape.head.length - shape.tail.length }, (_, i) =>
        shape.line(i),
      );
      const meta = `title="${shape.file}" {${shape.head.length + 1}}`;
      return ['```' + `${block.language} ${meta}`, ...shape.head, ...middle, ...shape.tail, '```'].join('\n');
    }
    case 'blockquote':
      return `> ${fill(SENTENCES[block.sentence]![locale], post.topic, locale)}`;
    case 'quote': {
      const quote = QUOTES[block.quote]!;
      const cite = quote.cite ? ` cite=${yamlString(quote.cite)}` : '';
      return [`<Quote author=${yamlString(quote.author)}${cite}>`, quote.text[locale], '</Quote>'].join('\n');
    }
    case 'table':
      return [
        `| ${ui.col.join(' | ')} |`,
        '| --- | --- | --- |',
        `| ${ui.row.join(' | ')} |`,
        `| ${post.topic.noun[locale]} | 3 | 2 |`,
      ].join('\n');
    case 'figure': {
      const noun = post.topic.noun[locale];
      return [
        '<Figure',
        `  src="${post.figures}/diagram.svg"`,
        `  alt=${yamlString(`${ui.alt} ${[1, 2, 3, 4].map((n) => `${ui.step} ${n}`).join(', ')}.`)}`,
        `  caption=${yamlString(`${capitalize(noun)} ${ui.figure} (${block.number}).`)}`,
        '/>',
      ].join('\n');
    }
    case 'references':
      return [
        `## ${ui.references}`,
        '',
        '<References>',
        '',
        ...block.links.map((i) => {
          const link = REFERENCES[i]!;
          const mark = link.lang === 'en' ? ' (en)' : ' (pt-BR)';
          return `- [${link.title}](${link.url})${mark}`;
        }),
        '',
        '</References>',
      ].join('\n');
  }
}

function siteYaml(): string {
  return [
    '# Generated by scripts/gen-content.ts: a synthetic tree for load and scale tests.',
    'name: Blog sintético',
    'description:',
    '  pt: Um blog gerado para medir o site com muitos posts.',
    '  en: A generated blog for measuring the site with many posts.',
    'author:',
    '  name: Gerador de conteúdo',
    '  url: https://example.com/gerador',
    'links: []',
    '',
  ].join('\n');
}

function yearTags(posts: PostPlan[]): string[] {
  return [...new Set(posts.flatMap((p) => p.tags).filter((t) => /^\d{4}$/.test(t)))].sort();
}

function tagsYaml(slugs: boolean, posts: PostPlan[], realistic: boolean): string {
  const lines = ['# Labels per locale for each tag id. Generated.'];
  for (const topic of TOPICS) {
    const labels = locales.filter((l) => topic.label[l] !== undefined);
    if (labels.length === 0) {
      lines.push(`${topic.id}: {}`);
      continue;
    }
    lines.push(`${topic.id}:`);
    for (const locale of labels) {
      const label = topic.label[locale]!;
      const slug = slugFor(label);
      lines.push(
        slugs && slug !== topic.id
          ? `  ${locale}: { label: ${yamlString(label)}, slug: ${slug} }`
          : `  ${locale}: ${yamlString(label)}`,
      );
    }
  }
  for (const year of yearTags(posts)) lines.push(`"${year}":`, `  pt: "${year}"`, `  en: "${year}"`);
  if (realistic)
    for (const tag of EXTRA_TAGS)
      lines.push(`${tag.id}:`, `  pt: ${yamlString(tag.label.pt)}`, `  en: ${yamlString(tag.label.en)}`);
  return lines.join('\n') + '\n';
}

function seriesYaml(plan: SeriesPlan, random: Random): string {
  const noun = (l: Locale) => capitalize(plan.topic.noun[l]);
  const lines = [
    'title:',
    `  pt: ${yamlString(`${noun('pt')} ${plan.name.pt}`)}`,
    `  en: ${yamlString(`${noun('en')} ${plan.name.en}`)}`,
    'description:',
    `  pt: ${yamlString(`Uma série sobre ${plan.topic.noun.pt}, parte por parte.`)}`,
    `  en: ${yamlString(`A series on ${plan.topic.noun.en}, part by part.`)}`,
    'planned:',
  ];
  const planned = between(random, 1, 2);
  for (let p = 1; p <= planned; p++) {
    const order = plan.entries + p;
    lines.push(`  - order: ${order}`, '    title:', `      pt: ${yamlString(`Parte ${order}, ainda por escrever`)}`);
    // Some planned parts have no English title yet.
    if (p === 1) lines.push(`      en: ${yamlString(`Part ${order}, still to be written`)}`);
  }
  return lines.join('\n') + '\n';
}

/** A small diagram for a post's figure: four labelled boxes joined by arrows. */
function diagramSvg(post: PostPlan): string {
  const boxes = [0, 1, 2, 3].map((n) => {
    const x = 20 + n * 155;
    return [
      `  <rect x="${x}" y="80" width="120" height="60" rx="8" fill="none" stroke="currentColor" stroke-width="2"/>`,
      `  <text x="${x + 60}" y="115" text-anchor="middle" font-family="sans-serif" font-size="14">${n + 1}</text>`,
      n < 3 ? `  <path d="M${x + 120} 110 h35" stroke="currentColor" stroke-width="2" marker-end="url(#arrow)"/>` : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="220" viewBox="0 0 640 220" role="img">',
    `  <title>${post.topic.id}</title>`,
    '  <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="currentColor"/></marker></defs>',
    ...boxes,
    '</svg>',
    '',
  ].join('\n');
}
