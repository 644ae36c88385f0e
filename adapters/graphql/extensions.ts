import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import type { OzDetails, OzError, OzErrorCode, OzErrorKind } from '../../core/index.js'
import { type ChallengeOptions, httpOf, type OzGraphQLHttp } from './http.js'

/**
 * The `extensions` of a GraphQL error of kind `K`: `{ code: kind, error_code, details }`,
 * discriminated by `code`. `http` is there only on an error that fails the whole request, and
 * only on the server: both servers read it and drop it from the response.
 *
 * @example
 * const resourceOf = (x: OzGraphQLExtensions) => (x.code === 'NOT_EXIST' ? x.details?.resource : undefined)
 */
export type OzGraphQLExtensions<K extends OzErrorKind = OzErrorKind> = {
  [P in K]: {
    readonly code: P
    readonly error_code: OzErrorCode<P>
    readonly details: OzDetails<P>
    readonly http?: OzGraphQLHttp
  }
}[K]

/**
 * A `GraphQLError` made by `toGraphQLError`: its `extensions` typed by kind.
 *
 * @example
 * const e: OzGraphQLError<'NOT_EXIST'> = toGraphQLError(OzErr.notExist())
 */
export type OzGraphQLError<K extends OzErrorKind = OzErrorKind> = GraphQLError & {
  readonly extensions: OzGraphQLExtensions<K>
}

/**
 * An error of ours as a client receives it in `errors`; `fromGraphQLError` checks one.
 *
 * @example
 * const errors: OzGraphQLFormattedError[] = []
 * for (const raw of body.errors ?? []) fromGraphQLError(raw).map(() => errors.push(raw))
 */
export type OzGraphQLFormattedError<K extends OzErrorKind = OzErrorKind> = GraphQLFormattedError & {
  readonly extensions: OzGraphQLExtensions<K>
}

/**
 * Options of `toGraphQLError`: `http` for a whole-request failure, and the challenge's shape.
 *
 * @example
 * toGraphQLError(OzErr.authExpired(), { http: true, realm: 'oz' })
 */
export interface ToGraphQLErrorOptions extends ChallengeOptions {
  /**
   * The error fails the whole request (throw it from the context function or a plugin, not
   * from a resolver): `extensions.http` then carries the kind's status and headers, e.g. 401
   * with `WWW-Authenticate`. Default `false`: a field error never sets the response status.
   */
  readonly http?: boolean
}

/** Where a rebuilt error sits in the document and the response (copied from the error it replaces). */
export interface Place {
  readonly nodes?: GraphQLError['nodes']
  readonly source?: GraphQLError['source']
  readonly positions?: GraphQLError['positions']
  readonly path?: GraphQLError['path']
}

/**
 * An `OzError` as a `GraphQLError`: the error's message, `extensions: { code, error_code,
 * details }`, and with `{ http: true }` the status and headers of a whole-request failure.
 * The error's `cause` is kept as the `GraphQLError`'s (non-enumerable) `cause`, for logs only.
 *
 * @example
 * // in a context function: the request fails with 401 and a Bearer challenge
 * throw toGraphQLError(OzErr.authNotProvided(), { http: true })
 */
export const toGraphQLError = <E extends OzError>(
  error: E,
  options?: ToGraphQLErrorOptions,
): OzGraphQLError<E['kind']> =>
  buildGraphQLError(error, options?.http === true ? httpOf(error, options) : undefined, {})

/** `{ code, error_code, details }` of an error, in that order. */
export const extensionsOf = <E extends OzError>(error: E): OzGraphQLExtensions<E['kind']> =>
  // TypeScript loses that kind, code and details of one error belong together; they do.
  ({ code: error.kind, error_code: error.code, details: error.details }) as OzGraphQLExtensions<E['kind']>

export const buildGraphQLError = <E extends OzError>(
  error: E,
  http: OzGraphQLHttp | undefined,
  place: Place,
): OzGraphQLError<E['kind']> => {
  const extensions = http === undefined ? extensionsOf(error) : { ...extensionsOf(error), http }
  const built = new GraphQLError(error.message, {
    nodes: place.nodes ?? null,
    source: place.source ?? null,
    positions: place.positions ?? null,
    path: place.path ?? null,
    extensions,
  })
  if (error.cause !== undefined) {
    Object.defineProperty(built, 'cause', { value: error.cause, writable: true, configurable: true })
  }
  // The extensions were built from `error` just above, so they are those of its kind.
  return built as OzGraphQLError<E['kind']>
}
