import { health } from '@/lib/health';

/**
 * What a load balancer or the container's HEALTHCHECK asks: 200 with the build it answers for.
 * Written once at build time like every page (the build id and the posts are known then), so it
 * costs nothing to ask and never reads content/ at run time; the static export holds it as a file.
 */
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(health(), { headers: { 'Cache-Control': 'no-store' } });
}
