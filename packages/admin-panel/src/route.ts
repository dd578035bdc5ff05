import { useEffect, useState } from 'react';

// Hash routes, because every /admin/<path> on the gateway belongs to the API.
export type Route =
  | { name: 'login' }
  | { name: 'users' }
  | { name: 'rooms' }
  | { name: 'room'; roomId: string }
  | { name: 'audit' }
  | { name: 'system' }
  | { name: 'webhooks' }
  | { name: 'not-found'; hash: string };

export const HOME_HASH = '#/rooms';

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/rooms') return { name: 'rooms' };
  if (path === '/login') return { name: 'login' };
  if (path === '/users') return { name: 'users' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/system') return { name: 'system' };
  if (path === '/webhooks') return { name: 'webhooks' };
  const room = /^\/rooms\/([^/]+)$/.exec(path);
  if (room?.[1]) {
    try {
      return { name: 'room', roomId: decodeURIComponent(room[1]) };
    } catch {
      return { name: 'not-found', hash };
    }
  }
  return { name: 'not-found', hash };
}

export function roomHash(roomId: string): string {
  return `#/rooms/${encodeURIComponent(roomId)}`;
}

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
