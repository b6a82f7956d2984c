interface PagerProps {
  /** Zero-based. */
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}

/**
 * «Назад» / «Далее» (the previous and the next page). Unavailable buttons stay focusable (aria-disabled) so that the
 * keyboard focus is not lost on the first or last page.
 */
export function Pager({ page, size, total, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  const hasPrevious = page > 0;
  const hasNext = page + 1 < pages;
  return (
    <nav className="pager" aria-label="Страницы списка">
      <button
        type="button"
        className="button button--secondary pager__button"
        aria-disabled={!hasPrevious || undefined}
        onClick={() => hasPrevious && onPage(page - 1)}
      >
        <span aria-hidden="true">←</span>Назад
      </button>
      <span className="pager__position">
        Страница {Math.min(page + 1, pages)} из {pages}
      </span>
      <button
        type="button"
        className="button button--secondary pager__button"
        aria-disabled={!hasNext || undefined}
        onClick={() => hasNext && onPage(page + 1)}
      >
        Далее<span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
