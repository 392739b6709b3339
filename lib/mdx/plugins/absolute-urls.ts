import type { Root } from 'hast';

const URL_PROPERTIES = ['href', 'src', 'cite', 'poster'];
// creditUrl and Quote's cite are absolute already, or not addresses at all (a work's name).
const URL_ATTRIBUTES = ['href', 'src', 'narrowSrc', 'poster'];

interface AnyNode {
  type: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
}

/**
 * Makes every link and image address absolute, against the post's own URL:
 * a feed reader shows the post away from the site, where "/images/…" or
 * "#fig-1" would point nowhere. Covers HTML elements and the string props of
 * MDX components (Figure's src).
 */
export function rehypeAbsoluteUrls({ base }: { base: string }) {
  const absolute = (value: unknown) =>
    typeof value === 'string' && URL.canParse(value, base) ? new URL(value, base).toString() : value;
  const visit = (node: AnyNode) => {
    if (node.type === 'element' && node.properties) {
      for (const name of URL_PROPERTIES) {
        if (name in node.properties) node.properties[name] = absolute(node.properties[name]);
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name && URL_ATTRIBUTES.includes(attribute.name)) {
          attribute.value = absolute(attribute.value);
        }
      }
    }
    node.children?.forEach(visit);
  };
  return (tree: Root) => visit(tree as AnyNode);
}
