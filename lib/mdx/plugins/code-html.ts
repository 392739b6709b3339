import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { data } from './code-blocks';

/**
 * The property that carries a highlighted block's markup from the compile to the `pre`
 * component (lib/mdx/components.tsx). Only this plugin sets it: authors cannot write a
 * `<pre>` (lib/mdx/plugins/allowed-jsx.ts), and Markdown has no raw HTML in MDX.
 */
export const CODE_HTML_PROP = 'data-code-html';

/**
 * Runs last: hands each highlighted block's lines to the page as one string of HTML
 * instead of a React element per token. A 17-line block is about 150 `<span>`s with a
 * style each; as elements they were most of a post's compiled code and of the work of
 * rendering it twice (React's payload, then the HTML). Shiki's output is the blog's own
 * markup; hast-util-to-html escapes the code's text as React would (with other, equivalent
 * character references: `&#x3C;` for `&lt;`).
 */
export function rehypeCodeHtml() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'pre' || !isHighlighted(node)) return;
      node.properties[CODE_HTML_PROP] = toHtml(node.children);
      node.children = [];
      return 'skip';
    });
  };
}

/** A block rehype-pretty-code highlighted: its `pre` has the theme it used. */
function isHighlighted(pre: Element) {
  return data(pre, 'theme') !== undefined;
}
