import type { MetadataRoute } from 'next';
import { routing } from '@/lib/content/tree';
import { env } from '@/lib/env';
import { sitemapEntries } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(routing().pageList, env.siteUrl);
}
