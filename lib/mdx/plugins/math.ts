import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { problems, walk } from './tree';

/**
 * Runs after rehype-katex, which reports a formula KaTeX cannot read as a
 * warning and renders it in red: here it becomes a problem at its line, and
 * the compile fails as it does for the blog's other problems. When the post
 * has math, `found` is called (the page then loads KaTeX's stylesheet).
 */
export function rehypeMathCheck({ found }: { found?: () => void } = {}) {
  return (tree: Root, file: VFile) => {
    const failures = file.messages.filter((m) => m.source === 'rehype-katex' && !m.fatal);
    for (const failure of failures) {
      // KaTeX's rawMessage is its message without the formula underlined by combining characters.
      const cause = failure.cause as { rawMessage?: unknown; message?: unknown } | undefined;
      const detail = typeof cause?.rawMessage === 'string' ? `KaTeX: ${cause.rawMessage}` : failure.reason;
      // A display formula's <code> has no position of its own; the <pre> around it has.
      const place = failure.place ?? failure.ancestors?.findLast((node) => node.position)?.position;
      const message = file.message(`math: ${detail}`, { place });
      message.fatal = true;
    }
    const first = file.messages.find((m) => m.fatal);
    if (first) throw first;
    let math = false;
    visit(tree, 'element', (node) => {
      const className = node.properties.className;
      if (Array.isArray(className) && className.includes('katex')) math = true;
      return math ? false : undefined;
    });
    if (math) found?.();
  };
}

/**
 * remark-math reads everything between two single dollars as a formula, so
 * "R$ 10 e R$ 20" would silently become one. As Pandoc does, a formula's
 * single $ must touch its first and last character ($x^2$); anything else is
 * a problem at its place, with the escape to use for money.
 */
export function remarkMathCheck() {
  return (tree: MdastRoot, file: VFile) => {
    const found = problems(file);
    const source = String(file.value);
    walk(tree, (node) => {
      if (node.type !== 'inlineMath' || node.position?.start.offset === undefined) return;
      const single = source[node.position.start.offset + 1] !== '$';
      if (single && (/^\s/.test(node.value) || /\s$/.test(node.value))) {
        found.report(
          `$${node.value}$ reads as a formula; write a formula as $x^2$ (no space inside the dollars), and money as R\\$ 10`,
          node,
        );
      }
    });
  };
}
