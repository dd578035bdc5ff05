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
              <span className="email">{user.email}</span>
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
