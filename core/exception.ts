import { isOzError, type OzError, ozError } from './error.js'

const BRAND = /* @__PURE__ */ Symbol.for('oz-errors.OzException')

/**
 * An `Error` that carries an `OzError`, for code that must throw (framework hooks, resolvers).
 * Its message is the error's message; the error's `cause` becomes the `Error`'s `cause`.
 *
 * @example
 * throw new OzException(OzErr.authInvalid())
 */
export class OzException extends Error {
  override readonly name = 'OzException'
  readonly error: OzError

  constructor(error: OzError) {
    super(error.message, error.cause === undefined ? undefined : { cause: error.cause })
    this.error = error
    Object.defineProperty(this, BRAND, { value: true })
  }

  /** Whether `value` is an `OzException`, also one from another copy of this package. */
  static is(value: unknown): value is OzException {
    try {
      return (
        typeof value === 'object' &&
        value !== null &&
        BRAND in value &&
        isOzError((value as { error?: unknown }).error)
      )
    } catch {
      return false
    }
  }
}

/**
 * Turns anything caught into an `OzError`: an `OzException`'s error, an `OzError` thrown as
 * is, else `UNKNOWN` with the default message and the thrown value kept as `cause` (for logs).
 *
 * @example
 * try { await work() } catch (e) { return err(toOzError(e)) }
 */
export const toOzError = (thrown: unknown): OzError => {
  if (OzException.is(thrown)) return thrown.error
  if (isOzError(thrown)) return thrown
  return ozError('UNKNOWN', { cause: thrown })
}
