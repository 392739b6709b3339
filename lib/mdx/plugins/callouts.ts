import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { isJsxElement, problems, stringAttribute, walk } from './tree';

export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function isCalloutType(value: unknown): value is CalloutType {
  return typeof value === 'string' && (CALLOUT_TYPES as readonly string[]).includes(value);
}

/** GitHub's alert marker, alone on the quote's first line: `> [!NOTE]`. */
const MARKER = /^\[!([^\]\s]+)\][ \t]*(?:\n|$)/;

const ALERTS = CALLOUT_TYPES.map((type) => `[!${type.toUpperCase()}]`).join(', ');

/**
 * GitHub's alerts (`> [!NOTE]` … `> [!CAUTION]`) become the blog's `<Callout>`,
 * so both forms render and are checked the same way. The maintained alert
 * plugins render their own HTML outside the component map and pass an unknown
 * marker through as a plain quote; here an unknown marker or `<Callout type>`
 * is a problem at its line.
 */
export function remarkCallouts() {
  return (tree: Root, file: VFile) => {
    const found = problems(file);
    walk(tree, (node, parent) => {
      if (isJsxElement(node, 'Callout')) {
        const type = stringAttribute(node, 'type');
        if (!isCalloutType(type)) {
          found.report(
            `<Callout> type must be one of ${CALLOUT_TYPES.join(', ')}${type ? `, not "${type}"` : ''}`,
            node,
          );
        }
        return;
      }
      if (node.type !== 'blockquote' || !parent) return;
      const paragraph = node.children[0];
      const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
      const match = text?.type === 'text' ? MARKER.exec(text.value) : null;
      if (!paragraph || paragraph.type !== 'paragraph' || text?.type !== 'text' || !match) return;
      const type = match[1]!.toLowerCase();
      if (!isCalloutType(type)) {
        found.report(`[!${match[1]}] is not a callout; use one of ${ALERTS}`, text);
        return;
      }
      text.value = text.value.slice(match[0].length);
      if (text.value === '') paragraph.children.shift();
      if (paragraph.children.length === 0) node.children.shift();
      const callout: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Callout',
        attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: type }],
        children: node.children,
        position: node.position,
      };
      const siblings = parent.children as RootContent[];
      siblings.splice(siblings.indexOf(node), 1, callout);
    });
  };
}
