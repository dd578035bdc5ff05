import { useCallback, useEffect, useMemo, useState } from 'react';
import { createAdminApi, type Session } from './api.ts';
import { AuditPage } from './audit/audit-page.tsx';
import { Layout } from './layout.tsx';
import { LoginPage } from './login/login-page.tsx';
import { HOME_HASH, navigate, useHashRoute, type Route } from './route.ts';
import { RoomPage } from './rooms/room-page.tsx';
import { RoomsPage } from './rooms/rooms-page.tsx';
import { clearSession, loadSession, saveSession } from './session.ts';
import { ApiContext } from './ui/api-context.ts';
import { SystemPage } from './system/system-page.tsx';
import { ConfirmProvider } from './ui/confirm.tsx';
import { NoticeProvider } from './ui/notices.tsx';
import { UsersPage } from './users/users-page.tsx';
import { WebhooksPage } from './webhooks/webhooks-page.tsx';

type LoginNotice = { kind: 'error' | 'info'; text: string } | null;

export function App() {
  const route = useHashRoute();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [loginNotice, setLoginNotice] = useState<LoginNotice>(null);
  // Where to go back to after logging in, when a 401 interrupted the admin.
  const [returnTo, setReturnTo] = useState(HOME_HASH);

  const endSession = useCallback((notice: LoginNotice) => {
    clearSession();
    setSession(null);
    setLoginNotice(notice);
    if (window.location.hash !== '#/login') {
      setReturnTo(window.location.hash && window.location.hash !== '#/' ? window.location.hash : HOME_HASH);
      navigate('#/login');
    }
  }, []);

  const api = useMemo(
    () => createAdminApi({ getSession: loadSession, onUnauthorized: (text) => endSession({ kind: 'error', text }) }),
    [endSession],
  );

  useEffect(() => {
    if (!session && route.name !== 'login') {
      // endSession may have moved the hash to #/login already.
      if (window.location.hash !== '#/login') setReturnTo(window.location.hash || HOME_HASH);
      navigate('#/login');
    } else if (session && route.name === 'login') {
      navigate(HOME_HASH);
    }
  }, [session, route]);

  const onLoggedIn = (next: Session) => {
    saveSession(next);
    setSession(next);
    setLoginNotice(null);
    navigate(returnTo);
  };

  return (
    <ApiContext.Provider value={api}>
      <NoticeProvider>
        <ConfirmProvider>
          {!session || route.name === 'login' ? (
            <LoginPage api={api} notice={loginNotice} onLoggedIn={onLoggedIn} />
          ) : (
            <Layout route={route} onLogout={() => endSession({ kind: 'info', text: 'You are logged out.' })}>
              <Screen route={route} />
            </Layout>
          )}
        </ConfirmProvider>
      </NoticeProvider>
    </ApiContext.Provider>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'users':
      return <UsersPage />;
    case 'rooms':
      return <RoomsPage />;
    case 'room':
      // The key gives each room fresh state instead of the last room's messages.
      return <RoomPage key={route.roomId} roomId={route.roomId} />;
    case 'audit':
      return <AuditPage />;
    case 'system':
      return <SystemPage />;
    case 'webhooks':
      return <WebhooksPage />;
    case 'login':
      return null;
    case 'not-found':
      return (
        <>
          <h1 tabIndex={-1}>Not found</h1>
          <p>
            Nothing lives at <code>{route.hash}</code>. <a href={HOME_HASH}>Go to the rooms</a>.
          </p>
        </>
      );
  }
}
