import { useState } from 'react';
import type { AdminUser } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { useApi } from '../ui/api-context.ts';
import { useConfirm } from '../ui/confirm.tsx';
import { ListStatus } from '../ui/list-status.tsx';
import { useNotify } from '../ui/notices.tsx';
import { Pager } from '../ui/pager.tsx';
import { SearchBox } from '../ui/search-box.tsx';
import { useDebounced } from '../ui/use-debounced.ts';
import { useLoader } from '../ui/use-loader.ts';
import { CreateUserForm } from './create-user-form.tsx';

const PAGE = 20;

export function UsersPage() {
  const api = useApi();
  const notify = useNotify();
  const confirm = useConfirm();
  const [query, setQuery] = useState('');
  const [skip, setSkip] = useState(0);
  const search = useDebounced(query.trim(), 300);
  const users = useLoader(() => api.listUsers({ search, skip, limit: PAGE }), [search, skip]);
  const [busyId, setBusyId] = useState<string | null>(null);

  const onSearch = (value: string) => {
    setQuery(value);
    setSkip(0);
  };

  const toggleBlocked = async (user: AdminUser) => {
    setBusyId(user._id);
    try {
      const updated = await api.setUserBlocked(user._id, !user.blocked);
      notify.success(`${updated.email} is ${updated.blocked ? 'blocked' : 'unblocked'}.`);
      users.reload();
    } catch (e) {
      notify.error(e);
    } finally {
      setBusyId(null);
    }
  };

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
    setBusyId(user._id);
    try {
      await api.deleteUser(user._id);
      notify.success(`User ${user.email} deleted.`);
      users.reload();
    } catch (e) {
      notify.error(e);
    } finally {
      setBusyId(null);
    }
  };

  const items = users.data?.items ?? [];
  return (
    <>
      <h1 tabIndex={-1}>Users</h1>
      <CreateUserForm onCreated={users.reload} />
      <section aria-labelledby="user-list-title">
        <h2 id="user-list-title">All users</h2>
        <SearchBox label="Search users" placeholder="Email contains…" value={query} onChange={onSearch} testId="user-search" />
        <ListStatus loaded={users} empty={items.length === 0} emptyText={search ? `No user matches “${search}”.` : 'No users yet.'} />
        {items.length > 0 && (
          <table className="stack" data-testid="user-list">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((user) => (
                <tr key={user._id} data-testid="user-row" data-user-id={user._id}>
                  <td data-label="Email" className="email">
                    {user.email}
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
                      disabled={busyId === user._id}
                      onClick={() => toggleBlocked(user)}
                      aria-label={`${user.blocked ? 'Unblock' : 'Block'} ${user.email}`}
                      data-testid="user-block-toggle"
                    >
                      {user.blocked ? 'Unblock' : 'Block'}
                    </button>
                    <button
                      type="button"
                      className="danger outline small"
                      disabled={busyId === user._id}
                      onClick={() => remove(user)}
                      aria-label={`Delete user ${user.email}`}
                      data-testid="user-delete"
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {users.data && users.data.count > 0 && (
          <Pager skip={skip} limit={PAGE} count={users.data.count} shown={items.length} label="User list" onChange={setSkip} />
        )}
      </section>
    </>
  );
}
