import { useState } from 'react';
import { formatDateTime } from '../format.ts';
import { useApi } from '../ui/api-context.ts';
import { ListStatus } from '../ui/list-status.tsx';
import { Pager } from '../ui/pager.tsx';
import { useLoader } from '../ui/use-loader.ts';

const PAGE = 50;

export function AuditPage() {
  const api = useApi();
  const [skip, setSkip] = useState(0);
  const audit = useLoader(() => api.listAudit({ skip, limit: PAGE }), [skip]);
  const items = audit.data?.items ?? [];

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>Audit log</h1>
        <button type="button" className="secondary outline small" onClick={audit.reload} aria-busy={audit.loading}>
          Refresh
        </button>
      </div>
      <p className="hint">Every change made through the admin API, newest first.</p>
      <ListStatus loaded={audit} empty={items.length === 0} emptyText="Nothing has been done yet." />
      {items.length > 0 && (
        <table className="stack" data-testid="audit-list">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Admin</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry._id} data-testid="audit-row">
                <td data-label="When">{formatDateTime(entry.createdAt)}</td>
                <td data-label="Admin" className="email">
                  {entry.admin}
                </td>
                <td data-label="Action">
                  <code>{entry.action}</code>
                </td>
                <td data-label="Target" className="email">
                  {entry.target}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {audit.data && audit.data.count > 0 && (
        <Pager skip={skip} limit={PAGE} count={audit.data.count} shown={items.length} label="Audit log" onChange={setSkip} />
      )}
    </>
  );
}
