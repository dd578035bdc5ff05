export { start, type GatewayHandle } from './start.ts';
export { buildApp, type AppDeps } from './app.ts';
export { loadGatewayConfig, type GatewayConfig } from './config.ts';
export { authenticate, type AuthUser } from './auth/authenticate.ts';
