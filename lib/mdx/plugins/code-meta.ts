import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** ```` ```js:src/app.js ````: a language, a colon, then the file name. */
const COLON_TITLE = /^([\w#+.-]+):([^\s"]+)$/;

/**
 * The colon form of a code block's title, as other blogs write it, becomes
 * rehype-pretty-code's `title="…"` (unless the meta gives one).
 */
export function remarkCodeMeta() {
  return (tree: Root) => {
    visit(tree, 'code', (node) => {
      const match = node.lang ? COLON_TITLE.exec(node.lang) : null;
      if (!match) return;
      node.lang = match[1]!;
      if (!/(^|\s)title=/.test(node.meta ?? '')) node.meta = `title="${match[2]!}"${node.meta ? ` ${node.meta}` : ''}`;
    });
  };
}
