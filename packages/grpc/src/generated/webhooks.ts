import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateEndpointRequest as _chat_webhooks_v1_CreateEndpointRequest, CreateEndpointRequest__Output as _chat_webhooks_v1_CreateEndpointRequest__Output } from './chat/webhooks/v1/CreateEndpointRequest.ts';
import type { DeleteEndpointResponse as _chat_webhooks_v1_DeleteEndpointResponse, DeleteEndpointResponse__Output as _chat_webhooks_v1_DeleteEndpointResponse__Output } from './chat/webhooks/v1/DeleteEndpointResponse.ts';
import type { Delivery as _chat_webhooks_v1_Delivery, Delivery__Output as _chat_webhooks_v1_Delivery__Output } from './chat/webhooks/v1/Delivery.ts';
import type { DeliveryRef as _chat_webhooks_v1_DeliveryRef, DeliveryRef__Output as _chat_webhooks_v1_DeliveryRef__Output } from './chat/webhooks/v1/DeliveryRef.ts';
import type { Endpoint as _chat_webhooks_v1_Endpoint, Endpoint__Output as _chat_webhooks_v1_Endpoint__Output } from './chat/webhooks/v1/Endpoint.ts';
import type { EndpointRef as _chat_webhooks_v1_EndpointRef, EndpointRef__Output as _chat_webhooks_v1_EndpointRef__Output } from './chat/webhooks/v1/EndpointRef.ts';
import type { ListDeliveriesRequest as _chat_webhooks_v1_ListDeliveriesRequest, ListDeliveriesRequest__Output as _chat_webhooks_v1_ListDeliveriesRequest__Output } from './chat/webhooks/v1/ListDeliveriesRequest.ts';
import type { ListDeliveriesResponse as _chat_webhooks_v1_ListDeliveriesResponse, ListDeliveriesResponse__Output as _chat_webhooks_v1_ListDeliveriesResponse__Output } from './chat/webhooks/v1/ListDeliveriesResponse.ts';
import type { ListEndpointsRequest as _chat_webhooks_v1_ListEndpointsRequest, ListEndpointsRequest__Output as _chat_webhooks_v1_ListEndpointsRequest__Output } from './chat/webhooks/v1/ListEndpointsRequest.ts';
import type { ListEndpointsResponse as _chat_webhooks_v1_ListEndpointsResponse, ListEndpointsResponse__Output as _chat_webhooks_v1_ListEndpointsResponse__Output } from './chat/webhooks/v1/ListEndpointsResponse.ts';
import type { RotateSecretRequest as _chat_webhooks_v1_RotateSecretRequest, RotateSecretRequest__Output as _chat_webhooks_v1_RotateSecretRequest__Output } from './chat/webhooks/v1/RotateSecretRequest.ts';
import type { UpdateEndpointRequest as _chat_webhooks_v1_UpdateEndpointRequest, UpdateEndpointRequest__Output as _chat_webhooks_v1_UpdateEndpointRequest__Output } from './chat/webhooks/v1/UpdateEndpointRequest.ts';
import type { WebhooksClient as _chat_webhooks_v1_WebhooksClient, WebhooksDefinition as _chat_webhooks_v1_WebhooksDefinition } from './chat/webhooks/v1/Webhooks.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  chat: {
    webhooks: {
      v1: {
        CreateEndpointRequest: MessageTypeDefinition<_chat_webhooks_v1_CreateEndpointRequest, _chat_webhooks_v1_CreateEndpointRequest__Output>
        DeleteEndpointResponse: MessageTypeDefinition<_chat_webhooks_v1_DeleteEndpointResponse, _chat_webhooks_v1_DeleteEndpointResponse__Output>
        Delivery: MessageTypeDefinition<_chat_webhooks_v1_Delivery, _chat_webhooks_v1_Delivery__Output>
        DeliveryRef: MessageTypeDefinition<_chat_webhooks_v1_DeliveryRef, _chat_webhooks_v1_DeliveryRef__Output>
        Endpoint: MessageTypeDefinition<_chat_webhooks_v1_Endpoint, _chat_webhooks_v1_Endpoint__Output>
        EndpointRef: MessageTypeDefinition<_chat_webhooks_v1_EndpointRef, _chat_webhooks_v1_EndpointRef__Output>
        ListDeliveriesRequest: MessageTypeDefinition<_chat_webhooks_v1_ListDeliveriesRequest, _chat_webhooks_v1_ListDeliveriesRequest__Output>
        ListDeliveriesResponse: MessageTypeDefinition<_chat_webhooks_v1_ListDeliveriesResponse, _chat_webhooks_v1_ListDeliveriesResponse__Output>
        ListEndpointsRequest: MessageTypeDefinition<_chat_webhooks_v1_ListEndpointsRequest, _chat_webhooks_v1_ListEndpointsRequest__Output>
        ListEndpointsResponse: MessageTypeDefinition<_chat_webhooks_v1_ListEndpointsResponse, _chat_webhooks_v1_ListEndpointsResponse__Output>
        RotateSecretRequest: MessageTypeDefinition<_chat_webhooks_v1_RotateSecretRequest, _chat_webhooks_v1_RotateSecretRequest__Output>
        Toggle: EnumTypeDefinition
        UpdateEndpointRequest: MessageTypeDefinition<_chat_webhooks_v1_UpdateEndpointRequest, _chat_webhooks_v1_UpdateEndpointRequest__Output>
        Webhooks: SubtypeConstructor<typeof grpc.Client, _chat_webhooks_v1_WebhooksClient> & { service: _chat_webhooks_v1_WebhooksDefinition }
      }
    }
  }
}

