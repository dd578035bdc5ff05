import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api.ts';

interface Notice {
  id: number;
  kind: 'success' | 'error';
  text: string;
  link?: { href: string; label: string } | undefined;
}

export interface Notify {
  success(text: string, link?: { href: string; label: string }): void;
  /** Shows the API's own words; a 401 is left to the login screen, which says it. */
  error(error: unknown): void;
}

const NoticeContext = createContext<Notify | null>(null);
const SUCCESS_MS = 8000;
const MAX_SHOWN = 3;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      setNotices((list) => [...list, { ...notice, id }].slice(-MAX_SHOWN));
      if (notice.kind === 'success') setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );

  const notify = useMemo<Notify>(
    () => ({
      success: (text, link) => push({ kind: 'success', text, link }),
      error: (error) => {
        if (error instanceof ApiError && error.status === 401) return;
        push({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      },
    }),
    [push],
  );

  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div
            key={n.id}
            className={`notice notice-${n.kind}`}
            role={n.kind === 'error' ? 'alert' : 'status'}
            data-testid={`notice-${n.kind}`}
          >
            <span className="notice-text">
              {n.text}
              {n.link && (
                <>
                  {' '}
                  <a href={n.link.href} onClick={() => dismiss(n.id)}>
                    {n.link.label}
                  </a>
                </>
              )}
            </span>
            <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify outside NoticeProvider');
  return notify;
}
