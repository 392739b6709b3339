import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../content/yaml';
import { addTags, frontMatterText } from '../content/scaffold';
import { scanContentTree } from '../content/load';
import { routes } from '../routes';
import type { Locale } from '../i18n/config';
import { convertJekyllPost, ImportError, parseJekyllName, type ImportNote } from './convert';
import { slugFor } from '../content/slug';

export interface ImportOptions {
  /** A _posts folder or one post file. */
  source: string;
  /** The Jekyll site's root, for images and _config.yml's permalink. */
  site?: string;
  locale: Locale;
  dryRun: boolean;
  force: boolean;
  contentDir: string;
  publicDir: string;
}

export interface FileReport {
  /** The Jekyll file. */
  file: string;
  status: 'written' | 'would write' | 'skipped' | 'failed';
  /** The post file written (or that would be, or that exists). */
  target?: string;
  reason?: string;
  notes: ImportNote[];
}

export interface ImportReport {
  files: FileReport[];
  /** Tag ids added to tags.yml (or that would be). */
  newTags: string[];
}

function postFiles(source: string): string[] {
  const stat = fs.statSync(source);
  if (stat.isFile()) return [source];
  return (fs.readdirSync(source, { recursive: true, withFileTypes: false }) as string[])
    .filter((name) => /\.(?:md|markdown)$/i.test(name))
    .map((name) => path.join(source, name))
    .filter((file) => fs.statSync(file).isFile())
    .sort();
}

function sitePermalink(site: string | undefined): string | undefined {
  if (!site) return undefined;
  const config = path.join(site, '_config.yml');
  if (!fs.existsSync(config)) return undefined;
  const data = parseYaml(fs.readFileSync(config, 'utf8')) as { permalink?: unknown } | undefined;
  return typeof data?.permalink === 'string' ? data.permalink : undefined;
}

/**
 * Imports Jekyll posts into content/posts/<id>/<locale>.mdx. Never overwrites
 * without `force`; with `dryRun` writes nothing and reports what it would do.
 */
export function importJekyll(options: ImportOptions): ImportReport {
  const files = postFiles(options.source);
  const permalink = sitePermalink(options.site);

  // {% post_url %} and {% link %} may point at any post being imported, or one already in the blog.
  const known = new Map<string, string>();
  for (const post of scanContentTree(options.contentDir).posts) {
    if (post.locale === options.locale) known.set(post.id, routes.post(post.locale, post.slug));
  }
  for (const file of files) {
    const name = parseJekyllName(path.basename(file));
    if (name.date)
      known.set(
        path
          .basename(file)
          .normalize('NFC')
          .replace(/\.(?:md|markdown)$/i, ''),
        routes.post(options.locale, slugFor(name.title)),
      );
  }

  const reports: FileReport[] = [];
  const tagLabels = new Map<string, string>();
  for (const file of files) {
    const report: FileReport = { file, status: 'failed', notes: [] };
    reports.push(report);
    try {
      const post = convertJekyllPost(fs.readFileSync(file, 'utf8'), {
        fileName: path.basename(file),
        locale: options.locale,
        resolvePost: (name) => known.get(name.normalize('NFC')),
        permalink,
      });
      report.notes = post.notes;
      const target = path.join(options.contentDir, 'posts', post.id, `${options.locale}.mdx`);
      report.target = target;
      if (fs.existsSync(target) && !options.force) {
        report.status = 'skipped';
        report.reason = 'exists (use --force to replace it)';
        continue;
      }
      for (const [id, label] of post.tags) if (!tagLabels.has(id)) tagLabels.set(id, label);
      report.status = options.dryRun ? 'would write' : 'written';
      const imagesDir = path.join(options.publicDir, 'images', 'posts', post.id);
      for (const image of post.images) {
        const from = options.site
          ? path.join(options.site, ...decodeURIComponent(image.source).split('/').filter(Boolean))
          : undefined;
        const to = path.join(imagesDir, image.name);
        if (from && fs.existsSync(from)) {
          if (!options.dryRun) {
            fs.mkdirSync(imagesDir, { recursive: true });
            fs.copyFileSync(from, to);
          }
        } else if (!fs.existsSync(to)) {
          report.notes.push({
            line: image.line,
            message: `image ${image.source} not found${options.site ? ` in ${options.site}` : ' (give --site to copy images)'}: put it at ${path.relative(process.cwd(), to)}`,
          });
        }
      }
      if (!options.dryRun) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, `${frontMatterText(post.frontMatter)}\n${post.body}`);
      }
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      report.reason = error.message;
    }
  }
  const newTags = addTags(options.contentDir, tagLabels, { dryRun: options.dryRun });
  return { files: reports, newTags };
}
