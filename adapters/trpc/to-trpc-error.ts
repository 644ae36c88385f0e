import { TRPCError } from '@trpc/server'
import { type OzError, OzException } from '../../core/index.js'
import { type OzTRPCCode, trpcCodeOf } from './oz-trpc-code.js'

/**
 * A `TRPCError` made by `toTRPCError`: its `code` is that of the error's kind, and its
 * `cause` the `OzException` carrying the error.
 *
 * @example
 * const e: OzTRPCError<'NOT_EXIST'> = toTRPCError(OzErr.notExist())
 * e.code // 'NOT_FOUND'
 */
export type OzTRPCError<K extends OzError['kind'] = OzError['kind']> = TRPCError & {
  readonly code: OzTRPCCode<K>
  readonly cause: OzException
}

/**
 * An `OzError` as a `TRPCError` to throw from a procedure or middleware: its code has the HTTP
 * status of `httpStatus(error)` (NOT_EXIST → `NOT_FOUND`, AUTH_* → `UNAUTHORIZED`, …), its
 * message is the error's, and its `cause` is an `OzException` carrying the error (tRPC turns a
 * cause that is not an `Error` into a copy of its own, so the error travels inside one).
 * `ozErrorFormatter` reads the kind back from that cause.
 *
 * @example
 * throw toTRPCError(OzErr.authForbidden({ details: { required: ['admin'] } }))
 */
export const toTRPCError = <E extends OzError>(error: E): OzTRPCError<E['kind']> =>
  // The code is the table's entry for this error's kind, the cause the exception built here.
  new TRPCError({
    code: trpcCodeOf(error.kind),
    message: error.message,
    cause: new OzException(error),
  }) as OzTRPCError<E['kind']>
