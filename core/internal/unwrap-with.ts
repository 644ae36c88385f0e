import { type Result, ResultAsync } from 'neverthrow'
import type { OzError } from '../oz-error.js'

/**
 * @internal
 * The `unwrapOrThrow` of every adapter: the value of an `ok`; for an `err`, what `toThrown`
 * makes of the error, thrown. A `ResultAsync` gives a `Promise` of the value. (It imports
 * nothing of the core's values, so an adapter's bundle of its own code stays its own.)
 */
export const unwrapWith = <T, E extends OzError>(
  result: Result<T, E> | ResultAsync<T, E>,
  toThrown: (error: E) => unknown,
): T | Promise<T> => {
  const unwrap = (settled: Result<T, E>): T => {
    if (settled.isOk()) return settled.value
    throw toThrown(settled.error)
  }
  return result instanceof ResultAsync ? Promise.resolve(result).then(unwrap) : unwrap(result)
}
