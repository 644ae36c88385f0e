import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { OzErr, type OzError, OzException } from '../../core/index.js'
import { decodeOwn, fromGraphQLError, MAX_CHAIN } from './decode.js'
import { buildGraphQLError, extensionsOf, type Place } from './extensions.js'
import { httpOf } from './http.js'

type Verdict =
  /** Ours; `carried` when the error's own extensions already are ours (nothing to rebuild). */
  | { readonly kind: 'ours'; readonly error: OzError; readonly carried: boolean }
  /** GraphQL's own (syntax, validation, variables) or a `GraphQLError` thrown on purpose. */
  | { readonly kind: 'graphql' }
  | { readonly kind: 'foreign' }

const GRAPHQL: Verdict = { kind: 'graphql' }
const FOREIGN: Verdict = { kind: 'foreign' }

// `instanceof` fails across two copies of graphql, and Apollo's subclasses rename themselves;
// every GraphQLError, of any copy or subclass, has this tag.
const isGraphQLError = (value: unknown): value is GraphQLError =>
  value instanceof GraphQLError || Object.prototype.toString.call(value) === '[object GraphQLError]'

const classify = (thrown: unknown): Verdict => {
  if (OzException.is(thrown)) return { kind: 'ours', error: thrown.error, carried: false }
  if (!isGraphQLError(thrown)) return FOREIGN
  // Its own extensions first: that is every error unwrapOrThrow throws, decoded once.
  const own = decodeOwn(thrown, thrown)
  if (own.isOk()) return { kind: 'ours', error: own.value, carried: true }
  const decoded = fromGraphQLError(thrown)
  if (decoded.isErr()) return onlyGraphQLErrors(thrown, 0) ? GRAPHQL : FOREIGN
  return { kind: 'ours', error: decoded.value, carried: false }
}

// The rule graphql-yoga and envelop use: an error is GraphQL's (or deliberate) when nothing but
// GraphQLErrors lies under it. A driver error or a thrown string wrapped by graphql-js is not.
const onlyGraphQLErrors = (error: GraphQLError, depth: number): boolean => {
  const original: unknown = error.originalError
  if (original === undefined || original === null) return true
  return depth < MAX_CHAIN && isGraphQLError(original) && onlyGraphQLErrors(original, depth + 1)
}

const placeOf = (error: unknown): Place => {
  if (!isGraphQLError(error)) return {}
  const { nodes, source, positions, path } = error
  return { nodes, source, positions, path }
}

// The status rule: an error with a `path` is a field error and never carries `http`; one
// without (the request failed as a whole) always does.
const settle = (error: OzError, thrown: unknown, carried: boolean): GraphQLError => {
  const place = placeOf(thrown)
  const wholeRequest = place.path === undefined
  if (carried && isGraphQLError(thrown) && wholeRequest === (thrown.extensions.http !== undefined)) {
    return thrown
  }
  return buildGraphQLError(error, wholeRequest ? httpOf(error, undefined) : undefined, place)
}

const masked = (thrown: unknown): GraphQLError => settle(OzErr.unknown(), thrown, false)

/**
 * For graphql-yoga's `maskedErrors: { maskError }`. Our errors (an `OzException`, or a
 * `GraphQLError` whose extensions are ours) pass with their extensions; a field error loses any
 * `http`, and one that failed the whole request (thrown while building the context) gains it,
 * so it answers with the kind's status and headers. GraphQL's own errors pass untouched.
 * Anything else becomes `UNKNOWN` with its default message. Yoga's `message` and `isDev`
 * arguments are ignored on purpose: a masked error is a plain `UNKNOWN` a client can decode,
 * and development mode never adds the original error.
 *
 * @example
 * createYoga({ schema, maskedErrors: { maskError } })
 */
export const maskError = (error: unknown): GraphQLError => {
  try {
    const verdict = classify(error)
    if (verdict.kind === 'graphql' && isGraphQLError(error)) return error
    if (verdict.kind === 'ours') return settle(verdict.error, error, verdict.carried)
    return masked(error)
  } catch {
    return masked(undefined)
  }
}

/**
 * For Apollo Server's `formatError`. Our errors (an `OzException`, or a `GraphQLError` whose
 * extensions are ours) go out as `{ message, locations?, path?, extensions: { code,
 * error_code, details } }`, without `stacktrace` or `http`. GraphQL's own errors pass as Apollo
 * formatted them. Anything else, including what Apollo itself labels `INTERNAL_SERVER_ERROR`,
 * becomes `UNKNOWN` with its default message. Never throws.
 *
 * @example
 * new ApolloServer({ schema, formatError })
 */
export const formatError = (formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  try {
    const verdict = classify(error)
    if (verdict.kind === 'graphql' && formattedError.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      return formattedError
    }
    return reformat(formattedError, verdict.kind === 'ours' ? verdict.error : OzErr.unknown())
  } catch {
    return { message: OzErr.unknown().message, extensions: extensionsOf(OzErr.unknown()) }
  }
}

const reformat = (formatted: GraphQLFormattedError, error: OzError): GraphQLFormattedError => {
  const { locations, path } = formatted
  return {
    message: error.message,
    ...(locations === undefined ? {} : { locations }),
    ...(path === undefined ? {} : { path }),
    extensions: extensionsOf(error),
  }
}
