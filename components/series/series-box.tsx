import type { SeriesBox as SeriesBoxData } from '@/lib/content';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { PostTitleLink } from '../post/post-list';
import { SeriesParts } from './series-parts';

/** At the top of a post in a series: the series, where this post stands, and every part. */
export function SeriesBox({ box, locale, dict }: { box: SeriesBoxData; locale: Locale; dict: Dictionary }) {
  const { series, order } = box;
  return (
    <nav className="series-box" aria-label={dict.series.boxLabel(series.title)}>
      <p className="series-box-title">
        <span className="series-box-position">{dict.post.seriesPart(order, series.total)}</span> {dict.post.seriesOf}{' '}
        <a href={series.href}>{series.title}</a>
      </p>
      <SeriesParts parts={series.parts} locale={locale} dict={dict} current={order} />
    </nav>
  );
}

/** At the end of a post in a series: the parts before and after it that can be read. */
export function SeriesNeighbours({ box, dict }: { box: SeriesBoxData; dict: Dictionary }) {
  if (!box.previous && !box.next) return null;
  return (
    <nav className="series-neighbours" aria-label={dict.series.neighbours(box.series.title)}>
      {box.previous ? (
        <p className="series-previous">
          <span className="series-neighbour-label">← {dict.series.previous}</span>{' '}
          <PostTitleLink post={box.previous} dict={dict} />
        </p>
      ) : null}
      {box.next ? (
        <p className="series-next">
          <span className="series-neighbour-label">{dict.series.next} →</span>{' '}
          <PostTitleLink post={box.next} dict={dict} />
        </p>
      ) : null}
    </nav>
  );
}
