import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Heading {
  /** The section's id, from rehype-slug. */
  id: string;
  text: string;
}

/**
 * Collects the post's sections (its h2 headings, with the ids rehype-slug gave
 * them) while the post compiles, so the table of contents needs no second pass.
 */
export function rehypeCollectHeadings(options: { collect?: Heading[] }) {
  return (tree: Root) => {
    const { collect } = options;
    if (!collect) return;
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'h2') return;
      const id = node.properties.id;
      const text = toString(node).trim();
      if (typeof id === 'string' && text) collect.push({ id, text });
    });
  };
}
