import {
  type ChallengeOptions,
  httpHeaders,
  httpStatus,
  type OzError,
  type OzHttpStatus,
} from '../../core/index.js'

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

/** The status and headers a whole-request error owes. Throws `TypeError` on bad challenge options. */
export const httpOf = (error: OzError, options: ChallengeOptions | undefined): OzGraphQLHttp => {
  const headers = httpHeaders(error, options)
  const map = new Map<string, string>(Object.entries(headers))
  for (const [name, value] of map) Object.defineProperty(map, name, { value, enumerable: true })
  // A Map that also carries its entries as own properties is the one value Apollo's
  // `instanceof Map` check and Yoga's `Object.assign` both read; TypeScript cannot express it.
  return { status: httpStatus(error), headers: map as unknown as OzGraphQLHeaders }
}
