import type { SeriesEntry } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Every series: title (linking to its page), description and how many parts it has. */
export function SeriesList({
  series,
  dict,
  heading: Heading = 'h3',
}: {
  series: SeriesEntry[];
  dict: Dictionary;
  heading?: 'h2' | 'h3';
}) {
  if (series.length === 0) return <p>{dict.series.noSeries}</p>;
  return (
    <ul className="series-list">
      {series.map((entry) => (
        <li key={entry.id} className="series-card">
          <Heading>
            <a href={entry.href}>{entry.title}</a>
          </Heading>
          <p className="post-meta">{dict.series.partCount(entry.total)}</p>
          <p className="post-description">{entry.description}</p>
        </li>
      ))}
    </ul>
  );
}
