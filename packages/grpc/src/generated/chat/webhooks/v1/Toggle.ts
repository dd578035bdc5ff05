// Original file: protos/webhooks.proto

export const Toggle = {
  UNSET: 'UNSET',
  ON: 'ON',
  OFF: 'OFF',
} as const;

export type Toggle =
  | 'UNSET'
  | 0
  | 'ON'
  | 1
  | 'OFF'
  | 2

export type Toggle__Output = typeof Toggle[keyof typeof Toggle]
