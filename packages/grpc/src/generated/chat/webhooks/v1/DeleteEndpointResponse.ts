// Original file: protos/webhooks.proto


export interface DeleteEndpointResponse {
}

export interface DeleteEndpointResponse__Output {
}
