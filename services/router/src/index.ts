export { start, type RouterHandle, type RouterOptions } from './start.ts';
export type { SendInput, SendResult } from './chat-core/chat-core-client.ts';
export { loadRouterConfig, type RouterConfig } from './config.ts';
export { CHAT_NAMESPACE, SOCKET_PATH } from './realtime/socket-server.ts';
export { TimelineFanout, type GapFiller } from './realtime/timeline-fanout.ts';
