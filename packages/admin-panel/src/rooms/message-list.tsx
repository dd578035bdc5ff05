import { useLayoutEffect, useRef } from 'react';
import { formatDateTime, formatMessageTime } from '../format.ts';
import type { TimelineMessage } from './room-timeline.ts';
import type { RoomFeed } from './use-room-feed.ts';

const NEAR_TOP_PX = 48;
const NEAR_BOTTOM_PX = 80;

export interface MessageListProps {
  feed: RoomFeed;
  emailOf(userId: string): string | undefined;
  onDelete(message: TimelineMessage): void;
}

/**
 * Oldest at the top, newest at the bottom, like a chat. Scrolling to the top
 * loads older history without moving what is on screen; new messages scroll
 * into view only when the admin is already reading the bottom.
 */
export function MessageList({ feed, emailOf, onDelete }: MessageListProps) {
  const box = useRef<HTMLDivElement>(null);
  const fromBottom = useRef(0);
  const edges = useRef<{ first?: string; last?: string }>({});
  const { messages } = feed;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const first = messages[0]?.id;
    const last = messages.at(-1)?.id;
    const before = edges.current;
    edges.current = { first, last };
    const wasEmpty = before.last === undefined;
    const prepended = !wasEmpty && first !== before.first && last === before.last;
    const appended = !wasEmpty && last !== before.last;
    if (wasEmpty || (appended && fromBottom.current < NEAR_BOTTOM_PX)) {
      el.scrollTop = el.scrollHeight;
    } else if (prepended) {
      el.scrollTop = el.scrollHeight - el.clientHeight - fromBottom.current;
    }
    fromBottom.current = el.scrollHeight - el.clientHeight - el.scrollTop;
  }, [messages]);

  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    fromBottom.current = el.scrollHeight - el.clientHeight - el.scrollTop;
    if (el.scrollTop < NEAR_TOP_PX && feed.hasOlder && !feed.loadingOlder && !feed.olderError) feed.loadOlder();
  };

  return (
    <div
      ref={box}
      className="message-scroll"
      onScroll={onScroll}
      // Focusable so the history can be scrolled from the keyboard.
      tabIndex={0}
      role="region"
      aria-label="Messages, newest at the bottom"
    >
      <div className="older">
        {feed.hasOlder ? (
          <button
            type="button"
            className="secondary outline small"
            disabled={feed.loadingOlder}
            aria-busy={feed.loadingOlder}
            onClick={feed.loadOlder}
            data-testid="load-older"
          >
            {feed.loadingOlder ? 'Loading older messages…' : 'Load older messages'}
          </button>
        ) : (
          messages.length > 0 && <span className="hint">Start of the room's history.</span>
        )}
        {feed.olderError && (
          <p className="field-error" role="alert">
            {feed.olderError}
          </p>
        )}
      </div>
      {messages.length === 0 ? (
        <p className="hint empty-room" data-testid="message-list-empty">
          No messages yet. New ones appear here as they are sent.
        </p>
      ) : (
        <ol className="messages" data-testid="message-list">
          {messages.map((m) => (
            <MessageItem key={m.id} message={m} sender={m.senderEmail ?? emailOf(m.senderId) ?? m.senderId} onDelete={onDelete} />
          ))}
        </ol>
      )}
    </div>
  );
}

interface MessageItemProps {
  message: TimelineMessage;
  sender: string;
  onDelete(message: TimelineMessage): void;
}

function MessageItem({ message: m, sender, onDelete }: MessageItemProps) {
  return (
    <li className="message" data-testid="message-item" data-message-id={m.id} data-seq={m.seq}>
      <div className="message-meta">
        <span className="sender" data-testid="message-sender">
          {sender}
        </span>
        <time dateTime={m.createdAt} title={formatDateTime(m.createdAt)}>
          {formatMessageTime(m.createdAt)}
        </time>
        <span className="seq" title="Sequence number in this room">
          #{m.seq}
        </span>
        {m.edited && <span className="hint">(edited)</span>}
        <button
          type="button"
          className="danger outline small message-delete"
          onClick={() => onDelete(m)}
          aria-label={`Delete message #${m.seq} from ${sender}`}
          data-testid="message-delete"
        >
          Delete
        </button>
      </div>
      <p className="message-content" data-testid="message-content">
        {m.text}
      </p>
      {(m.type !== 'text' || m.files.length > 0) && (
        <p className="hint">
          {m.type}
          {m.files.length > 0 && ` · ${m.files.length} ${m.files.length === 1 ? 'file' : 'files'}`}
        </p>
      )}
    </li>
  );
}
