import type { useConfirm } from '../ui/confirm.tsx';

export function confirmRoomDeletion(confirm: ReturnType<typeof useConfirm>, roomName: string): Promise<boolean> {
  return confirm({
    title: 'Delete this room?',
    body: (
      <p>
        <strong>{roomName}</strong> and all its messages will be deleted for every participant. This cannot be undone.
      </p>
    ),
    confirmLabel: 'Delete room',
  });
}
