import { slugFor } from '../../lib/content/slug';
import { locales, type Locale } from '../../lib/i18n/config';
import { between, pick, prng, type Random } from '../random';
import {
  CODE,
  DESCRIPTIONS,
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

export interface GenerateOptions {
  /** How many post folders to write. */
  posts: number;
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
  body: Block[];
}

type Block =
  | { kind: 'heading'; depth: 2 | 3; text: number }
  | { kind: 'paragraph'; sentences: number[] }
  | { kind: 'list'; ordered: boolean; task: boolean; items: number[] }
  | { kind: 'code'; language: keyof typeof CODE }
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
  const random = prng(`${options.seed}/${options.posts}`);
  const series = planSeries(options.posts);
  const posts = planPosts(options, random, series);

  const content = new Map<string, string>();
  const publicFiles = new Map<string, string>();
  content.set('site.yml', siteYaml());
  content.set('tags.yml', tagsYaml(options.tagSlugs, posts));
  for (const plan of series) content.set(`series/${plan.id}.yml`, seriesYaml(plan, random));
  for (const post of posts) {
    for (const locale of post.languages) content.set(`posts/${post.id}/${locale}.mdx`, postMdx(post, locale));
    if (post.body.some((block) => block.kind === 'figure')) {
      publicFiles.set(`${FIGURE_DIR}/${post.id}/diagram.svg`, diagramSvg(post));
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
      tags: TOPICS.length + yearTags(posts).length,
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
      body,
    });
  }
  return posts;
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
    figure: 'em quatro etapas',
    alt: 'Quatro caixas ligadas por setas, da esquerda para a direita:',
    step: 'Etapa',
    col: ['Opção', 'Custo', 'Risco'],
    row: ['manter', 'baixo', 'médio'],
  },
  en: {
    references: 'References',
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
    case 'paragraph':
      return block.sentences.map((s) => fill(SENTENCES[s]![locale], post.topic, locale)).join(' ');
    case 'list':
      return block.items
        .map(
          (item, i) =>
            `${block.ordered ? `${i + 1}.` : '-'}${block.task ? (i % 2 ? ' [ ]' : ' [x]') : ''} ${LIST_ITEMS[item]![locale]}`,
        )
        .join('\n');
    case 'code':
      return ['```' + block.language, CODE[block.language], '```'].join('\n');
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
        `  src="/${FIGURE_DIR}/${post.id}/diagram.svg"`,
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

function tagsYaml(slugs: boolean, posts: PostPlan[]): string {
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
