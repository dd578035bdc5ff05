import { useState } from 'react';
import type { Participant, RoomDetail } from '../api.ts';
import { useApi } from '../ui/api-context.ts';
import { useConfirm } from '../ui/confirm.tsx';
import { useNotify } from '../ui/notices.tsx';
import { useAction } from '../ui/use-action.ts';
import { UserPicker } from '../ui/user-picker.tsx';

export interface ParticipantsPanelProps {
  room: RoomDetail;
  onChanged(): void;
}

const nameOf = (user: Participant): string => user.displayName ?? user.email;

function presenceText(user: Participant): string {
  if (user.status === 'online') return 'online';
  return user.lastSeen ? `offline, last seen ${new Date(user.lastSeen).toLocaleString()}` : 'offline';
}

export function ParticipantsPanel({ room, onChanged }: ParticipantsPanelProps) {
  const api = useApi();
  const notify = useNotify();
  const confirm = useConfirm();
  const [chosen, setChosen] = useState<Participant[]>([]);
  const { busy, run } = useAction();
  const members = new Set(room.participants.map((p) => p._id));

  const add = () =>
    run(async () => {
      await api.addParticipants(room._id, chosen.map((u) => u._id));
      notify.success(`Added ${chosen.map((u) => u.email).join(', ')} to “${room.name}”.`);
      setChosen([]);
      onChanged();
    });

  const setRole = (user: Participant, role: 'admin' | 'member') =>
    run(async () => {
      await api.setParticipantRole(room._id, user._id, role);
      notify.success(`${nameOf(user)} is now ${role === 'admin' ? 'an admin' : 'a member'} of “${room.name}”.`);
      onChanged();
    });

  const remove = async (user: Participant) => {
    const ok = await confirm({
      title: 'Remove this participant?',
      body: (
        <p>
          <strong>{user.email}</strong> will leave “{room.name}” and stop receiving its messages.
        </p>
      ),
      confirmLabel: 'Remove',
    });
    if (!ok) return;
    await run(async () => {
      await api.removeParticipant(room._id, user._id);
      notify.success(`Removed ${user.email} from “${room.name}”.`);
      onChanged();
    });
  };

  return (
    <section className="participants" aria-labelledby="participants-title">
      <h2 id="participants-title">
        Participants <span className="count">({room.participants.length})</span>
      </h2>
      {room.participants.length === 0 ? (
        <p className="hint">Nobody is in this room.</p>
      ) : (
        <ul className="participant-list" data-testid="participant-list">
          {room.participants.map((user) => (
            <li key={user._id} data-testid="participant-row" data-user-id={user._id}>
              <span className={`presence presence-${user.status ?? 'offline'}`} title={presenceText(user)} data-testid="participant-presence">
                {user.status === 'online' ? '●' : '○'}
                <span className="visually-hidden">{presenceText(user)}</span>
              </span>
              <span className="participant-name">
                <strong data-testid="participant-name">{user.displayName ?? 'Deleted user'}</strong> <span className="email">{user.email}</span>
              </span>
              {user.role === 'owner' || room.direct ? (
                <span className="badge" data-testid="participant-role">
                  {user.role ?? 'member'}
                </span>
              ) : (
                <select
                  value={user.role ?? 'member'}
                  disabled={busy}
                  onChange={(e) => setRole(user, e.target.value as 'admin' | 'member')}
                  aria-label={`Role of ${nameOf(user)}`}
                  data-testid="participant-role"
                >
                  <option value="member">member</option>
                  <option value="admin">admin</option>
                </select>
              )}
              <button
                type="button"
                className="danger outline small"
                disabled={busy}
                onClick={() => remove(user)}
                aria-label={`Remove ${user.email} from the room`}
                data-testid="participant-remove"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="add-participants">
        <UserPicker label="Add participants" selected={chosen} onChange={setChosen} excluded={members} excludedNote="In room" />
        <button
          type="button"
          disabled={busy || chosen.length === 0}
          aria-busy={busy}
          onClick={add}
          data-testid="add-participants-submit"
        >
          Add {chosen.length > 1 ? `${chosen.length} participants` : 'participant'}
        </button>
      </div>
    </section>
  );
}
