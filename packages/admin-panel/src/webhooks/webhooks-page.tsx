import { useState, type FormEvent } from 'react';
import type { WebhookEndpoint } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { useApi } from '../ui/api-context.ts';
import { ListStatus } from '../ui/list-status.tsx';
import { useAction } from '../ui/use-action.ts';
import { useLoader } from '../ui/use-loader.ts';
import { DeliveryLog } from './delivery-log.tsx';

const EVENT_TYPES = ['message', 'message-edited', 'message-deleted', 'room-joined', 'room-left', 'room-renamed', 'room-deleted'];

/** Webhook endpoints (docs/WEBHOOKS.md): register, disable, rotate the secret, remove; each one's delivery log and dead letters. */
export function WebhooksPage() {
  const api = useApi();
  const endpoints = useLoader(() => api.listWebhooks(), []);
  const action = useAction();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>(['message']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const items = endpoints.data ?? [];

  const create = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const made = await api.createWebhook(url, types);
      setSecret({ url: made.url, secret: made.secret ?? '' });
      setUrl('');
      endpoints.reload();
    });
  };
  const rotate = (endpoint: WebhookEndpoint) =>
    action.run(async () => {
      const rotated = await api.rotateWebhookSecret(endpoint._id);
      setSecret({ url: rotated.url, secret: rotated.secret ?? '' });
      endpoints.reload();
    });

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>Webhooks</h1>
        <button type="button" className="secondary outline small" onClick={endpoints.reload} aria-busy={endpoints.loading}>
          Refresh
        </button>
      </div>
      <p className="hint">Room events POSTed to these URLs, signed with each endpoint's secret, in order per room, at least once.</p>
      {secret && (
        <article data-testid="webhook-secret">
          The secret of <code>{secret.url}</code>, shown this once: <code>{secret.secret}</code>{' '}
          <button type="button" className="secondary outline small" onClick={() => setSecret(null)}>
            Done
          </button>
        </article>
      )}
      <form onSubmit={create} data-testid="webhook-form">
        <fieldset role="group">
          <input type="url" required placeholder="https://example.com/hooks" value={url} onChange={(e) => setUrl(e.target.value)} data-testid="webhook-url" aria-label="URL" />
          <button type="submit" disabled={action.busy || types.length === 0} data-testid="webhook-create">
            Add endpoint
          </button>
        </fieldset>
        <fieldset>
          {EVENT_TYPES.map((type) => (
            <label key={type} style={{ display: 'inline-block', marginRight: '1em' }}>
              <input type="checkbox" checked={types.includes(type)} onChange={(e) => setTypes(e.target.checked ? [...types, type] : types.filter((t) => t !== type))} />
              {type}
            </label>
          ))}
        </fieldset>
      </form>
      <ListStatus loaded={endpoints} empty={items.length === 0} emptyText="No webhook endpoints yet." />
      {items.length > 0 && (
        <table className="stack" data-testid="webhook-list">
          <thead>
            <tr>
              <th scope="col">URL</th>
              <th scope="col">Events</th>
              <th scope="col">Since</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((endpoint) => (
              <tr key={endpoint._id} data-testid="webhook-row">
                <td data-label="URL">
                  <code>{endpoint.url}</code> {!endpoint.enabled && <mark>disabled</mark>}
                </td>
                <td data-label="Events">{endpoint.eventTypes.join(', ')}</td>
                <td data-label="Since">{formatDateTime(endpoint.createdAt)}</td>
                <td data-label="Actions">
                  <button type="button" className="secondary outline small" onClick={() => setOpen(open === endpoint._id ? null : endpoint._id)} data-testid="webhook-deliveries">
                    Deliveries
                  </button>{' '}
                  <button type="button" className="secondary outline small" disabled={action.busy} onClick={() => void action.run(async () => (await api.setWebhookEnabled(endpoint._id, !endpoint.enabled), endpoints.reload()))}>
                    {endpoint.enabled ? 'Disable' : 'Enable'}
                  </button>{' '}
                  <button type="button" className="secondary outline small" disabled={action.busy} onClick={() => void rotate(endpoint)}>
                    Rotate secret
                  </button>{' '}
                  <button type="button" className="secondary outline small" disabled={action.busy} onClick={() => void action.run(async () => (await api.deleteWebhook(endpoint._id), endpoints.reload()))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && <DeliveryLog key={open} endpointId={open} />}
    </>
  );
}
