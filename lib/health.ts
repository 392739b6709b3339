import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getPostIndex } from './content';
import { env } from './env';
import { locales, type Locale } from './i18n/config';

export interface Health {
  status: 'ok';
  /** Next's build id (`{distDir}/BUILD_ID`, written before the pages are prerendered). */
  buildId: string;
  /** Published posts per language. */
  posts: Record<Locale, number>;
}

export function health(distDir: string = env.distDir): Health {
  const buildId = fs.readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  const posts = Object.fromEntries(locales.map((locale) => [locale, getPostIndex(locale).length])) as Record<
    Locale,
    number
  >;
  return { status: 'ok', buildId, posts };
}
