import type { ReactNode } from 'react';
import type { FigureLabels } from './figure';

export interface VideoProps {
  /** Set at build time (lib/mdx/plugins/media.ts): the published file's address. */
  src: string;
  poster?: string;
  caption?: string;
  /** From the poster's size, so the page keeps the video's place before it loads. */
  width?: string;
  height?: string;
  /** Set at build time for a captioned video, in the figures' sequence. */
  number?: string;
  /** <track> elements (captions, subtitles). */
  children?: ReactNode;
}

/**
 * A local video, played only when the reader asks: controls, nothing downloaded before
 * (`preload="none"`, the poster stands in), never autoplay. Captioned, it is a numbered figure.
 */
export function Video({
  src,
  poster,
  caption,
  width,
  height,
  number,
  children,
  labels,
}: VideoProps & { labels: FigureLabels }) {
  const video = (
    <video controls preload="none" src={src} poster={poster} width={width} height={height}>
      {children}
    </video>
  );
  if (!caption) return <div className="figure-video">{video}</div>;
  return (
    <figure className="figure figure-video" id={number ? `fig-${number}` : undefined}>
      {video}
      <figcaption>
        <span className="figure-number">
          {labels.label} {number}
        </span>{' '}
        — {caption}
      </figcaption>
    </figure>
  );
}
