export interface FigureLabels {
  label: string;
  source: string;
}

export interface FigureProps {
  src: string;
  alt: string;
  caption: string;
  credit?: string;
  creditUrl?: string;
  /** Set at build time by the figure plugin, in order of appearance. */
  number?: string;
  width?: string;
  height?: string;
  /** Set at build time for a raster image beside the post: its WebP renditions (lib/media/files.ts). */
  srcSet?: string;
  sizes?: string;
  /** A variant for narrow screens (e.g. a stacked drawing), whose labels stay legible there. */
  narrowSrc?: string;
  /** Set at build time for SVG figures: the drawing itself, scoped and themed (lib/mdx/plugins/inline-svg.ts). */
  svg?: string;
  narrowSvg?: string;
}

/** Where a figure's narrow variant takes over; matches `.figure-art-narrow` in globals.css. */
const NARROW = '(max-width: 40rem)';

/** A numbered figure: "Figura 1 — caption. Fonte: credit". */
export function Figure({
  src,
  alt,
  caption,
  credit,
  creditUrl,
  number,
  width,
  height,
  srcSet,
  sizes,
  narrowSrc,
  svg,
  narrowSvg,
  labels,
}: FigureProps & { labels: FigureLabels }) {
  // rehype-slug gives a heading "Figure 1" the id figure-1; keep out of its way.
  const id = number ? `fig-${number}` : undefined;
  return (
    <figure className="figure" id={id}>
      {svg ? (
        <>
          {/* Our own SVG files, parsed and sanitized when inlined; see inline-svg.ts for why inline. */}
          <div
            className={narrowSvg ? 'figure-art figure-art-wide' : 'figure-art'}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          {narrowSvg ? (
            <div className="figure-art figure-art-narrow" dangerouslySetInnerHTML={{ __html: narrowSvg }} />
          ) : null}
        </>
      ) : (
        <picture>
          {narrowSrc ? <source media={NARROW} srcSet={narrowSrc} /> : null}
          {/* Figures are mostly SVG diagrams, which next/image would pass through unoptimized anyway; the size
              measured at build (lib/mdx/plugins/figures.ts) already keeps the page from jumping. */}
          {}
          <img
            src={src}
            srcSet={srcSet}
            sizes={sizes}
            alt={alt}
            width={width}
            height={height}
            loading="lazy"
            decoding="async"
          />
        </picture>
      )}
      <figcaption>
        <span className="figure-number">
          {labels.label} {number}
        </span>{' '}
        — {caption}
        {credit ? (
          <>
            {' '}
            <span className="figure-credit">
              {labels.source}:{' '}
              {creditUrl ? (
                <a href={creditUrl} rel="noopener noreferrer">
                  {credit}
                </a>
              ) : (
                credit
              )}
            </span>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
