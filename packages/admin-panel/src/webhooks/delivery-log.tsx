import { useState } from 'react';
import { formatDateTime } from '../format.ts';
import { useApi } from '../ui/api-context.ts';
import { ListStatus } from '../ui/list-status.tsx';
import { useAction } from '../ui/use-action.ts';
import { useLoader } from '../ui/use-loader.ts';

/** One endpoint's delivery log, or its dead letters alone, each dead one with "Retry". */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const api = useApi();
  const [deadOnly, setDeadOnly] = useState(false);
  const log = useLoader(() => api.listWebhookDeliveries(endpointId, deadOnly ? 'dead' : undefined), [endpointId, deadOnly]);
  const action = useAction();
  const items = log.data ?? [];

  return (
    <section data-testid="delivery-log">
      <div className="page-head">
        <h2>Deliveries</h2>
        <label>
          <input type="checkbox" role="switch" checked={deadOnly} onChange={(e) => setDeadOnly(e.target.checked)} data-testid="dead-only" />
          Dead letters only
        </label>
        <button type="button" className="secondary outline small" onClick={log.reload} aria-busy={log.loading}>
          Refresh
        </button>
      </div>
      <ListStatus loaded={log} empty={items.length === 0} emptyText={deadOnly ? 'No dead letters.' : 'Nothing delivered yet.'} />
      {items.length > 0 && (
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">When</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d._id} data-testid="delivery-row" data-status={d.status}>
                <td data-label="Event">
                  <code>{d.eventType}</code> #{d.seq} <span className="email">{d.room}</span>
                </td>
                <td data-label="Status">{d.status}</td>
                <td data-label="Attempts">{d.attempts}</td>
                <td data-label="Last answer">{d.responseStatus ?? d.error ?? ''}</td>
                <td data-label="When">{formatDateTime(d.updatedAt)}</td>
                <td>
                  {d.status === 'dead' && (
                    <button type="button" className="small" disabled={action.busy} data-testid="delivery-retry" onClick={() => void action.run(async () => (await api.retryWebhookDelivery(d._id), log.reload()))}>
                      Retry
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
