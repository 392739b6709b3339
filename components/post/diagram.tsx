/**
 * A Mermaid diagram, drawn at build time and inlined (lib/mdx/plugins/mermaid.ts): the SVG was
 * made from the post's own source by our renderer and went through the figures' inlining.
 */
export function Diagram({ svg }: { svg: string }) {
  return <div className="figure-art diagram" dangerouslySetInnerHTML={{ __html: svg }} />;
}
