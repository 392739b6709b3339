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
}

/** A numbered figure: "Figura 1 — caption. Fonte: credit". */
export function Figure({ src, alt, caption, credit, creditUrl, number, width, height, labels }: FigureProps & { labels: FigureLabels }) {
  // rehype-slug gives a heading "Figure 1" the id figure-1; keep out of its way.
  const id = number ? `fig-${number}` : undefined;
  return (
    <figure className="figure" id={id}>
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
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
