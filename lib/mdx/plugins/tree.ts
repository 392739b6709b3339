import type { Nodes, Parents, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

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

/**
 * A JSX attribute's string value. Expression values (`alt={"x"}`) are refused
 * with a clear message: the MDX runtime drops them silently otherwise.
 */
export function stringAttribute(
  element: JsxElement,
  name: string,
  fail: (message: string) => never,
): string | undefined {
  const attribute = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  if (!attribute || attribute.value === undefined || attribute.value === null) return undefined;
  if (typeof attribute.value !== 'string') {
    fail(`<${element.name}> ${name} must be a plain string such as ${name}="…", not an expression`);
  }
  return attribute.value;
}

export function setAttribute(element: JsxElement, name: string, value: string): void {
  const existing = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  if (existing) existing.value = value;
  else element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}
