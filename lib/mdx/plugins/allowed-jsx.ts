import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { unsafeScheme } from '../../urls';
import { MEDIA_HTML } from './media';
import { problems, walk } from './tree';

/** The blog's MDX components. */
const COMPONENTS = new Set(['Callout', 'Figure', 'Quote', 'References', 'Video']);

/** Inline and structural HTML an author may need that Markdown has no syntax for. */
export const HTML = new Set([
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'p',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'time',
  'u',
  'var',
]);

/** What to use instead, for the elements authors reach for most. */
const INSTEAD: Record<string, string> = {
  a: 'a Markdown link, [text](https://…)',
  img: 'a Markdown image, ![alt](./file.png "optional caption"), or <Figure>',
  blockquote: 'a Markdown quote (> …) or <Quote>',
};

export const HTML_ATTRIBUTES = new Set([
  'lang',
  'title',
  'dir',
  'datetime',
  'dateTime',
  'open',
  'cite',
  'className',
  'id',
]);

/**
 * Content is data, not code: only the blog's components and a list of
 * harmless HTML elements may appear in a post, with plain string attributes
 * and no event handlers, scripts, styles, frames or forms. Anything else
 * fails the content check at its line. So do {expressions}, import and export:
 * the renderer's blockJS would drop them silently, so the author is told
 * instead. An expression that is only a comment, {/* … *\/}, is kept as a note.
 */
export function remarkAllowedJsx() {
  return (tree: Root, file: VFile) => {
    const found = problems(file);
    walk(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        return found.report('import and export are not allowed in posts: JavaScript in content is never run', node);
      }
      if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) {
        return found.report(
          `{${abbreviate(node.value)}} is a JavaScript expression, which posts cannot run; write the text itself, or escape the braces as \\{ and \\}`,
          node,
        );
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const report = (message: string) => found.report(message, node);
      const name = node.name;
      if (name === null) return report('fragments (<>…</>) are not allowed in posts');
      const isComponent = COMPONENTS.has(name);
      // <video>, <source> and <track> have their own rules (lib/mdx/plugins/media.ts).
      if (MEDIA_HTML.has(name)) return;
      if (!isComponent && !HTML.has(name)) {
        const hint = INSTEAD[name]
          ? `; use ${INSTEAD[name]}`
          : `; allowed: ${[...COMPONENTS].map((c) => `<${c}>`).join(', ')} and simple inline HTML`;
        return report(`<${name}> is not allowed in posts${hint}`);
      }
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          report(`<${name}>: spread attributes ({...x}) are not allowed`);
          continue;
        }
        const { name: attr, value } = attribute as MdxJsxAttribute;
        if (value !== null && value !== undefined && typeof value !== 'string') {
          report(`<${name}> ${attr} must be a plain string such as ${attr}="…", not an expression`);
        } else if (typeof value === 'string' && unsafeScheme(value)) {
          report(`<${name}> ${attr}: a ${unsafeScheme(value)}: address is not allowed in posts`);
        } else if (!isComponent && !HTML_ATTRIBUTES.has(attr)) {
          report(`<${name}>: the attribute "${attr}" is not allowed in posts`);
        }
      }
    });
  };
}

/** `{/* a note *\/}`: MDX's comment syntax, which renders nothing. */
function isComment(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '' && expression.trim() !== '';
}

function abbreviate(expression: string): string {
  const flat = expression.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
