import { getPost, getPostIndex, getSite, getTagList } from '@/lib/content';
import { env } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeParams, localeRoute } from '@/lib/locale-route';
import { renderPostHtml } from '@/lib/mdx/render';
import { routes } from '@/lib/routes';
import { rssFeed } from '@/lib/seo/feed';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeParams;

/** RSS 2.0 of the language's latest posts, full text. */
export const GET = localeRoute(async (locale) => {
  const site = getSite();
  const dict = await getDictionary(locale);
  const xml = await rssFeed({
    locale,
    title: site.name,
    description: site.description[locale],
    siteUrl: env.siteUrl,
    homePath: routes.home(locale),
    author: site.author,
    feedPath: routes.feed(locale),
    entries: getPostIndex(locale).map((post) => ({
      ...post,
      path: routes.post(locale, post.slug),
      categories: getTagList(post).map((tag) => tag.label),
    })),
    content: (entry, url) => renderPostHtml(getPost(locale, entry.slug)!, dict, url),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
});
