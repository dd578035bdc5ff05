import type { Loaded } from './use-loader.ts';

export interface ListStatusProps {
  loaded: Loaded<unknown>;
  empty: boolean;
  emptyText: string;
}

/** Loading, failed or empty, in words; renders nothing when there is a list to show. */
export function ListStatus({ loaded, empty, emptyText }: ListStatusProps) {
  if (loaded.error) {
    return (
      <p className="notice notice-error" role="alert" data-testid="list-error">
        {loaded.error.message}{' '}
        <button type="button" className="secondary outline small" onClick={loaded.reload}>
          Retry
        </button>
      </p>
    );
  }
  if (loaded.loading && loaded.data === undefined) return <p aria-busy="true">Loading…</p>;
  if (empty) return <p className="hint" data-testid="list-empty">{emptyText}</p>;
  return null;
}

