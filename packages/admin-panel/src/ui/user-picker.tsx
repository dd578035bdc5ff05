import { useId, useState } from 'react';
import type { Participant } from '../api.ts';
import { useApi } from './api-context.ts';
import { useDebounced } from './use-debounced.ts';
import { useLoader } from './use-loader.ts';

const RESULTS = 8;

export interface UserPickerProps {
  label: string;
  selected: Participant[];
  onChange(selected: Participant[]): void;
  /** Users that cannot be picked, e.g. a room's current participants. */
  excluded?: ReadonlySet<string>;
  excludedNote?: string;
}

export function UserPicker({ label, selected, onChange, excluded, excludedNote = 'already in' }: UserPickerProps) {
  const api = useApi();
  const id = useId();
  const [query, setQuery] = useState('');
  const search = useDebounced(query.trim(), 250);
  const results = useLoader(
    () => (search ? api.listUsers({ search, limit: RESULTS }) : Promise.resolve(null)),
    [search],
  );
  const chosen = new Set(selected.map((u) => u._id));

  return (
    <div className="user-picker">
      <label htmlFor={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder="Search users by email"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        // Enter picks nothing by itself; it must not submit the surrounding form.
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        aria-describedby={`${id}-status`}
        data-testid="user-picker-search"
      />
      <p id={`${id}-status`} className="hint" aria-live="polite">
        {!search
          ? 'Type part of an email to find users.'
          : results.loading
            ? 'Searching…'
            : results.error
              ? results.error.message
              : results.data?.items.length === 0
                ? `No user matches “${search}”.`
                : `${results.data?.count ?? 0} found${(results.data?.count ?? 0) > RESULTS ? `, showing ${RESULTS}` : ''}.`}
      </p>
      {search && results.data && results.data.items.length > 0 && (
        <ul className="picker-results" aria-label="Search results">
          {results.data.items.map((user) => {
            const taken = excluded?.has(user._id) ?? false;
            const picked = chosen.has(user._id);
            return (
              <li key={user._id} data-testid="user-picker-option">
                <span className="email">{user.email}</span>
                <button
                  type="button"
                  className="outline small"
                  disabled={taken || picked}
                  aria-label={`Add ${user.email}`}
                  onClick={() => onChange([...selected, { _id: user._id, email: user.email }])}
                >
                  {taken ? excludedNote : picked ? 'Added' : 'Add'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {selected.length > 0 && (
        <ul className="chips" aria-label="Chosen users">
          {selected.map((user) => (
            <li key={user._id} className="chip" data-testid="user-picker-selected">
              {user.email}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${user.email} from the choice`}
                onClick={() => onChange(selected.filter((u) => u._id !== user._id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
