import type { RoomSummary } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { roomHash } from '../route.ts';
import { useApi } from '../ui/api-context.ts';
import { useConfirm } from '../ui/confirm.tsx';
import { useNotify } from '../ui/notices.tsx';
import { PagedList, usePagedSearch, useRowAction } from '../ui/paged-list.tsx';
import { CreateRoomForm } from './create-room-form.tsx';
import { confirmRoomDeletion } from './confirm-room-deletion.tsx';

export function RoomsPage() {
  const api = useApi();
  const notify = useNotify();
  const confirm = useConfirm();
  const rooms = usePagedSearch((query) => api.listRooms(query));
  const action = useRowAction();

  const remove = async (room: RoomSummary) => {
    if (!(await confirmRoomDeletion(confirm, room.name))) return;
    await action.run(room._id, async () => {
      await api.deleteRoom(room._id);
      notify.success(`Room “${room.name}” deleted.`);
      rooms.list.reload();
    });
  };

  return (
    <>
      <h1 tabIndex={-1}>Rooms</h1>
      <CreateRoomForm onCreated={rooms.list.reload} />
      <section aria-labelledby="room-list-title">
        <h2 id="room-list-title">All rooms</h2>
        <PagedList
          paged={rooms}
          noun="room"
          placeholder="Room name contains…"
          columns={['Name', 'Participants', 'Last activity']}
          row={(room) => (
            <tr key={room._id} data-testid="room-row" data-room-id={room._id}>
              <td data-label="Name">
                <a href={roomHash(room._id)} data-testid="room-link">
                  {room.name}
                </a>
              </td>
              <td data-label="Participants" data-testid="room-participant-count">
                {room.participantCount}
              </td>
              <td data-label="Last activity">{formatDateTime(room.lastActivity ?? room.createdAt)}</td>
              <td className="actions">
                <button
                  type="button"
                  className="danger outline small"
                  disabled={action.busyId === room._id}
                  onClick={() => remove(room)}
                  aria-label={`Delete room ${room.name}`}
                  data-testid="room-delete"
                >
                  Delete
                </button>
              </td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
