import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type AdminApi } from '../api.ts';
import { applyEvents, fromAdminMessage, mergeMessages, oldestSeq, type TimelineMessage } from './room-timeline.ts';

const PAGE = 50;
export const POLL_MS = 2000;

export interface RoomFeed {
  messages: TimelineMessage[];
  loading: boolean;
  error: string | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  olderError: string | null;
  loadOlder(): void;
  /** When the event feed last answered, and what went wrong since, if anything. */
  live: { updatedAt: Date | null; error: string | null };
  /** Drops a message the admin just deleted, before its event comes round. */
  forget(messageId: string): void;
}

/**
 * A room's history plus its live tail: one page of messages, then GET
 * …/events?since=<cursor> every POLL_MS. Each poll is scheduled after the last
 * one answered, so a slow gateway never has two polls of one room in flight.
 */
export function useRoomFeed(api: AdminApi, roomId: string, onRoomChanged: () => void): RoomFeed {
  const [messages, setMessages] = useState<TimelineMessage[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [hasOlder, setHasOlder] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);
  const [live, setLive] = useState<RoomFeed['live']>({ updatedAt: null, error: null });
  const current = useRef(messages);
  current.current = messages;
  const roomChanged = useRef(onRoomChanged);
  roomChanged.current = onRoomChanged;
  const olderBusy = useRef(false);
  const alive = useRef(roomId);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cursor = 0;
    alive.current = roomId;
    setMessages([]);
    setLoading(true);
    setError(null);
    setHasOlder(false);
    setOlderError(null);
    setLive({ updatedAt: null, error: null });

    const poll = async () => {
      let again = POLL_MS;
      try {
        const answer = await api.roomEvents(roomId, cursor);
        if (cancelled) return;
        if (answer.events.length > 0) {
          const events = answer.events;
          setMessages((list) => applyEvents(list, events).messages);
          if (events.some((e) => e.type === 'other')) roomChanged.current();
          const newest = Math.max(...events.map((e) => e.seq));
          // A feed that answers in pages has more to give right away.
          if (newest < answer.lastSeq) again = 0;
          cursor = Math.max(cursor, newest);
        } else {
          cursor = Math.max(cursor, answer.lastSeq);
        }
        setLive({ updatedAt: new Date(), error: null });
      } catch (e) {
        if (cancelled || (e instanceof ApiError && e.status === 401)) return;
        setLive((prev) => ({ ...prev, error: (e as Error).message }));
      }
      if (!cancelled) timer = setTimeout(poll, again);
    };

    api.listMessages(roomId, { limit: PAGE }).then(
      (page) => {
        if (cancelled) return;
        setMessages(mergeMessages([], page.messages.map(fromAdminMessage)));
        setHasOlder(page.messages.length === PAGE && page.messages.length < page.count);
        setLoading(false);
        cursor = page.lastSeq;
        timer = setTimeout(poll, 0);
      },
      (e: unknown) => {
        if (cancelled) return;
        setError((e as Error).message);
        setLoading(false);
      },
    );

    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, roomId]);

  const loadOlder = useCallback(() => {
    const before = oldestSeq(current.current);
    if (olderBusy.current || before === undefined) return;
    olderBusy.current = true;
    setLoadingOlder(true);
    setOlderError(null);
    api.listMessages(roomId, { limit: PAGE, before }).then(
      (page) => {
        olderBusy.current = false;
        if (alive.current !== roomId) return;
        setMessages((list) => mergeMessages(list, page.messages.map(fromAdminMessage)));
        setHasOlder(page.messages.length === PAGE);
        setLoadingOlder(false);
      },
      (e: unknown) => {
        olderBusy.current = false;
        if (alive.current !== roomId) return;
        setLoadingOlder(false);
        setOlderError((e as Error).message);
      },
    );
  }, [api, roomId]);

  const forget = useCallback((messageId: string) => {
    setMessages((list) => list.filter((m) => m.id !== messageId));
  }, []);

  return { messages, loading, error, hasOlder, loadingOlder, olderError, loadOlder, live, forget };
}
