// npm run import:jekyll -- <_posts folder or file> [--site <Jekyll site root>] [--locale pt|en] [--dry-run] [--force]
// Converts Jekyll posts into content/posts/<id>/<locale>.mdx and reports, per file, what it did
// and every construct it could not convert as it was, with its line.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from '../lib/content/errors';
import { env } from '../lib/env';
import { defaultLocale, isLocale, locales } from '../lib/i18n/config';
import { importJekyll } from '../lib/jekyll/import';

const USAGE = `usage: npm run import:jekyll -- <_posts folder or file> [--site <Jekyll site root>] [--locale ${locales.join('|')}] [--dry-run] [--force]`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        site: { type: 'string' },
        locale: { type: 'string', default: defaultLocale },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const locale = values.locale;
  if (positionals.length !== 1 || !isLocale(locale)) {
    console.error(`error: ${isLocale(locale) ? 'give one folder or file' : `unknown locale "${locale}"`}\n${USAGE}`);
    return 2;
  }
  let report;
  try {
    report = importJekyll({
      source: path.resolve(positionals[0]!),
      site: values.site ? path.resolve(values.site) : undefined,
      locale,
      dryRun: values['dry-run'],
      force: values.force,
      contentDir: env.contentDir,
      publicDir: env.publicDir,
    });
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 1;
  }
  for (const file of report.files) {
    const target = file.target ? ` → ${displayPath(file.target)}` : '';
    console.log(`${file.status}: ${displayPath(file.file)}${target}${file.reason ? ` (${file.reason})` : ''}`);
    for (const note of file.notes)
      console.log(`  ${displayPath(file.file)}${note.line ? `:${note.line}` : ''}: ${note.message}`);
  }
  if (report.newTags.length > 0) {
    console.log(
      `${values['dry-run'] ? 'would add' : 'added'} to tags.yml: ${report.newTags.join(', ')} (label them in each language there)`,
    );
  }
  const failed = report.files.filter((f) => f.status === 'failed').length;
  console.log(
    `${report.files.length} files: ${['written', 'would write', 'skipped', 'failed'].map((s) => `${report.files.filter((f) => f.status === s).length} ${s}`).join(', ')}`,
  );
  if (!values['dry-run'] && report.files.some((f) => f.status === 'written')) console.log('Next: npm run check');
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
