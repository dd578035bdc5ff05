import { useEffect, useRef, useState } from 'react';
import { useApi } from '../ui/api-context.ts';
import { systemView, type SystemSnapshot, type SystemView } from './system-rates.ts';

/** How often the page asks; rates are over this interval. */
const REFRESH_MS = 3000;

const perSecond = (n: number | null) => (n === null ? '—' : n < 10 ? n.toFixed(1) : Math.round(n).toString());
const ms = (s: number | null) => (s === null ? '—' : `${(s * 1000).toFixed(s < 0.01 ? 1 : 0)} ms`);
const secondsText = (s: number | null | undefined) => (s === null || s === undefined ? '—' : `${s.toFixed(1)} s`);

/**
 * The live system page: sockets per router, messages/s, delivery p50/p99
 * (send → ack), outbox lag and errors/s, from the services' own metrics
 * (GET /admin/system), refreshed every few seconds (docs/OPERATIONS.md).
 */
export function SystemPage() {
  const api = useApi();
  const [view, setView] = useState<SystemView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previous = useRef<SystemSnapshot | undefined>(undefined);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const latest = await api.systemSnapshot();
        if (stopped) return;
        setView(systemView(latest, previous.current));
        previous.current = latest;
        setError(null);
      } catch (e) {
        if (!stopped) setError((e as Error).message);
      }
      if (!stopped) timer = setTimeout(() => void tick(), REFRESH_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api]);

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>System</h1>
      </div>
      <p className="hint">Live from the services' metrics, every {REFRESH_MS / 1000} s; rates over the last interval.</p>
      {error && (
        <p role="alert" className="error" data-testid="system-error">
          {error}
        </p>
      )}
      {view && (
        <>
          <div className="tiles" data-testid="system-tiles">
            <Tile label="Sockets" value={String(view.sockets)} testId="system-sockets" />
            <Tile label="Messages/s" value={perSecond(view.messagesPerSecond)} testId="system-messages" />
            <Tile label="Delivery p50" value={ms(view.p50)} testId="system-p50" />
            <Tile label="Delivery p99" value={ms(view.p99)} testId="system-p99" />
            <Tile label="Outbox lag" value={secondsText(view.outbox?.oldestSeconds)} detail={view.outbox ? `${view.outbox.depth ?? '—'} waiting` : 'chat-core not scraped'} testId="system-outbox" />
            <Tile label="Errors/s" value={perSecond(view.errorsPerSecond)} testId="system-errors" />
          </div>
          <h2>Sockets per router</h2>
          <table className="stack" data-testid="system-routers">
            <thead>
              <tr>
                <th scope="col">Router (metrics source)</th>
                <th scope="col">Sockets</th>
              </tr>
            </thead>
            <tbody>
              {view.routers.map((r) => (
                <tr key={r.source} data-testid="system-router">
                  <td data-label="Router">{r.source}</td>
                  <td data-label="Sockets">{r.sockets}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.down.length > 0 && (
            <p role="status" className="error" data-testid="system-down">
              Not answering: {view.down.map((d) => `${d.source}${d.error ? ` (${d.error})` : ''}`).join(', ')}
            </p>
          )}
        </>
      )}
    </>
  );
}

function Tile({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <article className="tile" data-testid={testId}>
      <span className="tile-label">{label}</span>
      <strong className="tile-value" data-testid={`${testId}-value`}>
        {value}
      </strong>
      {detail && <span className="tile-detail">{detail}</span>}
    </article>
  );
}
