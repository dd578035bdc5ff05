export { start, type AuthHandle } from './start.ts';
export { loadAuthConfig, type AuthConfig } from './config.ts';
