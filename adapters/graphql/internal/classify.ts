import type { GraphQLError } from 'graphql'
import { asOzError, type OzError } from '../../../core/index.js'
import { decodeChain, decodeOwn, isGraphQLError, MAX_CHAIN } from './decode-graphql-error.js'

/**
 * @internal
 * What a GraphQL mask is handed, in three answers. `carried`: the value is a `GraphQLError`
 * whose own extensions are ours as this package built them, so it may pass as it is.
 */
export type Verdict =
  | { readonly kind: 'ours'; readonly error: OzError; readonly carried: boolean }
  /** GraphQL's own (syntax, validation, variables) or a `GraphQLError` thrown on purpose. */
  | { readonly kind: 'graphql'; readonly error: GraphQLError }
  | { readonly kind: 'foreign'; readonly carried: false }

const FOREIGN: Verdict = { kind: 'foreign', carried: false }

/**
 * @internal
 * "Is this ours?" for the GraphQL adapter: the core's `asOzError` first (an `OzException`, a
 * plain `OzError`), then a `GraphQLError` whose extensions are ours, its own or those of an
 * error it wraps. Every error returned is a checked copy.
 */
export const classify = (thrown: unknown): Verdict => {
  let ours = asOzError(thrown)
  if (ours === undefined) {
    if (!isGraphQLError(thrown)) return FOREIGN
    // Its own extensions first: that is every error unwrapOrThrow throws, decoded once. Not when
    // it wraps a non-GraphQL error: Apollo wraps what a context throws with a prefixed message
    // ("Context creation failed: …") and that error's extensions, and the inner error is ours.
    const original: unknown = thrown.originalError
    if (original == null || isGraphQLError(original)) {
      const own = decodeOwn(thrown, thrown)
      if (own.isOk()) return { kind: 'ours', error: own.value, carried: true }
    }
    const decoded = decodeChain(thrown, thrown, 0)
    if (decoded.isErr()) return onlyGraphQLErrors(thrown, 0) ? { kind: 'graphql', error: thrown } : FOREIGN
    ours = decoded.value
  }
  return { kind: 'ours', error: ours, carried: false }
}

// The rule graphql-yoga and envelop use: an error is GraphQL's (or deliberate) when nothing but
// GraphQLErrors lies under it. A driver error or a thrown string wrapped by graphql-js is not.
const onlyGraphQLErrors = (error: GraphQLError, depth: number): boolean => {
  const original: unknown = error.originalError
  if (original == null) return true
  return depth < MAX_CHAIN && isGraphQLError(original) && onlyGraphQLErrors(original, depth + 1)
}
