import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Runs after rehype-pretty-code: gives each code block's <figure> the block's
 * language (`data-language`, from its <pre>), so the figure component can label
 * it and add the copy button without looking into its children.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'figure' || data(node, 'rehype-pretty-code-figure') === undefined) return;
      const pre = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
      const language = pre ? data(pre, 'language') : undefined;
      if (typeof language === 'string' && language !== 'plaintext') node.properties['data-language'] = language;
    });
  };
}

/** A data-* property, which rehype-pretty-code stores under its attribute name rather than camel-cased. */
function data(node: Element, name: string) {
  const camel = `data-${name}`.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return node.properties[`data-${name}`] ?? node.properties[camel];
}
