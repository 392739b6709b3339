import type { Dictionary } from '@/lib/i18n/dictionaries';

/** Previous/next links between the pages of a long list; nothing when it fits on one page. */
export function Pagination({
  page,
  pageCount,
  hrefOf,
  dict,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
  dict: Dictionary;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={dict.pagination.label}>
      {page > 1 ? (
        <a rel="prev" href={hrefOf(page - 1)}>
          ← {dict.pagination.previous}
        </a>
      ) : null}
      <span className="pagination-status">{dict.pagination.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <a rel="next" href={hrefOf(page + 1)}>
          {dict.pagination.next} →
        </a>
      ) : null}
    </nav>
  );
}
