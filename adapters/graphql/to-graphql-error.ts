import type { GraphQLError, GraphQLFormattedError } from 'graphql'
import type {
  ChallengeOptions,
  OzDetails,
  OzError,
  OzErrorCode,
  OzErrorKind,
  OzHttpStatus,
} from '../../core/index.js'
import { buildGraphQLError, httpOf } from './internal/build-graphql-error.js'

export type { ChallengeOptions }

/**
 * Response headers in the one shape both servers read: a `Map` (Apollo Server accepts nothing
 * else) whose entries are also own enumerable properties (graphql-yoga copies them with
 * `Object.assign`).
 *
 * @example
 * toGraphQLError(OzErr.authNotProvided(), { http: true }).extensions.http?.headers.get('WWW-Authenticate')
 */
export type OzGraphQLHeaders = ReadonlyMap<string, string> & Readonly<Record<string, string>>

/**
 * `extensions.http` of an error that fails the whole request: the kind's status and headers.
 *
 * @example
 * toGraphQLError(OzErr.database(), { http: true }).extensions.http?.status // 503
 */
export interface OzGraphQLHttp {
  readonly status: OzHttpStatus
  readonly headers: OzGraphQLHeaders
}

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
