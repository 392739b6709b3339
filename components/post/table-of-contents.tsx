import type { Heading } from '@/lib/mdx/render';
import { IslandScript } from '@/components/island-script';

/** Shown for posts with at least this many sections. */
export const TOC_MIN_SECTIONS = 3;

function Links({ headings }: { headings: Heading[] }) {
  return (
    <ol className="toc-list">
      {headings.map((heading) => (
        <li key={heading.id}>
          <a href={`#${heading.id}`}>{heading.text}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * The post's sections, twice: collapsible above the text on narrow screens
 * (<details> needs no script), and as a sticky column beside it on wide ones.
 * The stylesheet shows one of them, so a reader meets only one.
 */
export function TableOfContents({
  headings,
  title,
  variant,
}: {
  headings: Heading[];
  title: string;
  variant: 'inline' | 'aside';
}) {
  if (variant === 'inline') {
    return (
      <nav className="toc toc-inline" aria-label={title}>
        <details>
          <summary>{title}</summary>
          <Links headings={headings} />
        </details>
      </nav>
    );
  }
  return (
    <nav className="toc toc-aside" aria-label={title} data-toc-spy>
      <p className="toc-title" aria-hidden="true">
        {title}
      </p>
      <Links headings={headings} />
      <IslandScript name="toc-spy" />
    </nav>
  );
}
