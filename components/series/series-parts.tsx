import type { SeriesPart } from '@/lib/content';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { PostMeta } from '../post/post-meta';
import { PostTitleLink } from '../post/post-list';

/**
 * A series' parts in order: written ones link to their post, planned ones are
 * titled "coming soon" and not linked. `current` marks the part being read;
 * `detailed` adds each part's date and description (the series page).
 */
export function SeriesParts({
  parts,
  locale,
  dict,
  current,
  detailed = false,
}: {
  parts: SeriesPart[];
  locale: Locale;
  dict: Dictionary;
  current?: number;
  detailed?: boolean;
}) {
  return (
    <ol className={detailed ? 'series-parts series-parts-detailed' : 'series-parts'}>
      {parts.map((part) => (
        <li key={part.order} className={part.kind === 'planned' ? 'series-part planned' : 'series-part'}>
          <span className="series-part-number">{dict.series.part(part.order)}</span>{' '}
          {part.kind === 'post' ? (
            part.order === current ? (
              <a href={part.post.href} aria-current="page" className="series-part-current">
                {part.post.title}
              </a>
            ) : (
              <PostTitleLink post={part.post} dict={dict} />
            )
          ) : (
            <>
              <span lang={part.lang === locale ? undefined : htmlLang[part.lang]}>{part.title}</span>{' '}
              <span className="coming-soon">({dict.series.comingSoon})</span>
            </>
          )}
          {detailed && part.kind === 'post' ? (
            <>
              <PostMeta post={part.post} dict={dict} locale={locale} />
              <p className="post-description" lang={part.post.inOtherLanguage ? htmlLang[part.post.locale] : undefined}>
                {part.post.description}
              </p>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
