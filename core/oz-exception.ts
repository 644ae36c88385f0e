import { checkedCopy } from './is-oz-error.js'
import type { OzError } from './oz-error.js'

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
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the brand is checked by presence (`in`), in every copy; its value is never read
    Object.defineProperty(this, BRAND, { value: true })
  }

  /**
   * Whether `value` is an `OzException` carrying a valid error, also one made by another copy
   * of this package (a brand, not `instanceof`). To act on it, prefer `asOzError(value)`.
   */
  static is(value: unknown): value is OzException {
    return exceptionError(value) !== undefined
  }
}

/**
 * @internal
 * The checked copy of the error an `OzException` (of any copy of this package) carries, read
 * once; `undefined` for anything else. Never throws.
 */
export const exceptionError = (value: unknown): OzError | undefined => {
  try {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: `in` throws on a primitive or null, into the catch below, which answers undefined as this does
    if (typeof value !== 'object' || value === null) return undefined
    if (!(BRAND in value)) return undefined
    return checkedCopy((value as { readonly error?: unknown }).error)
  } catch {
    // Whatever throws while it is read is not one of ours: the answer is undefined.
  }
}
