import { useState } from 'react';
import { useNotify } from './notices.tsx';

export interface Action {
  /** True while an action runs: its button or form is disabled meanwhile. */
  busy: boolean;
  run(action: () => Promise<void>): Promise<void>;
}

/** What a button or form does on the server: busy while it runs, a failure shown as a notice. */
export function useAction(): Action {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async run(action) {
      setBusy(true);
      try {
        await action();
      } catch (e) {
        notify.error(e);
      } finally {
        setBusy(false);
      }
    },
  };
}
