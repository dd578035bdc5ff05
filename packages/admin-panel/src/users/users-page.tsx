import type { AdminUser } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { useApi } from '../ui/api-context.ts';
import { useConfirm } from '../ui/confirm.tsx';
import { useNotify } from '../ui/notices.tsx';
import { PagedList, usePagedSearch, useRowAction } from '../ui/paged-list.tsx';
import { CreateUserForm } from './create-user-form.tsx';

export function UsersPage() {
  const api = useApi();
  const notify = useNotify();
  const confirm = useConfirm();
  const users = usePagedSearch((query) => api.listUsers(query));
  const action = useRowAction();

  const toggleBlocked = (user: AdminUser) =>
    action.run(user._id, async () => {
      const updated = await api.setUserBlocked(user._id, !user.blocked);
      notify.success(`${updated.email} is ${updated.blocked ? 'blocked' : 'unblocked'}.`);
      users.list.reload();
    });

  const remove = async (user: AdminUser) => {
    const ok = await confirm({
      title: 'Delete this user?',
      body: (
        <p>
          <strong>{user.email}</strong> will be deleted and can no longer log in. This cannot be undone.
        </p>
      ),
      confirmLabel: 'Delete user',
    });
    if (!ok) return;
    await action.run(user._id, async () => {
      await api.deleteUser(user._id);
      notify.success(`User ${user.email} deleted.`);
      users.list.reload();
    });
  };

  return (
    <>
      <h1 tabIndex={-1}>Users</h1>
      <CreateUserForm onCreated={users.list.reload} />
      <section aria-labelledby="user-list-title">
        <h2 id="user-list-title">All users</h2>
        <PagedList
          paged={users}
          noun="user"
          placeholder="Email contains…"
          columns={['Email', 'Display name', 'Status', 'Created']}
          row={(user) => (
            <tr key={user._id} data-testid="user-row" data-user-id={user._id}>
              <td data-label="Email" className="email">
                {user.email}
              </td>
              <td data-label="Display name" data-testid="user-display-name">
                {user.displayName ?? ''}
              </td>
              <td data-label="Status">
                <span className={user.blocked ? 'badge badge-blocked' : 'badge'} data-testid="user-status">
                  {user.blocked ? 'Blocked' : 'Active'}
                </span>
              </td>
              <td data-label="Created">{formatDateTime(user.createdAt)}</td>
              <td className="actions">
                <button
                  type="button"
                  className="secondary outline small"
                  disabled={action.busyId === user._id}
                  onClick={() => toggleBlocked(user)}
                  aria-label={`${user.blocked ? 'Unblock' : 'Block'} ${user.email}`}
                  data-testid="user-block-toggle"
                >
                  {user.blocked ? 'Unblock' : 'Block'}
                </button>
                <button
                  type="button"
                  className="danger outline small"
                  disabled={action.busyId === user._id}
                  onClick={() => remove(user)}
                  aria-label={`Delete user ${user.email}`}
                  data-testid="user-delete"
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
