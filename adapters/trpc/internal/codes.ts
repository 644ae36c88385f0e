import type { TRPC_ERROR_CODE_KEY } from '@trpc/server'
import type { OzErrorKind } from '../../../core/index.js'

/**
 * @internal
 * The one table from kinds to tRPC codes: each code has the HTTP status of its kind
 * (`httpStatus`), so tRPC's own status of a `TRPCError` and ours agree. `satisfies` a
 * `Record` over every kind, so a kind added to the core without a code here does not compile.
 */
export const TRPC_CODES = {
  UNKNOWN: 'INTERNAL_SERVER_ERROR',
  NOT_ALLOWED: 'METHOD_NOT_SUPPORTED',
  NOT_REALIZED: 'NOT_IMPLEMENTED',
  INVALID_STRUCTURE: 'BAD_REQUEST',
  INVALID_VALUE: 'BAD_REQUEST',
  INVALID_TYPE: 'BAD_REQUEST',
  AUTH_NOT_PROVIDED: 'UNAUTHORIZED',
  AUTH_INVALID: 'UNAUTHORIZED',
  AUTH_EXPIRED: 'UNAUTHORIZED',
  AUTH_FORBIDDEN: 'FORBIDDEN',
  NOT_EXIST: 'NOT_FOUND',
  EXTERNAL_SERVICE: 'BAD_GATEWAY',
  DATABASE: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<OzErrorKind, TRPC_ERROR_CODE_KEY>

/** The tRPC code of kind `K` (of every kind when `K` is left out), e.g. `'NOT_FOUND'` for `NOT_EXIST`. */
export type OzTRPCCode<K extends OzErrorKind = OzErrorKind> = (typeof TRPC_CODES)[K]
