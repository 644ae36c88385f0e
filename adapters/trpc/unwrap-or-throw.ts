import type { Result, ResultAsync } from 'neverthrow'
import { type OzError, toOzError } from '../../core/index.js'
import { unwrapWith } from '../../core/internal/unwrap-with.js'
import { toTRPCError } from './to-trpc-error.js'

/**
 * For procedures that return `Result`s: the value of an `ok`; for an `err`, throws
 * `toTRPCError(error)`, which `ozErrorFormatter` renders with the kind's status and `data.oz`.
 * A `ResultAsync` gives a `Promise` of the value.
 *
 * @example
 * folder: t.procedure.input(z.string()).query(({ input }) => unwrapOrThrow(findFolder(input)))
 */
export function unwrapOrThrow<T, E extends OzError>(result: ResultAsync<T, E>): Promise<T>
export function unwrapOrThrow<T, E extends OzError>(result: Result<T, E>): T
export function unwrapOrThrow<T, E extends OzError>(
  result: Result<T, E> | ResultAsync<T, E>,
): T | Promise<T> {
  // toOzError checks what a loosely typed caller put in the err: a non-error becomes UNKNOWN.
  return unwrapWith(result, (error) => toTRPCError(toOzError(error)))
}
