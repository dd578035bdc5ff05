import { useState, type ReactNode } from 'react';
import type { Page, PageQuery } from '../api.ts';
import { ListStatus } from './list-status.tsx';
import { Pager } from './pager.tsx';
import { SearchBox } from './search-box.tsx';
import { useAction } from './use-action.ts';
import { useDebounced } from './use-debounced.ts';
import { useLoader, type Loaded } from './use-loader.ts';

const PAGE = 20;

export interface PagedSearch<T> {
  list: Loaded<Page<T>>;
  items: T[];
  query: string;
  /** The debounced, trimmed query the list was loaded with. */
  search: string;
  skip: number;
  setQuery(value: string): void;
  setSkip(skip: number): void;
}

/** A searchable list loaded a page at a time; a new query starts again at the first page. */
export function usePagedSearch<T>(load: (query: PageQuery) => Promise<Page<T>>): PagedSearch<T> {
  const [query, setQueryValue] = useState('');
  const [skip, setSkip] = useState(0);
  const search = useDebounced(query.trim(), 300);
  const list = useLoader(() => load({ search, skip, limit: PAGE }), [search, skip]);
  const setQuery = (value: string) => {
    setQueryValue(value);
    setSkip(0);
  };
  return { list, items: list.data?.items ?? [], query, search, skip, setQuery, setSkip };
}

/** One row action at a time: that row's buttons are disabled while it runs, and a failure is shown as a notice. */
export function useRowAction(): { busyId: string | null; run(id: string, action: () => Promise<void>): Promise<void> } {
  const action = useAction();
  const [busyId, setBusyId] = useState<string | null>(null);
  return {
    busyId: action.busy ? busyId : null,
    run(id, work) {
      setBusyId(id);
      return action.run(work);
    },
  };
}

export interface PagedListProps<T> {
  paged: PagedSearch<T>;
  /** Singular, lower case: "room" names the test ids (room-search, room-list) and the texts. */
  noun: string;
  placeholder: string;
  columns: string[];
  row(item: T): ReactNode;
}

/** The search box, the list's state in words, the table (a last column for actions) and the pager. */
export function PagedList<T>({ paged, noun, placeholder, columns, row }: PagedListProps<T>) {
  const { list, items, search } = paged;
  const plural = `${noun}s`;
  const capitalised = `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  return (
    <>
      <SearchBox label={`Search ${plural}`} placeholder={placeholder} value={paged.query} onChange={paged.setQuery} testId={`${noun}-search`} />
      <ListStatus loaded={list} empty={items.length === 0} emptyText={search ? `No ${noun} matches “${search}”.` : `No ${plural} yet.`} />
      {items.length > 0 && (
        <table className="stack" data-testid={`${noun}-list`}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>{items.map(row)}</tbody>
        </table>
      )}
      {list.data && list.data.count > 0 && (
        <Pager skip={paged.skip} limit={PAGE} count={list.data.count} shown={items.length} label={`${capitalised} list`} onChange={paged.setSkip} />
      )}
    </>
  );
}
