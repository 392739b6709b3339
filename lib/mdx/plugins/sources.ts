import type { Root } from 'mdast';
import { isJsxElement, publicPath, stringAttribute, walk } from './tree';

/** What a compiled post was made from besides its text, so a cached compile knows when it is stale. */
export interface PostSources {
  /** Image files on disk its figures read (size, inlined SVG). */
  files: string[];
  /** Every link address in it: internal ones are checked against the site's pages, which change. */
  links: string[];
  /** Files it looked for and did not find: a cached failure ("not found") is stale once one appears. */
  missing: string[];
}

/**
 * Records the post's figure files and link addresses into `record`. Runs after
 * remarkFigures, which has resolved each figure's `src` to its site path.
 */
export function remarkRecordSources(options: { publicDir: string; record?: PostSources }) {
  return (tree: Root) => {
    const { record } = options;
    if (!record) return;
    walk(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        record.links.push(node.url);
        return;
      }
      if (!isJsxElement(node, 'Figure')) return;
      for (const attribute of ['src', 'narrowSrc']) {
        const src = stringAttribute(node, attribute);
        const onDisk = src?.startsWith('/') ? publicPath(options.publicDir, src) : undefined;
        if (onDisk) record.files.push(onDisk);
      }
    });
  };
}
