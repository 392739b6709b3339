import matter from 'gray-matter';
import type { Locale } from '../i18n/config';
import { parseContentDate } from '../content/dates';
import { repairMojibake, findMojibake } from '../content/mojibake';
import { slugFor } from '../content/slug';
import { parseYaml } from '../content/yaml';
import { HTML, HTML_ATTRIBUTES } from '../mdx/plugins/allowed-jsx';

/** Something the importer changed, dropped or could not convert, at a line of the Jekyll file. */
export interface ImportNote {
  line?: number;
  message: string;
}

/** A post the importer cannot convert at all; the message says why. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface JekyllName {
  /** The file name's date, YYYY-MM-DD, when it follows Jekyll's YYYY-MM-DD-slug.md. */
  date?: string;
  /** The file name without date and extension, NFC. */
  title: string;
}

const NAME = /^(\d{4}-\d{2}-\d{2})-(.+)\.(?:md|markdown)$/i;

export function parseJekyllName(fileName: string): JekyllName {
  const name = fileName.normalize('NFC');
  const match = NAME.exec(name);
  return match ? { date: match[1], title: match[2]! } : { title: name.replace(/\.(?:md|markdown)$/i, '') };
}

export interface ConvertOptions {
  /** The Jekyll file's name (not path): gives the date and slug when front matter does not. */
  fileName: string;
  locale: Locale;
  /** The blog path of another post, by its Jekyll file name without extension, for {% post_url %} and {% link %}. */
  resolvePost: (name: string) => string | undefined;
  /** The site's default permalink (from _config.yml), when known. */
  permalink?: string;
}

export interface ConvertedImage {
  /** As written in the post, after Liquid: /assets/x.png. */
  source: string;
  /** The file name in public/images/posts/<id>/. */
  name: string;
  line: number;
}

export interface ConvertedPost {
  id: string;
  slug: string;
  frontMatter: Record<string, unknown>;
  body: string;
  /** Tags as written in Jekyll, by the id they get here. */
  tags: Map<string, string>;
  images: ConvertedImage[];
  notes: ImportNote[];
}

/** Jekyll front matter fields that are about Jekyll's own layout, dropped without a note. */
const LAYOUT_FIELDS = new Set([
  'layout',
  'comments',
  'share',
  'sitemap',
  'author',
  'image',
  'header',
  'toc',
  'modified_time',
]);

/**
 * Turns one Jekyll post into the blog's front matter and MDX body. Pure: the
 * caller reads and writes files. Everything that is not carried over as it
 * was is listed in `notes`, with its line in the Jekyll file.
 */
export function convertJekyllPost(source: string, options: ConvertOptions): ConvertedPost {
  const notes: ImportNote[] = [];
  let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const damaged = findMojibake(text);
  if (damaged.length > 0) {
    text = repairMojibake(text);
    notes.push({
      message: `repaired ${damaged.length} characters damaged by a wrong encoding (UTF-8 read as ${damaged[0]!.encoding})`,
    });
  }
  if (!/^---\n/.test(text)) throw new ImportError('no front matter: a Jekyll post starts with a --- block');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: (yaml: string) => (parseYaml(yaml) ?? {}) as object } });
  } catch (error) {
    throw new ImportError(
      `invalid front matter: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  const data = parsed.data as Record<string, unknown>;
  const bodyStart = text.length - parsed.content.length;
  const firstBodyLine = text.slice(0, bodyStart).split('\n').length;

  const name = parseJekyllName(options.fileName);
  const rawDate = data.date === undefined ? name.date : jekyllDate(String(data.date));
  if (!rawDate)
    throw new ImportError('no date: neither the front matter nor the file name (YYYY-MM-DD-title.md) has one');
  const date = parseContentDate(rawDate);
  if (!date) throw new ImportError(`date "${rawDate}" is not a date`);
  const day = rawDate.slice(0, 10);

  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : humanize(name.title);
  if (data.title === undefined) notes.push({ message: `no title: took "${title}" from the file name` });
  const slug = slugFor(name.date ? name.title : title);
  if (!slug) throw new ImportError(`cannot make a URL slug from "${name.title}"`);
  const id = `${day}-${slug}`;

  const tags = new Map<string, string>();
  for (const tag of [...words(data.tags), ...words(data.categories), ...words(data.category)]) {
    const tagId = slugFor(tag);
    if (tagId && !tags.has(tagId)) tags.set(tagId, tag);
  }

  const categories = [...words(data.categories), ...words(data.category)].map((c) => slugFor(c)).filter(Boolean);
  const alias = permalinkOf(typeof data.permalink === 'string' ? data.permalink : (options.permalink ?? 'date'), {
    day,
    slug: name.date ? name.title : slug,
    categories,
  });

  const body = convertBody(parsed.content, firstBodyLine, options, notes);
  const description = textOf(data.excerpt) ?? textOf(data.description) ?? firstParagraph(body.mdx);
  if (!description)
    notes.push({ message: 'no excerpt, description or first paragraph: description left for you to write' });

  const dropped = Object.keys(data).filter(
    (key) =>
      ![
        'title',
        'date',
        'tags',
        'categories',
        'category',
        'permalink',
        'excerpt',
        'description',
        'published',
        'lang',
      ].includes(key) && !LAYOUT_FIELDS.has(key),
  );
  if (dropped.length > 0) notes.push({ message: `front matter fields not carried over: ${dropped.join(', ')}` });

  const frontMatter: Record<string, unknown> = {
    title,
    description: description ?? 'TODO: one or two sentences about the post.',
    date: rawDate,
    slug,
    tags: tags.size > 0 ? [...tags.keys()] : undefined,
    aliases: alias ? [alias] : undefined,
    draft: data.published === false ? true : undefined,
  };
  return { id, slug, frontMatter, body: body.mdx, tags, images: body.images, notes };
}

/** Jekyll's "2024-01-05 10:00:00 -0300" as ISO 8601; other dates as they are. */
function jekyllDate(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*([+-]\d{2}):?(\d{2})$/.exec(value.trim());
  return match ? `${match[1]}T${match[2]}${match[3]}:${match[4]}` : value.trim();
}

function humanize(fileTitle: string): string {
  const words = fileTitle.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Jekyll lists: a YAML list, or a string separated by spaces or commas. */
function words(value: unknown): string[] {
  if (Array.isArray(value))
    return value
      .map(String)
      .map((v) => v.trim())
      .filter(Boolean);
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value);
    return text
      .split(text.includes(',') ? ',' : /\s+/)
      .map((v) => v.trim())
      .filter(Boolean);
  }
  return [];
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? plain(value) : undefined;
}

const PERMALINK_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** The old URL of the post under Jekyll, for `aliases`. */
export function permalinkOf(
  pattern: string,
  post: { day: string; slug: string; categories: string[] },
): string | undefined {
  const [year, month, dayOfMonth] = post.day.split('-');
  const template = PERMALINK_STYLES[pattern] ?? pattern;
  const path = template
    .replace(/:categories/g, post.categories.join('/'))
    .replace(/:year/g, year!)
    .replace(/:month/g, month!)
    .replace(/:i_month/g, String(Number(month)))
    .replace(/:day/g, dayOfMonth!)
    .replace(/:i_day/g, String(Number(dayOfMonth)))
    .replace(/:(?:title|slug)/g, post.slug)
    .replace(/:output_ext/g, '.html')
    .replace(/\/{2,}/g, '/');
  return /^\/[^\s?#:]*$/.test(path) ? path : undefined;
}

// ---------------------------------------------------------------------------
// The body

// HTML the blog's posts allow is kept, with the attributes they allow; anything else is dropped.
const KEPT_HTML = HTML;
const KEPT_ATTRIBUTES = HTML_ATTRIBUTES;
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const REFERENCES_HEADING =
  /^#{1,6}\s*(?:links de refer[êe]ncia|refer[êe]ncias|references|reference links|further reading|leituras?)\s*:?\s*$/i;
const FENCE = /^\s*(`{3,}|~{3,})/;

interface Line {
  text: string;
  /** 1-based line in the Jekyll file. */
  line: number;
}

function convertBody(content: string, firstLine: number, options: ConvertOptions, notes: ImportNote[]) {
  const lines: Line[] = content.split('\n').map((text, i) => ({ text, line: firstLine + i }));
  const out: string[] = [];
  const images: ConvertedImage[] = [];
  const inline = (line: Line) => convertInline(line.text, line.line, options, notes);
  let references = false;

  for (let i = 0; i < lines.length; i += 1) {
    const { text, line } = lines[i]!;

    const fence = FENCE.exec(text);
    if (fence) {
      const close = new RegExp(`^\\s*${fence[1]![0]}{${fence[1]!.length},}\\s*$`);
      out.push(text);
      for (i += 1; i < lines.length && !close.test(lines[i]!.text); i += 1) out.push(lines[i]!.text);
      if (i < lines.length) out.push(lines[i]!.text);
      continue;
    }

    const highlight = /^\s*\{%-?\s*highlight\s+([\w+#.-]+)(?:\s+[^%]*)?-?%\}\s*$/.exec(text);
    if (highlight) {
      out.push(`\`\`\`${highlight[1]}`);
      for (i += 1; i < lines.length && !/\{%-?\s*endhighlight\s*-?%\}/.test(lines[i]!.text); i += 1)
        out.push(lines[i]!.text);
      out.push('```');
      continue;
    }

    if (/^\s*\{%-?\s*raw\s*-?%\}\s*$/.test(text)) {
      for (i += 1; i < lines.length && !/^\s*\{%-?\s*endraw\s*-?%\}\s*$/.test(lines[i]!.text); i += 1)
        out.push(literal(lines[i]!.text));
      continue;
    }

    if (/^\s*\{:\s*toc\s*\}\s*$/.test(text)) {
      if (/^\s*(?:[*+-]|1\.)\s+TOC\s*$/i.test(out.at(-1) ?? '')) out.pop();
      notes.push({ line, message: 'kramdown table of contents ({:toc}) removed' });
      continue;
    }
    if (/^\s*\{:[^}]*\}\s*$/.test(text)) {
      notes.push({ line, message: `kramdown attribute list ${text.trim()} removed` });
      continue;
    }
    if (/^\s*<!--\s*more\s*-->\s*$/i.test(text)) continue;

    if (/^\s*<!--/.test(text)) {
      const comment: string[] = [text];
      while (!comment.at(-1)!.includes('-->') && i + 1 < lines.length) comment.push(lines[(i += 1)]!.text);
      const inside = comment
        .join('\n')
        .replace(/^\s*<!--/, '')
        .replace(/-->\s*$/, '')
        .replace(/\*\//g, '* /')
        .trim();
      out.push(`{/* ${inside} */}`);
      continue;
    }

    if (/^\s*<figure\b/i.test(text)) {
      const block: Line[] = [lines[i]!];
      while (!/<\/figure>/i.test(block.at(-1)!.text) && i + 1 < lines.length) block.push(lines[(i += 1)]!);
      const html = block.map((l) => l.text).join(' ');
      const img = /<img\b[^>]*>/i.exec(html)?.[0];
      const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/i.exec(html)?.[1];
      if (img)
        out.push(
          ...figure(
            attributesOf(img),
            caption === undefined ? undefined : stripTags(caption),
            line,
            options,
            notes,
            images,
          ),
        );
      else {
        notes.push({ line, message: '<figure> without an <img> kept as text' });
        out.push(...block.map(inline));
      }
      continue;
    }

    const picture = imageOnly(siteUrls(text));
    if (picture) {
      let captionLine: string | undefined;
      const next = lines[i + 1]?.text;
      if (next !== undefined && /^\s*([*_])(?!\1).+\1\s*$/.test(next)) {
        captionLine = next.trim().slice(1, -1);
        i += 1;
      }
      out.push(...figure(picture, captionLine, line, options, notes, images));
      continue;
    }

    if (REFERENCES_HEADING.test(text.trim())) {
      references = true;
      out.push(inline(lines[i]!));
      continue;
    }
    if (references && /^\s*[*+-]\s+/.test(text)) {
      // The reference list: every following list line, wrapped in <References> with blank lines around.
      while (out.length > 0 && out.at(-1) === '') out.pop();
      out.push('', '<References>', '');
      for (; i < lines.length && (/^\s*[*+-]\s+/.test(lines[i]!.text) || /^\s{2,}\S/.test(lines[i]!.text)); i += 1) {
        out.push(inline({ ...lines[i]!, text: lines[i]!.text.replace(/^(\s*)[*+]\s+/, '$1- ') }));
      }
      out.push('', '</References>', '');
      i -= 1;
      references = false;
      continue;
    }
    if (/^#{1,6}\s/.test(text)) references = false;

    out.push(inline({ line, text: text.replace(/^(\s*)[*+]\s+(?=\S)/, '$1- ').replace(/\s+$/, '') }));
  }
  const mdx = `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
  return { mdx, images };
}

/** The attributes of an image line: `<img …>` or `![alt](src)` alone on its line. */
function imageOnly(text: string): Record<string, string> | undefined {
  const html = /^\s*(?:<p>\s*)?(<img\b[^>]*>)(?:\s*<\/p>)?\s*$/i.exec(text);
  if (html) return attributesOf(html[1]!);
  const markdown = /^\s*!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)(?:\{:[^}]*\})?\s*$/.exec(text);
  return markdown ? { alt: markdown[1]!, src: markdown[2]! } : undefined;
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Figura 1 - Sistemas antes e depois. Fonte: [Freecodecamp](https://…)" → caption, credit, creditUrl. */
export function splitCaption(raw: string): { caption: string; credit?: string; creditUrl?: string } {
  const text = raw.replace(/^\s*(?:fig(?:ura|ure)?\.?\s*\d+\s*[-–—:.]\s*)/i, '').trim();
  const match = /^(.*?)\s*\b(?:fonte|source|cr[ée]dito?s?|credit|via)\s*:\s*(.+)$/i.exec(text);
  if (!match) return { caption: text };
  const creditText = match[2]!.trim().replace(/\.$/, '');
  const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(creditText);
  return link
    ? { caption: match[1]!, credit: link[1], creditUrl: link[2] }
    : { caption: match[1]!, credit: creditText };
}

function figure(
  attributes: Record<string, string>,
  captionText: string | undefined,
  line: number,
  options: ConvertOptions,
  notes: ImportNote[],
  images: ConvertedImage[],
): string[] {
  const source = resolveLiquid(attributes.src ?? '', line, options, notes).trim();
  const alt = plain(attributes.alt ?? attributes.title ?? '');
  const parts = captionText ? splitCaption(plain(captionText, true)) : undefined;
  if (/^(?:[a-z]+:)?\/\//i.test(source)) {
    notes.push({ line, message: `remote image ${source} kept as a link: copy it into the blog and use <Figure>` });
    return [`[${escapeProse(alt || parts?.caption || 'image')}](${source})`];
  }
  const name = decodeURIComponent(source.split('/').pop() ?? '');
  if (!name) {
    notes.push({ line, message: 'image without src removed' });
    return [];
  }
  images.push({ source, name, line });
  const caption = parts?.caption || alt;
  if (!parts)
    notes.push({
      line,
      message: `image without a caption line: its ${alt ? 'alt text' : 'file name'} is the caption; write a real one`,
    });
  if (!alt)
    notes.push({
      line,
      message: 'image without alt text: the caption stands in; describe the image for readers who cannot see it',
    });
  const attribute = (key: string, value: string | undefined) =>
    value ? [`  ${key}="${value.replace(/"/g, '&quot;')}"`] : [];
  return [
    '<Figure',
    ...attribute('src', name),
    ...attribute('alt', alt || caption || name),
    ...attribute('caption', caption || name),
    ...attribute('credit', parts?.credit),
    ...attribute('creditUrl', parts?.creditUrl),
    '/>',
  ];
}

// ---------------------------------------------------------------------------
// Inline text

/** `{{ site.baseurl }}`, `{{ site.url }}` and the URL filters, which become site-relative paths. */
function siteUrls(text: string): string {
  return text
    .replace(/\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}/g, '')
    .replace(/\{\{-?\s*(["'])([^"']*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}/g, '$2');
}

/** Replaces Liquid: site URLs and URL filters, post links; anything else is noted and left as text. */
function resolveLiquid(text: string, line: number, options: ConvertOptions, notes: ImportNote[]): string {
  return siteUrls(text).replace(
    /\{%-?\s*(post_url|link)\s+([^%\s]+)\s*-?%\}/g,
    (whole, _tag: string, target: string) => {
      const key = target
        .split('/')
        .pop()!
        .replace(/\.(?:md|markdown|html)$/i, '');
      const path = options.resolvePost(key);
      if (path) return path;
      notes.push({
        line,
        message: `${whole} points at a post that is not being imported and is not in the blog: kept as text`,
      });
      return whole;
    },
  );
}

function convertInline(text: string, line: number, options: ConvertOptions, notes: ImportNote[]): string {
  // Code spans are copied as they are; only the text around them is converted.
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : convertProse(part, line, options, notes)))
    .join('');
}

const RAW = /(\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\})/;

function convertProse(text: string, line: number, options: ConvertOptions, notes: ImportNote[]): string {
  // Inline {% raw %}…{% endraw %}: the text between is literal.
  return text
    .split(RAW)
    .map((part, index) =>
      index % 2 === 1
        ? literal(part.replace(/^\{%-?\s*raw\s*-?%\}/, '').replace(/\{%-?\s*endraw\s*-?%\}$/, ''))
        : convertMarkup(part, line, options, notes),
    )
    .join('');
}

/** Text shown exactly as written: every character MDX would read as syntax escaped. */
function literal(text: string): string {
  return text.replace(/[{}<]/g, (char) => `\\${char}`);
}

function convertMarkup(text: string, line: number, options: ConvertOptions, notes: ImportNote[]): string {
  let result = resolveLiquid(text, line, options, notes);
  result = result.replace(/\{%-?\s*(\w+)[^%]*%\}|\{\{[^}]*\}\}/g, (whole, tag?: string) => {
    notes.push({
      line,
      message: tag
        ? `Liquid tag {% ${tag} %} cannot be converted: kept as visible text`
        : `Liquid output ${whole} cannot be converted: kept as visible text`,
    });
    return `\u0000${whole}\u0001`;
  });
  result = result.replace(/\{:[^}]*\}/g, () => {
    notes.push({ line, message: 'kramdown attribute list removed' });
    return '';
  });
  result = result.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  result = result.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi, (_whole, attributes: string, inner: string) => {
    const href = attributesOf(`<a ${attributes}>`).href;
    return href ? `[${inner}](${href})` : inner;
  });
  result = result.replace(/<img\b[^>]*>/gi, (tag) => {
    const { src = '', alt = '' } = attributesOf(tag);
    notes.push({
      line,
      message: `image inside a paragraph became a link to ${src}: move it to its own line as a <Figure>`,
    });
    return `[${alt || 'image'}](${src})`;
  });
  result = result.replace(/<\/?([a-zA-Z][\w-]*)\b([^>]*)>/g, (tag, rawName: string, attributes: string) => {
    const name = rawName.toLowerCase();
    const closing = tag.startsWith('</');
    if (!KEPT_HTML.has(name)) {
      if (!closing) notes.push({ line, message: `<${name}> removed (its text is kept)` });
      return '';
    }
    if (closing) return VOID.has(name) ? '' : `</${name}>`;
    const kept = Object.entries(attributesOf(`<x ${attributes}>`)).filter(([key]) => KEPT_ATTRIBUTES.has(key));
    const dropped = Object.keys(attributesOf(`<x ${attributes}>`)).filter((key) => !KEPT_ATTRIBUTES.has(key));
    if (dropped.length > 0) notes.push({ line, message: `<${name}>: attributes ${dropped.join(', ')} removed` });
    const attributeText = kept.map(([key, value]) => ` ${key}="${value.replace(/"/g, '&quot;')}"`).join('');
    return VOID.has(name) ? `<${name}${attributeText} />` : `<${name}${attributeText}>`;
  });
  return escapeProse(result);
}

/** Escapes what MDX would read as code or a tag: braces always, `<` unless it opens a tag we kept. */
function escapeProse(text: string): string {
  return text
    .split(/(\u0000[\s\S]*?\u0001)/)
    .map((part) => {
      if (part.startsWith('\u0000')) return literal(part.slice(1, -1));
      return part.replace(/[{}]/g, (char) => `\\${char}`).replace(/<(?!\/?(?:[a-z]+)(?:\s[^<>]*)?\/?>)/g, '\\<');
    })
    .join('');
}

/** Markdown and MDX text as plain text: for descriptions and attribute values. */
function plain(text: string, keepLinks = false): string {
  const prose = text
    .split(/(`+[^`]*`+)/)
    .map((part, index) =>
      index % 2 === 1
        ? part.replace(/^`+|`+$/g, '')
        : part.replace(/<br\s*\/?>/gi, ' ').replace(/(?<!\\)<\/?[a-zA-Z][^<>]*>/g, ''),
    )
    .join('')
    .replace(/\\([{}<])/g, '$1');
  const linkless = keepLinks ? prose : prose.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  return linkless
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first paragraph of prose, as plain text, cut at about 200 characters. */
function firstParagraph(mdx: string): string | undefined {
  const paragraph = mdx
    .split(/\n{2,}/)
    .find((block) => /^[\p{L}\p{N}"“*_[]/u.test(block.trim()) && !/^\s*([*-]|\d+\.)\s/.test(block));
  if (!paragraph) return undefined;
  const text = plain(paragraph);
  if (text.length <= 200) return text;
  return `${text.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}
