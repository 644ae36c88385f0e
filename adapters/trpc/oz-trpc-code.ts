import type { TRPC_ERROR_CODE_KEY } from '@trpc/server'
import type { OzErrorKind } from '../../core/index.js'

/**
 * The one table from kinds to tRPC codes: each code has the HTTP status of its kind
 * (`httpStatus`), so tRPC's own status of a `TRPCError` and ours agree. `satisfies` a
 * `Record` over every kind, so a kind added to the core without a code here does not compile.
 */
const TRPC_CODES = {
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

/**
 * The tRPC code of kind `K` (of every kind when `K` is left out): the one whose HTTP status is
 * the kind's.
 *
 * @example
 * const code: OzTRPCCode<'NOT_EXIST'> = 'NOT_FOUND'
 */
export type OzTRPCCode<K extends OzErrorKind = OzErrorKind> = (typeof TRPC_CODES)[K]

/** @internal The tRPC code of `kind`, from the table above. */
export const trpcCodeOf = <K extends OzErrorKind>(kind: K): OzTRPCCode<K> => TRPC_CODES[kind]
