import { useState } from 'react';
import type { RoomSummary } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { roomHash } from '../route.ts';
import { useApi } from '../ui/api-context.ts';
import { useConfirm } from '../ui/confirm.tsx';
import { ListStatus } from '../ui/list-status.tsx';
import { useNotify } from '../ui/notices.tsx';
import { Pager } from '../ui/pager.tsx';
import { SearchBox } from '../ui/search-box.tsx';
import { useDebounced } from '../ui/use-debounced.ts';
import { useLoader } from '../ui/use-loader.ts';
import { CreateRoomForm } from './create-room-form.tsx';
import { confirmRoomDeletion } from './confirm-room-deletion.tsx';

const PAGE = 20;

export function RoomsPage() {
  const api = useApi();
  const notify = useNotify();
  const confirm = useConfirm();
  const [query, setQuery] = useState('');
  const [skip, setSkip] = useState(0);
  const search = useDebounced(query.trim(), 300);
  const rooms = useLoader(() => api.listRooms({ search, skip, limit: PAGE }), [search, skip]);
  const [busyId, setBusyId] = useState<string | null>(null);

  const remove = async (room: RoomSummary) => {
    if (!(await confirmRoomDeletion(confirm, room.name))) return;
    setBusyId(room._id);
    try {
      await api.deleteRoom(room._id);
      notify.success(`Room “${room.name}” deleted.`);
      rooms.reload();
    } catch (e) {
      notify.error(e);
    } finally {
      setBusyId(null);
    }
  };

  const items = rooms.data?.items ?? [];
  return (
    <>
      <h1 tabIndex={-1}>Rooms</h1>
      <CreateRoomForm onCreated={rooms.reload} />
      <section aria-labelledby="room-list-title">
        <h2 id="room-list-title">All rooms</h2>
        <SearchBox
          label="Search rooms"
          placeholder="Room name contains…"
          value={query}
          onChange={(value) => {
            setQuery(value);
            setSkip(0);
          }}
          testId="room-search"
        />
        <ListStatus loaded={rooms} empty={items.length === 0} emptyText={search ? `No room matches “${search}”.` : 'No rooms yet.'} />
        {items.length > 0 && (
          <table className="stack" data-testid="room-list">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Participants</th>
                <th scope="col">Last activity</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((room) => (
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
                      disabled={busyId === room._id}
                      onClick={() => remove(room)}
                      aria-label={`Delete room ${room.name}`}
                      data-testid="room-delete"
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rooms.data && rooms.data.count > 0 && (
          <Pager skip={skip} limit={PAGE} count={rooms.data.count} shown={items.length} label="Room list" onChange={setSkip} />
        )}
      </section>
    </>
  );
}
