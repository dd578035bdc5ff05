// Original file: protos/common.proto


export interface Empty {
}

export interface Empty__Output {
}
