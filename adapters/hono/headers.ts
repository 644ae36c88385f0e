import type { OzError } from '../../core/index.js'

/** Options of `errorResponse` (and of `respond` and `errorHandler`): how a 401's challenge reads. */
export interface ErrorResponseOptions {
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

type HeaderRecord = Record<string, string>

const JSON_TYPE = 'application/json'

// The headers of every kind that owes nothing more than its body; Response copies them.
const JSON_ONLY: Readonly<HeaderRecord> = Object.freeze({ 'content-type': JSON_TYPE })

// RFC 9110 token, the grammar of a method name and of an auth scheme.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// What a quoted-string may hold once `"` and `\` are escaped: tab and printable ASCII.
const QUOTABLE = /^[\t\x20-\x7e]*$/
// RFC 6750 error_description: printable ASCII without `"` and `\`.
const DESCRIPTION = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

/**
 * The headers an error's status owes besides its body: `Allow` on 405, a challenge on 401,
 * `Retry-After` on 502/503 when the details say when.
 */
export const protocolHeaders = (
  error: OzError,
  options: ErrorResponseOptions | undefined,
): Readonly<HeaderRecord> => {
  switch (error.kind) {
    case 'NOT_ALLOWED':
      return { 'content-type': JSON_TYPE, allow: allowOf(error.details?.allowed) }
    case 'AUTH_NOT_PROVIDED':
      return { 'content-type': JSON_TYPE, 'www-authenticate': challenge(options) }
    case 'AUTH_INVALID':
      return {
        'content-type': JSON_TYPE,
        'www-authenticate': challenge(options) + INVALID,
      }
    case 'AUTH_EXPIRED':
      return {
        'content-type': JSON_TYPE,
        'www-authenticate': challenge(options) + expired(error.details?.expired_at),
      }
    case 'EXTERNAL_SERVICE':
    case 'DATABASE':
      return retryAfter(error.details?.retry_after)
    default:
      return JSON_ONLY
  }
}

// RFC 9110 requires Allow on every 405, empty when nothing is allowed. Entries that are not
// method tokens are dropped so a detail can never split or forge a header.
const allowOf = (allowed: readonly string[] | undefined): string =>
  Array.isArray(allowed)
    ? allowed.filter((method) => typeof method === 'string' && TOKEN.test(method)).join(', ')
    : ''

const retryAfter = (seconds: number | undefined): Readonly<HeaderRecord> =>
  typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? { 'content-type': JSON_TYPE, 'retry-after': String(Math.ceil(seconds)) }
    : JSON_ONLY

/**
 * The challenge without an error code: RFC 6750 says a request that carried no credentials
 * gets none. Throws `TypeError` on a scheme or realm that could break the header.
 */
export const challenge = (options: ErrorResponseOptions | undefined): string => {
  if (options === undefined) return DEFAULT_CHALLENGE
  let built = CHALLENGES.get(options)
  if (built === undefined) {
    built = buildChallenge(options)
    CHALLENGES.set(options, built)
  }
  return built
}

// Options are usually one constant object, so its challenge is checked and built once.
const CHALLENGES = new WeakMap<ErrorResponseOptions, string>()

const buildChallenge = (options: ErrorResponseOptions): string => {
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

const DEFAULT_CHALLENGE = buildChallenge({})
const INVALID = `, error="invalid_token", error_description=${quote('The access token is invalid')}`
const EXPIRED = `, error="invalid_token", error_description=${quote('The access token expired')}`

// The expiry helps a client decide to refresh; it is left out when it is not plain ASCII.
const expired = (expiredAt: string | undefined): string =>
  typeof expiredAt === 'string' && expiredAt.length <= 64 && DESCRIPTION.test(expiredAt)
    ? `, error="invalid_token", error_description="The access token expired at ${expiredAt}"`
    : EXPIRED
