import { OzErr, type OzError, type OzErrorKind } from 'oz-errors'

/**
 * The marker no response may ever carry. It is planted in thrown messages, causes and the
 * environment of the hostile fixture; a response that contains it leaked server internals. It has
 * the shape of `marker()` (letters and digits alternating), so the judge looks for any 4
 * characters of it, in any encoding (`markerIn`), without taking an English word for a leak. Its letters and digits are
 * none of `marker()`'s, so a marker a property plants never shares 4 characters with it.
 */
export const SECRET = 'u0y1o0i1u1y0o1'

// The environment is where real secrets live; a handler that dumped it would leak this.
process.env.OZ_HOSTILE_SECRET = SECRET

/** An error as a failing driver throws it, its message and cause full of the secret. */
export const secretCause = () => new Error(`pool exhausted at ${SECRET}`, { cause: { dsn: SECRET } })

/** One error of each kind, with details and a cause that holds the secret. */
export const SAMPLES: Readonly<Record<OzErrorKind, OzError>> = {
  UNKNOWN: OzErr.unknown({ cause: secretCause() }),
  NOT_ALLOWED: OzErr.notAllowed({ details: { method: 'PATCH', allowed: ['GET', 'POST'] } }),
  NOT_REALIZED: OzErr.notRealized({ cause: secretCause() }),
  INVALID_STRUCTURE: OzErr.invalidStructure({ details: { key_path: 'items.0' } }),
  INVALID_VALUE: OzErr.invalidValue({ details: { key_path: 'limit', reason: 'above 50' } }),
  INVALID_TYPE: OzErr.invalidType({ details: { key_path: 'limit', expected: 'number', received: 'string' } }),
  AUTH_NOT_PROVIDED: OzErr.authNotProvided(),
  AUTH_INVALID: OzErr.authInvalid({ cause: SECRET }),
  AUTH_EXPIRED: OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }),
  AUTH_FORBIDDEN: OzErr.authForbidden({ details: { required: ['admin'] }, cause: secretCause() }),
  NOT_EXIST: OzErr.notExist({ details: { resource: 'item' } }),
  EXTERNAL_SERVICE: OzErr.externalService({
    details: { service: 'billing', retry_after: 2 },
    cause: secretCause(),
  }),
  DATABASE: OzErr.database({ details: { retry_after: 5 }, cause: secretCause() }),
}
