import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

/**
 * One native modal <dialog> for every "are you sure": showModal() makes the
 * rest of the page inert (focus stays inside) and Escape cancels.
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);

  const confirm = useCallback<Confirm>((next) => {
    resolver.current?.(false);
    opener.current = document.activeElement;
    setRequest(next);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  useEffect(() => {
    const el = dialog.current;
    if (!request || !el) return;
    if (!el.open) el.showModal();
    // A destructive action should not be one stray Enter away.
    cancel.current?.focus();
  }, [request]);

  const onClose = () => {
    const ok = dialog.current?.returnValue === 'confirm';
    if (dialog.current) dialog.current.returnValue = '';
    resolver.current?.(ok);
    resolver.current = null;
    setRequest(null);
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <dialog ref={dialog} onClose={onClose} aria-labelledby="confirm-title" data-testid="confirm-dialog">
        {request && (
          <article>
            <header>
              <h2 id="confirm-title">{request.title}</h2>
            </header>
            <div className="confirm-body">{request.body}</div>
            <footer>
              <button
                ref={cancel}
                type="button"
                className="secondary"
                onClick={() => dialog.current?.close('cancel')}
                data-testid="confirm-cancel"
              >
                Cancel
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => dialog.current?.close('confirm')}
                data-testid="confirm-ok"
              >
                {request.confirmLabel}
              </button>
            </footer>
          </article>
        )}
      </dialog>
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm outside ConfirmProvider');
  return confirm;
}
