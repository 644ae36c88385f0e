import type { Result, ResultAsync } from 'neverthrow'
import { type OzError, toOzError } from '../../core/index.js'
import { unwrapWith } from '../../core/internal/unwrap-with.js'
import { toGraphQLError } from './to-graphql-error.js'

/**
 * For resolvers that return `Result`s: the value of an `ok`; for an `err`, throws
 * `toGraphQLError(error)`, which graphql-js places at the field (`path`, `locations`) with
 * our extensions and no `http`, so the response keeps its other fields and its 200.
 * A `ResultAsync` gives a `Promise` of the value.
 *
 * @example
 * folder: (_, { id }) => unwrapOrThrow(findFolder(id)) // Result<Folder, OzError>
 */
export function unwrapOrThrow<T, E extends OzError>(result: ResultAsync<T, E>): Promise<T>
export function unwrapOrThrow<T, E extends OzError>(result: Result<T, E>): T
export function unwrapOrThrow<T, E extends OzError>(
  result: Result<T, E> | ResultAsync<T, E>,
): T | Promise<T> {
  // toOzError checks what a loosely typed caller put in the err: a non-error becomes UNKNOWN.
  return unwrapWith(result, (error) => toGraphQLError(toOzError(error)))
}
