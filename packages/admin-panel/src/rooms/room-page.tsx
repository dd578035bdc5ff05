import { useCallback, useMemo } from 'react';
import { formatClock, formatDateTime } from '../format.ts';
import { HOME_HASH, navigate } from '../route.ts';
import { useApi } from '../ui/api-context.ts';
import { useConfirm } from '../ui/confirm.tsx';
import { useNotify } from '../ui/notices.tsx';
import { useLoader } from '../ui/use-loader.ts';
import { confirmRoomDeletion } from './confirm-room-deletion.tsx';
import { MessageList } from './message-list.tsx';
import { ParticipantsPanel } from './participants-panel.tsx';
import type { TimelineMessage } from './room-timeline.ts';
import { useRoomFeed, type RoomFeed } from './use-room-feed.ts';

export function RoomPage({ roomId }: { roomId: string }) {
  const api = useApi();
  const notify = useNotify();
  const confirm = useConfirm();
  const room = useLoader(() => api.getRoom(roomId), [roomId]);
  const feed = useRoomFeed(api, roomId, room.reload);

  // Live messages carry only the sender's id; participants and history know the emails.
  const emails = useMemo(() => {
    const map = new Map<string, string>();
    for (const m of feed.messages) if (m.senderEmail) map.set(m.senderId, m.senderEmail);
    for (const p of room.data?.participants ?? []) map.set(p._id, p.email);
    return map;
  }, [feed.messages, room.data]);
  const emailOf = useCallback((id: string) => emails.get(id), [emails]);

  const deleteMessage = async (m: TimelineMessage) => {
    const sender = emailOf(m.senderId) ?? m.senderId;
    const ok = await confirm({
      title: 'Delete this message?',
      body: (
        <>
          <p>
            Message #{m.seq} from <strong>{sender}</strong> will be deleted for every participant:
          </p>
          <blockquote>{m.text}</blockquote>
        </>
      ),
      confirmLabel: 'Delete message',
    });
    if (!ok) return;
    try {
      await api.deleteMessage(m.id);
      feed.forget(m.id);
      notify.success(`Message #${m.seq} deleted.`);
    } catch (e) {
      notify.error(e);
    }
  };

  const deleteRoom = async (name: string) => {
    if (!(await confirmRoomDeletion(confirm, name))) return;
    try {
      await api.deleteRoom(roomId);
      notify.success(`Room “${name}” deleted.`);
      navigate(HOME_HASH);
    } catch (e) {
      notify.error(e);
    }
  };

  if (room.error && !room.data) {
    return (
      <>
        <h1 tabIndex={-1}>Room not available</h1>
        <p className="notice notice-error" role="alert" data-testid="room-error">
          {room.error.message}
        </p>
        <p>
          <a href={HOME_HASH}>Back to rooms</a>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <a href={HOME_HASH}>← Rooms</a>
      </p>
      <div className="room-head">
        <h1 tabIndex={-1} data-testid="room-name">
          {room.data?.name ?? 'Loading room…'}
        </h1>
        {room.data && (
          <button
            type="button"
            className="danger outline small"
            onClick={() => room.data && deleteRoom(room.data.name)}
            data-testid="room-delete"
          >
            Delete room
          </button>
        )}
      </div>
      {room.data && (
        <p className="hint room-facts">
          Created {formatDateTime(room.data.createdAt)} · id <code>{room.data._id}</code>
        </p>
      )}
      <div className="room-layout">
        <section className="room-messages" aria-labelledby="messages-title">
          <div className="messages-head">
            <h2 id="messages-title">Messages</h2>
            <LiveIndicator feed={feed} />
          </div>
          {feed.error ? (
            <p className="notice notice-error" role="alert">
              {feed.error}
            </p>
          ) : feed.loading ? (
            <p aria-busy="true">Loading messages…</p>
          ) : (
            <MessageList feed={feed} emailOf={emailOf} onDelete={deleteMessage} />
          )}
        </section>
        {room.data && <ParticipantsPanel room={room.data} onChanged={room.reload} />}
      </div>
    </>
  );
}

function LiveIndicator({ feed }: { feed: RoomFeed }) {
  const { updatedAt, error } = feed.live;
  const text = error
    ? `live · retrying (${error})`
    : updatedAt
      ? `live · updated ${formatClock(updatedAt)}`
      : 'live · connecting…';
  return (
    <p className={`live${error ? ' live-error' : ''}`} data-testid="live-indicator">
      <span className="live-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
