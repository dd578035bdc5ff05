import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Route } from './route.ts';

const LINKS = [
  { hash: '#/rooms', label: 'Rooms', testId: 'nav-rooms', active: (r: Route) => r.name === 'rooms' || r.name === 'room' },
  { hash: '#/users', label: 'Users', testId: 'nav-users', active: (r: Route) => r.name === 'users' },
  { hash: '#/audit', label: 'Audit log', testId: 'nav-audit', active: (r: Route) => r.name === 'audit' },
  { hash: '#/system', label: 'System', testId: 'nav-system', active: (r: Route) => r.name === 'system' },
  { hash: '#/webhooks', label: 'Webhooks', testId: 'nav-webhooks', active: (r: Route) => r.name === 'webhooks' },
] as const;

export interface LayoutProps {
  route: Route;
  onLogout(): void;
  children: ReactNode;
}

export function Layout({ route, onLogout, children }: LayoutProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);

  // A new screen moves focus to its heading, so keyboard and screen-reader
  // users land on it instead of staying on the link they followed.
  useEffect(() => {
    setMenuOpen(false);
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        main.current?.querySelector<HTMLElement>('h1')?.focus();
      }}>
        Skip to content
      </a>
      <header className="topbar">
        <div className="container topbar-inner">
          <a className="brand" href="#/rooms">
            Chat admin
          </a>
          <button
            type="button"
            className="menu-toggle secondary outline small"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
            data-testid="nav-toggle"
          >
            Menu
          </button>
          <nav id="main-nav" className={menuOpen ? 'main-nav open' : 'main-nav'} aria-label="Main">
            <ul>
              {LINKS.map((link) => (
                <li key={link.hash}>
                  <a href={link.hash} aria-current={link.active(route) ? 'page' : undefined} data-testid={link.testId}>
                    {link.label}
                  </a>
                </li>
              ))}
              <li>
                <button type="button" className="secondary outline small" onClick={onLogout} data-testid="nav-logout">
                  Log out
                </button>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} className="container">
        {children}
      </main>
    </>
  );
}
