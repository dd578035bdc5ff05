import { Counter, registeredOnce } from '@chat/common';

/** Sign-ins by which login (user or admin) and how they ended; no account or address as a label. */
export const logins = registeredOnce('chat_auth_logins_total', () => new Counter({
  name: 'chat_auth_logins_total',
  help: 'Sign-ins by login (user, admin) and result (success, failure, locked_out, blocked)',
  labelNames: ['login', 'result'] as const,
}));

/** Logins refused by the failed-login limit, per account or per client address. */
export const lockouts = registeredOnce('chat_auth_lockouts_total', () => new Counter({
  name: 'chat_auth_lockouts_total',
  help: 'Sign-ins refused because too many had failed, by login and by what was over its limit (email, ip)',
  labelNames: ['login', 'limit'] as const,
}));

export const refreshReuse = registeredOnce('chat_auth_refresh_reuse_total', () => new Counter({
  name: 'chat_auth_refresh_reuse_total',
  help: 'Used refresh tokens presented again (the session is then revoked)',
}));

export const sessionRenewals = registeredOnce('chat_auth_refresh_total', () => new Counter({
  name: 'chat_auth_refresh_total',
  help: 'Refresh-token renewals by result (renewed, refused, blocked)',
  labelNames: ['result'] as const,
}));
