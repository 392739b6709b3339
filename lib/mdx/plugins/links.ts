import fs from 'node:fs';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LinkContext } from '../../content/links';
import { canonicalPath } from '../../server/canonical-path.mjs';
import { unsafeScheme } from '../../urls';
import { problems, publicPath, walk } from './tree';

export interface LinkOptions {
  /** Where the site's static files live: a link to one of them is fine. */
  publicDir: string;
  /** Absent when the post is compiled outside a content tree: internal links are then not checked. */
  links?: LinkContext;
}

/**
 * Links and images in Markdown: a `javascript:`, `data:` or `vbscript:` link
 * is refused; an internal link must reach a page of the published site (or,
 * from a draft, another draft). Images are lib/mdx/plugins/media.ts's.
 */
export function remarkLinks(options: LinkOptions) {
  return (tree: Root, file: VFile) => {
    const found = problems(file);
    walk(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const scheme = unsafeScheme(node.url);
      if (scheme) return found.report(`link to a ${scheme}: address is not allowed in posts`, node);
      if (!options.links) return;
      const problem = internalLinkProblem(node.url, options.links, options.publicDir);
      if (problem) found.report(problem, node);
    });
  };
}

/** Why `url` is a broken internal link, or undefined when it is fine or not internal. */
export function internalLinkProblem(url: string, links: LinkContext, publicDir: string): string | undefined {
  if (!url || url.startsWith('#') || url.startsWith('?') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return undefined;
  }
  const resolved = new URL(url, `http://blog.invalid${links.page}`).pathname;
  try {
    decodeURIComponent(resolved);
  } catch {
    return `link to ${url}: the address is not valid percent-encoding`;
  }
  const target = canonicalPath(resolved);
  if (target === '/' || links.targets.pages.has(target)) return undefined;
  const withheld = links.targets.withheld.get(target);
  if (withheld) {
    return links.published
      ? `link to ${url}: that post is a ${withheld === 'draft' ? 'draft' : 'scheduled post'}, not published yet; link to it once it is, or make this post wait too`
      : undefined;
  }
  if (isPublicFile(publicDir, target)) return undefined;
  return `link to ${url}: no page of the blog has the path ${target} (posts are at /<locale>/posts/<slug>)`;
}

function isPublicFile(publicDir: string, target: string): boolean {
  const onDisk = publicPath(publicDir, target);
  try {
    return !!onDisk && fs.statSync(onDisk).isFile();
  } catch {
    return false;
  }
}
