import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Empty as _chat_common_v1_Empty, Empty__Output as _chat_common_v1_Empty__Output } from './chat/common/v1/Empty.ts';
import type { HealthResponse as _chat_common_v1_HealthResponse, HealthResponse__Output as _chat_common_v1_HealthResponse__Output } from './chat/common/v1/HealthResponse.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  chat: {
    common: {
      v1: {
        Empty: MessageTypeDefinition<_chat_common_v1_Empty, _chat_common_v1_Empty__Output>
        HealthResponse: MessageTypeDefinition<_chat_common_v1_HealthResponse, _chat_common_v1_HealthResponse__Output>
      }
    }
  }
}

