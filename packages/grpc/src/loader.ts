import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { fileURLToPath } from 'node:url';
import type { ProtoGrpcType as AuthProto } from './generated/auth.ts';
import type { ProtoGrpcType as ChatProto } from './generated/chat.ts';
import type { ProtoGrpcType as WebhooksProto } from './generated/webhooks.ts';

const protoDir = fileURLToPath(new URL('../../../protos', import.meta.url));

// The same options as proto-loader-gen-types is run with, so the generated
// types describe exactly what the loader produces.
const options: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [protoDir],
};

let cached: (AuthProto & ChatProto & WebhooksProto) | undefined;

export function loadProtos(): AuthProto & ChatProto & WebhooksProto {
  if (!cached) {
    const definition = protoLoader.loadSync(['auth.proto', 'chat.proto', 'webhooks.proto'], options);
    cached = grpc.loadPackageDefinition(definition) as unknown as AuthProto & ChatProto & WebhooksProto;
  }
  return cached;
}

export const authService = () => loadProtos().chat.auth.v1.Auth.service;
export const chatService = () => loadProtos().chat.core.v1.ChatCore.service;
export const webhooksService = () => loadProtos().chat.webhooks.v1.Webhooks.service;
