export { loadProtos, authService, chatService, webhooksService } from './loader.ts';
export { createAuthClient, createChatClient, createWebhooksClient, type AuthClient, type ChatClient, type PromiseClient, type WebhooksClient } from './client.ts';
export { domainAnswer, implement, startGrpcServer, type CallContext, type Implementation, type GrpcServerHandle } from './server.ts';
export { toGrpcStatus, fromServiceError } from './status.ts';
export { checkGrpcHealth, createHealthService, watchGrpcHealth, healthServiceDefinition, type HealthService, type ServingStatus } from './health-service.ts';
