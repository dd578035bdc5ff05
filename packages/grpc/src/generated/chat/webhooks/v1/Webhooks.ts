// Original file: protos/webhooks.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateEndpointRequest as _chat_webhooks_v1_CreateEndpointRequest, CreateEndpointRequest__Output as _chat_webhooks_v1_CreateEndpointRequest__Output } from '../../../chat/webhooks/v1/CreateEndpointRequest.ts';
import type { DeleteEndpointResponse as _chat_webhooks_v1_DeleteEndpointResponse, DeleteEndpointResponse__Output as _chat_webhooks_v1_DeleteEndpointResponse__Output } from '../../../chat/webhooks/v1/DeleteEndpointResponse.ts';
import type { Delivery as _chat_webhooks_v1_Delivery, Delivery__Output as _chat_webhooks_v1_Delivery__Output } from '../../../chat/webhooks/v1/Delivery.ts';
import type { DeliveryRef as _chat_webhooks_v1_DeliveryRef, DeliveryRef__Output as _chat_webhooks_v1_DeliveryRef__Output } from '../../../chat/webhooks/v1/DeliveryRef.ts';
import type { Endpoint as _chat_webhooks_v1_Endpoint, Endpoint__Output as _chat_webhooks_v1_Endpoint__Output } from '../../../chat/webhooks/v1/Endpoint.ts';
import type { EndpointRef as _chat_webhooks_v1_EndpointRef, EndpointRef__Output as _chat_webhooks_v1_EndpointRef__Output } from '../../../chat/webhooks/v1/EndpointRef.ts';
import type { ListDeliveriesRequest as _chat_webhooks_v1_ListDeliveriesRequest, ListDeliveriesRequest__Output as _chat_webhooks_v1_ListDeliveriesRequest__Output } from '../../../chat/webhooks/v1/ListDeliveriesRequest.ts';
import type { ListDeliveriesResponse as _chat_webhooks_v1_ListDeliveriesResponse, ListDeliveriesResponse__Output as _chat_webhooks_v1_ListDeliveriesResponse__Output } from '../../../chat/webhooks/v1/ListDeliveriesResponse.ts';
import type { ListEndpointsRequest as _chat_webhooks_v1_ListEndpointsRequest, ListEndpointsRequest__Output as _chat_webhooks_v1_ListEndpointsRequest__Output } from '../../../chat/webhooks/v1/ListEndpointsRequest.ts';
import type { ListEndpointsResponse as _chat_webhooks_v1_ListEndpointsResponse, ListEndpointsResponse__Output as _chat_webhooks_v1_ListEndpointsResponse__Output } from '../../../chat/webhooks/v1/ListEndpointsResponse.ts';
import type { RotateSecretRequest as _chat_webhooks_v1_RotateSecretRequest, RotateSecretRequest__Output as _chat_webhooks_v1_RotateSecretRequest__Output } from '../../../chat/webhooks/v1/RotateSecretRequest.ts';
import type { UpdateEndpointRequest as _chat_webhooks_v1_UpdateEndpointRequest, UpdateEndpointRequest__Output as _chat_webhooks_v1_UpdateEndpointRequest__Output } from '../../../chat/webhooks/v1/UpdateEndpointRequest.ts';

export interface WebhooksClient extends grpc.Client {
  CreateEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  CreateEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  CreateEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  CreateEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  createEndpoint(argument: _chat_webhooks_v1_CreateEndpointRequest, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  DeleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  DeleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  DeleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  DeleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  deleteEndpoint(argument: _chat_webhooks_v1_EndpointRef, callback: grpc.requestCallback<_chat_webhooks_v1_DeleteEndpointResponse__Output>): grpc.ClientUnaryCall;
  
  ListDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _chat_webhooks_v1_ListDeliveriesRequest, callback: grpc.requestCallback<_chat_webhooks_v1_ListDeliveriesResponse__Output>): grpc.ClientUnaryCall;
  
  ListEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  ListEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  listEndpoints(argument: _chat_webhooks_v1_ListEndpointsRequest, callback: grpc.requestCallback<_chat_webhooks_v1_ListEndpointsResponse__Output>): grpc.ClientUnaryCall;
  
  RetryDelivery(argument: _chat_webhooks_v1_DeliveryRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  RetryDelivery(argument: _chat_webhooks_v1_DeliveryRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  RetryDelivery(argument: _chat_webhooks_v1_DeliveryRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  RetryDelivery(argument: _chat_webhooks_v1_DeliveryRef, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  retryDelivery(argument: _chat_webhooks_v1_DeliveryRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  retryDelivery(argument: _chat_webhooks_v1_DeliveryRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  retryDelivery(argument: _chat_webhooks_v1_DeliveryRef, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  retryDelivery(argument: _chat_webhooks_v1_DeliveryRef, callback: grpc.requestCallback<_chat_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  
  RotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  RotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  RotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  RotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  rotateSecret(argument: _chat_webhooks_v1_RotateSecretRequest, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
  UpdateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  UpdateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  updateEndpoint(argument: _chat_webhooks_v1_UpdateEndpointRequest, callback: grpc.requestCallback<_chat_webhooks_v1_Endpoint__Output>): grpc.ClientUnaryCall;
  
}

export interface WebhooksHandlers extends grpc.UntypedServiceImplementation {
  CreateEndpoint: grpc.handleUnaryCall<_chat_webhooks_v1_CreateEndpointRequest__Output, _chat_webhooks_v1_Endpoint>;
  
  DeleteEndpoint: grpc.handleUnaryCall<_chat_webhooks_v1_EndpointRef__Output, _chat_webhooks_v1_DeleteEndpointResponse>;
  
  ListDeliveries: grpc.handleUnaryCall<_chat_webhooks_v1_ListDeliveriesRequest__Output, _chat_webhooks_v1_ListDeliveriesResponse>;
  
  ListEndpoints: grpc.handleUnaryCall<_chat_webhooks_v1_ListEndpointsRequest__Output, _chat_webhooks_v1_ListEndpointsResponse>;
  
  RetryDelivery: grpc.handleUnaryCall<_chat_webhooks_v1_DeliveryRef__Output, _chat_webhooks_v1_Delivery>;
  
  RotateSecret: grpc.handleUnaryCall<_chat_webhooks_v1_RotateSecretRequest__Output, _chat_webhooks_v1_Endpoint>;
  
  UpdateEndpoint: grpc.handleUnaryCall<_chat_webhooks_v1_UpdateEndpointRequest__Output, _chat_webhooks_v1_Endpoint>;
  
}

export interface WebhooksDefinition extends grpc.ServiceDefinition {
  CreateEndpoint: MethodDefinition<_chat_webhooks_v1_CreateEndpointRequest, _chat_webhooks_v1_Endpoint, _chat_webhooks_v1_CreateEndpointRequest__Output, _chat_webhooks_v1_Endpoint__Output>
  DeleteEndpoint: MethodDefinition<_chat_webhooks_v1_EndpointRef, _chat_webhooks_v1_DeleteEndpointResponse, _chat_webhooks_v1_EndpointRef__Output, _chat_webhooks_v1_DeleteEndpointResponse__Output>
  ListDeliveries: MethodDefinition<_chat_webhooks_v1_ListDeliveriesRequest, _chat_webhooks_v1_ListDeliveriesResponse, _chat_webhooks_v1_ListDeliveriesRequest__Output, _chat_webhooks_v1_ListDeliveriesResponse__Output>
  ListEndpoints: MethodDefinition<_chat_webhooks_v1_ListEndpointsRequest, _chat_webhooks_v1_ListEndpointsResponse, _chat_webhooks_v1_ListEndpointsRequest__Output, _chat_webhooks_v1_ListEndpointsResponse__Output>
  RetryDelivery: MethodDefinition<_chat_webhooks_v1_DeliveryRef, _chat_webhooks_v1_Delivery, _chat_webhooks_v1_DeliveryRef__Output, _chat_webhooks_v1_Delivery__Output>
  RotateSecret: MethodDefinition<_chat_webhooks_v1_RotateSecretRequest, _chat_webhooks_v1_Endpoint, _chat_webhooks_v1_RotateSecretRequest__Output, _chat_webhooks_v1_Endpoint__Output>
  UpdateEndpoint: MethodDefinition<_chat_webhooks_v1_UpdateEndpointRequest, _chat_webhooks_v1_Endpoint, _chat_webhooks_v1_UpdateEndpointRequest__Output, _chat_webhooks_v1_Endpoint__Output>
}
