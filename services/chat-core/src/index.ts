export { start, type ChatCoreHandle } from './start.ts';
export { loadChatCoreConfig, type ChatCoreConfig } from './config.ts';
export { LocalEventBus } from './events/local-event-bus.ts';
export { messagePayload } from './timeline/room-event.ts';
export type { MessagesService } from './messages/messages-service.ts';
