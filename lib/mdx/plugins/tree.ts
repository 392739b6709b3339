import path from 'node:path';
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
 * Collects a plugin's problems as fatal messages on the file; the last plugin,
 * remarkFailOnProblems, fails the compile once, so an author sees every
 * plugin's problems together and the content check reads them all from the file.
 */
export function problems(file: VFile) {
  return {
    report(message: string, node: { position?: Nodes['position'] }): void {
      const entry = file.message(message, { place: node.position });
      entry.fatal = true;
    },
  };
}

/** Runs after the blog's plugins: fails the compile when any of them reported a problem. */
export function remarkFailOnProblems() {
  return (_tree: Nodes, file: VFile) => {
    const first = file.messages.find((m) => m.fatal);
    if (first) throw first;
  };
}

/** Where the site path `/images/x.svg` lives under `publicDir`, or undefined when it would leave it. */
export function publicPath(publicDir: string, sitePath: string): string | undefined {
  const onDisk = path.join(publicDir, ...sitePath.split('/').filter(Boolean));
  const inside = path.relative(path.resolve(publicDir), onDisk);
  return inside.startsWith('..') || path.isAbsolute(inside) ? undefined : onDisk;
}
