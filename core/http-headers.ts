import type { OzError } from './oz-error.js'

/**
 * How the `WWW-Authenticate` challenge of a 401 reads.
 *
 * @example
 * httpHeaders(OzErr.authInvalid(), { authScheme: 'Bearer', realm: 'oz' })
 */
export interface ChallengeOptions {
  /**
   * The auth scheme of the challenge, an RFC 9110 token. Default `Bearer`.
   * Anything else (spaces, quotes, CR/LF) throws a `TypeError`: a header is never built from it.
   */
  readonly authScheme?: string
  /**
   * The protection space, sent as `realm="…"`. Default `api`. Quotes and backslashes are
   * escaped; a control character (CR, LF, …) or non-ASCII throws a `TypeError`.
   */
  readonly realm?: string
}

/** Header names as HTTP spells them; values are never built from unchecked text. */
export type OzHttpHeaders = Readonly<Record<string, string>>

// RFC 9110 token, the grammar of a method name and of an auth scheme.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// What a quoted-string may hold once `"` and `\` are escaped: tab and printable ASCII.
const QUOTABLE = /^[\t\x20-\x7e]*$/
// RFC 6750 error_description: printable ASCII without `"` and `\`.
const DESCRIPTION = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

const NONE: OzHttpHeaders = /* @__PURE__ */ Object.freeze({})

/**
 * The headers an error's status owes besides its body: `Allow` on 405 (RFC 9110 requires it,
 * empty when `details` is `null`), a `WWW-Authenticate` challenge on 401 (RFC 6750
 * `error="invalid_token"` for an invalid or expired token), and `Retry-After` on 502/503 when
 * `details.retry_after` says when (whole seconds, rounded up). Throws `TypeError` when the
 * options could break the challenge.
 *
 * @example
 * httpHeaders(OzErr.authExpired()) // { 'WWW-Authenticate': 'Bearer realm="api", error="invalid_token", …' }
 */
export const httpHeaders = (error: OzError, options?: ChallengeOptions): OzHttpHeaders => {
  switch (error.kind) {
    case 'NOT_ALLOWED':
      return { Allow: allowOf(error.details?.allowed) }
    case 'AUTH_NOT_PROVIDED':
      return { 'WWW-Authenticate': authChallenge(options) }
    case 'AUTH_INVALID':
      return { 'WWW-Authenticate': authChallenge(options) + INVALID }
    case 'AUTH_EXPIRED':
      return { 'WWW-Authenticate': authChallenge(options) + expired(error.details?.expired_at) }
    case 'EXTERNAL_SERVICE':
    case 'DATABASE':
      return retryAfter(error.details?.retry_after)
    default:
      return NONE
  }
}

// Entries that are not method tokens are dropped so a detail can never split or forge a header.
const allowOf = (allowed: readonly string[] | undefined): string =>
  Array.isArray(allowed)
    ? allowed.filter((method) => typeof method === 'string' && TOKEN.test(method)).join(', ')
    : ''

// RFC 9110 delay-seconds are digits; past 2^53 `String` would print an exponent, and no client
// waits that long anyway, so such a value is left out.
const retryAfter = (seconds: number | undefined): OzHttpHeaders =>
  typeof seconds === 'number' && seconds >= 0 && seconds <= Number.MAX_SAFE_INTEGER
    ? { 'Retry-After': String(Math.ceil(seconds)) }
    : NONE

/**
 * The challenge of a 401 that carried no credentials (RFC 6750: no error code then), e.g.
 * `Bearer realm="api"`. Checked and built once per options object; throws `TypeError` on a
 * scheme or realm that could break the header, so calling it at start-up validates options.
 *
 * @example
 * authChallenge({ realm: 'oz' }) // 'Bearer realm="oz"'
 */
export const authChallenge = (options?: ChallengeOptions): string =>
  options === undefined ? DEFAULT_CHALLENGE : (CHALLENGES.get(options) ?? remember(options))

// Options are usually one constant object, so its challenge is checked and built once.
const CHALLENGES = new WeakMap<ChallengeOptions, string>()

const remember = (options: ChallengeOptions): string => {
  const built = buildChallenge(options)
  // Stryker disable next-line CallExpression: the cache only saves work; a rebuilt challenge is the same string
  CHALLENGES.set(options, built)
  return built
}

const buildChallenge = (options: ChallengeOptions): string => {
  const scheme = options.authScheme ?? 'Bearer'
  if (!TOKEN.test(scheme)) {
    throw new TypeError(`oz-errors: authScheme must be an HTTP token, got ${JSON.stringify(scheme)}`)
  }
  const realm = options.realm ?? 'api'
  if (!QUOTABLE.test(realm)) {
    throw new TypeError('oz-errors: realm must be printable ASCII (no control characters such as CR or LF)')
  }
  return `${scheme} realm=${quote(realm)}`
}

const quote = (text: string): string => `"${text.replace(/["\\]/g, '\\$&')}"`

const DEFAULT_CHALLENGE = /* @__PURE__ */ buildChallenge({})
const INVALID = `, error="invalid_token", error_description=${/* @__PURE__ */ quote('The access token is invalid')}`
const EXPIRED = `, error="invalid_token", error_description=${/* @__PURE__ */ quote('The access token expired')}`

// The expiry helps a client decide to refresh; it is left out when it is not plain ASCII.
const expired = (expiredAt: string | undefined): string =>
  typeof expiredAt === 'string' && expiredAt.length <= 64 && DESCRIPTION.test(expiredAt)
    ? `, error="invalid_token", error_description="The access token expired at ${expiredAt}"`
    : EXPIRED
