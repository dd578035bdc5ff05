// Original file: protos/webhooks.proto


export interface ListEndpointsRequest {
}

export interface ListEndpointsRequest__Output {
}
