import { httpStatus, type OzError, type OzHttpStatus } from '../../core/index.js'

/**
 * How the `WWW-Authenticate` challenge of a 401 is shaped (the same defaults as `oz-errors/hono`).
 *
 * @example
 * toGraphQLError(OzErr.authInvalid(), { http: true, authScheme: 'Bearer', realm: 'oz' })
 */
export interface ChallengeOptions {
  /** The auth scheme, an RFC 9110 token. Default `Bearer`; anything else throws a `TypeError`. */
  readonly authScheme?: string
  /** The protection space, sent as `realm="…"`. Default `api`; CR, LF or non-ASCII throw a `TypeError`. */
  readonly realm?: string
}

/**
 * Response headers in the one shape both servers read: a `Map` (Apollo Server accepts nothing
 * else) whose entries are also own enumerable properties (graphql-yoga copies them with
 * `Object.assign`).
 *
 * @example
 * toGraphQLError(OzErr.authNotProvided(), { http: true }).extensions.http?.headers.get('WWW-Authenticate')
 */
export type OzHttpHeaders = ReadonlyMap<string, string> & Readonly<Record<string, string>>

/**
 * `extensions.http` of an error that fails the whole request: the kind's status and headers.
 *
 * @example
 * toGraphQLError(OzErr.database(), { http: true }).extensions.http?.status // 503
 */
export interface OzGraphQLHttp {
  readonly status: OzHttpStatus
  readonly headers: OzHttpHeaders
}

// RFC 9110 token, the grammar of a method name and of an auth scheme.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// What a quoted-string may hold once `"` and `\` are escaped: tab and printable ASCII.
const QUOTABLE = /^[\t\x20-\x7e]*$/
// RFC 6750 error_description: printable ASCII without `"` and `\`.
const DESCRIPTION = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

/** The status and headers a whole-request error owes. Throws `TypeError` on bad challenge options. */
export const httpOf = (error: OzError, options: ChallengeOptions | undefined): OzGraphQLHttp => ({
  status: httpStatus(error),
  headers: headerMap(headerEntries(error, options)),
})

const headerMap = (entries: readonly (readonly [string, string])[]): OzHttpHeaders => {
  const map = new Map<string, string>(entries)
  for (const [name, value] of entries) {
    Object.defineProperty(map, name, { value, enumerable: true })
  }
  // A Map that also carries its entries as own properties is the one value Apollo's
  // `instanceof Map` check and Yoga's `Object.assign` both read; TypeScript cannot express it.
  return map as unknown as OzHttpHeaders
}

const headerEntries = (error: OzError, options: ChallengeOptions | undefined): [string, string][] => {
  switch (error.kind) {
    case 'NOT_ALLOWED':
      return [['Allow', allowOf(error.details?.allowed)]]
    case 'AUTH_NOT_PROVIDED':
      return [['WWW-Authenticate', challenge(options)]]
    case 'AUTH_INVALID':
      return [['WWW-Authenticate', invalidToken(options, 'The access token is invalid')]]
    case 'AUTH_EXPIRED':
      return [['WWW-Authenticate', invalidToken(options, expiredText(error.details?.expired_at))]]
    case 'EXTERNAL_SERVICE':
    case 'DATABASE':
      return retryAfter(error.details?.retry_after)
    default:
      return []
  }
}

// Entries that are not method tokens are dropped so a detail can never split or forge a header.
const allowOf = (allowed: readonly string[] | undefined): string =>
  Array.isArray(allowed)
    ? allowed.filter((method) => typeof method === 'string' && TOKEN.test(method)).join(', ')
    : ''

const retryAfter = (seconds: number | undefined): [string, string][] =>
  typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? [['Retry-After', String(Math.ceil(seconds))]]
    : []

// RFC 6750: a request that carried no credentials gets a challenge without an error code.
const challenge = (options: ChallengeOptions | undefined): string => {
  const scheme = options?.authScheme ?? 'Bearer'
  if (!TOKEN.test(scheme)) {
    throw new TypeError(`oz-errors: authScheme must be an HTTP token, got ${JSON.stringify(scheme)}`)
  }
  const realm = options?.realm ?? 'api'
  if (!QUOTABLE.test(realm)) {
    throw new TypeError('oz-errors: realm must be printable ASCII (no control characters such as CR or LF)')
  }
  return `${scheme} realm=${quote(realm)}`
}

const invalidToken = (options: ChallengeOptions | undefined, description: string): string =>
  `${challenge(options)}, error="invalid_token", error_description=${quote(description)}`

const expiredText = (expiredAt: string | undefined): string =>
  typeof expiredAt === 'string' && expiredAt.length <= 64 && DESCRIPTION.test(expiredAt)
    ? `The access token expired at ${expiredAt}`
    : 'The access token expired'

const quote = (text: string): string => `"${text.replace(/["\\]/g, '\\$&')}"`
