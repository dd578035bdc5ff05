export interface PagerProps {
  skip: number;
  limit: number;
  count: number;
  shown: number;
  label: string;
  onChange(skip: number): void;
}

export function Pager({ skip, limit, count, shown, label, onChange }: PagerProps) {
  const first = count === 0 ? 0 : skip + 1;
  const last = skip + shown;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button
        type="button"
        className="secondary outline"
        disabled={skip === 0}
        onClick={() => onChange(Math.max(0, skip - limit))}
        data-testid="pager-prev"
      >
        ← Previous
      </button>
      <span data-testid="pager-summary">
        {first}–{last} of {count}
      </span>
      <button
        type="button"
        className="secondary outline"
        disabled={last >= count}
        onClick={() => onChange(skip + limit)}
        data-testid="pager-next"
      >
        Next →
      </button>
    </nav>
  );
}
