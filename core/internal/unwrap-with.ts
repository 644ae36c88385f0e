import { type Result, ResultAsync } from 'neverthrow'
import { toOzError } from '../as-oz-error.js'
import type { OzError } from '../oz-error.js'

/**
 * @internal
 * The `unwrapOrThrow` of every adapter: the value of an `ok`; for an `err`, `toThrown` of the
 * error thrown (checked by `toOzError` first: what a loosely typed caller put in the `err`
 * becomes UNKNOWN). A `ResultAsync` gives a `Promise` of the value.
 */
export const unwrapWith = <T, E extends OzError>(
  result: Result<T, E> | ResultAsync<T, E>,
  toThrown: (error: OzError) => unknown,
): T | Promise<T> => {
  const unwrap = (settled: Result<T, E>): T => {
    if (settled.isOk()) return settled.value
    throw toThrown(toOzError(settled.error))
  }
  return result instanceof ResultAsync ? Promise.resolve(result).then(unwrap) : unwrap(result)
}
