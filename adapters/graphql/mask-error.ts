import type { GraphQLError } from 'graphql'
import { OzErr, type OzError } from '../../core/index.js'
import { ignore, quietly } from '../../core/internal/quietly.js'
import {
  buildGraphQLError,
  httpOf,
  isBuilt,
  type Place,
  placedError,
} from './internal/build-graphql-error.js'
import { classify } from './internal/classify.js'
import { isGraphQLError } from './internal/decode-graphql-error.js'
import type { Notify } from './internal/notify.js'
import { isFieldError, withoutInternals } from './internal/status-rule.js'

const placeOf = (error: unknown): Place => {
  if (!isGraphQLError(error)) return {}
  const { nodes, source, positions, path } = error
  return { nodes, source, positions, path }
}

// The status rule: an error with a `path` is a field error and never carries `http`; one
// without (the request failed as a whole) always does. What goes out is built from the checked
// copy, except an error this package built whose `http` already follows the rule.
const settle = (error: OzError, thrown: unknown, carried: boolean): GraphQLError => {
  const place = placeOf(thrown)
  const wholeRequest = place.path === undefined
  if (
    carried &&
    isGraphQLError(thrown) &&
    isBuilt(thrown) &&
    wholeRequest === (thrown.extensions.http !== undefined)
  ) {
    return thrown
  }
  return buildGraphQLError(error, wholeRequest ? httpOf(error, undefined) : undefined, place)
}

// GraphQL's own errors pass as the server made them, less what no response may carry: `http`
// on a field error (a library's 403 beside partial data), `originalError` (Yoga puts the
// JSON parser's message there, which quotes the request body) and `stacktrace`.
const passGraphQL = (error: GraphQLError): GraphQLError => {
  const extensions = withoutInternals(error.extensions, !isFieldError(error))
  return extensions === undefined
    ? error
    : placedError(error.message, placeOf(error), extensions, error.originalError)
}

/**
 * For graphql-yoga's `maskedErrors: { maskError }`. Our errors (what `asOzError` recognises, or
 * a `GraphQLError` whose extensions are ours) pass with exactly `{ code, error_code, details }`;
 * a field error loses any `http`, and one that failed the whole request (thrown while building
 * the context) gains it, so it answers with the kind's status and headers. GraphQL's own errors
 * pass, except that a field error never keeps `extensions.http` (only a whole-request failure
 * sets a status) and `originalError` and `stacktrace` extensions are removed. Anything else
 * becomes `UNKNOWN` with its default message. Yoga's `message` and `isDev` arguments are
 * ignored on purpose: a masked error is a plain `UNKNOWN` a client can decode, and development
 * mode never adds the original error. Add `ozYogaPlugin()` so malformed parameters are a 400.
 *
 * @example
 * createYoga({ schema, maskedErrors: { maskError }, plugins: [ozYogaPlugin()] })
 */
export const maskError = (error: unknown): GraphQLError => maskWith(error, ignore)

/** @internal `maskError`, telling `notify` of each Oz error it renders (see `createMaskError`). */
export const maskWith = (error: unknown, notify: Notify): GraphQLError => {
  let rendered: OzError
  let out: GraphQLError
  try {
    const verdict = classify(error)
    if (verdict.kind === 'graphql') return passGraphQL(verdict.error)
    rendered = verdict.kind === 'ours' ? verdict.error : OzErr.unknown()
    out = settle(rendered, error, verdict.carried)
  } catch {
    rendered = OzErr.unknown()
    // Stryker disable next-line BooleanLiteral: with nothing thrown to pass on (undefined is no GraphQLError), settle builds the error either way
    out = settle(rendered, undefined, false)
  }
  quietly(() => notify(rendered, { thrown: error }))
  return out
}
