import path from 'node:path';
import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { env } from '../../env';
import { drawMermaid, MermaidError } from '../../mermaid/render';
import { inlineSvg } from './inline-svg';
import { problems, walk } from './tree';

export interface MermaidOptions {
  /** Off for feeds: their readers get the diagram's source as text, in its code block. */
  inline?: boolean;
  /** Where drawn diagrams are kept between builds; default: the build folder's cache. */
  cacheDir?: string;
}

/** `alt="…"` in a fence's meta: the diagram's text alternative. */
function altOf(meta: string | null | undefined): string | undefined {
  return /(?:^|\s)alt="([^"]*)"/.exec(meta ?? '')?.[1]?.trim() || undefined;
}

/**
 * A ```mermaid block becomes its diagram, drawn at build time (lib/mermaid/render.ts) and
 * inlined like an SVG figure, one image named by `alt="…"` from the fence's meta, else by
 * the diagram's own source. A diagram mermaid cannot read, or a build without a browser,
 * is a problem at the block's line.
 */
export function remarkMermaid(options: MermaidOptions = {}) {
  return async (tree: Root, file: VFile) => {
    if (options.inline === false) return;
    const blocks: { node: Code; siblings: RootContent[] }[] = [];
    walk(tree, (node, parent) => {
      if (node.type === 'code' && node.lang === 'mermaid' && parent) {
        blocks.push({ node, siblings: parent.children as RootContent[] });
      }
    });
    if (blocks.length === 0) return;
    const found = problems(file);
    let drawn;
    try {
      drawn = await drawMermaid(
        blocks.map((block) => block.node.value),
        options.cacheDir ?? path.join(env.distDir, 'cache', 'mermaid'),
      );
    } catch (error) {
      if (!(error instanceof MermaidError)) throw error;
      for (const { node } of blocks) found.report(error.message, node);
      return;
    }
    blocks.forEach(({ node, siblings }, index) => {
      const result = drawn[index];
      if (!result?.svg) return found.report(`Mermaid cannot draw this diagram: ${result?.error ?? 'no output'}`, node);
      const alt = altOf(node.meta) ?? node.value.trim();
      const inlined = inlineSvg(result.svg, `diagram-${index + 1}`, alt);
      if (!inlined.svg) return found.report(`Mermaid's drawing ${inlined.problem ?? 'could not be inlined'}`, node);
      const diagram: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [{ type: 'mdxJsxAttribute', name: 'svg', value: inlined.svg }],
        children: [],
        position: node.position,
      };
      siblings.splice(siblings.indexOf(node), 1, diagram);
    });
  };
}
