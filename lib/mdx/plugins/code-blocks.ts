import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Runs after rehype-pretty-code: gives each code block's <figure> the block's
 * language (`data-language`, from its <pre>), so the figure component can label
 * it and add the copy button without looking into its children. A title's
 * <figcaption> moves to the end: the component puts its toolbar first, and a
 * figcaption must be a figure's first or last child (the grid in
 * app/globals.css still shows the title at the top). A diff's added and
 * removed lines become <ins> and <del>, which assistive technology announces;
 * their + and - stay in the text.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'figure' || data(node, 'rehype-pretty-code-figure') === undefined) return;
      const pre = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
      const language = pre ? data(pre, 'language') : undefined;
      if (typeof language === 'string' && language !== 'plaintext') node.properties['data-language'] = language;
      const caption = node.children.findIndex((child) => child.type === 'element' && child.tagName === 'figcaption');
      if (caption >= 0) node.children.push(...node.children.splice(caption, 1));
      if (pre && language === 'diff') markDiffLines(pre);
    });
  };
}

function markDiffLines(pre: Element) {
  visit(pre, 'element', (line) => {
    if (data(line, 'line') === undefined) return;
    const text = toString(line);
    // "+++ b/file" and "--- a/file" name the files; they are not changed lines.
    if (/^(\+\+\+|---)(\s|$)/.test(text)) return;
    if (text.startsWith('+')) line.tagName = 'ins';
    else if (text.startsWith('-')) line.tagName = 'del';
  });
}

/** A data-* property, which rehype-pretty-code stores under its attribute name rather than camel-cased. */
export function data(node: Element, name: string) {
  const camel = `data-${name}`.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return node.properties[`data-${name}`] ?? node.properties[camel];
}
