// Original file: protos/common.proto


export interface HealthResponse {
  'status'?: (string);
  'checks'?: ({[key: string]: string});
}

export interface HealthResponse__Output {
  'status': (string);
  'checks': ({[key: string]: string});
}
