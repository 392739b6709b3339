import type { Nodes, Parents, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Depth-first walk over an mdast tree. */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parents | undefined) => void, parent?: Parents): void {
  visit(node, parent);
  if ('children' in node) {
    for (const child of node.children as RootContent[]) walk(child, visit, node);
  }
}

export function isJsxElement(node: Nodes, name: string): node is JsxElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** A JSX attribute's string value (expressions are refused earlier, by remarkAllowedJsx). */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

export function setAttribute(element: JsxElement, name: string, value: string): void {
  const existing = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  if (existing) existing.value = value;
  else element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/**
 * Collects a plugin's problems so an author sees all of them, then fails the
 * compile once: the content check reads every fatal message from the file.
 */
export function problems(file: VFile) {
  let count = 0;
  return {
    report(message: string, node: { position?: Nodes['position'] }): void {
      const entry = file.message(message, { place: node.position });
      entry.fatal = true;
      count += 1;
    },
    done(): void {
      if (count > 0) throw file.messages.find((m) => m.fatal);
    },
  };
}
