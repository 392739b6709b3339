import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { isLocale, locales, type Locale } from '../i18n/config';
import { ContentError, displayPath, isError, type ContentProblem } from './errors';
import { mojibakeProblems } from './mojibake';
import { readingMinutes } from './reading-time';
import { frontMatterSchema, seriesSchema, siteSchema, SLUG_PATTERN, tagsSchema, type TagConfig } from './schema';
import { contentHash, translationProblems } from './translations';
import type { ContentTree, PostSummary, Series } from './types';
import { lineOfKey, lineOfPath, parseYaml, yamlProblem } from './yaml';

export interface LoadOptions {
  /** Drafts and scheduled posts are shown by the dev server only. */
  includeDrafts: boolean;
  /** The moment that decides which posts are scheduled (dated later); default: now. */
  now?: Date;
}

/**
 * How a file is turned into its parse result. The default parses every time;
 * lib/content/cache.ts passes one that reuses the result while the file is unchanged.
 * Results are shared between calls, so callers never mutate them.
 */
export type FileReader = <T>(file: string, parse: (file: string) => T) => T;

const readFresh: FileReader = (file, parse) => parse(file);

interface Parsed<T> {
  value?: T;
  problems: ContentProblem[];
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;

/** The slug a post gets when its front matter names none: the folder id without its date. */
export function defaultSlug(id: string): string {
  return id.replace(DATE_PREFIX, '');
}

/** Schema issues as problems, each at the line of its top-level key. `what` names the kind of field. */
function issueProblems(error: z.ZodError, file: string, yamlSource: string, what: string): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const keys = [...issue.path, ...(issue.code === 'unrecognized_keys' && issue.keys[0] ? [issue.keys[0]] : [])];
    // Down to the first list index: the nearest key the text names.
    const firstIndex = keys.findIndex((key) => typeof key !== 'string');
    const named = (firstIndex === -1 ? keys : keys.slice(0, firstIndex)).map(String);
    const line = named.length > 0 ? lineOfPath(yamlSource, named) : undefined;
    return {
      file,
      line,
      column: line ? 1 : undefined,
      message: field ? `${what} "${field}": ${issue.message}` : issue.message,
    };
  });
}

function parseYamlFile<T extends z.ZodType>(file: string, schema: T): Parsed<z.output<T>> {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return { problems: [{ file, message: 'cannot be read' }] };
  }
  const damaged = mojibakeProblems(source, file);
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    return { problems: [...damaged, yamlProblem(error, file)] };
  }
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) return { problems: [...damaged, ...issueProblems(parsed.error, file, source, 'field')] };
  return { value: parsed.data, problems: damaged };
}

function readYamlFile<T extends z.ZodType>(
  file: string,
  schema: T,
  problems: ContentProblem[],
  read: FileReader,
): z.output<T> | undefined {
  const parsed = read(file, () => parseYamlFile(file, schema));
  problems.push(...parsed.problems);
  return parsed.value;
}

/** gray-matter's parse of a post file; `yaml` reads the front matter (a fresh options object keeps
 * gray-matter from serving a cached parse). */
function splitPost(raw: string, yaml: (source: string) => object): matter.GrayMatterFile<string> {
  return matter(raw, { engines: { yaml } });
}

/** The body after the front matter, padded with blank lines so MDX positions are file positions. */
function paddedBody(raw: string, content: string): string {
  const bodyStart = raw.length - content.length;
  const frontLines = raw.slice(0, bodyStart).split('\n').length - 1;
  return '\n'.repeat(frontLines) + content;
}

/**
 * A post's MDX body, read from its file when a page needs it: the loaded tree
 * keeps no bodies, so listings and lookups never hold 1,000 posts' text.
 */
export function readPostBody(file: string): string {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([{ file, message: 'cannot be read' }]);
  }
  // The front matter was checked when the tree was loaded; only where it ends matters here.
  return paddedBody(raw, splitPost(raw, () => ({})).content);
}

/** The post with its body, read from disk. */
export function withBody<T extends PostSummary>(post: T): T & { body: string } {
  return { ...post, body: readPostBody(post.file) };
}

function parsePost(file: string, id: string, locale: Locale): Parsed<PostSummary> {
  const raw = fs.readFileSync(file, 'utf8');
  if (!/^---\r?\n/.test(raw)) {
    return {
      problems: [{ file, line: 1, column: 1, message: 'missing front matter: the file must start with a --- block' }],
    };
  }
  const problems = mojibakeProblems(raw, file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = splitPost(raw, (source: string) => parseYaml(source) as object);
  } catch (error) {
    return { problems: [...problems, yamlProblem(error, file)] };
  }

  const result = frontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    // parsed.matter keeps the newline after the opening ---, so its line 1 is the file's line 1.
    return { problems: [...problems, ...issueProblems(result.error, file, parsed.matter, 'front matter field')] };
  }
  const data = result.data;
  // What needs the body (reading time, the hash translations record) is taken now; the body is not kept.
  const post: PostSummary = {
    id,
    locale,
    slug: data.slug ?? defaultSlug(id),
    title: data.title,
    description: data.description,
    date: data.date,
    updated: data.updated,
    tags: data.tags,
    series: data.series && data.seriesOrder ? { id: data.series, order: data.seriesOrder } : undefined,
    draft: data.draft,
    scheduled: false,
    aliases: data.aliases,
    translationOf: data.translationOf,
    sourceHash: contentHash(parsed.content),
    readingMinutes: readingMinutes(parsed.content),
    translations: {},
    file,
  };
  return { value: post, problems };
}

function listDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export interface ContentScan {
  site?: ContentTree['site'];
  /** Every post whose front matter is valid, drafts included, in no particular order (bodies: readPostBody). */
  posts: PostSummary[];
  series: ContentTree['series'];
  tags: ContentTree['tags'];
  problems: ContentProblem[];
}

/**
 * Reads and validates the whole tree without stopping at the first problem:
 * the content check uses it to report every problem in one pass.
 */
export function scanContentTree(dir: string, read: FileReader = readFresh): ContentScan {
  const problems: ContentProblem[] = [];

  const siteFile = path.join(dir, 'site.yml');
  const site = fs.existsSync(siteFile)
    ? readYamlFile(siteFile, siteSchema, problems, read)
    : (problems.push({ file: siteFile, message: 'missing: the blog needs its name and description' }), undefined);

  const series = new Map<string, Series>();
  for (const entry of listDir(path.join(dir, 'series'))) {
    if (!entry.isFile() || !entry.name.endsWith('.yml')) continue;
    const file = path.join(dir, 'series', entry.name);
    const id = entry.name.slice(0, -'.yml'.length);
    if (!SLUG_PATTERN.test(id)) {
      problems.push({ file, message: `series id "${id}" must use lowercase letters, digits and hyphens` });
      continue;
    }
    const config = readYamlFile(file, seriesSchema, problems, read);
    if (config) series.set(id, { ...config, id, file });
  }

  const tagsFile = path.join(dir, 'tags.yml');
  const tagsConfig = fs.existsSync(tagsFile) ? readYamlFile(tagsFile, tagsSchema, problems, read) : undefined;
  const tags = tagsConfig ? new Map(Object.entries(tagsConfig)) : undefined;
  if (tags) checkTagSlugs(tagsFile, tags, problems);

  const postsDir = path.join(dir, 'posts');
  const all: PostSummary[] = [];
  for (const folder of listDir(postsDir)) {
    if (!folder.isDirectory()) continue;
    const folderPath = path.join(postsDir, folder.name);
    if (!SLUG_PATTERN.test(folder.name.replace(DATE_PREFIX, ''))) {
      problems.push({
        file: folderPath,
        message: 'a post folder is named like 2023-10-02-kafka-intro (lowercase, digits, hyphens)',
      });
      continue;
    }
    for (const entry of listDir(folderPath)) {
      if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
      const file = path.join(folderPath, entry.name);
      const locale = entry.name.slice(0, -'.mdx'.length);
      if (!isLocale(locale)) {
        problems.push({
          file,
          message: `"${entry.name}" is not a locale file; use ${locales.map((l) => `${l}.mdx`).join(' or ')}`,
        });
        continue;
      }
      const parsed = read(file, () => parsePost(file, folder.name, locale));
      problems.push(...parsed.problems);
      if (parsed.value) all.push(parsed.value);
    }
  }

  checkRelations(all, series, tags, problems);
  problems.push(...translationProblems(all));
  return { site, posts: all, series, tags, problems };
}

/**
 * Reads, validates and reshapes the whole content tree. Every problem is
 * collected and thrown together as one ContentError, so a broken tree never
 * yields a partly built site.
 */
export function loadContentTree(dir: string, options: LoadOptions): ContentTree {
  return assembleTree(dir, scanContentTree(dir), options);
}

/**
 * The tree a scan gives: posts dated after `now` are scheduled and, like
 * drafts, kept out unless drafts are included. Warnings do not stop it.
 */
export function assembleTree(dir: string, scan: ContentScan, options: LoadOptions): ContentTree {
  const errors = scan.problems.filter(isError);
  if (errors.length > 0 || !scan.site) throw new ContentError(errors);

  const now = (options.now ?? new Date()).getTime();
  // Scanned posts may be shared with a cache: copy before setting what depends on the tree.
  const all = scan.posts.map((post): PostSummary => ({
    ...post,
    scheduled: post.date.getTime() > now,
    translations: {},
  }));
  const shown = (post: PostSummary) => options.includeDrafts || (!post.draft && !post.scheduled);
  const posts = all.filter(shown);
  linkTranslations(posts);
  posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  return {
    dir,
    site: scan.site,
    posts,
    withheld: all.filter((post) => !shown(post)),
    series: scan.series,
    tags: scan.tags,
  };
}

function checkRelations(
  posts: PostSummary[],
  series: Map<string, Series>,
  tags: ContentTree['tags'],
  problems: ContentProblem[],
): void {
  // Only reached when something is wrong, so reading the file again is cheap enough.
  const fieldLine = (post: PostSummary, key: string) => {
    const raw = fs.readFileSync(post.file, 'utf8');
    const end = raw.indexOf('\n---', 3);
    return lineOfKey(raw.slice(0, end === -1 ? undefined : end), key);
  };
  const slugs = new Map<string, PostSummary>();
  const aliases = new Map<string, PostSummary>();
  const seriesPlaces = new Map<string, PostSummary>();
  for (const post of posts) {
    const slugKey = `${post.locale}/${post.slug}`;
    const other = slugs.get(slugKey);
    if (other) {
      problems.push({
        file: post.file,
        line: fieldLine(post, 'slug'),
        message: `slug "${post.slug}" is already used by ${displayPath(other.file)}`,
      });
    } else slugs.set(slugKey, post);

    for (const alias of post.aliases) {
      const owner = aliases.get(alias);
      if (owner) {
        problems.push({
          file: post.file,
          line: fieldLine(post, 'aliases'),
          message: `alias "${alias}" is already used by ${displayPath(owner.file)}`,
        });
      } else aliases.set(alias, post);
    }

    if (tags) {
      for (const tag of post.tags) {
        if (!tags.has(tag)) {
          problems.push({
            file: post.file,
            line: fieldLine(post, 'tags'),
            message: `unknown tag "${tag}": add it to tags.yml or fix the spelling`,
          });
        }
      }
    }

    if (post.series) {
      if (!series.has(post.series.id)) {
        problems.push({
          file: post.file,
          line: fieldLine(post, 'series'),
          message: `unknown series "${post.series.id}": create series/${post.series.id}.yml`,
        });
      }
      const placeKey = `${post.locale}/${post.series.id}/${post.series.order}`;
      const taken = seriesPlaces.get(placeKey);
      if (taken && taken.id !== post.id) {
        problems.push({
          file: post.file,
          line: fieldLine(post, 'seriesOrder'),
          message: `seriesOrder ${post.series.order} of "${post.series.id}" is already taken by ${displayPath(taken.file)}`,
        });
      } else seriesPlaces.set(placeKey, post);
    }
  }
}

/** Two tags may not share a URL in one language; a tag without a slug is at its id. */
function checkTagSlugs(file: string, tags: Map<string, TagConfig>, problems: ContentProblem[]): void {
  for (const locale of locales) {
    const owners = new Map<string, string>();
    for (const [id, config] of tags) {
      const slug = config[locale]?.slug ?? id;
      const owner = owners.get(slug);
      if (owner === undefined) {
        owners.set(slug, id);
        continue;
      }
      const source = fs.readFileSync(file, 'utf8');
      problems.push({
        file,
        line: lineOfPath(source, config[locale]?.slug ? [id, locale, 'slug'] : [id]),
        column: 1,
        message: `tag "${id}" has the ${locale} slug "${slug}", already used by tag "${owner}"`,
      });
    }
  }
}

function linkTranslations(posts: PostSummary[]): void {
  const byId = new Map<string, PostSummary[]>();
  for (const post of posts) byId.set(post.id, [...(byId.get(post.id) ?? []), post]);
  for (const group of byId.values()) {
    for (const post of group) {
      for (const other of group) if (other !== post) post.translations[other.locale] = other.slug;
    }
  }
}
