/**
 * @internal
 * The kinds' names in the order of their codes, and nothing else of the table: what the decoder
 * needs, so that a bundle of `fromWire` alone carries none of the default messages of kinds.ts
 * (issue 17). kinds.ts does not compile unless it is the table's keys in code order.
 */
/** @internal An integer from 0 to 12: the code of a kind. `Number.isInteger` is false for any non-number. */
export const isCode = (code: unknown): code is number =>
  Number.isInteger(code) && (code as number) >= 0 && (code as number) < KIND_NAMES.length

export const KIND_NAMES = [
  'UNKNOWN',
  'NOT_ALLOWED',
  'NOT_REALIZED',
  'INVALID_STRUCTURE',
  'INVALID_VALUE',
  'INVALID_TYPE',
  'AUTH_NOT_PROVIDED',
  'AUTH_INVALID',
  'AUTH_EXPIRED',
  'AUTH_FORBIDDEN',
  'NOT_EXIST',
  'EXTERNAL_SERVICE',
  'DATABASE',
] as const
