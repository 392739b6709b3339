import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { routes } from '@/lib/routes';
import { robotsRules } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  // The health check is for load balancers, not for search engines.
  return robotsRules(env.siteUrl, routes.sitemap(), [routes.healthz()]);
}
