import type { TRPC_ERROR_CODE_KEY } from '@trpc/server'
import { httpStatus, type OzErrorKind, type OzHttpStatus, type OzHttpStatusOf } from '../../core/index.js'

/**
 * The one table from HTTP statuses to tRPC codes: a kind's code is the one of its status
 * (`httpStatus`), so tRPC's own status of a `TRPCError` and ours agree by construction.
 * `satisfies` a `Record` over every status the model uses, so a status added to the core
 * without a code here does not compile.
 */
const TRPC_CODES = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  500: 'INTERNAL_SERVER_ERROR',
  501: 'NOT_IMPLEMENTED',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<OzHttpStatus, TRPC_ERROR_CODE_KEY>

/**
 * The tRPC code of kind `K` (of every kind when `K` is left out): the one whose HTTP status is
 * the kind's.
 *
 * @example
 * const code: OzTRPCCode<'NOT_EXIST'> = 'NOT_FOUND'
 */
export type OzTRPCCode<K extends OzErrorKind = OzErrorKind> = (typeof TRPC_CODES)[OzHttpStatusOf<K>]

/** @internal The tRPC code of `kind`, from the table above. */
export const trpcCodeOf = <K extends OzErrorKind>(kind: K): OzTRPCCode<K> =>
  // httpStatus gives the status of this very kind, which TypeScript does not carry through.
  TRPC_CODES[httpStatus({ kind })] as OzTRPCCode<K>
